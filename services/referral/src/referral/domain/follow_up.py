"""After referral: recipients' responses, reminders when the follow-up is overdue, escalation, closure."""

from __future__ import annotations

from datetime import datetime, timedelta

from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.schemas.referral import (
    CaseClosed,
    FollowUpRecorded,
    ReferralEscalated,
    ReferralReminder,
    ReferralResponse,
    ResponseRejected,
    ResponseStatus,
)
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    FOLLOW_UP_RECORDED,
    REFERRAL_ESCALATED,
    REFERRAL_EVENTS,
    REFERRAL_REMINDER,
    REFERRALS,
    RESPONSE_REJECTED,
)
from netra_shared.kernel.decision import Decision, Emit, Refusal, Tell

from .alerts import operator_alert
from .referral_case import CLOSING, Referral, ReferralCase


def next_due(case: ReferralCase, escalate_after: timedelta) -> datetime | None:
    """The next moment something must happen: a reminder at the due date, an escalation some days after."""
    moments = []
    for referral in case.referrals:
        if referral.status in CLOSING:
            continue
        if referral.reminded_at is None:
            moments.append(referral.follow_up_due_at)
        elif referral.escalated_at is None:
            moments.append(referral.follow_up_due_at + escalate_after)
    return min(moments, default=None)


# Responses kept per referral (review M10): the case's document stays bounded. Once all but one are used, only a
# final response (sanctioned, declined) is taken; the others are refused and the recipient is told why.
MAX_RESPONSES = 50


def case_id_of(referral_id: str) -> str:
    return referral_id.rsplit("-", 1)[0]  # referral ids are "<case_id>-<recipient>"


def told(response: ReferralResponse, sender: Recipient) -> Tell:
    """How a recipient hears that referral refused its response: on its own referrals.<recipient> topic (the sender's,
    whatever the response claims)."""
    def notice(refusal: Refusal, now: datetime) -> Emit:
        rejection = ResponseRejected(referral_id=response.referral_id, agency=sender, reason=refusal.reason,
                                     detail=refusal.detail, rejected_at=now)
        return Emit(REFERRALS[sender], RESPONSE_REJECTED, response.referral_id, rejection, "rejected")
    return Tell("response", notice)


def respond(case: ReferralCase | None, response: ReferralResponse, *, sender: Recipient, escalate_after: timedelta,
            now: datetime) -> Decision | Refusal:
    """`sender`: the recipient whose credentials sent the response (its own topic): it may answer its referrals only."""
    if response.agency != sender:
        return Refusal("sender_mismatch", f"tanggapan dari {sender.value.upper()} tidak dapat diberikan atas nama "
                                          f"{response.agency.value.upper()}")
    referral = next((r for r in case.referrals if r.referral_id == response.referral_id), None) if case else None
    if referral is None or referral.recipient != sender:  # another recipient's referral is none of its business
        return Refusal("unknown_referral", f"rujukan {response.referral_id} tidak dikenal")
    if referral.status in CLOSING or case.status == "closed":
        return Refusal("referral_closed", f"rujukan {referral.referral_no} sudah selesai ({referral.status})")
    if len(referral.responses) >= MAX_RESPONSES - 1 and response.status.value not in CLOSING:
        return Refusal("too_many_responses", f"rujukan {referral.referral_no} sudah menerima {len(referral.responses)} "
                                             "tanggapan; hanya tanggapan akhir (sanctioned, declined) yang diterima")
    updated = referral.model_copy(update={"status": response.status.value,
                                          "responses": [*referral.responses, response]})
    referrals = [updated if r.referral_id == referral.referral_id else r for r in case.referrals]
    case = case.model_copy(update={"referrals": referrals})
    emits = [Emit(REFERRAL_EVENTS, FOLLOW_UP_RECORDED, case.case_id, FollowUpRecorded(
        case_id=case.case_id, reports=case.decided.reports, referral_id=referral.referral_id,
        recipient=referral.recipient, status=response.status, detail=response.detail, sanction=response.sanction,
        responded_at=response.responded_at), f"follow_up_{referral.referral_id}")]
    if all(r.status in CLOSING for r in referrals):
        case = case.model_copy(update={"status": "closed"})
        outcomes = ", ".join(f"{r.recipient.value.upper()}: {r.status}" for r in referrals)
        emits.append(Emit(REFERRAL_EVENTS, CASE_CLOSED, case.case_id, CaseClosed(
            case_id=case.case_id, reports=case.decided.reports, outcome=case.outcome,
            reason=f"Semua rujukan selesai ditindaklanjuti ({outcomes})", closed_at=now), "closed"))
    outcome = "case_closed" if case.status == "closed" else f"follow_up_{response.status.value}"
    return Decision(case, emits, next_due_at=next_due(case, escalate_after), outcome=outcome)


def _remind(case: ReferralCase, referral: Referral, now: datetime) -> tuple[Referral, Emit]:
    reminder = ReferralReminder(case_id=case.case_id, reports=case.decided.reports, referral_id=referral.referral_id,
                                referral_no=referral.referral_no, recipient=referral.recipient,
                                follow_up_due_at=referral.follow_up_due_at, reminded_at=now)
    return (referral.model_copy(update={"reminded_at": now}),
            Emit(REFERRALS[referral.recipient], REFERRAL_REMINDER, referral.referral_id, reminder,
                 f"reminder_{referral.referral_id}"))


def _tell_overseer(case: ReferralCase, referral: Referral, now: datetime) -> Emit:
    """An overdue PPK is reported to BKN (pengendalian), not only to operators: a copy of the reminder on BKN's
    own topic, addressed to BKN (review C2)."""
    overseer = referral.escalate_to
    detail = (f"{referral.recipient.value.upper()} belum menindaklanjuti rujukan {referral.referral_no} sampai batas "
              f"{referral.follow_up_due_at:%d-%m-%Y} ({referral.follow_up_terms or 'batas tindak lanjut'}); "
              f"diteruskan kepada {overseer.value.upper()} untuk pengendalian. {referral.escalation_basis}")
    copy = ReferralReminder(case_id=case.case_id, reports=case.decided.reports, referral_id=referral.referral_id,
                            referral_no=referral.referral_no, recipient=referral.recipient,
                            follow_up_due_at=referral.follow_up_due_at, reminded_at=now, addressed_to=overseer,
                            detail=detail[:2000])
    return Emit(REFERRALS[overseer], REFERRAL_REMINDER, referral.referral_id, copy,
                f"overdue_to_{overseer.value}_{referral.referral_id}")


def _escalate(case: ReferralCase, referral: Referral, now: datetime) -> tuple[Referral, list[Emit]]:
    detail = (f"{referral.recipient.value.upper()} belum menindaklanjuti rujukan {referral.referral_no} "
              f"(batas {referral.follow_up_due_at:%d-%m-%Y}); status terakhir: {referral.status}")
    escalation = ReferralEscalated(
        case_id=case.case_id, reports=case.decided.reports, referral_id=referral.referral_id,
        recipient=referral.recipient, reason="follow_up_overdue", due_at=referral.follow_up_due_at, detail=detail)
    alert = operator_alert(case.decided, "follow_up_overdue", severity="warning", now=now, detail=detail,
                           due_at=referral.follow_up_due_at, agency=referral.recipient.value, reason=referral.status,
                           label=f"alert_overdue_{referral.referral_id}")
    return (referral.model_copy(update={"escalated_at": now}),
            [Emit(REFERRAL_EVENTS, REFERRAL_ESCALATED, case.case_id, escalation,
                  f"escalated_{referral.referral_id}"), alert])


def follow_up_due(case: ReferralCase, *, escalate_after: timedelta, now: datetime) -> Decision | None:
    """The sweeper's turn: remind recipients whose follow-up is overdue (and the body that oversees them, where the
    routing data names one); escalate to operators later."""
    referrals, emits = [], []
    for referral in case.referrals:
        if referral.status not in CLOSING and referral.reminded_at is None and now >= referral.follow_up_due_at:
            referral, emit = _remind(case, referral, now)
            emits.append(emit)
            if referral.escalate_to is not None:
                emits.append(_tell_overseer(case, referral, now))
        elif (referral.status not in CLOSING and referral.reminded_at is not None and referral.escalated_at is None
              and now >= referral.follow_up_due_at + escalate_after):
            referral, escalation = _escalate(case, referral, now)
            emits += escalation
        referrals.append(referral)
    if not emits:
        return None
    case = case.model_copy(update={"referrals": referrals})
    return Decision(case, emits, next_due_at=next_due(case, escalate_after),
                    outcome="+".join(emit.event.type.split(".")[-2] for emit in emits))


__all__ = ["case_id_of", "follow_up_due", "next_due", "respond", "told", "ResponseStatus"]
