"""The filing window (UU 10/2016 Pasal 134): 7 calendar days after the day the reporter learned of it, counted in
the region's LOCAL time (WIB, WITA, WIT)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from intake.domain.report import FilingRules, NotRegisteredReason, assess, days_between_local

RULES = FilingRules()

ZONES = [
    pytest.param("15.04", "regent", 7, id="WIB-Batanghari"),
    pytest.param("73.71", "mayor", 8, id="WITA-Makassar"),
    pytest.param("94.71", "mayor", 9, id="WIT-Jayapura"),
]


def _utc(day: int, hour: int, minute: int, offset_hours: int, month: int = 10) -> str:
    """A local wall-clock time in a zone of UTC+offset, written in UTC ("Z") so the rule must convert it."""
    local = datetime(2024, month, day, hour, minute, tzinfo=timezone(timedelta(hours=offset_hours)))
    return local.astimezone(UTC).isoformat()


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_report_filed_on_day_seven_is_registered(make_submission, region, level, offset):
    # Learned late in the local evening of 1 Oct; received late in the local evening of 8 Oct: day 7.
    submission = make_submission(region=region, level=level, known_at=_utc(1, 23, 30, offset),
                                 received_at=_utc(8, 23, 59, offset))
    assert assess(submission, RULES).registrable


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_report_filed_on_day_eight_is_not_registered_as_expired(make_submission, region, level, offset):
    # Learned early on 1 Oct; received just after local midnight on 9 Oct: day 8 (only ~7 x 24 h later).
    submission = make_submission(region=region, level=level, known_at=_utc(1, 0, 1, offset),
                                 received_at=_utc(9, 0, 0, offset))
    assessment = assess(submission, RULES)
    assert not assessment.registrable
    assert assessment.reason is NotRegisteredReason.expired
    assert "8 hari" in assessment.detail and "7 hari" in assessment.detail


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_day_counts_by_local_date_when_known_late_at_night(make_submission, region, level, offset):
    # Local 1 Oct 23:30 is still 1 Oct in UTC; received at local 00:30 on 9 Oct, which is 8 Oct in UTC.
    # By UTC dates that is 7 days; by the LOCAL calendar it is 8: expired.
    submission = make_submission(region=region, level=level, known_at=_utc(1, 23, 30, offset),
                                 received_at=_utc(9, 0, 30, offset))
    assert submission.received_at.astimezone(UTC).date().day == 8
    assert assess(submission, RULES).reason is NotRegisteredReason.expired


@pytest.mark.parametrize("region, level, offset", ZONES)
def test_day_counts_by_local_date_when_known_just_after_local_midnight(make_submission, region, level, offset):
    # Local 2 Oct 00:30 is still 1 Oct in UTC. Received local 9 Oct 10:00: 7 local days (8 by UTC dates).
    submission = make_submission(region=region, level=level, known_at=_utc(2, 0, 30, offset),
                                 received_at=_utc(9, 10, 0, offset))
    assert submission.incident.known_at.astimezone(UTC).date().day == 1
    assert assess(submission, RULES).registrable


def test_wita_report_known_late_on_the_first_counts_from_the_first(make_submission):
    submission = make_submission(region="73.71", level="mayor", known_at="2024-10-01T23:30:00+08:00",
                                 received_at="2024-10-08T23:30:00+08:00")
    assert assess(submission, RULES).registrable
    late = make_submission(region="73.71", level="mayor", known_at="2024-10-01T23:30:00+08:00",
                           received_at="2024-10-09T00:10:00+08:00")
    assert assess(late, RULES).reason is NotRegisteredReason.expired


def test_same_instants_expire_in_wib_but_not_in_wit(make_submission):
    # known 16:30Z = 23:30 on 1 Oct WIB but 01:30 on 2 Oct WIT; received 17:30Z on 8 Oct = 00:30 on 9 Oct WIB,
    # 02:30 on 9 Oct WIT. WIB counts 1 -> 9 Oct (8 days), WIT counts 2 -> 9 Oct (7 days).
    known, received = "2024-10-01T16:30:00Z", "2024-10-08T17:30:00Z"
    wib = make_submission(region="15.04", known_at=known, received_at=received)
    wit = make_submission(region="94.71", level="mayor", known_at=known, received_at=received)
    assert assess(wib, RULES).reason is NotRegisteredReason.expired
    assert assess(wit, RULES).registrable


def test_report_received_the_day_it_became_known_is_registered(make_submission):
    submission = make_submission(known_at="2024-10-03T08:00:00+07:00", received_at="2024-10-03T09:12:00+07:00")
    assert assess(submission, RULES).registrable


def test_known_at_after_received_at_is_invalid(make_submission):
    submission = make_submission(known_at="2024-10-03T10:00:00+07:00", occurred_at="2024-10-02T10:00:00+07:00",
                                 received_at="2024-10-03T09:12:00+07:00")
    assessment = assess(submission, RULES)
    assert not assessment.registrable
    assert assessment.reason is NotRegisteredReason.invalid
    assert "known_at" in assessment.detail


def test_occurred_at_after_received_at_is_invalid(make_submission):
    submission = make_submission(occurred_at="2024-10-04T10:00:00+07:00", received_at="2024-10-03T09:12:00+07:00")
    assert submission.incident.known_at < submission.received_at
    assessment = assess(submission, RULES)
    assert assessment.reason is NotRegisteredReason.invalid
    assert "kejadian" in assessment.detail


def test_instants_are_compared_not_wall_clocks(make_submission):
    # 09:30 in WIT is 07:30 in WIB: known before it was received, although the wall clock reads later.
    submission = make_submission(known_at="2024-10-03T09:30:00+09:00", received_at="2024-10-03T09:12:00+07:00")
    assert assess(submission, RULES).registrable


@pytest.mark.parametrize("region", ["99.01", "99", "00.01", "37.01"])
def test_unknown_province_is_invalid(make_submission, region):
    assessment = assess(make_submission(region=region), RULES)
    assert not assessment.registrable
    assert assessment.reason is NotRegisteredReason.invalid
    assert region in assessment.detail


def test_supervisor_finding_uses_the_finding_window(make_submission):
    rules = FilingRules(filing_window_days=7, finding_window_days=3)
    finding = make_submission(3, known_at="2024-11-01T09:00:00+07:00", received_at="2024-11-05T08:45:00+07:00")
    assert finding.kind.value == "supervisor_finding"
    assessment = assess(finding, rules)
    assert assessment.reason is NotRegisteredReason.expired and "batasnya 3 hari" in assessment.detail
    report = make_submission(3, kind="public_report", known_at="2024-11-01T09:00:00+07:00",
                             received_at="2024-11-05T08:45:00+07:00")
    assert assess(report, rules).registrable


def test_public_report_uses_the_filing_window(make_submission):
    rules = FilingRules(filing_window_days=2, finding_window_days=30)
    report = make_submission(known_at="2024-10-01T08:00:00+07:00", received_at="2024-10-04T08:00:00+07:00")
    assert assess(report, rules).reason is NotRegisteredReason.expired
    finding = make_submission(kind="supervisor_finding", known_at="2024-10-01T08:00:00+07:00",
                              received_at="2024-10-04T08:00:00+07:00")
    assert assess(finding, rules).registrable


def test_sample_filed_fourteen_days_late_is_expired(make_submission):
    assert assess(make_submission(4), RULES).reason is NotRegisteredReason.expired


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_timely_samples_are_registrable(make_submission, index):
    assert assess(make_submission(index), RULES).registrable


def test_days_between_local_is_zero_on_the_same_local_day():
    assert days_between_local(datetime(2024, 10, 1, 0, 0, tzinfo=UTC),  # 07:00 WIB
                              datetime(2024, 10, 1, 16, 59, tzinfo=UTC), "15.04") == 0  # 23:59 WIB
    assert days_between_local(datetime(2024, 10, 1, 0, 0, tzinfo=UTC),
                              datetime(2024, 10, 1, 17, 0, tzinfo=UTC), "15.04") == 1  # 00:00 WIB next day
