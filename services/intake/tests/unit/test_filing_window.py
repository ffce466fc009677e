"""The filing window (UU 10/2016 Pasal 134) and validity: `refusal(submission, rules, now)`.

At most 7 calendar days from the day the reporter learned of it (known_at) to receipt (received_at), counted in the
LOCAL calendar of the election's region (WIB, WITA, WIT): day 7 is in, day 8 is out.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from intake.domain.filing import FilingRules, NotRegisteredReason, days_between_local, refusal

RULES = FilingRules()
LATE_NOW = datetime(2024, 12, 31, tzinfo=UTC)  # "now" well after every received_at below

ZONES = [
    pytest.param("15.04", "regent", 7, id="WIB-Batanghari"),
    pytest.param("73.71", "mayor", 8, id="WITA-Makassar"),
    pytest.param("94.71", "mayor", 9, id="WIT-Jayapura"),
]


def _utc(day: int, hour: int, minute: int, offset_hours: int, month: int = 10) -> str:
    """A local wall-clock time in a zone of UTC+offset, written in UTC ("Z") so the rule must convert it."""
    local = datetime(2024, month, day, hour, minute, tzinfo=timezone(timedelta(hours=offset_hours)))
    return local.astimezone(UTC).isoformat()


def _refused(submission, rules=RULES, now=LATE_NOW):
    return refusal(submission, rules, now)


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_report_received_on_local_day_seven_is_within_the_window(make_submission, region, level, offset):
    # Learned late in the local evening of 1 Oct; received at the very end of local 8 Oct: day 7.
    submission = make_submission(region=region, level=level, known_at=_utc(1, 23, 30, offset),
                                 received_at=_utc(8, 23, 59, offset))
    assert _refused(submission) is None


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_report_received_on_local_day_eight_is_expired_even_if_less_than_7x24h_later(
        make_submission, region, level, offset):
    # Learned at 23:59 local on 1 Oct; received at the local midnight starting 9 Oct: day 8, only 7 x 24 h + 1 min.
    submission = make_submission(region=region, level=level, known_at=_utc(1, 23, 59, offset),
                                 received_at=_utc(9, 0, 0, offset))
    assert submission.received_at - submission.incident.known_at == timedelta(days=7, minutes=1)
    refused = _refused(submission)
    assert refused.reason is NotRegisteredReason.expired
    assert "8 hari" in refused.detail and "batasnya 7 hari" in refused.detail


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_day_eight_by_local_date_is_expired_although_utc_dates_say_seven(make_submission, region, level, offset):
    # Known local 1 Oct 23:30 (1 Oct in UTC); received local 9 Oct 00:30, which is still 8 Oct in UTC.
    submission = make_submission(region=region, level=level, known_at=_utc(1, 23, 30, offset),
                                 received_at=_utc(9, 0, 30, offset))
    assert submission.received_at.astimezone(UTC).date().day == 8
    assert _refused(submission).reason is NotRegisteredReason.expired


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_day_seven_by_local_date_is_in_although_utc_dates_say_eight(make_submission, region, level, offset):
    # Known local 2 Oct 00:30 (still 1 Oct in UTC); received local 9 Oct 10:00: 7 local days, 8 by UTC dates.
    submission = make_submission(region=region, level=level, known_at=_utc(2, 0, 30, offset),
                                 received_at=_utc(9, 10, 0, offset))
    assert submission.incident.known_at.astimezone(UTC).date().day == 1
    assert _refused(submission) is None


def test_wita_days_are_counted_in_wita(make_submission):
    on_time = make_submission(region="73.71", level="mayor", known_at="2024-10-01T23:30:00+08:00",
                              received_at="2024-10-08T23:30:00+08:00")
    late = make_submission(region="73.71", level="mayor", known_at="2024-10-01T23:30:00+08:00",
                           received_at="2024-10-09T00:10:00+08:00")
    assert _refused(on_time) is None
    assert _refused(late).reason is NotRegisteredReason.expired


def test_the_same_two_instants_are_expired_in_wib_but_in_time_in_wit(make_submission):
    # known 16:30Z = 23:30 on 1 Oct WIB but 01:30 on 2 Oct WIT; received 17:30Z on 8 Oct = 00:30 on 9 Oct WIB,
    # 02:30 on 9 Oct WIT. WIB counts 1 -> 9 Oct (8 days), WIT counts 2 -> 9 Oct (7 days).
    known, received = "2024-10-01T16:30:00Z", "2024-10-08T17:30:00Z"
    wib = make_submission(region="15.04", known_at=known, received_at=received)
    wit = make_submission(region="94.71", level="mayor", known_at=known, received_at=received)
    assert _refused(wib).reason is NotRegisteredReason.expired
    assert _refused(wit) is None


def test_report_received_the_day_it_became_known_is_in_time(make_submission):
    submission = make_submission(known_at="2024-10-03T08:00:00+07:00", received_at="2024-10-03T09:12:00+07:00")
    assert _refused(submission) is None


def test_known_at_after_received_at_is_invalid(make_submission):
    submission = make_submission(known_at="2024-10-03T10:00:00+07:00", occurred_at="2024-10-02T10:00:00+07:00",
                                 received_at="2024-10-03T09:12:00+07:00")
    refused = _refused(submission)
    assert refused.reason is NotRegisteredReason.invalid
    assert refused.detail == "tanggal diketahui lebih lambat dari tanggal laporan diterima"


def test_incident_after_received_at_is_invalid(make_submission):
    submission = make_submission(occurred_at="2024-10-04T10:00:00+07:00", received_at="2024-10-03T09:12:00+07:00")
    assert submission.incident.known_at < submission.received_at
    refused = _refused(submission)
    assert refused.reason is NotRegisteredReason.invalid
    assert refused.detail == "waktu kejadian lebih lambat dari tanggal laporan diterima"


def test_incident_after_known_at_beyond_the_tolerance_is_invalid(make_submission):
    submission = make_submission(known_at="2024-10-02T08:00:00+07:00", occurred_at="2024-10-02T08:11:00+07:00")
    refused = _refused(submission)
    assert refused.reason is NotRegisteredReason.invalid
    assert refused.detail == "waktu kejadian lebih lambat dari tanggal diketahui"


def test_incident_a_few_minutes_after_known_at_is_tolerated_as_clock_drift(make_submission):
    submission = make_submission(known_at="2024-10-02T08:00:00+07:00", occurred_at="2024-10-02T08:10:00+07:00")
    assert _refused(submission) is None


def test_incident_before_the_earliest_incident_date_is_invalid(make_submission):
    submission = make_submission(known_at="2024-10-01T08:00:00+07:00", occurred_at="2023-12-31T23:59:00+07:00")
    refused = _refused(submission)
    assert refused.reason is NotRegisteredReason.invalid
    assert "01-01-2024" in refused.detail


def test_known_at_counts_as_the_incident_date_when_occurred_at_is_missing(edited):
    submission = edited(0, {"incident.occurred_at": None, "incident.known_at": "2023-12-30T10:00:00+07:00",
                            "received_at": "2024-01-02T10:00:00+07:00"})
    assert _refused(submission).reason is NotRegisteredReason.invalid
    assert _refused(submission, FilingRules(earliest_incident=datetime(2023, 12, 1, tzinfo=UTC))) is None


def test_received_at_in_the_future_beyond_the_tolerance_is_invalid(make_submission):
    submission = make_submission(received_at="2024-10-03T09:12:00+07:00")
    now = submission.received_at - timedelta(minutes=10, seconds=1)
    refused = refusal(submission, RULES, now)
    assert refused.reason is NotRegisteredReason.invalid
    assert refused.detail == "tanggal laporan diterima berada di masa depan"


@pytest.mark.parametrize("ahead", [timedelta(0), timedelta(minutes=5), timedelta(minutes=10)])
def test_received_at_slightly_ahead_of_our_clock_is_tolerated(make_submission, ahead):
    submission = make_submission(received_at="2024-10-03T09:12:00+07:00")
    assert refusal(submission, RULES, submission.received_at - ahead) is None


@pytest.mark.parametrize("region", ["99.01", "99", "00.01", "37.01", "10"])
def test_unknown_province_is_invalid_and_named(make_submission, region):
    refused = _refused(make_submission(region=region))
    assert refused.reason is NotRegisteredReason.invalid
    assert region in refused.detail


def test_finding_uses_the_finding_window_not_the_filing_window(make_submission):
    rules = FilingRules(filing_window_days=7, finding_window_days=3)
    finding = make_submission(3, known_at="2024-11-01T09:00:00+07:00", received_at="2024-11-05T08:45:00+07:00")
    assert finding.kind.value == "supervisor_finding"
    refused = _refused(finding, rules)
    assert refused.reason is NotRegisteredReason.expired and "batasnya 3 hari" in refused.detail
    report = make_submission(3, kind="public_report", known_at="2024-11-01T09:00:00+07:00",
                             received_at="2024-11-05T08:45:00+07:00", standing="voter")
    assert _refused(report, rules) is None


def test_public_report_uses_the_filing_window_not_the_finding_window(make_submission):
    rules = FilingRules(filing_window_days=2, finding_window_days=30)
    report = make_submission(known_at="2024-10-01T08:00:00+07:00", received_at="2024-10-04T08:00:00+07:00")
    finding = make_submission(kind="supervisor_finding", known_at="2024-10-01T08:00:00+07:00",
                              received_at="2024-10-04T08:00:00+07:00", standing="supervisor")
    assert _refused(report, rules).reason is NotRegisteredReason.expired
    assert _refused(finding, rules) is None


@pytest.mark.parametrize("received_day, in_time", [(8, True), (9, False)])
def test_finding_by_default_has_seven_days_from_discovery(make_submission, received_day, in_time):
    finding = make_submission(3, region="61", level="governor", known_at="2024-11-01T22:00:00+07:00",
                              received_at=f"2024-11-{received_day:02d}T00:05:00+07:00")
    refused = _refused(finding)
    assert (refused is None) is in_time
    if not in_time:
        assert refused.reason is NotRegisteredReason.expired


def test_sample_filed_fourteen_days_late_is_expired(make_submission):
    refused = _refused(make_submission(4))
    assert refused.reason is NotRegisteredReason.expired and "14 hari" in refused.detail


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_timely_samples_are_not_refused(make_submission, index):
    assert _refused(make_submission(index)) is None


def test_missing_items_are_not_a_refusal(edited):
    assert _refused(edited(0, {"evidence": [], "reporter.nik": None, "attestation": None})) is None


def test_days_between_local_is_zero_on_the_same_local_day_and_one_after_local_midnight():
    assert days_between_local(datetime(2024, 10, 1, 0, 0, tzinfo=UTC),  # 07:00 WIB
                              datetime(2024, 10, 1, 16, 59, tzinfo=UTC), "15.04") == 0  # 23:59 WIB
    assert days_between_local(datetime(2024, 10, 1, 0, 0, tzinfo=UTC),
                              datetime(2024, 10, 1, 17, 0, tzinfo=UTC), "15.04") == 1  # 00:00 WIB next day
    assert days_between_local(datetime(2024, 10, 1, 0, 0, tzinfo=UTC),
                              datetime(2024, 10, 1, 15, 0, tzinfo=UTC), "94.71") == 1  # 00:00 WIT next day


@pytest.mark.parametrize("kind, standing", [
    ("public_report", "supervisor"),
    ("supervisor_finding", "voter"),
    ("supervisor_finding", "monitor"),
    ("supervisor_finding", "participant"),
])
def test_a_submission_whose_kind_does_not_match_the_reporters_standing_is_invalid(make_submission, kind, standing):
    """UU 10/2016 Pasal 134(1)-(2): a laporan only from a voter, a monitor or a participant; a temuan only from a
    supervisor (legal review F1)."""
    refused = _refused(make_submission(kind=kind, standing=standing))
    assert refused.reason is NotRegisteredReason.invalid and "Pasal 134" in refused.detail


@pytest.mark.parametrize("kind, standing", [("public_report", "voter"), ("public_report", "monitor"),
                                            ("public_report", "participant"), ("supervisor_finding", "supervisor")])
def test_a_laporan_from_a_voter_monitor_or_participant_and_a_temuan_from_a_supervisor_are_accepted(
        make_submission, kind, standing):
    """UU 10/2016 Pasal 134(1)-(2)."""
    assert _refused(make_submission(kind=kind, standing=standing)) is None
