"""`id.bawaslu.report.submitted.v1`: a report submission from a channel (contains personal data)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, Field, StringConstraints

from .common import Contract, Election, Evidence, Name, SubjectType, Text, LongText


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


Nik = Annotated[str, StringConstraints(pattern=r"^\d{16}$")]


class Reporter(Contract):
    full_name: Name
    nik: Nik | None = None
    birth_place: Text = ""
    birth_date: date | None = None
    gender: Text = ""
    occupation: Text = ""
    address: Text = ""
    phone: Annotated[str, StringConstraints(max_length=32)] = ""
    email: Annotated[str, StringConstraints(max_length=254)] = ""
    standing: Standing
    contact_preference: ContactPreference = ContactPreference.none
    consents_to_disclosure: bool = False


class ReportedParty(Contract):
    full_name: Name
    address: Text = ""
    subject_type: SubjectType
    position: Text = ""
    agency: Text = ""
    nip: Annotated[str, StringConstraints(pattern=r"^\d{18}$")] | None = None


class Candidate(Contract):
    name: Name
    ballot_number: Annotated[int, Field(ge=1, le=20)] | None = None
    is_incumbent: bool = False


class Incident(Contract):
    occurred_at: AwareDatetime
    known_at: AwareDatetime
    place: Text
    description: LongText
    candidate: Candidate | None = None


class Witness(Contract):
    full_name: Name
    phone: Annotated[str, StringConstraints(max_length=32)] = ""


class ReportSubmission(Contract):
    submission_id: Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$")]
    channel: Annotated[str, StringConstraints(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")]
    kind: SubmissionKind
    election: Election
    received_at: AwareDatetime
    reporter: Reporter
    reported_party: ReportedParty
    incident: Incident
    witnesses: Annotated[list[Witness], Field(max_length=20)] = []
    evidence: Evidence = []
