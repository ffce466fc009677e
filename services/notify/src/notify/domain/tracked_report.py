"""A report as notify follows it: its public timeline, and the alerts raised about it."""

from __future__ import annotations

from pydantic import BaseModel

from netra_shared.contracts.schemas.status import ReportStatus
from netra_shared.contracts.topics import REPORTS_STATUS, STATUS_CHANGED
from netra_shared.decision import Decision, Emit

from .status_rules import OperatorAlert, StatusChange


class TrackedReport(BaseModel):
    receipt_no: str
    submission_id: str
    channel: str
    registration_no: str | None = None
    case_id: str | None = None
    timeline: list[ReportStatus] = []
    alerts: list[str] = []


def _start(existing: TrackedReport | None, change: StatusChange | OperatorAlert) -> TrackedReport:
    if existing is not None:
        return existing
    ref = change.ref
    return TrackedReport(receipt_no=ref.receipt_no, submission_id=ref.submission_id, channel=ref.channel)


def apply_change(existing: TrackedReport | None, change: StatusChange | OperatorAlert) -> Decision:
    report = _start(existing, change)
    if isinstance(change, OperatorAlert):
        alert = f"{change.alert}:{change.case_id}"
        if alert in report.alerts:
            return Decision(report, outcome="alert_already_raised")
        return Decision(report.model_copy(update={"alerts": [*report.alerts, alert]}), outcome="operator_alert")
    registration_no = change.ref.registration_no or report.registration_no
    status = ReportStatus(
        submission_id=report.submission_id, channel=report.channel, receipt_no=report.receipt_no,
        registration_no=registration_no, status=change.status, reason=change.reason, outcome=change.outcome,
        recipients=change.recipients, due_at=change.due_at, case_id=change.case_id or report.case_id,
        occurred_at=change.occurred_at)
    report = report.model_copy(update={
        "registration_no": registration_no, "case_id": status.case_id, "timeline": [*report.timeline, status]})
    return Decision(report, [Emit(REPORTS_STATUS, STATUS_CHANGED, report.receipt_no, status,
                                  f"status_{change.status.value}_{report.receipt_no}")],
                    outcome=f"status_{change.status.value}")
