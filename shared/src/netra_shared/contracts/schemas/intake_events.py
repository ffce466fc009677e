"""intake.events: what intake tells the other services. No reporter identity: only an opaque reporter_ref."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, StringConstraints

from .common import Contract, Election, Evidence, Name, ReportRef, Text
from .submission import Incident, ReportedParty, SubmissionKind


class ReportReceived(ReportRef):
    kind: SubmissionKind
    received_at: AwareDatetime
    election: Election | None = None  # added for the operator console; None when the submission was unreadable


class ReportRegistered(ReportRef):
    registration_no: Name
    kind: SubmissionKind
    election: Election
    reported_party: ReportedParty
    incident: Incident
    evidence: Evidence = []
    reporter_ref: Name
    reporter_consents_to_disclosure: bool = False
    registered_at: AwareDatetime


class ReportNotRegistered(ReportRef):
    reason: Name
    detail: Text = ""
    decided_at: AwareDatetime


__all__ = ["Contract", "ReportReceived", "ReportRegistered", "ReportNotRegistered", "ReporterContact", "MissingItem"]


class ReporterContact(Contract):
    """`id.bawaslu.reporter.contact-registered.v1` on intake.contacts: the ONLY event carrying a reporter's
    contact details. Read by notify alone (restrict the topic by ACL); never logged."""

    reporter_ref: Name
    receipt_no: Name
    submission_id: Name
    channel: Name
    full_name: str = ""
    contact_preference: str
    email: str = ""
    phone: str = ""


class MissingItem(Contract):
    item: Name  # e.g. "reporter.nik"
    description: Text  # in words a reporter understands (Bahasa Indonesia)


class CompletionRequested(ReportRef):
    """Intake asks the reporter for the missing items; not supplied by `due_at`, the report is not registered."""

    missing: list[MissingItem]
    due_at: AwareDatetime
    requested_at: AwareDatetime
    election: Election | None = None  # added for the operator console


class ReporterDisclosure(Contract):
    """`id.bawaslu.reporter.disclosure-consented.v1` on intake.disclosures (read by referral alone): the identity
    of a reporter who consented to its disclosure to the bodies that must act."""

    reporter_ref: Name
    receipt_no: Name
    full_name: Name
    nik: Annotated[str, StringConstraints(max_length=16)] = ""  # the submission's bounds (Reporter)
    address: Text = ""
    phone: Annotated[str, StringConstraints(max_length=32)] = ""
    email: Annotated[str, StringConstraints(max_length=254)] = ""
    standing: str


class RequestRejected(Contract):
    """`id.bawaslu.request.rejected.v1` on reports.rejections.<channel>: a request of that channel intake refused."""

    channel: Name
    receipt_no: Name | None = None
    request: Name  # submission | supplement | withdrawal
    reason: Name  # channel_mismatch | unknown_receipt | wrong_channel | already_registered | not_registered | invalid
    detail: Text
    rejected_at: AwareDatetime
