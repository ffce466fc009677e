"""After referral: responses, refusals, reminders, escalation, closure and the 24-hour rule for crimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.regions import WIB
from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.schemas.referral import ReferralResponse
from netra_shared.contracts.topics import (
    OPERATOR_ALERT_RAISED,
    CASE_CLOSED,
    FOLLOW_UP_RECORDED,
    REFERRAL_ESCALATED,
    REFERRAL_EVENTS,
    REFERRAL_REMINDER,
    REFERRALS,
)
from netra_shared.kernel.decision import Refusal
from referral.adapters.reference_data import load_routing_table
from referral.domain.follow_up import MAX_RESPONSES, follow_up_due, next_due, respond, told
from referral.domain.identity import WITHHELD
from referral.domain.referral_case import ReferralRules, refer
from referral.settings import DEFAULT_FOLLOW_UP_DAYS

ISSUED = datetime(2024, 10, 5, 4, 0, tzinfo=UTC)  # Saturday 5 Oct 2024, 11.00 WIB (Belitung Timur)
PPK_DUE = datetime(2024, 10, 24, 23, 59, tzinfo=WIB)  # the 14th working day after it
RULES = ReferralRules(routing=load_routing_table(), follow_up_days=DEFAULT_FOLLOW_UP_DAYS)
ESCALATE = RULES.escalate_after


@pytest.fixture
def referred(make_decided):
    """An ASN neutrality case referred to BKN (7 days) and the PPK/Pemda (14 working days) at ISSUED."""
    return refer(None, make_decided("asn_pns", "neutrality_violation"), rules=RULES, reporter_identity=WITHHELD,
                 now=ISSUED).state


def response(referral_id: str, agency: str, status: str, **extra) -> ReferralResponse:
    return ReferralResponse(referral_id=referral_id, agency=agency, status=status,
                            responded_at=ISSUED + timedelta(days=1), **extra)


def answer(case, response: ReferralResponse, *, sender: str | None = None, **kw):
    """respond() as the handler calls it: `sender` is the recipient whose credentials sent it (default: the one the
    response names)."""
    return respond(case, response, sender=Recipient(sender or response.agency), **kw)


def ids(case) -> dict[str, str]:
    return {r.recipient.value: r.referral_id for r in case.referrals}


def test_each_referral_gets_its_recipients_follow_up_deadline(referred):
    due = {r.recipient: r.follow_up_due_at for r in referred.referrals}
    assert due == {Recipient.bkn: ISSUED + timedelta(days=7), Recipient.pemda: PPK_DUE}
    assert next_due(referred, ESCALATE) == ISSUED + timedelta(days=7)


@pytest.mark.parametrize("status", ["acknowledged", "in_progress", "needs_info"])
def test_progress_is_recorded_and_keeps_the_case_open(referred, status):
    decision = answer(referred, response(ids(referred)["bkn"], "bkn", status, detail="sedang diverifikasi"),
                       escalate_after=ESCALATE, now=ISSUED + timedelta(days=1))
    assert decision.state.status == "referred"
    (recorded,) = decision.emits
    assert (recorded.topic, recorded.event) == (REFERRAL_EVENTS, FOLLOW_UP_RECORDED)
    assert recorded.data.status.value == status and recorded.data.recipient is Recipient.bkn
    assert decision.outcome == f"follow_up_{status}"


def test_the_case_closes_when_every_referral_is_sanctioned_or_declined(referred):
    first = answer(referred, response(ids(referred)["bkn"], "bkn", "sanctioned", sanction="teguran tertulis"),
                    escalate_after=ESCALATE, now=ISSUED + timedelta(days=2)).state
    assert first.status == "referred"
    last = answer(first, response(ids(first)["pemda"], "pemda", "declined", detail="sudah pensiun"),
                   escalate_after=ESCALATE, now=ISSUED + timedelta(days=3))
    assert last.state.status == "closed" and last.outcome == "case_closed"
    closed = [emit for emit in last.emits if emit.event is CASE_CLOSED]
    assert len(closed) == 1 and "BKN: sanctioned" in closed[0].data.reason and "PEMDA: declined" in closed[0].data.reason
    assert last.next_due_at is None


def test_a_response_for_an_unknown_referral_is_refused(referred):
    refused = answer(referred, response("CASE-TEST-0000-AA-kpu", "kpu", "acknowledged"), escalate_after=ESCALATE,
                      now=ISSUED)
    assert refused == Refusal("unknown_referral", "rujukan CASE-TEST-0000-AA-kpu tidak dikenal")


def test_a_recipient_cannot_answer_another_recipients_referral(referred):
    """PEMDA's credentials, BKN's referral id (ids are derivable): refused as unknown, nothing recorded, and the
    refusal does not say whose referral it is."""
    refused = answer(referred, response(ids(referred)["bkn"], "pemda", "declined"), escalate_after=ESCALATE,
                     now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "unknown_referral" and "BKN" not in refused.detail


def test_a_recipient_cannot_answer_in_another_recipients_name(referred):
    refused = answer(referred, response(ids(referred)["bkn"], "bkn", "declined"), sender="pemda",
                     escalate_after=ESCALATE, now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "sender_mismatch"
    emit = told(response(ids(referred)["bkn"], "bkn", "declined"), Recipient.pemda).notice(refused, ISSUED)
    assert emit.topic is REFERRALS[Recipient.pemda] and emit.data.agency is Recipient.pemda  # told to the sender


def test_a_response_after_the_referral_closed_is_refused(referred):
    done = answer(referred, response(ids(referred)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE,
                   now=ISSUED).state
    refused = answer(done, response(ids(done)["bkn"], "bkn", "in_progress"), escalate_after=ESCALATE, now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "referral_closed"


def test_a_referral_keeps_at_most_max_responses_and_the_last_one_is_for_its_final_answer(referred):
    """Review M10: a recipient sending in_progress forever cannot grow the case's document without bound."""
    case = referred
    for _ in range(MAX_RESPONSES - 1):
        case = answer(case, response(ids(case)["bkn"], "bkn", "in_progress"), escalate_after=ESCALATE, now=ISSUED).state
    refused = answer(case, response(ids(case)["bkn"], "bkn", "in_progress"), escalate_after=ESCALATE, now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "too_many_responses"
    emit = told(response(ids(case)["bkn"], "bkn", "in_progress"), Recipient.bkn).notice(refused, ISSUED)
    assert emit.topic is REFERRALS[Recipient.bkn]  # the recipient is told why
    final = answer(case, response(ids(case)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE, now=ISSUED).state
    [bkn] = [r for r in final.referrals if r.recipient is Recipient.bkn]
    assert len(bkn.responses) == MAX_RESPONSES and bkn.status == "sanctioned"


def test_nothing_is_due_before_the_follow_up_deadline(referred):
    assert follow_up_due(referred, escalate_after=ESCALATE, now=ISSUED + timedelta(days=7) - timedelta(seconds=1)) \
        is None


def test_an_overdue_follow_up_reminds_the_recipient_on_its_own_topic_once(referred):
    at_due = ISSUED + timedelta(days=7)
    decision = follow_up_due(referred, escalate_after=ESCALATE, now=at_due)
    (reminder,) = decision.emits
    assert (reminder.topic, reminder.event, reminder.key) == (REFERRALS[Recipient.bkn], REFERRAL_REMINDER,
                                                              ids(referred)["bkn"])
    assert decision.next_due_at == at_due + ESCALATE  # then the escalation
    assert follow_up_due(decision.state, escalate_after=ESCALATE, now=at_due + timedelta(hours=1)) is None


def test_still_overdue_after_the_reminder_escalates_to_operators_once(referred):
    reminded = follow_up_due(referred, escalate_after=ESCALATE, now=ISSUED + timedelta(days=7)).state
    decision = follow_up_due(reminded, escalate_after=ESCALATE, now=ISSUED + timedelta(days=10))
    escalation, alert = decision.emits
    assert (escalation.topic, escalation.event) == (REFERRAL_EVENTS, REFERRAL_ESCALATED)
    assert escalation.data.reason == "follow_up_overdue" and escalation.data.recipient is Recipient.bkn
    assert (alert.topic, alert.event, alert.key) == (REFERRAL_EVENTS, OPERATOR_ALERT_RAISED, referred.case_id)
    assert (alert.data.alert, alert.data.agency, alert.data.severity) == ("follow_up_overdue", "bkn", "warning")
    assert alert.data.due_at == escalation.data.due_at and alert.data.receipt_nos == [
        ref.receipt_no for ref in referred.decided.reports]
    assert alert.data.detail == escalation.data.detail
    assert decision.next_due_at == PPK_DUE  # the Pemda's own deadline comes next
    assert follow_up_due(decision.state, escalate_after=ESCALATE, now=ISSUED + timedelta(days=11)) is None


def test_a_closed_referral_is_never_reminded(referred):
    done = answer(referred, response(ids(referred)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE,
                   now=ISSUED).state
    decision = follow_up_due(done, escalate_after=ESCALATE, now=ISSUED + timedelta(days=7))
    assert decision is None
    assert next_due(done, ESCALATE) == PPK_DUE


def test_a_criminal_referral_within_24_hours_of_the_decision_raises_nothing(make_decided):
    decided = make_decided("village_head", "election_crime")
    decision = refer(None, decided, rules=RULES, reporter_identity=WITHHELD,
                     now=decided.decided_at + timedelta(hours=23, minutes=59))
    assert not [emit for emit in decision.emits if emit.event is REFERRAL_ESCALATED]
    assert [r.recipient for r in decision.state.referrals] == [Recipient.gakkumdu, Recipient.pemda]


def test_a_criminal_referral_later_than_24_hours_is_escalated_to_operators(make_decided):
    decided = make_decided("village_head", "election_crime")
    decision = refer(None, decided, rules=RULES, reporter_identity=WITHHELD,
                     now=decided.decided_at + timedelta(hours=30))
    (late,) = [emit for emit in decision.emits if emit.event is REFERRAL_ESCALATED]
    assert late.data.reason == "criminal_referral_late" and late.data.recipient is Recipient.gakkumdu
    assert late.data.due_at == decided.decided_at + timedelta(hours=24)
    (alert,) = [emit.data for emit in decision.emits if emit.event is OPERATOR_ALERT_RAISED]
    assert (alert.alert, alert.agency, alert.severity, alert.service) == (
        "criminal_referral_late", "gakkumdu", "critical", "referral")
    assert alert.due_at == late.data.due_at and alert.case_id == decided.case_id


# --- the PPK's 14 working days, then BKN (review C2) -----------------------------------------------------------------

def test_an_overdue_ppk_is_reported_to_bkn_on_bkns_own_topic_not_only_to_operators(referred):
    """BKN (6 Feb 2024; Perpres 116/2022): a PPK that has not imposed the discipline within 14 working days is
    escalated by BKN. The Pemda's reminder goes with a copy addressed to BKN on referrals.bkn."""
    bkn_done = answer(referred, response(ids(referred)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE,
                       now=ISSUED).state
    assert follow_up_due(bkn_done, escalate_after=ESCALATE, now=PPK_DUE - timedelta(minutes=1)) is None
    decision = follow_up_due(bkn_done, escalate_after=ESCALATE, now=PPK_DUE)
    reminder, to_bkn = decision.emits
    assert (reminder.topic, reminder.data.recipient, reminder.data.addressed_to) == (
        REFERRALS[Recipient.pemda], Recipient.pemda, None)
    assert (to_bkn.topic, to_bkn.event, to_bkn.key) == (REFERRALS[Recipient.bkn], REFERRAL_REMINDER,
                                                        ids(referred)["pemda"])
    assert to_bkn.data.addressed_to is Recipient.bkn and to_bkn.data.recipient is Recipient.pemda
    assert "14 hari kerja" in to_bkn.data.detail and "pengendalian" in to_bkn.data.detail
    later = follow_up_due(decision.state, escalate_after=ESCALATE, now=PPK_DUE + ESCALATE)
    escalation, alert = later.emits  # and operators, later, as before
    assert escalation.event is REFERRAL_ESCALATED and escalation.data.recipient is Recipient.pemda
    assert alert.event is OPERATOR_ALERT_RAISED and alert.data.agency == "pemda"


def test_a_village_heads_overdue_pemda_is_not_reported_to_bkn(make_decided):
    """BKN oversees ASN staffing authorities only; a regent sanctioning a village head (UU 6/2014 Pasal 30) is not."""
    case = refer(None, make_decided("village_head", "neutrality_violation"), rules=RULES,
                 reporter_identity=WITHHELD, now=ISSUED).state
    decision = follow_up_due(case, escalate_after=ESCALATE, now=PPK_DUE)
    assert [emit.topic for emit in decision.emits] == [REFERRALS[Recipient.pemda]]


def test_gakkumdus_follow_up_is_fourteen_working_days_across_the_christmas_holidays(make_decided):
    """UU 1/2015 Pasal 146 as amended by UU 10/2016: the police investigate in at most 14 hari kerja. Referred Fri
    13 Dec 2024: Christmas (25 Dec, libur nasional) and 26 Dec (cuti bersama, SKB 855/2023) are skipped, as are
    1 Jan 2025 and weekends: the 14th working day is Tue 7 Jan 2025."""
    decided = make_decided("village_head", "election_crime")
    now = datetime(2024, 12, 13, 2, 0, tzinfo=UTC)
    decided = decided.model_copy(update={"decided_at": now})
    case = refer(None, decided, rules=RULES, reporter_identity=WITHHELD, now=now).state
    gakkumdu = next(r for r in case.referrals if r.recipient is Recipient.gakkumdu)
    assert gakkumdu.follow_up_due_at == datetime(2025, 1, 7, 23, 59, tzinfo=WIB)
    assert "14 hari kerja" in gakkumdu.follow_up_terms and "Pasal 146" in gakkumdu.follow_up_terms
    assert "5 hari kerja" in gakkumdu.follow_up_terms  # the prosecutor's stage is named too


def test_the_gakkumdu_package_names_the_candidate_pair_as_the_suspect_of_a_pasal_70_crime(make_decided):
    """UU 10/2016 Pasal 70(1) jo. Pasal 189: the pair that involves an ASN in its campaign commits the crime, not
    the ASN (review A5): the Gakkumdu referral names the pair; BKN's referral names no suspect."""
    decided = make_decided("asn_pns", "election_crime")
    classification = decided.classification.model_copy(update={"crime_offender": "candidate_pair"})
    decided = decided.model_copy(update={"classification": classification})
    decision = refer(None, decided, rules=RULES, reporter_identity=WITHHELD, now=ISSUED)
    packages = {emit.data.recipient: emit.data for emit in decision.emits if emit.event.type.endswith("issued.v1")}
    assert "pasangan calon Paslon 2 (nomor urut 2)" in packages[Recipient.gakkumdu].suspected_offender
    assert "Pasal 70(1) jo. Pasal 189" in packages[Recipient.gakkumdu].suspected_offender
    assert packages[Recipient.bkn].suspected_offender == ""
