"""Messages from the channels: submissions (`report.submitted.v1`), supplements and withdrawals (personal data).

The items the law requires (syarat formal and materiil) may be missing from a submission: intake names each
missing item and asks for it. Only what makes a message unreadable is a schema error (wrong types, unknown
values, malformed NIK, control characters).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints

from .common import Contract, Election, Evidence, LongText, Name, SubjectType, Text, no_control_characters

Nik = Annotated[str, StringConstraints(pattern=r"^[0-9]{16}$")]
Phone = Annotated[str, StringConstraints(max_length=32, pattern=r"^[0-9+() -]*$")]
Email = Annotated[str, StringConstraints(max_length=254, pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$"),
                  AfterValidator(no_control_characters)]
SubmissionId = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$")]
Channel = Annotated[str, StringConstraints(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")]
RECEIPT_NO_PATTERN = r"^RCP-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}$"  # what intake.domain.numbers.receipt_number makes
ReceiptNo = Annotated[str, StringConstraints(pattern=RECEIPT_NO_PATTERN)]
BirthDate = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2010, 12, 31))]


class SubmissionKind(StrEnum):
    public_report = "public_report"
    supervisor_finding = "supervisor_finding"


class Standing(StrEnum):
    voter = "voter"
    monitor = "monitor"
    participant = "participant"
    supervisor = "supervisor"


class ContactPreference(StrEnum):
    email = "email"
    webhook = "webhook"
    none = "none"


class Reporter(Contract):
    full_name: Name | None = None
    nik: Nik | None = None
    birth_place: Text = ""
    birth_date: BirthDate | None = None
    gender: Text = ""
    occupation: Text = ""
    address: Text = ""
    phone: Phone = ""
    email: Email = ""
    standing: Standing
    contact_preference: ContactPreference = ContactPreference.none
    consents_to_disclosure: bool = False


class ReportedParty(Contract):
    full_name: Name | None = None
    address: Text = ""
    subject_type: SubjectType
    position: Text = ""
    agency: Text = ""
    nip: Annotated[str, StringConstraints(pattern=r"^[0-9]{18}$")] | None = None


class Candidate(Contract):
    name: Name
    ballot_number: Annotated[int, Field(ge=1, le=20)] | None = None
    is_incumbent: bool = False


class Incident(Contract):
    occurred_at: AwareDatetime | None = None
    known_at: AwareDatetime
    place: Text = ""
    description: LongText = ""
    candidate: Candidate | None = None
    # A channel's structured hint: an SKB 2022 category code (triage's reference data) chosen by the reporter or
    # the supervisor. Triage uses it when it knows the code, and records it is ignored otherwise.
    violation_category: Annotated[str, StringConstraints(max_length=80, pattern=r"^[a-z0-9_]*$")] | None = None


class Witness(Contract):
    full_name: Name
    phone: Phone = ""


class Attestation(Contract):
    """What the channel vouches for: a signed form, or the reporter's identity checked (syarat formal d)."""

    signed: bool = False
    identity_verified: bool = False
    method: Text = ""


class ReportSubmission(Contract):
    submission_id: SubmissionId
    channel: Channel
    kind: SubmissionKind
    election: Election
    received_at: AwareDatetime
    reporter: Reporter
    reported_party: ReportedParty
    incident: Incident
    witnesses: Annotated[list[Witness], Field(max_length=20)] = []
    evidence: Evidence = []
    attestation: Attestation | None = None


class ReporterPatch(Contract):
    full_name: Name | None = None
    nik: Nik | None = None
    address: Text | None = None
    phone: Phone | None = None
    email: Email | None = None


class ReportedPartyPatch(Contract):
    full_name: Name | None = None
    address: Text | None = None
    position: Text | None = None
    agency: Text | None = None


class IncidentPatch(Contract):
    occurred_at: AwareDatetime | None = None
    place: Text | None = None
    description: LongText | None = None


class ReportSupplement(Contract):
    """`id.bawaslu.report.supplemented.v1`: items a reporter adds after a completion request."""

    receipt_no: ReceiptNo
    channel: Channel
    supplied_at: AwareDatetime
    reporter: ReporterPatch | None = None
    reported_party: ReportedPartyPatch | None = None
    incident: IncidentPatch | None = None
    evidence: Evidence = []
    attestation: Attestation | None = None


class WithdrawalRequest(Contract):
    """`id.bawaslu.report.withdrawal-requested.v1`: the reporter withdraws a report not yet registered."""

    receipt_no: ReceiptNo
    channel: Channel
    requested_at: AwareDatetime
    reason: Text = ""


__all__ = ["no_control_characters"]
