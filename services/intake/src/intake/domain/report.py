"""A report at intake: received, then registered or not registered. The only state holding reporter identity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.intake_events import (
    ReportNotRegistered,
    ReportReceived,
    ReporterContact,
    ReportRegistered,
)
from netra_shared.contracts.schemas.submission import ReportSubmission, SubmissionKind
from netra_shared.contracts.topics import (
    INTAKE_CONTACTS,
    INTAKE_EVENTS,
    REPORT_NOT_REGISTERED,
    REPORT_RECEIVED,
    REPORT_REGISTERED,
    REPORTER_CONTACT,
)
from netra_shared.decision import Decision, Emit


class IntakeStatus(StrEnum):
    registered = "registered"
    not_registered = "not_registered"


class NotRegisteredReason(StrEnum):
    expired = "expired"
    incomplete = "incomplete"
    invalid = "invalid"
    withdrawn = "withdrawn"


@dataclass(frozen=True)
class Assessment:
    registrable: bool
    reason: NotRegisteredReason | None = None
    detail: str = ""


@dataclass(frozen=True)
class FilingRules:
    filing_window_days: int = 7
    finding_window_days: int = 7


def days_between_local(earlier: datetime, later: datetime, region_code: str) -> int:
    """Calendar days in the region's local time (WIB/WITA/WIT): same local day = 0."""
    tz = local_timezone(region_code)
    return (later.astimezone(tz).date() - earlier.astimezone(tz).date()).days


def assess(submission: ReportSubmission, rules: FilingRules) -> Assessment:
    incident, received_at = submission.incident, submission.received_at
    try:
        local_timezone(submission.election.region_code)
    except ValueError:
        return Assessment(False, NotRegisteredReason.invalid,
                          f"kode wilayah {submission.election.region_code} tidak dikenal")
    if incident.known_at > received_at:
        return Assessment(False, NotRegisteredReason.invalid,
                          "tanggal diketahui (known_at) lebih lambat dari tanggal laporan diterima")
    if incident.occurred_at > received_at:
        return Assessment(False, NotRegisteredReason.invalid, "waktu kejadian lebih lambat dari tanggal laporan diterima")
    window = (rules.finding_window_days if submission.kind is SubmissionKind.supervisor_finding
              else rules.filing_window_days)
    elapsed = days_between_local(incident.known_at, received_at, submission.election.region_code)
    if elapsed > window:
        return Assessment(False, NotRegisteredReason.expired,
                          f"diterima {elapsed} hari setelah kejadian diketahui; batasnya {window} hari")
    return Assessment(True)


class Report(BaseModel):
    receipt_no: str
    registration_no: str | None = None
    status: IntakeStatus
    reason: NotRegisteredReason | None = None
    reason_detail: str = ""
    reporter_ref: str
    submission: ReportSubmission  # holds the reporter's identity: never leaves intake
    decided_at: datetime


def receive(
    existing: Report | None,
    submission: ReportSubmission,
    *,
    receipt_no: str,
    registration_no: str | None,
    assessment: Assessment,
    reporter_ref: str,
    now: datetime,
) -> Decision | None:
    """A submission arrives. The same submission again (any event id) changes nothing."""
    if existing is not None:
        return None
    ref = dict(receipt_no=receipt_no, submission_id=submission.submission_id, channel=submission.channel)
    reporter = submission.reporter
    emits = [
        Emit(INTAKE_CONTACTS, REPORTER_CONTACT, reporter_ref, ReporterContact(
            **ref, reporter_ref=reporter_ref, full_name=reporter.full_name,
            contact_preference=reporter.contact_preference.value, email=reporter.email, phone=reporter.phone),
            "contact"),
        Emit(INTAKE_EVENTS, REPORT_RECEIVED, receipt_no, ReportReceived(
            **ref, kind=submission.kind, received_at=submission.received_at), "received"),
    ]
    if assessment.registrable and registration_no is not None:
        report = Report(receipt_no=receipt_no, registration_no=registration_no, status=IntakeStatus.registered,
                        reporter_ref=reporter_ref, submission=submission, decided_at=now)
        emits.append(Emit(INTAKE_EVENTS, REPORT_REGISTERED, receipt_no, ReportRegistered(
            **ref, registration_no=registration_no, kind=submission.kind, election=submission.election,
            reported_party=submission.reported_party, incident=submission.incident, evidence=submission.evidence,
            reporter_ref=reporter_ref,
            reporter_consents_to_disclosure=submission.reporter.consents_to_disclosure,
            registered_at=now), "registered"))
        outcome = "registered"
    else:
        report = Report(receipt_no=receipt_no, status=IntakeStatus.not_registered, reason=assessment.reason,
                        reason_detail=assessment.detail, reporter_ref=reporter_ref, submission=submission,
                        decided_at=now)
        emits.append(Emit(INTAKE_EVENTS, REPORT_NOT_REGISTERED, receipt_no, ReportNotRegistered(
            **ref, reason=str(assessment.reason), detail=assessment.detail, decided_at=now), "not_registered"))
        outcome = f"not_registered_{assessment.reason}"
    keys = {"submission": f"{submission.channel}/{submission.submission_id}"}
    if registration_no:
        keys["registration_no"] = registration_no
    return Decision(report, emits, keys=keys, outcome=outcome)
