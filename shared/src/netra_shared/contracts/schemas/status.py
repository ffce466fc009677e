"""`id.bawaslu.report.status-changed.v1` on reports.status: public, never any personal data."""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime

from .common import Contract, Name, Text


class ReportStatusName(StrEnum):
    received = "received"
    completion_requested = "completion_requested"
    registered = "registered"
    not_registered = "not_registered"
    under_review = "under_review"
    review_extended = "review_extended"
    decided = "decided"
    referred = "referred"
    follow_up = "follow_up"
    closed = "closed"


class ReportStatus(Contract):
    submission_id: Name
    channel: Name
    receipt_no: Name
    registration_no: Name | None = None
    status: ReportStatusName
    reason: Text | None = None
    reason_detail: Text | None = None  # the reason in plain Indonesian (never personal data)
    outcome: Name | None = None
    recipients: list[Name] | None = None
    due_at: AwareDatetime | None = None
    case_id: Name | None = None
    occurred_at: AwareDatetime
