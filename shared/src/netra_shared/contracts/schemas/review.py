"""The Pokja review: packets out on pokja.review-requests, opinions in on pokja.opinions, triage's own events."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, Field, StringConstraints

from .common import Contract, Election, Evidence, LongText, Name, Outcome, ReportRef, Text
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


class Suggestion(Contract):
    """One category the rules found, with how sure they are and why: the phrases matched and the rules applied."""

    category: str
    confidence: float = 0.0  # 0..1; the reference data says from which value a suggestion counts as confident
    matched_phrases: list[Text] = []
    rules: list[Text] = []  # rule names and legal bases that led to it
    negated_phrases: list[Text] = []  # matched, but negated in the text ("tidak memakai atribut"): not counted
    hedged: bool = False  # the evidence sits in hearsay or guesswork ("katanya", "sepertinya")


class Classification(Contract):
    subject_type: str
    category: str
    legal_basis: list[str] = []
    crime_indication: bool = False
    reasons: list[str] = []
    category_name: Text = ""
    sanction_class: Text = ""
    manual_classification_needed: bool = False  # category "needs_manual_classification": nothing was guessed
    reference_version: Text = ""  # which SKB 2022 reference data classified it
    # Optional, added with the corrected reference data (issue 14); older producers leave them empty.
    confidence: float | None = None  # of the category above, 0..1
    confidence_level: Text = ""  # high | medium | low
    matched_phrases: list[Text] = []  # the phrases in the description that led to the category
    rules: list[Text] = []  # the rules and legal bases applied, in order
    lawful_reason: Text = ""  # category "lawful_conduct": why no violation is indicated
    suggestions: list[Suggestion] = []  # every category considered, best first, each with its confidence
    crime_bases: list[Text] = []  # the criminal provisions behind crime_indication (a subset of legal_basis)
    crime_offender: Text = ""  # "candidate_pair" when the crime is the pair's (Pasal 70 jo. 189), not the party's
    incident_date: Text = ""  # the local date the dated rules were applied to (occurred_at, else known_at)
    incumbent_candidacy_at_stake: bool = False  # UU 10/2016 Pasal 71(5): the KPU may cancel the candidacy


class Priority(Contract):
    """Orders the Pokja queue: the higher the score, the sooner the case is reviewed; each reason gives its points."""

    score: int = 0
    reasons: list[str] = []


class LinkedReport(Contract):
    """Another registered report on the same reported party and incident, reviewed in the same case."""

    report: ReportRef
    incident: Incident
    evidence: Evidence = []


# The most reports one case holds (the first and the linked ones): a related report beyond it opens the party's
# next case. So every event about a case stays within its byte budget and the case's document far below 16 MB
# (each report's facts are up to 256 KiB).
MAX_CASE_REPORTS = 30


class CaseReports(Contract):
    case_id: Name
    reports: Annotated[list[ReportRef], Field(min_length=1, max_length=MAX_CASE_REPORTS)]


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
    priority: Priority | None = None
    linked_reports: list[LinkedReport] = []  # the case's other reports (facts and evidence), first report above
    # linked reports whose facts the packet could not carry (its byte budget): their receipt numbers, to look up
    linked_reports_omitted: list[Name] = []
    recused: dict[str, Text] = {}  # agency -> why it may not give an opinion (conflict of interest)
    review_round: int = 1  # 2 after the deadline was extended: every member gives its opinion again
    extended: bool = False


class ReviewPacketUpdated(ReviewPacket):
    """`id.bawaslu.review.updated.v1`: the case's packet changed; it replaces every earlier packet of the case_id.
    `update_reason`: `report_linked` (another report joined the case) or `extended` (new deadline, new round)."""

    update_reason: Name
    added_receipt_nos: list[Name] = []


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
    priority: Priority | None = None
    opened_at: AwareDatetime | None = None


class ReportLinked(CaseReports):
    """`id.bawaslu.review.report-linked.v1`: a registered report joined an open case on the same reported party and
    incident; `reports` lists all the case's reports, `linked` the one that joined. Its reporter hears the outcome."""

    linked: ReportRef
    decision_due_at: AwareDatetime
    classification: Classification
    priority: Priority | None = None
    linked_at: AwareDatetime


class ReviewExtended(CaseReports):
    """`id.bawaslu.review.extended.v1`: most counted members asked for more information; the decision deadline moves
    once by the extension days and the reporters are asked (through notify) for the information requested."""

    previous_due_at: AwareDatetime
    decision_due_at: AwareDatetime
    information_requested: list[Text] = []  # the members' notes: what is missing
    reporter_refs: list[Name] = []
    extended_at: AwareDatetime


class ReviewReminderDue(CaseReports):
    """`id.bawaslu.review.reminder-due.v1`: the decision is due soon and these members have not answered yet."""

    decision_due_at: AwareDatetime
    awaiting: list[str]
    reminded_at: AwareDatetime


class CastingVoteRequested(CaseReports):
    """`id.bawaslu.review.casting-vote-requested.v1`: a tie, no majority or too few opinions: the Bawaslu
    coordinator's opinion decides the case."""

    reason: Name  # tie | no_majority | too_few_opinions | need_more_info_after_extension
    tally: dict[str, int] = {}
    decision_due_at: AwareDatetime
    requested_at: AwareDatetime


class CaseDecided(CaseReports):
    outcome: Outcome
    subject_type: str
    classification: Classification
    reported_party: ReportedParty
    election: Election
    incident: Incident
    evidence: Evidence = []  # the reports' evidence as far as the event's byte budget allows, first report first
    evidence_omitted: int = 0  # items not carried for the budget (each report's own evidence is in its report)
    reporter_refs: list[Name] = []
    reporters_consenting: list[Name] = []
    votes: dict[str, str]
    decided_at: AwareDatetime
    decided_by: Name | None = None  # majority | coordinator


class ReviewDeadlineMissed(CaseReports):
    decision_due_at: AwareDatetime
    opinions_received: int
    awaiting: list[str] = []  # who must still answer (BAWASLU: the coordinator's opinion decides)


class OpinionRejected(Contract):
    case_id: Name
    agency: Annotated[str, StringConstraints(max_length=40)]
    reason: Name
    detail: Text = ""
