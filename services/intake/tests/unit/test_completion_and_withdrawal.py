"""After a completion request: supplement(), the 2 x 24 h deadline, and withdraw()."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from intake.domain.filing import NotRegisteredReason
from intake.domain.report import IntakeStatus, completion_deadline_passed, register
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_COMPLETION_REQUESTED, REPORT_NOT_REGISTERED
from netra_shared.kernel.decision import Decision, Refusal

NOW = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
DUE = NOW + timedelta(hours=48)
REG_NO = "001/Reg/LP/PB/Kab/15.04/X/2024"
LATER = datetime(2024, 10, 20, 5, 0, tzinfo=UTC)  # sample 4 (expired) was received on 20 Oct
EVIDENCE = [{"kind": "photo", "uri": "https://evidence.example.id/tambahan.jpg"}]


@pytest.fixture
def awaiting(lifecycle, edited):
    """A report missing its evidence and the place of the incident, asked for at NOW."""
    return lifecycle.receive(edited(0, {"evidence": [], "incident.place": ""}), NOW).state


@pytest.fixture
def registered(lifecycle, make_submission):
    return register(lifecycle.receive(make_submission(0), NOW).state, REG_NO, NOW).state


# --- supplement -------------------------------------------------------------------------------------------------

def test_a_supplement_with_every_missing_item_completes_the_report(lifecycle, awaiting):
    decision = lifecycle.supplement(awaiting, NOW + timedelta(hours=5), evidence=EVIDENCE,
                                    incident={"place": "Balai Desa Rengas IX"})
    report = decision.state
    assert report.status is IntakeStatus.registering and decision.outcome == "complete"
    assert report.missing == [] and report.completion_due_at is None
    assert report.submission.incident.place == "Balai Desa Rengas IX"
    assert [item.uri for item in report.submission.evidence] == ["https://evidence.example.id/tambahan.jpg"]
    assert decision.emits == []


def test_a_partial_supplement_asks_again_for_what_is_still_missing_with_the_same_deadline(lifecycle, awaiting):
    decision = lifecycle.supplement(awaiting, NOW + timedelta(hours=30), evidence=EVIDENCE)
    report = decision.state
    assert report.status is IntakeStatus.awaiting_completion and decision.outcome == "completion_requested"
    assert [item.item for item in report.missing] == ["incident.place"]
    assert report.completion_due_at == DUE == decision.next_due_at  # a supplement does not buy more time
    (emit,) = decision.emits
    assert (emit.topic, emit.event) == (INTAKE_EVENTS, REPORT_COMPLETION_REQUESTED)
    assert emit.data.due_at == DUE and [item.description for item in emit.data.missing] == ["tempat kejadian"]


def test_a_supplement_that_makes_the_report_invalid_ends_it(lifecycle, awaiting):
    decision = lifecycle.supplement(awaiting, NOW, evidence=EVIDENCE, incident={
        "place": "Balai Desa", "occurred_at": "2024-10-05T10:00:00+07:00"})  # after it was received
    assert decision.state.status is IntakeStatus.not_registered and decision.outcome == "not_registered_invalid"
    assert decision.state.completion_due_at is None and decision.next_due_at is None


def test_a_supplement_from_another_channel_is_rejected_without_naming_the_reports_channel(lifecycle, awaiting):
    result = lifecycle.supplement(awaiting, NOW, sender="gowaslu", evidence=EVIDENCE)
    assert result == Refusal("wrong_channel", "laporan ini tidak diterima melalui kanal Anda")
    assert "sigap-lapor" not in result.detail


def test_a_supplement_naming_another_channel_than_its_sender_is_rejected(lifecycle, awaiting):
    """The report's own channel is named in the body, but the message came on another channel's topic."""
    result = lifecycle.supplement(awaiting, NOW, sender="gowaslu", channel="sigap-lapor", evidence=EVIDENCE)
    assert isinstance(result, Refusal) and result.reason == "channel_mismatch"
    result = lifecycle.supplement(awaiting, NOW, channel="gowaslu", evidence=EVIDENCE)  # its own topic, wrong name
    assert isinstance(result, Refusal) and result.reason == "channel_mismatch"


def test_a_supplement_for_a_registered_report_is_rejected_with_its_number(lifecycle, registered):
    result = lifecycle.supplement(registered, NOW, evidence=EVIDENCE)
    assert isinstance(result, Refusal) and result.reason == "already_registered"
    assert REG_NO in result.detail


def test_a_supplement_for_a_report_being_registered_is_rejected(lifecycle, make_submission):
    registering = lifecycle.receive(make_submission(0), NOW).state
    result = lifecycle.supplement(registering, NOW, evidence=EVIDENCE)
    assert isinstance(result, Refusal) and result.reason == "already_registered"


@pytest.mark.parametrize("close", ["expired", "withdrawn", "incomplete"])
def test_a_supplement_for_a_closed_report_is_rejected_as_not_registered(lifecycle, make_submission, awaiting,
                                                                       close):
    closed = {"expired": lambda: lifecycle.receive(make_submission(4), LATER).state,
              "withdrawn": lambda: lifecycle.withdraw(awaiting, NOW).state,
              "incomplete": lambda: completion_deadline_passed(awaiting, now=DUE).state}[close]()
    result = lifecycle.supplement(closed, NOW, evidence=EVIDENCE)
    assert isinstance(result, Refusal) and result.reason == "not_registered"
    assert close in result.detail


def test_a_supplement_after_the_deadline_does_not_complete_the_report(lifecycle, awaiting):
    late = DUE + timedelta(hours=3)
    result = lifecycle.supplement(awaiting, late, evidence=EVIDENCE, incident={"place": "Balai Desa Rengas IX"})
    assert not (isinstance(result, Decision) and result.state.status is IntakeStatus.registering)


# --- the 2 x 24 h deadline --------------------------------------------------------------------------------------

def test_nothing_happens_one_minute_before_the_deadline(awaiting):
    assert completion_deadline_passed(awaiting, now=NOW + timedelta(hours=47, minutes=59)) is None


@pytest.mark.parametrize("after", [timedelta(0), timedelta(hours=7)])
def test_at_the_deadline_the_report_ends_not_registered_as_incomplete(awaiting, after):
    decision = completion_deadline_passed(awaiting, now=DUE + after)
    report = decision.state
    assert (report.status, report.reason) == (IntakeStatus.not_registered, NotRegisteredReason.incomplete)
    assert decision.outcome == "not_registered_incomplete" and decision.next_due_at is None
    (emit,) = decision.emits
    assert (emit.topic, emit.event, emit.data.reason) == (INTAKE_EVENTS, REPORT_NOT_REGISTERED, "incomplete")
    assert emit.data.detail == ("kelengkapan tidak diterima dalam 2 x 24 jam: tempat kejadian, bukti: dokumen, foto, "
                                "video, tangkapan layar, atau tautan unggahan media sosial")


def test_the_deadline_does_not_touch_a_completed_or_closed_report(lifecycle, awaiting, registered):
    completed = lifecycle.supplement(awaiting, NOW, evidence=EVIDENCE, incident={"place": "Balai Desa"}).state
    withdrawn = lifecycle.withdraw(awaiting, NOW).state
    for report in (completed, registered, withdrawn):
        assert completion_deadline_passed(report, now=DUE + timedelta(days=1)) is None


# --- withdrawal -------------------------------------------------------------------------------------------------

def test_withdrawal_before_registration_ends_the_report_as_withdrawn(lifecycle, awaiting):
    decision = lifecycle.withdraw(awaiting, NOW + timedelta(hours=1))
    report = decision.state
    assert (report.status, report.reason) == (IntakeStatus.not_registered, NotRegisteredReason.withdrawn)
    assert report.completion_due_at is None and decision.next_due_at is None
    assert decision.outcome == "not_registered_withdrawn"
    (emit,) = decision.emits
    assert (emit.event, emit.data.reason, emit.data.detail) == (
        REPORT_NOT_REGISTERED, "withdrawn", "laporan dicabut oleh pelapor")


def test_withdrawal_after_registration_is_refused_with_the_reason(lifecycle, registered):
    result = lifecycle.withdraw(registered, NOW)
    assert result == Refusal("already_registered", f"laporan sudah diregistrasi ({REG_NO}); pencabutan tidak "
                                                     "dapat diproses")


def test_withdrawal_while_the_number_is_being_drawn_is_refused(lifecycle, make_submission):
    result = lifecycle.withdraw(lifecycle.receive(make_submission(0), NOW).state, NOW)
    assert isinstance(result, Refusal) and result.reason == "already_registered"
    assert "sedang diregistrasi" in result.detail


def test_withdrawal_of_a_closed_report_or_from_another_channel_is_refused(lifecycle, make_submission, awaiting):
    expired = lifecycle.receive(make_submission(4), LATER).state
    assert lifecycle.withdraw(expired, NOW).reason == "not_registered"
    assert lifecycle.withdraw(awaiting, NOW, sender="gowaslu").reason == "wrong_channel"
    assert lifecycle.withdraw(awaiting, NOW, sender="gowaslu", channel="sigap-lapor").reason == "channel_mismatch"
    assert lifecycle.withdraw(awaiting, NOW).state.status.value == "not_registered"  # its own channel may
