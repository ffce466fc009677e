"""intake.events: what intake tells the other services. No reporter identity: only an opaque reporter_ref."""

from __future__ import annotations

from pydantic import AwareDatetime

from .common import Contract, Election, Evidence, Name, ReportRef, Text
from .submission import Incident, ReportedParty, SubmissionKind


class ReportReceived(ReportRef):
    kind: SubmissionKind
    received_at: AwareDatetime


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


__all__ = ["Contract", "ReportReceived", "ReportRegistered", "ReportNotRegistered", "ReporterContact"]


class ReporterContact(Contract):
    """`id.bawaslu.reporter.contact-registered.v1` on intake.contacts: the ONLY event carrying a reporter's
    contact details. Read by notify alone (restrict the topic by ACL); never logged."""

    reporter_ref: Name
    receipt_no: Name
    submission_id: Name
    channel: Name
    full_name: Name
    contact_preference: str
    email: str = ""
    phone: str = ""
