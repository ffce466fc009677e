"""A case under Pokja review: opened from a registered report, concluded by the members' opinions."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel

from netra_shared.contracts.schemas.common import Outcome, ReportRef
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import (
    Agency,
    CaseDecided,
    Classification,
    Opinion,
    OpinionRejected,
    ReviewDeadlineMissed,
    ReviewOpened,
    ReviewPacket,
    Verdict,
)
from netra_shared.contracts.topics import (
    CASE_DECIDED,
    OPINION_REJECTED,
    POKJA_REVIEW_REQUESTS,
    REVIEW_DEADLINE_MISSED,
    REVIEW_OPENED,
    REVIEW_REQUESTED,
    TRIAGE_EVENTS,
)
from netra_shared.decision import Decision, Emit

from .classification import classify


class CaseStatus(StrEnum):
    under_review = "under_review"
    decided = "decided"


class Case(BaseModel):
    case_id: str
    status: CaseStatus
    reports: list[ReportRef]
    registered: ReportRegistered  # the first report's facts (no reporter identity: intake never sends it)
    classification: Classification
    members: list[Agency]
    opinions: dict[str, Opinion] = {}
    decision_due_at: datetime
    deadline_missed: bool = False
    outcome: Outcome | None = None
    decided_at: datetime | None = None
    reporter_refs: list[str]
    reporters_consenting: list[str]


def case_id_for(receipt_no: str) -> str:
    return "CASE-" + receipt_no.removeprefix("RCP-")


def open_review(existing: Case | None, report: ReportRegistered, *, members: list[Agency], decision_days: int,
                now: datetime) -> Decision | None:
    if existing is not None:
        return None
    case_id = case_id_for(report.receipt_no)
    ref = ReportRef(receipt_no=report.receipt_no, registration_no=report.registration_no,
                    submission_id=report.submission_id, channel=report.channel)
    classification = classify(report.reported_party, report.incident)
    due = report.registered_at + timedelta(days=decision_days)
    case = Case(case_id=case_id, status=CaseStatus.under_review, reports=[ref], registered=report,
                classification=classification, members=members, decision_due_at=due,
                reporter_refs=[report.reporter_ref],
                reporters_consenting=[report.reporter_ref] if report.reporter_consents_to_disclosure else [])
    packet = ReviewPacket(
        case_id=case_id, reports=[ref], receipt_nos=[ref.receipt_no], registration_nos=[report.registration_no],
        election=report.election, reported_party=report.reported_party, incident=report.incident,
        evidence=report.evidence, classification=classification, members=members, decision_due_at=due)
    opened = ReviewOpened(case_id=case_id, reports=[ref], decision_due_at=due, classification=classification)
    return Decision(case, [
        Emit(POKJA_REVIEW_REQUESTS, REVIEW_REQUESTED, case_id, packet, "review_requested"),
        Emit(TRIAGE_EVENTS, REVIEW_OPENED, case_id, opened, "review_opened"),
    ], next_due_at=due, outcome="review_opened")


def _reject(case: Case, opinion: Opinion, reason: str, detail: str) -> Decision:
    rejected = OpinionRejected(case_id=case.case_id, agency=opinion.agency.value, reason=reason, detail=detail)
    return Decision(case, [Emit(TRIAGE_EVENTS, OPINION_REJECTED, case.case_id, rejected, "opinion_rejected")],
                    next_due_at=None if case.status is CaseStatus.decided else case.decision_due_at,
                    outcome=f"opinion_rejected_{reason}")


def _conclude(case: Case) -> Outcome | None:
    """Majority of the counted members' verdicts; a tie waits for the Bawaslu coordinator's casting opinion."""
    counted = [op for agency, op in case.opinions.items() if agency != Agency.BAWASLU and op.verdict != Verdict.recuse]
    answered = {agency for agency in case.opinions if agency != Agency.BAWASLU}
    coordinator = case.opinions.get(Agency.BAWASLU)
    if len(answered) < len(case.members) and coordinator is None:
        return None
    votes = Counter(op.verdict for op in counted)
    ranked = votes.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        verdict = ranked[0][0]
        voters = [op for op in counted if op.verdict == verdict]
    elif coordinator is not None:
        verdict, voters = coordinator.verdict, [coordinator]
    else:
        return None
    if verdict == Verdict.no_violation:
        return Outcome.not_a_violation
    if verdict != Verdict.violation:
        return None
    proposed = Counter(op.proposed_outcome for op in voters if op.proposed_outcome)
    return proposed.most_common(1)[0][0] if proposed else Outcome.neutrality_violation


def record_opinion(case: Case, opinion: Opinion, *, now: datetime) -> Decision:
    if case.status is CaseStatus.decided:
        return _reject(case, opinion, "already_decided", f"kasus diputus {case.decided_at}")
    if opinion.agency != Agency.BAWASLU and opinion.agency not in case.members:
        return _reject(case, opinion, "not_a_member", f"{opinion.agency} bukan anggota Pokja kasus ini")
    if opinion.agency in case.opinions:
        return _reject(case, opinion, "duplicate_opinion", f"{opinion.agency} sudah memberi pendapat")
    case = case.model_copy(update={"opinions": {**case.opinions, opinion.agency.value: opinion}})
    outcome = _conclude(case)
    if outcome is None:
        return Decision(case, next_due_at=case.decision_due_at, outcome="opinion_recorded")
    case = case.model_copy(update={"status": CaseStatus.decided, "outcome": outcome, "decided_at": now})
    report = case.registered
    decided = CaseDecided(
        case_id=case.case_id, reports=case.reports, outcome=outcome, subject_type=case.classification.subject_type,
        classification=case.classification, reported_party=report.reported_party, election=report.election,
        incident=report.incident, evidence=report.evidence, reporter_refs=case.reporter_refs,
        reporters_consenting=case.reporters_consenting,
        votes={agency: op.verdict.value for agency, op in case.opinions.items()}, decided_at=now)
    return Decision(case, [Emit(TRIAGE_EVENTS, CASE_DECIDED, case.case_id, decided, "case_decided")],
                    next_due_at=None, outcome=f"decided_{outcome.value}")


def deadline_reached(case: Case, *, now: datetime) -> Decision | None:
    """The decision deadline passed: tell operators (once). Quorum-at-deadline rules come with issue #4."""
    if case.status is CaseStatus.decided or case.deadline_missed or now < case.decision_due_at:
        return None
    case = case.model_copy(update={"deadline_missed": True})
    missed = ReviewDeadlineMissed(case_id=case.case_id, reports=case.reports, decision_due_at=case.decision_due_at,
                                  opinions_received=len(case.opinions))
    return Decision(case, [Emit(TRIAGE_EVENTS, REVIEW_DEADLINE_MISSED, case.case_id, missed, "deadline_missed")],
                    next_due_at=None, outcome="decision_deadline_missed")
