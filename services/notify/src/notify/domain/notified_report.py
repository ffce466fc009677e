"""What notify adds to a tracked report: the facts its messages need (kind, region), the notices each newly
published status owes (rules in notice_rules.py), and the reminder before the decision deadline.

Notices are emitted on notify.notifications in the same guarded write as the status, so a status is never
published without its notices nor announced twice; their ids derive from the moment and the recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.schemas.notification import (
    NoticeFacts,
    NotificationRequested,
    OperatorAlertRaised,
)
from netra_shared.contracts.schemas.status import ReportStatus
from netra_shared.contracts.schemas.status import ReportStatusName as S
from netra_shared.contracts.topics import (
    NOTIFICATION_REQUESTED,
    NOTIFY_ALERTS,
    NOTIFY_NOTIFICATIONS,
    OPERATOR_ALERT_RAISED,
    STATUS_CHANGED,
)
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel

from .journey import FollowUp, JourneyStep
from .notice_rules import CASE_AUDIENCES, Audience, Directory, rules_for
from .tracked_report import TrackedReport

AFTER_DECISION = {S.decided, S.referred, S.follow_up, S.closed, S.not_registered}


class NotifiedReport(TrackedReport):
    criminal_referral_due_at: datetime | None = None  # decided as an election crime: Gakkumdu within 1 x 24 h
    criminal_referral_warned: bool = False
    kind: str | None = None
    region_code: str | None = None
    region_name: str | None = None
    decision_due_at: datetime | None = None
    reminded: bool = False
    journey: list[JourneyStep] = []  # every event about it, for the operator console
    follow_ups: list[FollowUp] = []  # its referrals' follow-up deadlines


@dataclass(frozen=True)
class ReportFacts:
    """What an inbound event tells about the report beyond its status."""

    kind: str | None = None
    region_code: str | None = None
    region_name: str | None = None


@dataclass(frozen=True)
class NoticePolicy:
    directory: Directory = Directory()
    reminder_before: timedelta = timedelta(hours=24)
    criminal_referral_within: timedelta = timedelta(hours=24)
    criminal_warning_before: timedelta = timedelta(hours=4)  # alert operators while there is still time


def facts_of(event: BaseModel) -> ReportFacts:
    election = getattr(event, "election", None)
    kind = getattr(event, "kind", None)
    return ReportFacts(kind=str(kind) if kind else None, region_code=election.region_code if election else None,
                       region_name=election.region_name if election else None)


def _with_facts(state: TrackedReport, facts: ReportFacts) -> NotifiedReport:
    report = state if isinstance(state, NotifiedReport) else NotifiedReport.model_validate(state.model_dump())
    return report.model_copy(update={
        "kind": report.kind or facts.kind, "region_code": report.region_code or facts.region_code,
        "region_name": report.region_name or facts.region_name})


def _facts(report: NotifiedReport, *, occurred_at: datetime, status: ReportStatus | None = None,
           due_at: datetime | None = None, case_id: str | None = None) -> NoticeFacts:
    return NoticeFacts(
        receipt_no=report.receipt_no, registration_no=(status and status.registration_no) or report.registration_no,
        submission_id=report.submission_id, channel=report.channel, kind=report.kind, region_code=report.region_code,
        region_name=report.region_name, status=status.status.value if status else None,
        reason=status.reason if status else None, reason_detail=status.reason_detail if status else None,
        outcome=status.outcome if status else None, recipients=(status.recipients or []) if status else [],
        due_at=due_at or (status.due_at if status else None), occurred_at=occurred_at,
        case_id=(status.case_id if status else None) or case_id or report.case_id)


def _recipients(audience: Audience, facts: NoticeFacts, directory: Directory) -> list[str]:
    match audience:
        case Audience.reporter:
            return ["reporter"]
        case Audience.pokja:
            return [f"pokja:{agency}" for agency in directory.pokja]
        case Audience.recipient:
            return [f"recipient:{name}" for name in facts.recipients if name in directory.recipients]
        case Audience.operator:
            return [f"operator:{label}" for label in directory.operators]
    return []


def notices(receipt_no: str, trigger: str, facts: NoticeFacts, *, directory: Directory, sequence: int,
            now: datetime, scope: str | None = None) -> list[Emit]:
    """One NotificationRequested per rule and recipient. A notice about a case has one id per case, whichever
    of its reports asked for it, so each member, recipient or operator hears once; a notice about a report has one
    id per step of its timeline, so each follow-up reaches the reporter (review M3). `scope` names the moment
    instead (an operator alert: one notice per alert)."""
    emits = []
    for rule in rules_for(trigger):
        per_case = rule.audience in CASE_AUDIENCES and facts.case_id
        # a report's own notices: one per step of its timeline (a second follow_up is news too)
        moment = scope or (f"{facts.case_id}/{trigger}" if per_case else f"{receipt_no}/{trigger}/{sequence}")
        for recipient in _recipients(rule.audience, facts, directory):
            notification_id = derive_event_id(f"notice/{moment}", f"{recipient}/{rule.template}")
            emits.append(Emit(NOTIFY_NOTIFICATIONS, NOTIFICATION_REQUESTED, receipt_no, NotificationRequested(
                notification_id=notification_id, trigger=trigger, audience=rule.audience.value, recipient=recipient,
                template=rule.template, sequence=sequence, facts=facts, requested_at=now), f"notice_{notification_id}"))
    return emits


def reminder_due(report: NotifiedReport, policy: NoticePolicy) -> datetime | None:
    decided = any(status.status in AFTER_DECISION for status in report.timeline)
    if report.decision_due_at is None or report.reminded or decided:
        return None
    return report.decision_due_at - policy.reminder_before


def criminal_watch_due(report: NotifiedReport, policy: NoticePolicy) -> datetime | None:
    """When to warn that an election crime has not been referred yet (None once referred, or warned)."""
    referred = any(status.status in (S.referred, S.follow_up, S.closed) for status in report.timeline)
    if report.criminal_referral_due_at is None or report.criminal_referral_warned or referred:
        return None
    return report.criminal_referral_due_at - policy.criminal_warning_before


def next_timer(report: NotifiedReport, policy: NoticePolicy) -> datetime | None:
    return min((m for m in (reminder_due(report, policy), criminal_watch_due(report, policy)) if m), default=None)


def announce(decision: Decision, facts: ReportFacts, policy: NoticePolicy, now: datetime) -> Decision:
    """`decision` is tracked_report.apply_change's: add the facts, the notices it owes and the next reminder."""
    report = _with_facts(decision.state, facts)
    emits = list(decision.emits)
    for emit in decision.emits:
        if emit.event is not STATUS_CHANGED:
            continue
        status: ReportStatus = emit.data
        if status.status is S.under_review and status.due_at is not None:
            report = report.model_copy(update={"decision_due_at": status.due_at})
        if status.status is S.review_extended and status.due_at is not None:  # a new deadline: a new reminder
            report = report.model_copy(update={"decision_due_at": status.due_at, "reminded": False})
        if status.status is S.decided and status.outcome == "election_crime":
            report = report.model_copy(update={
                "criminal_referral_due_at": status.occurred_at + policy.criminal_referral_within})
        sequence = max(i for i, step in enumerate(report.timeline) if step == status)  # this step, not the first alike
        emits += notices(report.receipt_no, status.status.value,
                         _facts(report, occurred_at=status.occurred_at, status=status),
                         directory=policy.directory, sequence=sequence, now=now)
    return Decision(report, emits, next_due_at=next_timer(report, policy), keys=decision.keys,
                    outcome=decision.outcome)


def remind(report: NotifiedReport | None, policy: NoticePolicy, now: datetime) -> Decision | None:
    """A timer fired: remind the Pokja members of the decision deadline (once per deadline, if still undecided;
    operators hear it from triage's alert), and warn operators when an election crime is still not referred 4 hours
    before its 24 hours run out."""
    if report is None:
        return None
    emits, outcomes = [], []
    due = reminder_due(report, policy)
    if due is not None and now >= due:
        report = report.model_copy(update={"reminded": True})
        if now >= report.decision_due_at:  # the deadline itself has passed: triage's deadline-missed alert says so
            outcomes.append("reminder_too_late")
        else:
            facts = _facts(report, occurred_at=now, due_at=report.decision_due_at)
            emits += notices(report.receipt_no, "decision_reminder", facts, directory=policy.directory,
                             sequence=len(report.timeline), now=now)
            outcomes.append("decision_reminder")
    watch = criminal_watch_due(report, policy)
    if watch is not None and now >= watch:
        report = report.model_copy(update={"criminal_referral_warned": True})
        alert = OperatorAlertRaised(
            alert="criminal_referral_at_risk", receipt_no=report.receipt_no, case_id=report.case_id, raised_at=now,
            severity="critical", service="notify", receipt_nos=[report.receipt_no],
            due_at=report.criminal_referral_due_at, agency="gakkumdu",
            detail=f"putusan tindak pidana pemilihan belum dirujuk ke Sentra Gakkumdu; batas 1 x 24 jam: "
                   f"{report.criminal_referral_due_at.isoformat()}")
        emits.append(Emit(NOTIFY_ALERTS, OPERATOR_ALERT_RAISED, report.receipt_no, alert, "criminal_referral_at_risk"))
        outcomes.append("criminal_referral_at_risk")
    if not outcomes:
        return None
    return Decision(report, emits, next_due_at=next_timer(report, policy), outcome="+".join(outcomes))
