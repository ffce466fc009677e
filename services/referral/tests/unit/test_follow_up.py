"""After referral: responses, refusals, reminders, escalation, closure and the 24-hour rule for crimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.schemas.referral import ReferralResponse
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    FOLLOW_UP_RECORDED,
    REFERRAL_ESCALATED,
    REFERRAL_EVENTS,
    REFERRAL_REMINDER,
    REFERRALS,
)
from netra_shared.kernel.decision import Refusal
from referral.adapters.reference_data import load_routing_table
from referral.domain.follow_up import follow_up_due, next_due, respond
from referral.domain.identity import WITHHELD
from referral.domain.referral_case import ReferralRules, refer
from referral.settings import DEFAULT_FOLLOW_UP_DAYS

ISSUED = datetime(2024, 10, 5, 4, 0, tzinfo=UTC)
RULES = ReferralRules(routing=load_routing_table(), follow_up_days=DEFAULT_FOLLOW_UP_DAYS)
ESCALATE = RULES.escalate_after


@pytest.fixture
def referred(make_decided):
    """An ASN neutrality case referred to BKN (7 days) and the PPK/Pemda (14 days) at ISSUED."""
    return refer(None, make_decided("asn_pns", "neutrality_violation"), rules=RULES, reporter_identity=WITHHELD,
                 now=ISSUED).state


def response(referral_id: str, agency: str, status: str, **extra) -> ReferralResponse:
    return ReferralResponse(referral_id=referral_id, agency=agency, status=status,
                            responded_at=ISSUED + timedelta(days=1), **extra)


def ids(case) -> dict[str, str]:
    return {r.recipient.value: r.referral_id for r in case.referrals}


def test_each_referral_gets_its_recipients_follow_up_deadline(referred):
    due = {r.recipient: r.follow_up_due_at for r in referred.referrals}
    assert due == {Recipient.bkn: ISSUED + timedelta(days=7), Recipient.pemda: ISSUED + timedelta(days=14)}
    assert next_due(referred, ESCALATE) == ISSUED + timedelta(days=7)


@pytest.mark.parametrize("status", ["acknowledged", "in_progress", "needs_info"])
def test_progress_is_recorded_and_keeps_the_case_open(referred, status):
    decision = respond(referred, response(ids(referred)["bkn"], "bkn", status, detail="sedang diverifikasi"),
                       escalate_after=ESCALATE, now=ISSUED + timedelta(days=1))
    assert decision.state.status == "referred"
    (recorded,) = decision.emits
    assert (recorded.topic, recorded.event) == (REFERRAL_EVENTS, FOLLOW_UP_RECORDED)
    assert recorded.data.status.value == status and recorded.data.recipient is Recipient.bkn
    assert decision.outcome == f"follow_up_{status}"


def test_the_case_closes_when_every_referral_is_sanctioned_or_declined(referred):
    first = respond(referred, response(ids(referred)["bkn"], "bkn", "sanctioned", sanction="teguran tertulis"),
                    escalate_after=ESCALATE, now=ISSUED + timedelta(days=2)).state
    assert first.status == "referred"
    last = respond(first, response(ids(first)["pemda"], "pemda", "declined", detail="sudah pensiun"),
                   escalate_after=ESCALATE, now=ISSUED + timedelta(days=3))
    assert last.state.status == "closed" and last.outcome == "case_closed"
    closed = [emit for emit in last.emits if emit.event is CASE_CLOSED]
    assert len(closed) == 1 and "BKN: sanctioned" in closed[0].data.reason and "PEMDA: declined" in closed[0].data.reason
    assert last.next_due_at is None


def test_a_response_for_an_unknown_referral_is_refused(referred):
    refused = respond(referred, response("CASE-TEST-0000-AA-kpu", "kpu", "acknowledged"), escalate_after=ESCALATE,
                      now=ISSUED)
    assert refused == Refusal("unknown_referral", "rujukan CASE-TEST-0000-AA-kpu tidak dikenal")


def test_a_response_from_an_agency_that_is_not_the_recipient_is_refused(referred):
    refused = respond(referred, response(ids(referred)["bkn"], "pemda", "sanctioned"), escalate_after=ESCALATE,
                      now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "not_the_recipient"
    assert "BKN" in refused.detail


def test_a_response_after_the_referral_closed_is_refused(referred):
    done = respond(referred, response(ids(referred)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE,
                   now=ISSUED).state
    refused = respond(done, response(ids(done)["bkn"], "bkn", "in_progress"), escalate_after=ESCALATE, now=ISSUED)
    assert isinstance(refused, Refusal) and refused.reason == "referral_closed"


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
    (escalation,) = decision.emits
    assert (escalation.topic, escalation.event) == (REFERRAL_EVENTS, REFERRAL_ESCALATED)
    assert escalation.data.reason == "follow_up_overdue" and escalation.data.recipient is Recipient.bkn
    assert decision.next_due_at == ISSUED + timedelta(days=14)  # the Pemda's own deadline comes next
    assert follow_up_due(decision.state, escalate_after=ESCALATE, now=ISSUED + timedelta(days=11)) is None


def test_a_closed_referral_is_never_reminded(referred):
    done = respond(referred, response(ids(referred)["bkn"], "bkn", "sanctioned"), escalate_after=ESCALATE,
                   now=ISSUED).state
    decision = follow_up_due(done, escalate_after=ESCALATE, now=ISSUED + timedelta(days=7))
    assert decision is None
    assert next_due(done, ESCALATE) == ISSUED + timedelta(days=14)


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
