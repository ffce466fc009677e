"""Which internal event becomes which public status, and the public timeline on reports.status."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.intake_events import ReportNotRegistered, ReportReceived, ReportRegistered
from netra_shared.contracts.schemas.referral import CaseClosed, CaseReferred
from netra_shared.contracts.schemas.review import (
    CaseDecided,
    OpinionRejected,
    ReviewDeadlineMissed,
    ReviewOpened,
)
from netra_shared.contracts.schemas.status import ReportStatus
from netra_shared.contracts.schemas.status import ReportStatusName as S
from netra_shared.contracts.topics import REPORTS_STATUS, STATUS_CHANGED
from netra_shared.kernel.aggregates import Cause, to_change
from notify.domain.status_rules import StatusChange, changes_for, reports_of
from notify.domain.tracked_report import MAX_TIMELINE, TrackedReport, apply_change

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
RECEIPT, RECEIPT_2 = "RCP-AAAA-BBBB-CC", "RCP-DDDD-EEEE-FF"
REG_NO = "001/Reg/LP/PB/Kab/15.04/X/2024"
CASE = "CASE-AAAA-BBBB-CC"
CLASSIFICATION = {"subject_type": "village_official", "category": "election_crime_official_action"}


def _ref(receipt=RECEIPT, registration_no=REG_NO, submission_id="sigap-000123") -> dict:
    return {"receipt_no": receipt, "registration_no": registration_no, "submission_id": submission_id,
            "channel": "sigap-lapor"}


def _received() -> ReportReceived:
    return ReportReceived(**_ref(registration_no=None), kind="public_report", received_at=T0)


def _registered() -> ReportRegistered:
    data = samples.submission(0)
    return ReportRegistered.model_validate({
        **_ref(), "kind": "public_report", "election": data["election"], "reported_party": data["reported_party"],
        "incident": data["incident"], "evidence": data["evidence"], "reporter_ref": "rr-1",
        "registered_at": (T0 + timedelta(minutes=1)).isoformat()})


def _opened(*refs) -> ReviewOpened:
    return ReviewOpened(case_id=CASE, reports=list(refs) or [_ref()], decision_due_at=T0 + timedelta(days=3),
                        classification=CLASSIFICATION, opened_at=T0 + timedelta(minutes=1))


def _decided(*refs, at=T0 + timedelta(days=1)) -> CaseDecided:
    data = samples.submission(0)
    return CaseDecided.model_validate({
        "case_id": CASE, "reports": list(refs) or [_ref()], "outcome": "neutrality_violation",
        "subject_type": "village_official", "classification": CLASSIFICATION,
        "reported_party": data["reported_party"], "election": data["election"], "incident": data["incident"],
        "votes": {"TNI": "violation"}, "decided_at": at.isoformat()})


def _referred(*refs) -> CaseReferred:
    return CaseReferred(case_id=CASE, reports=list(refs) or [_ref()], outcome="neutrality_violation",
                        recipients=["pemda"], referral_ids=[f"{CASE}-pemda"], referred_at=T0 + timedelta(days=1, hours=1))


def _closed(*refs) -> CaseClosed:
    return CaseClosed(case_id=CASE, reports=list(refs) or [_ref()], outcome="not_a_violation",
                      reason="Bukan pelanggaran: tidak ada penerusan", closed_at=T0 + timedelta(days=2))


def _missed(*refs) -> ReviewDeadlineMissed:
    return ReviewDeadlineMissed(case_id=CASE, reports=list(refs) or [_ref()], decision_due_at=T0 + timedelta(days=3),
                                opinions_received=2)


def _only(event) -> StatusChange:
    (change,) = changes_for(event)
    assert isinstance(change, StatusChange)
    return change


def _apply_all(events, report=None) -> tuple[TrackedReport, list]:
    emitted = []
    for event in events:
        for change in changes_for(event):
            decision = apply_change(report, change)
            report = decision.state
            emitted += decision.emits
    return report, emitted


# --- event -> status ----------------------------------------------------------------------------------------------

def test_report_received_becomes_received():
    change = _only(_received())
    assert change.status is S.received
    assert change.occurred_at == T0
    assert change.ref.receipt_no == RECEIPT and change.ref.registration_no is None


def test_report_registered_becomes_registered_with_its_number():
    change = _only(_registered())
    assert change.status is S.registered
    assert change.ref.registration_no == REG_NO
    assert change.occurred_at == T0 + timedelta(minutes=1)


def test_report_not_registered_becomes_not_registered_with_the_reason():
    event = ReportNotRegistered(**_ref(registration_no=None), reason="expired", detail="14 hari", decided_at=T0)
    change = _only(event)
    assert change.status is S.not_registered
    assert change.reason == "expired"


def test_review_opened_becomes_under_review_with_the_decision_due_date():
    change = _only(_opened())
    assert change.status is S.under_review
    assert change.due_at == T0 + timedelta(days=3)
    assert change.case_id == CASE


def test_case_decided_becomes_decided_with_the_outcome():
    change = _only(_decided())
    assert change.status is S.decided
    assert change.outcome == "neutrality_violation"
    assert change.case_id == CASE


def test_case_referred_becomes_referred_with_the_recipients():
    change = _only(_referred())
    assert change.status is S.referred
    assert change.recipients == ["pemda"]
    assert change.outcome == "neutrality_violation"


def test_case_closed_becomes_closed_with_reason_and_outcome():
    change = _only(_closed())
    assert change.status is S.closed
    assert change.outcome == "not_a_violation"
    assert change.reason.startswith("Bukan pelanggaran")


def test_missed_decision_deadline_is_no_public_status_but_a_step_of_the_reports_journey():
    assert changes_for(_missed()) == []  # operators hear it from triage's own alert (operator.alert-raised.v1)
    assert [ref.receipt_no for ref in reports_of(_missed())] == [RECEIPT]


def test_events_without_a_public_meaning_change_nothing():
    assert changes_for(OpinionRejected(case_id=CASE, agency="TNI", reason="duplicate_opinion")) == []


@pytest.mark.parametrize("build", [_opened, _decided, _referred, _closed])
def test_case_event_with_two_reports_gives_two_changes(build):
    event = build(_ref(), _ref(RECEIPT_2, "002/Reg/LP/PB/Kab/15.04/X/2024", "sigap-000124"))
    changes = changes_for(event)
    assert [change.ref.receipt_no for change in changes] == [RECEIPT, RECEIPT_2]
    assert changes[1].ref.registration_no == "002/Reg/LP/PB/Kab/15.04/X/2024"
    assert {change.case_id for change in changes} == {CASE}


# --- the public timeline ------------------------------------------------------------------------------------------

def test_a_reports_timeline_keeps_at_most_max_timeline_steps():
    """Review M10: repeatable steps (follow-ups) stop at MAX_TIMELINE; the step beyond is not published."""
    report = apply_change(None, _only(_received())).state
    follow_up = dataclasses.replace(_only(_received()), status=S.follow_up)
    report = report.model_copy(update={"timeline": [report.timeline[0]] * (MAX_TIMELINE - 1)})
    decision = apply_change(report, follow_up)
    assert len(decision.state.timeline) + len(decision.state.pending) == MAX_TIMELINE
    full = apply_change(decision.state, follow_up)
    assert full.outcome == "timeline_full_follow_up" and full.emits == [] and full.state == decision.state


def test_apply_change_appends_to_the_timeline_and_emits_a_public_status():
    decision = apply_change(None, _only(_received()))
    report = decision.state
    assert [status.status for status in report.timeline] == [S.received]
    (emit,) = decision.emits
    assert (emit.topic, emit.event, emit.key) == (REPORTS_STATUS, STATUS_CHANGED, RECEIPT)
    status = emit.data
    assert isinstance(status, ReportStatus)
    assert (status.submission_id, status.channel, status.receipt_no, status.status) == (
        "sigap-000123", "sigap-lapor", RECEIPT, S.received)
    assert status.registration_no is None
    assert decision.outcome == "status_received"


def test_registered_status_carries_the_registration_number_and_later_ones_keep_it():
    report, emitted = _apply_all([_received(), _registered(), _opened(_ref(registration_no=None))])
    assert [emit.data.status for emit in emitted] == [S.received, S.registered, S.under_review]
    assert emitted[1].data.registration_no == REG_NO
    assert emitted[2].data.registration_no == REG_NO  # remembered although the case event did not repeat it
    assert emitted[2].data.case_id == CASE
    assert emitted[2].data.due_at == T0 + timedelta(days=3)
    assert report.registration_no == REG_NO
    assert [status.status for status in report.timeline] == [S.received, S.registered, S.under_review]
    assert all(emit.key == RECEIPT for emit in emitted)


def test_full_journey_publishes_every_status_in_order():
    _, emitted = _apply_all([_received(), _registered(), _opened(), _decided(), _referred()])
    assert [emit.data.status for emit in emitted] == [S.received, S.registered, S.under_review, S.decided,
                                                     S.referred]
    assert emitted[-1].data.recipients == ["pemda"]
    assert emitted[3].data.outcome == "neutrality_violation"


def test_status_that_arrives_before_its_predecessor_waits_for_it():
    report, emitted = _apply_all([_received(), _opened()])
    assert [emit.data.status for emit in emitted] == [S.received]
    assert [status.status for status in report.pending] == [S.under_review]
    decision = apply_change(report, _only(_registered()))
    assert [emit.data.status for emit in decision.emits] == [S.registered, S.under_review]
    assert decision.state.pending == []
    assert decision.outcome == "status_registered+status_under_review"


def test_held_status_is_reported_as_held():
    decision = apply_change(None, _only(_decided()))
    assert decision.emits == [] and decision.outcome == "held_decided"
    assert decision.state.receipt_no == RECEIPT


def test_closed_may_follow_decided_directly():
    _, emitted = _apply_all([_received(), _registered(), _opened(), _decided(), _closed()])
    assert emitted[-1].data.status is S.closed


def test_public_status_events_carry_no_reporter_identity():
    report, emitted = _apply_all([_received(), _registered(), _opened(), _decided(), _referred()])
    decision = apply_change(None, _only(_received()))
    change = to_change(decision, source="/netra/notify", cause=Cause("evt-1"), now=T0)
    texts = [entry.event.to_bytes().decode() for entry in change.events]
    texts += [emit.data.model_dump_json() for emit in emitted]
    reporter = samples.SAMPLE_SUBMISSIONS[0]["reporter"]
    for text in texts:
        for secret in (reporter["full_name"], reporter["nik"], reporter["phone"], reporter["email"], "rr-1"):
            assert secret not in text
    assert "reporter" not in json.loads(texts[0])["data"]


def test_status_event_ids_differ_per_status_within_one_cause():
    report, _ = _apply_all([_received(), _opened()])
    decision = apply_change(report, _only(_registered()))
    change = to_change(decision, source="/netra/notify", cause=Cause("evt-9"), now=T0)
    assert len({entry.event.id for entry in change.events}) == 2


def test_public_timeline_times_never_go_backwards():
    report, _ = _apply_all([_received(), _registered(), _opened(), _decided(at=T0 + timedelta(days=1))])
    times = [status.occurred_at for status in report.timeline]
    assert [status.status for status in report.timeline] == [S.received, S.registered, S.under_review, S.decided]
    assert times == sorted(times)


def test_under_review_without_an_opening_time_takes_the_events_own_time_not_the_deadline():
    opened = _opened().model_copy(update={"opened_at": None})
    (change,) = changes_for(opened, T0 + timedelta(minutes=5))
    assert change.occurred_at == T0 + timedelta(minutes=5) and change.due_at == T0 + timedelta(days=3)
