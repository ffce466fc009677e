"""Which event changes a report's public status, and to what (rules as data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netra_shared.contracts.schemas.common import ReportRef
from netra_shared.contracts.schemas.intake_events import (
    CompletionRequested,
    ReportNotRegistered,
    ReportReceived,
    ReportRegistered,
)
from netra_shared.contracts.schemas.referral import (
    CaseClosed,
    CaseReferred,
    FollowUpRecorded,
)
from netra_shared.contracts.schemas.review import (
    CaseDecided,
    ReportLinked,
    ReviewExtended,
    ReviewOpened,
)
from netra_shared.contracts.schemas.status import ReportStatusName
from pydantic import BaseModel


@dataclass(frozen=True)
class StatusChange:
    ref: ReportRef
    status: ReportStatusName
    occurred_at: datetime
    reason: str | None = None
    reason_detail: str | None = None
    outcome: str | None = None
    recipients: list[str] | None = None
    due_at: datetime | None = None
    case_id: str | None = None


def _ref(event: BaseModel) -> ReportRef:
    return ReportRef(receipt_no=event.receipt_no, registration_no=getattr(event, "registration_no", None),
                     submission_id=event.submission_id, channel=event.channel)


def reports_of(event: BaseModel) -> list[ReportRef]:
    """Every report an event concerns (its journey in the operator console shows the event)."""
    match event:
        case ReportReceived() | ReportRegistered() | ReportNotRegistered() | CompletionRequested():
            return [_ref(event)]
        case ReportLinked():
            return [event.linked]
    return list(getattr(event, "reports", None) or [])


def changes_for(event: BaseModel, at: datetime | None = None) -> list[StatusChange]:
    """Every report whose public status an event changes, with the new status. Events that change no public status
    (a reminder, a casting vote, an escalation, a missed deadline) only show in the report's journey; what operators
    must act on reaches them as an operator alert. `at` is when the event happened (its envelope's time), for events
    whose data carries no moment of its own."""
    match event:
        case ReportReceived():
            return [StatusChange(_ref(event), ReportStatusName.received, event.received_at)]
        case ReportRegistered():
            return [StatusChange(_ref(event), ReportStatusName.registered, event.registered_at)]
        case ReportNotRegistered():
            return [StatusChange(_ref(event), ReportStatusName.not_registered, event.decided_at, reason=event.reason,
                                 reason_detail=event.detail)]
        case CompletionRequested():
            return [StatusChange(_ref(event), ReportStatusName.completion_requested, event.requested_at,
                                 reason="incomplete", due_at=event.due_at,
                                 reason_detail="; ".join(item.description for item in event.missing))]
        case ReviewOpened():
            opened_at = event.opened_at or at or event.decision_due_at  # never the deadline when a moment is known
            return [StatusChange(ref, ReportStatusName.under_review, opened_at, due_at=event.decision_due_at,
                                 case_id=event.case_id) for ref in event.reports]
        case CaseDecided():
            return [StatusChange(ref, ReportStatusName.decided, event.decided_at, outcome=event.outcome.value,
                                 case_id=event.case_id) for ref in event.reports]
        case CaseReferred():
            return [StatusChange(ref, ReportStatusName.referred, event.referred_at, outcome=event.outcome.value,
                                 recipients=[r.value for r in event.recipients], case_id=event.case_id)
                    for ref in event.reports]
        case CaseClosed():
            return [StatusChange(ref, ReportStatusName.closed, event.closed_at, reason=event.reason,
                                 outcome=event.outcome.value, case_id=event.case_id) for ref in event.reports]
        case FollowUpRecorded():
            detail = f"{event.recipient.value.upper()}: {event.status.value}" + (
                f" ({event.sanction})" if event.sanction else "")
            return [StatusChange(ref, ReportStatusName.follow_up, event.responded_at, reason=event.status.value,
                                 reason_detail=detail, recipients=[event.recipient.value], case_id=event.case_id)
                    for ref in event.reports]
        case ReportLinked():  # a related report joined an open case: only that report's review starts now
            return [StatusChange(event.linked, ReportStatusName.under_review, event.linked_at,
                                 due_at=event.decision_due_at, case_id=event.case_id)]
        case ReviewExtended():
            return [StatusChange(ref, ReportStatusName.review_extended, event.extended_at,
                                 reason="information_requested", due_at=event.decision_due_at, case_id=event.case_id)
                    for ref in event.reports]
    return []
