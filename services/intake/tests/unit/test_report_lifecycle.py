"""receive() and register(): a receipt at once, then registering -> registered, awaiting completion, or refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from intake.domain.filing import NotRegisteredReason
from intake.domain.report import IntakeStatus, receive_unreadable, register
from netra_shared.kernel.decision import Refusal
from netra_shared.contracts.schemas.intake_events import (
    CompletionRequested,
    ReporterContact,
    ReporterDisclosure,
    ReportNotRegistered,
    ReportReceived,
    ReportRegistered,
)
from netra_shared.contracts.topics import (
    INTAKE_CONTACTS,
    INTAKE_DISCLOSURES,
    INTAKE_EVENTS,
    REPORT_COMPLETION_REQUESTED,
    REPORT_NOT_REGISTERED,
    REPORT_RECEIVED,
    REPORT_REGISTERED,
    REPORTER_CONTACT,
    REPORTER_DISCLOSURE,
)
from netra_shared.kernel.aggregates import Cause, to_change

NOW = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
REG_NO = "001/Reg/LP/PB/Kab/15.04/X/2024"
LATER = datetime(2024, 10, 20, 5, 0, tzinfo=UTC)  # sample 4 was received on 20 Oct


def _kinds(decision):
    return [(emit.topic, emit.event) for emit in decision.emits]


def test_complete_submission_gets_its_receipt_and_moves_to_registering(lifecycle, make_submission):
    submission = make_submission(0)
    decision = lifecycle.receive(submission, NOW)
    report = decision.state
    assert report.receipt_no == lifecycle.receipt(submission)
    assert report.status is IntakeStatus.registering and report.registration_no is None
    assert decision.outcome == "complete"
    assert decision.next_due_at == NOW  # due at once: the sweeper draws the number, after this state is written
    assert decision.keys == {"submission": "sigap-lapor/sigap-000123"}
    assert _kinds(decision) == [(INTAKE_CONTACTS, REPORTER_CONTACT), (INTAKE_EVENTS, REPORT_RECEIVED)]
    received = decision.emits[1].data
    assert isinstance(received, ReportReceived)
    assert (received.receipt_no, received.kind, received.received_at) == (
        report.receipt_no, submission.kind, submission.received_at)
    assert received.election == submission.election  # the console counts and filters reports by region from receipt


def test_register_gives_the_number_and_emits_registered(lifecycle, make_submission):
    submission = make_submission(0)
    report = lifecycle.receive(submission, NOW).state
    decision = register(report, REG_NO, NOW + timedelta(seconds=1))
    assert decision.state.status is IntakeStatus.registered and decision.state.registration_no == REG_NO
    assert decision.outcome == "registered" and decision.keys == {"registration_no": REG_NO}
    assert decision.next_due_at is None
    assert _kinds(decision) == [(INTAKE_EVENTS, REPORT_REGISTERED)]
    registered = decision.emits[0].data
    assert isinstance(registered, ReportRegistered)
    assert registered.registration_no == REG_NO and registered.registered_at == NOW + timedelta(seconds=1)
    assert registered.reporter_ref == report.reporter_ref and registered.reporter_ref.startswith("rr-")
    assert (registered.reported_party, registered.incident, registered.evidence) == (
        submission.reported_party, submission.incident, submission.evidence)
    assert registered.reporter_consents_to_disclosure is False


def test_a_consenting_reporter_is_disclosed_on_intake_disclosures_only(lifecycle, make_submission):
    submission = make_submission(0, consents_to_disclosure=True)
    decision = register(lifecycle.receive(submission, NOW).state, REG_NO, NOW)
    assert _kinds(decision) == [(INTAKE_EVENTS, REPORT_REGISTERED), (INTAKE_DISCLOSURES, REPORTER_DISCLOSURE)]
    registered, disclosure = (emit.data for emit in decision.emits)
    assert registered.reporter_consents_to_disclosure is True
    assert isinstance(disclosure, ReporterDisclosure)
    assert (disclosure.full_name, disclosure.nik, disclosure.standing) == ("Siti Rahmawati", "1504014204880003",
                                                                           "voter")
    assert decision.emits[1].key == registered.reporter_ref


def test_register_changes_nothing_unless_the_report_is_registering(lifecycle, make_submission, edited):
    registering = lifecycle.receive(make_submission(0), NOW).state
    registered = register(registering, REG_NO, NOW).state
    awaiting = lifecycle.receive(edited(0, {"evidence": []}), NOW).state
    refused = lifecycle.receive(make_submission(4), LATER).state
    for report in (registered, awaiting, refused):
        assert register(report, "002/Reg/LP/PB/Kab/15.04/X/2024", NOW) is None


@pytest.mark.parametrize("index, consents", [(0, False), (0, True), (1, True), (2, False), (3, True), (4, False)])
def test_no_reporter_identity_on_any_topic_without_personal_data(lifecycle, make_submission, reporter_secrets,
                                                                 index, consents):
    submission = make_submission(index, consents_to_disclosure=consents)
    received = lifecycle.receive(submission, submission.received_at + timedelta(hours=1))
    decisions = [received]
    assert received.outcome != "not_registered_invalid"
    if received.state.status is IntakeStatus.registering:
        decisions.append(register(received.state, REG_NO, NOW))
    for decision in decisions:
        change = to_change(decision, source="/netra/intake", cause=Cause("evt-1"), now=NOW)
        for entry, emit in zip(change.events, decision.emits, strict=True):
            if emit.topic.personal_data:
                continue
            serialized = entry.event.to_bytes().decode()
            for secret in reporter_secrets(submission):
                assert secret not in serialized, (emit.event.type, secret)
            assert '"reporter"' not in serialized and '"nik"' not in serialized


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4])
def test_the_contact_event_goes_only_to_intake_contacts(lifecycle, make_submission, index):
    submission = make_submission(index)
    decision = lifecycle.receive(submission, submission.received_at + timedelta(hours=1))
    contacts = [emit for emit in decision.emits if emit.event is REPORTER_CONTACT]
    assert [emit.topic for emit in contacts] == [INTAKE_CONTACTS]
    contact = contacts[0].data
    assert isinstance(contact, ReporterContact)
    assert (contact.email, contact.phone) == (submission.reporter.email, submission.reporter.phone)
    assert contacts[0].key == decision.state.reporter_ref
    assert INTAKE_CONTACTS.personal_data and INTAKE_DISCLOSURES.personal_data and not INTAKE_EVENTS.personal_data


def test_incomplete_submission_asks_for_the_missing_items_within_48_hours(lifecycle, edited):
    decision = lifecycle.receive(edited(0, {"evidence": [], "reporter.nik": None}), NOW)
    report = decision.state
    assert report.status is IntakeStatus.awaiting_completion
    assert report.completion_due_at == NOW + timedelta(hours=48) == decision.next_due_at
    assert [item.item for item in report.missing] == ["reporter.nik", "evidence"]
    assert decision.outcome == "completion_requested"
    assert _kinds(decision) == [(INTAKE_CONTACTS, REPORTER_CONTACT), (INTAKE_EVENTS, REPORT_RECEIVED),
                                (INTAKE_EVENTS, REPORT_COMPLETION_REQUESTED)]
    request = decision.emits[2].data
    assert isinstance(request, CompletionRequested)
    assert request.due_at == NOW + timedelta(hours=48) and request.requested_at == NOW
    assert request.election is not None and request.election.region_code == "15.04"
    assert [item.description for item in request.missing] == [
        "NIK pelapor (16 digit, sesuai KTP)",
        "bukti: dokumen, foto, video, tangkapan layar, atau tautan unggahan media sosial"]


def test_refused_submission_is_not_registered_with_its_reason(lifecycle, make_submission):
    decision = lifecycle.receive(make_submission(4), LATER)
    report = decision.state
    assert (report.status, report.reason) == (IntakeStatus.not_registered, NotRegisteredReason.expired)
    assert decision.outcome == "not_registered_expired" and decision.next_due_at is None
    assert _kinds(decision)[1:] == [(INTAKE_EVENTS, REPORT_RECEIVED), (INTAKE_EVENTS, REPORT_NOT_REGISTERED)]
    refused = decision.emits[-1].data
    assert isinstance(refused, ReportNotRegistered)
    assert (refused.reason, refused.registration_no, refused.decided_at) == ("expired", None, LATER)
    assert "14 hari" in refused.detail


def test_refusal_wins_over_missing_items(lifecycle, edited):
    decision = lifecycle.receive(edited(0, {"election.region_code": "99.01", "evidence": []}), NOW)
    assert decision.outcome == "not_registered_invalid"
    assert REPORT_COMPLETION_REQUESTED not in [emit.event for emit in decision.emits]


@pytest.mark.parametrize("index, changes", [(0, {}), (0, {"evidence": []}), (4, {})],
                         ids=["registering", "awaiting", "not_registered"])
def test_receiving_the_same_submission_again_changes_nothing(lifecycle, edited, index, changes):
    submission = edited(index, changes)
    report = lifecycle.receive(submission, LATER).state
    assert lifecycle.receive(submission, LATER + timedelta(hours=1), existing=report) is None
    registered = register(report, REG_NO, NOW) if report.status is IntakeStatus.registering else None
    if registered is not None:
        assert lifecycle.receive(submission, NOW, existing=registered.state) is None


def test_an_unreadable_submission_still_gets_a_receipt_and_the_reason(lifecycle):
    decision = receive_unreadable(None, receipt_no="RCP-AAAA-BBBB-CC", submission_id="sigap-9", channel="sigap-lapor",
                                  detail="reporter.nik: String should match pattern", now=NOW)
    report = decision.state
    assert (report.status, report.reason, report.submission) == (
        IntakeStatus.not_registered, NotRegisteredReason.invalid, None)
    assert report.reason_detail == "isian tidak valid: reporter.nik: String should match pattern"
    assert decision.outcome == "not_registered_invalid"
    assert _kinds(decision) == [(INTAKE_EVENTS, REPORT_RECEIVED), (INTAKE_EVENTS, REPORT_NOT_REGISTERED)]
    assert all(emit.key == "RCP-AAAA-BBBB-CC" for emit in decision.emits)


def test_an_unreadable_submission_changes_nothing_for_an_existing_report(lifecycle, make_submission):
    report = lifecycle.receive(make_submission(0), NOW).state
    assert receive_unreadable(report, receipt_no=report.receipt_no, submission_id=report.submission_id,
                              channel=report.channel, detail="x", now=NOW) is None


def test_a_corrected_submission_replaces_an_unreadable_one(lifecycle, make_submission):
    submission = make_submission(0)
    unreadable = receive_unreadable(None, receipt_no=lifecycle.receipt(submission), channel=submission.channel,
                                    submission_id=submission.submission_id, detail="x", now=NOW).state
    decision = lifecycle.receive(submission, NOW, existing=unreadable)
    assert decision.state.status is IntakeStatus.registering and decision.state.submission == submission


def test_an_unreadable_submission_with_a_very_long_reason_still_gets_a_status():
    decision = receive_unreadable(None, receipt_no="RCP-AAAA-BBBB-CC", submission_id="sigap-9", channel="sigap-lapor",
                                  detail="key '" + "k" * 2500 + "' appears twice in one object", now=NOW)
    assert decision.state.status is IntakeStatus.not_registered


def test_a_submission_naming_another_channel_than_its_sender_is_refused(lifecycle, make_submission):
    submission = make_submission(0)  # names sigap-lapor
    refused = lifecycle.receive(submission, NOW, sender="gowaslu")
    assert isinstance(refused, Refusal) and refused.reason == "channel_mismatch"


def test_submission_ids_are_the_senders_own_so_no_channel_can_squat_another_ones(lifecycle, make_submission):
    """The same submission id sent by two channels makes two receipts: a guessed id pre-submitted by another
    channel never turns the genuine report into a duplicate."""
    genuine = make_submission(0)
    squatter = genuine.model_copy(update={"channel": "gowaslu"})
    squatted = lifecycle.receive(squatter, NOW, sender="gowaslu").state
    real = lifecycle.receive(genuine, NOW, sender="sigap-lapor")
    assert real is not None and real.state.receipt_no != squatted.receipt_no
    assert real.state.channel == "sigap-lapor" and real.outcome == "complete"
