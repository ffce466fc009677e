"""The Pokja review: packets out on pokja.review-requests, opinions in on pokja.opinions, triage's own events."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, Field, StringConstraints

from .common import Contract, Election, Evidence, Name, Outcome, ReportRef, Text, LongText
from .submission import Incident, ReportedParty


class Agency(StrEnum):
    TNI = "TNI"
    POLRI = "POLRI"
    BKD = "BKD"
    KESBANGPOL = "KESBANGPOL"
    BAWASLU = "BAWASLU"


class Verdict(StrEnum):
    violation = "violation"
    no_violation = "no_violation"
    need_more_info = "need_more_info"
    recuse = "recuse"


class Classification(Contract):
    subject_type: str
    category: str
    legal_basis: list[str] = []
    crime_indication: bool = False
    reasons: list[str] = []


class CaseReports(Contract):
    case_id: Name
    reports: Annotated[list[ReportRef], Field(min_length=1)]


class ReviewPacket(CaseReports):
    """`id.bawaslu.review.requested.v1`: what each Pokja member reviews. Never any reporter identity."""

    receipt_nos: list[Name]
    registration_nos: list[Name]
    election: Election
    reported_party: ReportedParty
    incident: Incident
    evidence: Evidence = []
    classification: Classification
    members: list[Agency]
    decision_due_at: AwareDatetime


class Opinion(Contract):
    """`id.bawaslu.pokja.opinion.submitted.v1` (external, from Pokja members and the Bawaslu coordinator)."""

    case_id: Name
    agency: Agency
    member: Name
    verdict: Verdict
    proposed_outcome: Outcome | None = None
    note: LongText = ""
    submitted_at: AwareDatetime


class ReviewOpened(CaseReports):
    decision_due_at: AwareDatetime
    classification: Classification


class CaseDecided(CaseReports):
    outcome: Outcome
    subject_type: str
    classification: Classification
    reported_party: ReportedParty
    election: Election
    incident: Incident
    evidence: Evidence = []
    reporter_refs: list[Name] = []
    reporters_consenting: list[Name] = []
    votes: dict[str, str]
    decided_at: AwareDatetime


class ReviewDeadlineMissed(CaseReports):
    decision_due_at: AwareDatetime
    opinions_received: int


class OpinionRejected(Contract):
    case_id: Name
    agency: Annotated[str, StringConstraints(max_length=40)]
    reason: Name
    detail: Text = ""
