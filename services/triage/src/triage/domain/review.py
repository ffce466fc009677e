"""The review's progress: opinions, the reminder, the decision deadline, the extension and the decision.

Every function returns the new state and the events it causes (no I/O, no clock: `now` is given).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from netra_shared.contracts.schemas.review import (
    Agency,
    CaseDecided,
    Opinion,
    OpinionRejected,
    ReviewDeadlineMissed,
    ReviewExtended,
    ReviewPacketUpdated,
    ReviewReminderDue,
    Verdict,
)
from netra_shared.contracts.topics import (
    CASE_DECIDED,
    OPINION_REJECTED,
    POKJA_REJECTIONS,
    REVIEW_DEADLINE_MISSED,
    REVIEW_EXTENDED,
    REVIEW_REMINDER_DUE,
    REVIEW_UPDATED,
    TRIAGE_EVENTS,
)
from netra_shared.kernel.decision import Decision, Emit, Refusal, Tell

from .alerts import decision_deadline_missed, decision_due_soon
from .budget import fitting, room
from .case import Case, CaseStatus, casting_vote_request, next_due, review_packet, to_members
from .policy import ReviewPolicy
from .voting import Decide, Extend, Step, ToCoordinator, conclude, expected_members

COORDINATOR = Agency.BAWASLU.value
MAX_EVIDENCE = 50


def _refusal(case: Case, opinion: Opinion, now: datetime) -> Refusal | None:
    agency = opinion.agency.value
    if case.status is CaseStatus.decided:
        return Refusal("already_decided", f"kasus sudah diputus pada {case.decided_at:%Y-%m-%d %H:%M} UTC")
    if agency in case.opinions:
        return Refusal("duplicate_opinion", f"{agency} sudah memberi pendapat pada putaran {case.review_round}")
    if agency == COORDINATOR:
        if case.with_coordinator is None:
            return Refusal("casting_vote_not_requested",
                           "koordinator Bawaslu memberi suara penentu hanya bila diminta (suara Pokja tidak memutus)")
        if opinion.verdict is Verdict.recuse:
            return Refusal("coordinator_cannot_recuse",
                           "pendapat koordinator Bawaslu menentukan bila suara tidak cukup")
        if opinion.verdict is Verdict.need_more_info and case.extended:
            return Refusal("extension_already_used", "batas waktu sudah diperpanjang sekali; pendapat harus memutus")
        return None
    if opinion.agency not in case.members:
        return Refusal("not_a_member", f"{agency} bukan anggota Pokja kasus ini")
    if agency in case.recused:
        return Refusal("recused", case.recused[agency])
    if case.deadline_missed or now >= case.decision_due_at:
        return Refusal("after_deadline", f"batas waktu {case.decision_due_at:%Y-%m-%d %H:%M} UTC sudah lewat; "
                                         "pendapat koordinator Bawaslu yang menentukan")
    return None


def told(opinion: Opinion, sender: str) -> Tell:
    """How a refused opinion is made known: to the member that sent it, on its own pokja.rejections.<member>, with
    the reason. An opinion on a case that does not exist is not told to anyone: it goes to the DLQ."""
    def notice(refusal: Refusal, now: datetime) -> Emit | None:
        if refusal.reason == "unknown_case":
            return None
        rejected = OpinionRejected(case_id=opinion.case_id, agency=sender.upper(), reason=refusal.reason,
                                   detail=refusal.detail)
        return Emit(POKJA_REJECTIONS[sender], OPINION_REJECTED, opinion.case_id, rejected, "opinion_rejected")
    return Tell("opinion", notice)


def _step(case: Case, policy: ReviewPolicy, *, at_deadline: bool) -> Step:
    coordinator = (ToCoordinator(case.with_coordinator.reason, case.with_coordinator.tally)
                   if case.with_coordinator else None)
    return conclude(members=case.members, recused=case.recused, opinions=case.opinions, extended=case.extended,
                    with_coordinator=coordinator, at_deadline=at_deadline, quorum=policy.deadline_quorum)


def _evidence(case: Case) -> list:
    """The case's distinct evidence items, first report first (at most MAX_EVIDENCE)."""
    seen, merged = set(), []
    for item in (item for report in case.all_registered for item in report.evidence):
        if item.uri not in seen and len(merged) < MAX_EVIDENCE:
            seen.add(item.uri)
            merged.append(item)
    return merged


def _decide(case: Case, step: Decide, now: datetime) -> Decision:
    case = case.model_copy(update={"status": CaseStatus.decided, "outcome": step.outcome, "decided_at": now,
                                   "decided_by": step.by})
    first = case.registered
    fields = dict(
        case_id=case.case_id, reports=case.reports, outcome=step.outcome, subject_type=case.classification.subject_type,
        classification=case.classification, reported_party=first.reported_party, election=first.election,
        incident=first.incident, reporter_refs=case.reporter_refs, reporters_consenting=case.reporters_consenting,
        votes={agency: opinion.verdict.value for agency, opinion in case.opinions.items()}, decided_at=now,
        decided_by=step.by)
    # within triage.events' budget (referral and notify accept 256 KiB): the evidence as far as it fits
    carried, omitted = fitting(_evidence(case), room(TRIAGE_EVENTS, CaseDecided(**fields, evidence_omitted=MAX_EVIDENCE)))
    decided = CaseDecided(**fields, evidence=carried, evidence_omitted=len(omitted))
    return Decision(case, [Emit(TRIAGE_EVENTS, CASE_DECIDED, case.case_id, decided, "case_decided")],
                    next_due_at=None, outcome=f"decided_{step.outcome.value}")


def _extend(case: Case, step: Extend, policy: ReviewPolicy, now: datetime) -> Decision:
    previous = case.decision_due_at
    case = case.model_copy(update={
        "extended": True, "decision_due_at": previous + timedelta(days=policy.extension_days), "review_round": 2,
        "earlier_opinions": [*case.earlier_opinions, *case.opinions.values()], "opinions": {},
        "with_coordinator": None, "deadline_missed": False, "reminder_sent_for": None})
    extended = ReviewExtended(
        case_id=case.case_id, reports=case.reports, previous_due_at=previous, decision_due_at=case.decision_due_at,
        information_requested=[op.note[:2000] for op in step.requests if op.note], reporter_refs=case.reporter_refs,
        extended_at=now)
    packet = review_packet(case, ReviewPacketUpdated, update_reason="extended")
    return Decision(case, [
        Emit(TRIAGE_EVENTS, REVIEW_EXTENDED, case.case_id, extended, "review_extended"),
        *to_members(case, REVIEW_UPDATED, packet, "review_updated"),
    ], next_due_at=next_due(case, policy), outcome="review_extended")


def _to_coordinator(case: Case, step: ToCoordinator, policy: ReviewPolicy, now: datetime, *,
                    at_deadline: bool) -> Decision:
    case, emits = casting_vote_request(case, step, now)
    if not at_deadline:
        return Decision(case, emits, next_due_at=next_due(case, policy), outcome=f"to_coordinator_{step.reason}")
    case = case.model_copy(update={"deadline_missed": True})
    missed = ReviewDeadlineMissed(case_id=case.case_id, reports=case.reports, decision_due_at=case.decision_due_at,
                                  opinions_received=len(case.opinions), awaiting=[COORDINATOR])
    return Decision(case, [Emit(TRIAGE_EVENTS, REVIEW_DEADLINE_MISSED, case.case_id, missed, "deadline_missed"),
                           decision_deadline_missed(case, len(case.opinions), now), *emits],
                    next_due_at=None, outcome="decision_deadline_missed")


def _advance(case: Case, step: Step, policy: ReviewPolicy, now: datetime, *, at_deadline: bool) -> Decision:
    if isinstance(step, Decide):
        return _decide(case, step, now)
    if isinstance(step, Extend):
        return _extend(case, step, policy, now)
    if isinstance(step, ToCoordinator):
        return _to_coordinator(case, step, policy, now, at_deadline=at_deadline)
    if at_deadline:  # cannot happen: at the deadline every review concludes or goes to the coordinator
        return _to_coordinator(case, ToCoordinator("too_few_opinions", {}), policy, now, at_deadline=True)
    return Decision(case, next_due_at=next_due(case, policy), outcome="opinion_recorded")


def record_opinion(case: Case | None, opinion: Opinion, *, sender: str, now: datetime,
                   policy: ReviewPolicy = ReviewPolicy()) -> Decision | Refusal:
    """`sender`: the member whose credentials sent it (its own topic); the opinion counts as that member's only."""
    if opinion.agency.value.lower() != sender:
        return Refusal("sender_mismatch", f"pendapat dari {sender.upper()} tidak dapat diberikan atas nama "
                                          f"{opinion.agency.value}")
    if case is None:
        return Refusal("unknown_case", f"no case {opinion.case_id[:60]!r} is under review")
    if refusal := _refusal(case, opinion, now):
        return refusal
    case = case.model_copy(update={"opinions": {**case.opinions, opinion.agency.value: opinion}})
    return _advance(case, _step(case, policy, at_deadline=False), policy, now, at_deadline=False)


def _reminder(case: Case, policy: ReviewPolicy, now: datetime) -> Decision:
    awaiting = [m.value for m in expected_members(case.members, case.recused) if m.value not in case.opinions]
    if case.with_coordinator is not None and COORDINATOR not in case.opinions:
        awaiting.append(COORDINATOR)
    case = case.model_copy(update={"reminder_sent_for": case.decision_due_at})
    if not awaiting:
        return Decision(case, next_due_at=next_due(case, policy), outcome="reminder_not_needed")
    reminder = ReviewReminderDue(case_id=case.case_id, reports=case.reports, decision_due_at=case.decision_due_at,
                                 awaiting=awaiting, reminded_at=now)
    return Decision(case, [Emit(TRIAGE_EVENTS, REVIEW_REMINDER_DUE, case.case_id, reminder, "reminder_due"),
                           decision_due_soon(case, awaiting, now)],
                    next_due_at=next_due(case, policy), outcome="reminder_sent")


def timer_fired(case: Case, *, now: datetime, policy: ReviewPolicy = ReviewPolicy()) -> Decision | None:
    """The sweeper found the case due: the decision deadline (conclude or alert), or the reminder before it."""
    if case.status is CaseStatus.decided or case.deadline_missed:
        return None
    if now >= case.decision_due_at:
        return _advance(case, _step(case, policy, at_deadline=True), policy, now, at_deadline=True)
    due = next_due(case, policy)
    if due is not None and now >= due and case.reminder_sent_for != case.decision_due_at:
        return _reminder(case, policy, now)
    return None

