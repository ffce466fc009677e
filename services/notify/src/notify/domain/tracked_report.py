"""A report as notify follows it: its public timeline.

Events reach notify on three topics (intake, triage, referral), so one report's events can arrive out of order
(triage's review.opened before intake's report.registered). The public timeline must never show a step before
the step it follows, so a status waits in `pending` until the status it follows has been published.
"""

from __future__ import annotations

from netra_shared.contracts.schemas.status import ReportStatus
from netra_shared.contracts.schemas.status import ReportStatusName as S
from netra_shared.contracts.topics import REPORTS_STATUS, STATUS_CHANGED
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel

from .status_rules import StatusChange

# A status is published only after one of these has been (None: it can come first).
FOLLOWS: dict[S, tuple[S, ...] | None] = {
    S.received: None,
    S.completion_requested: (S.received,),
    S.registered: (S.received,),
    S.not_registered: (S.received,),
    S.under_review: (S.registered,),
    S.review_extended: (S.under_review,),
    S.decided: (S.under_review,),
    S.referred: (S.decided,),
    S.follow_up: (S.referred,),
    S.closed: (S.decided, S.referred),
}


# Steps a report can take more than once (each recipient's follow-up; a second request for what is still missing).
REPEATABLE = frozenset({S.follow_up, S.completion_requested})
# Steps kept per report (review M10): repeatable steps (follow-ups: referral takes at most 50 responses per referral,
# for up to 8 recipients) cannot grow the document without bound. A step beyond it is not published.
MAX_TIMELINE = 500


class TrackedReport(BaseModel):
    receipt_no: str
    submission_id: str
    channel: str
    registration_no: str | None = None
    case_id: str | None = None
    timeline: list[ReportStatus] = []
    pending: list[ReportStatus] = []


def _start(existing: TrackedReport | None, change: StatusChange) -> TrackedReport:
    if existing is not None:
        return existing
    ref = change.ref
    return TrackedReport(receipt_no=ref.receipt_no, submission_id=ref.submission_id, channel=ref.channel)


def _ready(status: ReportStatus, published: set[S]) -> bool:
    needs = FOLLOWS[status.status]
    return needs is None or any(step in published for step in needs)


def apply_change(existing: TrackedReport | None, change: StatusChange) -> Decision:
    report = _start(existing, change)
    if change.status not in REPEATABLE and change.status in {s.status for s in (*report.timeline, *report.pending)}:
        return Decision(report, outcome=f"already_{change.status.value}")  # the same step told again (a resend)
    if len(report.timeline) + len(report.pending) >= MAX_TIMELINE:
        return Decision(report, outcome=f"timeline_full_{change.status.value}")
    registration_no = change.ref.registration_no or report.registration_no
    case_id = change.case_id or report.case_id
    arrived = ReportStatus(
        submission_id=report.submission_id, channel=report.channel, receipt_no=report.receipt_no,
        registration_no=registration_no, status=change.status, reason=change.reason,
        reason_detail=change.reason_detail, outcome=change.outcome,
        recipients=change.recipients, due_at=change.due_at, case_id=case_id, occurred_at=change.occurred_at)
    timeline, pending = list(report.timeline), [*report.pending, arrived]
    published = {status.status for status in timeline}
    emits = []
    progressed = True
    while progressed:
        progressed = False
        for status in list(pending):
            if _ready(status, published):
                status = status.model_copy(update={"registration_no": status.registration_no or registration_no,
                                                   "case_id": status.case_id or case_id})
                pending.remove(next(p for p in pending if p.status == status.status))
                timeline.append(status)
                published.add(status.status)
                emits.append(Emit(REPORTS_STATUS, STATUS_CHANGED, report.receipt_no, status,
                                  f"status_{status.status.value}_{report.receipt_no}"))
                progressed = True
    report = report.model_copy(update={"registration_no": registration_no, "case_id": case_id,
                                       "timeline": timeline, "pending": pending})
    outcome = "+".join(f"status_{emit.data.status.value}" for emit in emits) or f"held_{change.status.value}"
    return Decision(report, emits, outcome=outcome)
