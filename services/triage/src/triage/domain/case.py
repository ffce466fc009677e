"""A case under Pokja review: opened from a registered report; related reports on the same party and incident join.

No reporter identity: intake sends an opaque reporter_ref, kept so notify and referral can reach every reporter.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from netra_shared.contracts.schemas.common import Outcome, ReportRef
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import (
    Agency,
    CastingVoteRequested,
    Classification,
    MAX_CASE_REPORTS,
    LinkedReport,
    Opinion,
    Priority,
    ReportLinked,
    ReviewOpened,
    ReviewPacket,
    ReviewPacketUpdated,
)
from netra_shared.contracts.topics import (
    CASTING_VOTE_REQUESTED,
    POKJA_REVIEW_REQUESTS,
    REPORT_LINKED,
    REVIEW_OPENED,
    REVIEW_REQUESTED,
    REVIEW_UPDATED,
    TRIAGE_EVENTS,
    EventType,
)
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel

from .alerts import casting_vote_requested
from .budget import fitting, room
from .classification import classify
from .linking import SUBJECT_CASE_KEY, incident_time, subject_case, within_window
from .policy import ReviewPolicy
from .priority import assess_priority
from .recusal import recusals
from .reference import ReferenceData
from .voting import ToCoordinator, expected_members

HINT_FIELD = "violation_category"  # the channel's structured category (submission incident.violation_category)


class CaseStatus(StrEnum):
    under_review = "under_review"
    decided = "decided"


class CoordinatorRequest(BaseModel):
    reason: str
    tally: dict[str, int] = {}


class Case(BaseModel):
    case_id: str
    status: CaseStatus
    reports: list[ReportRef]
    registered: ReportRegistered  # the first report's facts
    linked: list[ReportRegistered] = []  # the related reports that joined, in arrival order
    subject_key: str | None = None
    subject_sequence: int | None = None
    incident_from: datetime | None = None
    incident_to: datetime | None = None
    classification: Classification
    priority: Priority | None = None
    earlier_cases: int = 0
    members: list[Agency]
    recused: dict[str, str] = {}
    opinions: dict[str, Opinion] = {}
    earlier_opinions: list[Opinion] = []  # the first round's, when the deadline was extended
    review_round: int = 1
    opened_at: datetime | None = None
    decision_due_at: datetime
    extended: bool = False
    reminder_sent_for: datetime | None = None
    deadline_missed: bool = False
    with_coordinator: CoordinatorRequest | None = None
    outcome: Outcome | None = None
    decided_at: datetime | None = None
    decided_by: str | None = None
    reporter_refs: list[str]
    reporters_consenting: list[str]

    @property
    def all_registered(self) -> list[ReportRegistered]:
        return [self.registered, *self.linked]


def case_id_for(receipt_no: str) -> str:
    return "CASE-" + receipt_no.removeprefix("RCP-")


def ref_of(report: ReportRegistered) -> ReportRef:
    return ReportRef(receipt_no=report.receipt_no, registration_no=report.registration_no,
                     submission_id=report.submission_id, channel=report.channel)


def hints_of(report: ReportRegistered) -> list[str]:
    hint = getattr(report.incident, HINT_FIELD, None)
    return [hint] if isinstance(hint, str) and hint else []


def next_due(case: Case, policy: ReviewPolicy) -> datetime | None:
    """The case's next timer: the reminder before the deadline, then the deadline; none once decided or missed."""
    if case.status is CaseStatus.decided or case.deadline_missed:
        return None
    if case.reminder_sent_for != case.decision_due_at:
        return case.decision_due_at - timedelta(hours=policy.reminder_hours)
    return case.decision_due_at


def casting_vote_request(case: Case, step: ToCoordinator, now: datetime) -> tuple[Case, list[Emit]]:
    """Hand the case to the Bawaslu coordinator (once), asking it on pokja.review-requests: its opinion decides."""
    if case.with_coordinator is not None:
        return case, []
    case = case.model_copy(update={"with_coordinator": CoordinatorRequest(reason=step.reason, tally=step.tally)})
    request = CastingVoteRequested(case_id=case.case_id, reports=case.reports, reason=step.reason, tally=step.tally,
                                   decision_due_at=case.decision_due_at, requested_at=now)
    return case, [Emit(TRIAGE_EVENTS, CASTING_VOTE_REQUESTED, case.case_id, request, "casting_vote_requested"),
                  Emit(POKJA_REVIEW_REQUESTS["bawaslu"], CASTING_VOTE_REQUESTED, case.case_id, request,
                       "casting_vote_asked"),
                  casting_vote_requested(case, step.reason, step.tally, now)]


def review_packet(case: Case, packet_type: type[ReviewPacket] = ReviewPacket, **extra) -> ReviewPacket:
    """The packet each member reviews: the first report's facts, and the linked reports' as far as the packet's
    byte budget allows; those it cannot carry are named in `linked_reports_omitted`."""
    first = case.registered
    fields = dict(
        case_id=case.case_id, reports=case.reports, receipt_nos=[ref.receipt_no for ref in case.reports],
        registration_nos=[ref.registration_no for ref in case.reports if ref.registration_no],
        election=first.election, reported_party=first.reported_party, incident=first.incident,
        evidence=first.evidence, classification=case.classification, members=case.members,
        decision_due_at=case.decision_due_at, priority=case.priority, recused=case.recused,
        review_round=case.review_round, extended=case.extended, **extra)
    facts = [LinkedReport(report=ref_of(report), incident=report.incident, evidence=report.evidence)
             for report in case.linked]
    naming_all = sum(len(report.receipt_no.encode()) + 3 for report in case.linked)
    carried, omitted = fitting(facts, room(POKJA_REVIEW_REQUESTS["bawaslu"], packet_type(**fields), reserve=naming_all))
    return packet_type(**fields, linked_reports=carried,
                       linked_reports_omitted=[fact.report.receipt_no for fact in omitted])


def to_members(case: Case, event: EventType, packet: ReviewPacket, label: str) -> list[Emit]:
    """A review packet for each member that reviews the case and for the Bawaslu coordinator, each on its own topic:
    a member recused from the case (its own institution) never receives it (security review M8). A newer packet of
    the same kind decided in the same write replaces the older (reports linking at once send one update each)."""
    readers = [*expected_members(case.members, case.recused), Agency.BAWASLU]
    return [Emit(POKJA_REVIEW_REQUESTS[reader], event, case.case_id, packet, f"{label}_{reader}", latest=True)
            for reader in dict.fromkeys(member.value.lower() for member in readers)]


def _assess(case: Case, reference: ReferenceData) -> Case:
    reports = case.all_registered
    party, incidents = case.registered.reported_party, [report.incident for report in reports]
    hints = [hint for report in reports for hint in hints_of(report)]
    classification = classify(party, incidents, reference, hints, region_code=case.registered.election.region_code)
    priority = assess_priority(party=party, incidents=incidents, classification=classification,
                               registered_at=case.registered.registered_at,
                               region_code=case.registered.election.region_code,
                               earlier_cases=case.earlier_cases, reference=reference)
    times = [incident_time(incident) for incident in incidents]
    return case.model_copy(update={"classification": classification, "priority": priority,
                                   "incident_from": min(times), "incident_to": max(times)})


def open_review(existing: Case | None, report: ReportRegistered, *, policy: ReviewPolicy,
                reference: ReferenceData, now: datetime, subject: tuple[str, int] | None = None,
                earlier_cases: int = 0) -> Decision | None:
    """A new case for a report that joins no open case. `subject`: (subject key, sequence) for linking."""
    if existing is not None:
        return None
    members = list(policy.members)
    ref = ref_of(report)
    case = _assess(Case(
        case_id=case_id_for(report.receipt_no), status=CaseStatus.under_review, reports=[ref], registered=report,
        subject_key=subject[0] if subject else None, subject_sequence=subject[1] if subject else None,
        classification=Classification(subject_type=report.reported_party.subject_type.value, category=""),
        earlier_cases=earlier_cases, members=members, recused=recusals(report.reported_party, members, reference),
        opened_at=now, decision_due_at=report.registered_at + timedelta(days=policy.decision_days),
        reporter_refs=[report.reporter_ref],
        reporters_consenting=[report.reporter_ref] if report.reporter_consents_to_disclosure else []), reference)
    opened = ReviewOpened(case_id=case.case_id, reports=case.reports, decision_due_at=case.decision_due_at,
                          classification=case.classification, priority=case.priority, opened_at=now)
    emits = [*to_members(case, REVIEW_REQUESTED, review_packet(case), "review_requested"),
             Emit(TRIAGE_EVENTS, REVIEW_OPENED, case.case_id, opened, "review_opened")]
    if not expected_members(case.members, case.recused):  # every member recused: the coordinator decides
        case, requested = casting_vote_request(case, ToCoordinator("all_members_recused", {}), now)
        emits += requested
    keys = {SUBJECT_CASE_KEY: subject_case(*subject)} if subject else {}
    return Decision(case, emits, next_due_at=next_due(case, policy), keys=keys, outcome="review_opened")


def can_join(case: Case, report: ReportRegistered, policy: ReviewPolicy) -> bool:
    return (case.status is CaseStatus.under_review and len(case.reports) < MAX_CASE_REPORTS
            and case.incident_from is not None
            and case.incident_to is not None and report.receipt_no not in {r.receipt_no for r in case.reports}
            and within_window(case.incident_from, case.incident_to, incident_time(report.incident),
                              policy.link_window_days))


def link_report(case: Case, report: ReportRegistered, *, policy: ReviewPolicy, reference: ReferenceData,
                now: datetime) -> Decision | None:
    """A related report joins: the packet is sent again, complete, and the report's review is announced."""
    if not can_join(case, report, policy):
        return None
    ref = ref_of(report)
    case = _assess(case.model_copy(update={
        "reports": [*case.reports, ref], "linked": [*case.linked, report],
        "reporter_refs": [*case.reporter_refs, report.reporter_ref],
        "reporters_consenting": case.reporters_consenting + (
            [report.reporter_ref] if report.reporter_consents_to_disclosure else [])}), reference)
    packet = review_packet(case, ReviewPacketUpdated, update_reason="report_linked",
                           added_receipt_nos=[report.receipt_no])
    linked = ReportLinked(case_id=case.case_id, reports=case.reports, linked=ref, decision_due_at=case.decision_due_at,
                          classification=case.classification, priority=case.priority, linked_at=now)
    return Decision(case, [
        *to_members(case, REVIEW_UPDATED, packet, "review_updated"),
        Emit(TRIAGE_EVENTS, REPORT_LINKED, case.case_id, linked, "report_linked"),
    ], next_due_at=next_due(case, policy), outcome="report_linked")
