"""The operator console's view of one report: its open legal deadlines, its stage, the days of its milestones, and
the keys the console's queries use (written with the report, in the same guarded write).

Deadlines (kinds): `completion` (2 x 24 h for the reporter to supplement, intake), `decision` (3 days after
registration, + 2 when extended, the Pokja), `criminal_referral` (1 x 24 h from an election-crime decision to Sentra
Gakkumdu), `follow_up` (each recipient's follow-up on its referral). A deadline is open until what it waits for
happens; whether it is overdue or due soon is a question of the moment it is looked at (`mark`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from netra_shared.contracts.regions import province_of
from netra_shared.contracts.schemas.common import ReportRef
from netra_shared.contracts.schemas.status import ReportStatusName as S
from netra_shared.kernel.decision import Decision
from pydantic import BaseModel

from .journey import Seen, follow, record
from .notified_report import NoticePolicy, NotifiedReport, ReportFacts, announce, next_timer
from .status_rules import StatusChange
from .tracked_report import TrackedReport, apply_change
from .wording import zone_for

KINDS = ("completion", "decision", "criminal_referral", "follow_up")
STAGES = ("intake", "review", "referral", "follow_up", "closed")
STAGE_OF_KIND = {"completion": "intake", "decision": "review", "criminal_referral": "referral",
                 "follow_up": "follow_up"}
MILESTONES = {S.received: "received", S.registered: "registered", S.decided: "decided", S.referred: "referred",
              S.closed: "closed"}
SOON = timedelta(hours=24)


@dataclass(frozen=True)
class Deadline:
    kind: str
    due_at: datetime
    agency: str | None  # who must act: bawaslu (the Pokja), gakkumdu, a recipient; None: the reporter
    referral_no: str | None = None

    @property
    def stage(self) -> str:
        return STAGE_OF_KIND[self.kind]


def _statuses(report: TrackedReport) -> set[S]:
    return {step.status for step in (*report.timeline, *report.pending)}


def stage_of(report: TrackedReport) -> str:
    reached = _statuses(report)
    if reached & {S.closed, S.not_registered}:
        return "closed"
    if reached & {S.referred, S.follow_up}:
        return "follow_up"
    if S.decided in reached:
        return "referral"
    if reached & {S.registered, S.under_review, S.review_extended}:
        return "review"
    return "intake"


def open_deadlines(report: NotifiedReport) -> list[Deadline]:
    reached = _statuses(report)
    if reached & {S.closed, S.not_registered}:
        return []
    found = []
    asked = [step for step in report.timeline if step.status is S.completion_requested and step.due_at]
    if asked and not reached & {S.registered, S.under_review}:
        found.append(Deadline("completion", asked[-1].due_at, None))
    if report.decision_due_at is not None and not reached & {S.decided, S.referred, S.follow_up}:
        found.append(Deadline("decision", report.decision_due_at, "bawaslu"))
    if report.criminal_referral_due_at is not None and not reached & {S.referred, S.follow_up}:
        found.append(Deadline("criminal_referral", report.criminal_referral_due_at, "gakkumdu"))
    found += [Deadline("follow_up", f.due_at, f.recipient, f.referral_no) for f in report.follow_ups if not f.done]
    return sorted(found, key=lambda deadline: deadline.due_at)


def mark(due_at: datetime, now: datetime) -> str:
    """overdue | soon (within 24 hours) | later."""
    if due_at <= now:
        return "overdue"
    return "soon" if due_at - now <= SOON else "later"


def milestones(report: NotifiedReport) -> list[str]:
    """"received:2024-10-03", ...: the local calendar day (the region's WIB/WITA/WIT) of each milestone reached."""
    found = []
    for step in report.timeline:
        if step.status in MILESTONES:
            day = step.occurred_at.astimezone(zone_for(step.occurred_at, report.region_code)).date()
            found.append(f"{MILESTONES[step.status]}:{day.isoformat()}")
    return sorted(set(found))


def console_keys(report: NotifiedReport) -> dict:
    deadlines = open_deadlines(report)
    return {
        "region": report.region_code, "province": province_of(report.region_code) if report.region_code else None,
        "region_name": report.region_name, "case_id": report.case_id, "registration_no": report.registration_no,
        "stage": stage_of(report), "milestones": milestones(report),
        "next_due_at": deadlines[0].due_at if deadlines else None,
        "deadlines": [{"kind": d.kind, "due_at": d.due_at, "agency": d.agency, "referral_no": d.referral_no}
                      for d in deadlines],
    }


def observe(existing: NotifiedReport | None, ref: ReportRef, change: StatusChange | None, event: BaseModel,
            seen: Seen, facts: ReportFacts, policy: NoticePolicy, now: datetime) -> Decision:
    """One event about one report: its public status (if it changes one: the notices it owes, the next reminder),
    its journey step, its follow-up deadlines, and the console's keys, in one decision."""
    if change is not None:
        decision = announce(apply_change(existing, change), facts, policy, now)
        report: NotifiedReport = decision.state
    else:
        report = existing or NotifiedReport(receipt_no=ref.receipt_no, submission_id=ref.submission_id,
                                            channel=ref.channel)
        decision = Decision(report, outcome="journey_step")
    region_code = report.region_code or facts.region_code
    report = report.model_copy(update={
        "kind": report.kind or facts.kind, "region_code": region_code,
        "region_name": report.region_name or facts.region_name,
        "journey": record(report.journey, event, seen, region_code), "follow_ups": follow(report.follow_ups, event)})
    return Decision(report, decision.emits, next_due_at=next_timer(report, policy), keys=console_keys(report),
                    outcome=decision.outcome)
