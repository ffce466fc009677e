"""receive(): a submission becomes a Report and events on intake.events; reporter identity never leaves intake."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from intake.domain.numbers import receipt_number
from intake.domain.report import (
    Assessment,
    FilingRules,
    IntakeStatus,
    NotRegisteredReason,
    Report,
    assess,
    receive,
)
from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.schemas.intake_events import ReportNotRegistered, ReportReceived, ReportRegistered
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_NOT_REGISTERED, REPORT_RECEIVED, REPORT_REGISTERED
from netra_shared.handling import Cause, to_change

NOW = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
REG_NO = "001/Reg/LP/PB/Kab/15.04/X/2024"


def _receive(submission, *, existing=None, assessment=None, registration_no=REG_NO):
    receipt = receipt_number(submission.channel, submission.submission_id)
    assessment = assessment or assess(submission, FilingRules())
    return receive(existing, submission, receipt_no=receipt,
                   registration_no=registration_no if assessment.registrable else None,
                   assessment=assessment, reporter_ref="rr-" + derive_event_id(receipt, "reporter_ref"), now=NOW)


def _on_intake_events(decision):
    """The emits on intake.events (other emits, e.g. the reporter's contact for notify, go to personal topics)."""
    return [emit for emit in decision.emits if emit.topic is INTAKE_EVENTS]


def _reporter_secrets(submission) -> list[str]:
    reporter = submission.reporter
    # (birth_place is a town name like the incident's, so it is not a useful needle)
    secrets = [reporter.full_name, reporter.nik, reporter.phone, reporter.email, str(reporter.birth_date)]
    if reporter.address != submission.reported_party.address:  # the supervisor in sample 3 lives where the
        secrets.append(reporter.address)                        # reported village head does
    secrets += [witness.full_name for witness in submission.witnesses] + [w.phone for w in submission.witnesses]
    return [secret for secret in secrets if secret]


def test_registered_report_emits_received_then_registered_on_intake_events(make_submission):
    submission = make_submission(0)
    decision = _receive(submission)
    receipt = receipt_number("sigap_lapor", "sigap-000123")
    emits = _on_intake_events(decision)
    assert [emit.event for emit in emits] == [REPORT_RECEIVED, REPORT_REGISTERED]
    assert all(emit.key == receipt for emit in emits)
    assert len({emit.label for emit in decision.emits}) == len(decision.emits)
    assert decision.outcome == "registered"
    received, registered = (emit.data for emit in emits)
    assert isinstance(received, ReportReceived) and received.received_at == submission.received_at
    assert isinstance(registered, ReportRegistered)
    assert registered.registration_no == REG_NO
    assert (registered.receipt_no, registered.submission_id, registered.channel) == (
        receipt, "sigap-000123", "sigap_lapor")
    assert registered.registered_at == NOW
    assert registered.reporter_ref.startswith("rr-")
    assert registered.reported_party == submission.reported_party
    assert registered.incident == submission.incident
    assert registered.evidence == submission.evidence


def test_registered_report_state_keeps_the_submission_and_unique_keys(make_submission):
    decision = _receive(make_submission(0))
    report = decision.state
    assert isinstance(report, Report)
    assert report.status is IntakeStatus.registered
    assert report.registration_no == REG_NO
    assert report.submission.reporter.nik == "1504014204880003"  # intake alone keeps the identity
    assert decision.keys == {"submission": "sigap_lapor/sigap-000123", "registration_no": REG_NO}


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_registered_event_carries_reporter_ref_but_no_reporter_identity(make_submission, index):
    submission = make_submission(index)
    decision = _receive(submission)
    assert decision.outcome == "registered"
    change = to_change(decision, source="/netra/intake", cause=Cause("evt-in-1"), now=NOW)
    entries = [entry for entry in change.events if entry.topic == "intake.events"]
    assert len(entries) == 2
    for entry in entries:
        serialized = entry.event.to_bytes().decode() + json.dumps(entry.to_document())
        for secret in _reporter_secrets(submission):
            assert secret not in serialized, (entry.event.type, secret)
        assert '"reporter"' not in serialized
    registered = json.loads(entries[1].event.to_bytes())
    assert registered["type"] == "id.bawaslu.report.registered.v1"
    assert registered["data"]["reporter_ref"].startswith("rr-")
    assert registered["subject"] == registered["data"]["receipt_no"]


def test_reporter_consent_is_passed_on_as_a_flag_only(make_submission):
    submission = make_submission(0, consents_to_disclosure=True)
    registered = _on_intake_events(_receive(submission))[1].data
    assert registered.reporter_consents_to_disclosure is True
    assert "Siti" not in registered.model_dump_json()


def test_events_of_a_retried_decision_have_the_same_ids(make_submission):
    submission = make_submission(0)
    first = to_change(_receive(submission), source="/netra/intake", cause=Cause("evt-in-1"), now=NOW)
    again = to_change(_receive(submission), source="/netra/intake", cause=Cause("evt-in-1"), now=NOW)
    assert [e.event.to_bytes() for e in first.events] == [e.event.to_bytes() for e in again.events]
    received = next(e for e in first.events if e.event.type == REPORT_RECEIVED.type)
    assert received.event.id == derive_event_id("evt-in-1", "received")


def test_events_off_intake_events_go_only_to_personal_data_topics(make_submission):
    for index in (0, 4):
        for emit in _receive(make_submission(index)).emits:
            if emit.topic is not INTAKE_EVENTS:
                assert emit.topic.personal_data, emit.topic.name
                assert emit.topic.visibility.value != "external-out", emit.topic.name


def test_second_receive_of_an_existing_report_changes_nothing(make_submission):
    submission = make_submission(0)
    report = _receive(submission).state
    assert _receive(submission, existing=report) is None


def test_second_receive_of_a_refused_report_changes_nothing(make_submission):
    submission = make_submission(4)
    report = _receive(submission).state
    assert report.status is IntakeStatus.not_registered
    assert _receive(submission, existing=report) is None


def test_expired_report_emits_received_then_not_registered_with_the_reason(make_submission):
    submission = make_submission(4)
    decision = _receive(submission)
    emits = _on_intake_events(decision)
    assert [emit.event for emit in emits] == [REPORT_RECEIVED, REPORT_NOT_REGISTERED]
    assert all(emit.key == decision.state.receipt_no for emit in emits)
    refused = emits[1].data
    assert isinstance(refused, ReportNotRegistered)
    assert refused.reason == "expired"
    assert "14 hari" in refused.detail
    assert refused.registration_no is None
    assert refused.decided_at == NOW
    assert decision.outcome == "not_registered_expired"
    assert decision.state.status is IntakeStatus.not_registered
    assert decision.state.reason is NotRegisteredReason.expired
    assert "registration_no" not in decision.keys


def test_invalid_report_is_not_registered_with_reason_invalid(make_submission):
    decision = _receive(make_submission(0, region="99.01"))
    assert _on_intake_events(decision)[1].data.reason == "invalid"
    assert decision.outcome == "not_registered_invalid"


def test_not_registered_event_carries_no_reporter_identity(make_submission):
    submission = make_submission(4)
    change = to_change(_receive(submission), source="/netra/intake", cause=Cause("evt-in-1"), now=NOW)
    for entry in (entry for entry in change.events if entry.topic == "intake.events"):
        for secret in _reporter_secrets(submission):
            assert secret not in entry.event.to_bytes().decode()


def test_registrable_report_without_a_number_is_not_registered(make_submission):
    submission = make_submission(0)
    decision = _receive(submission, assessment=Assessment(False, NotRegisteredReason.incomplete, "bukti kurang"))
    emits = _on_intake_events(decision)
    assert emits[1].event is REPORT_NOT_REGISTERED
    assert emits[1].data.reason == "incomplete"
