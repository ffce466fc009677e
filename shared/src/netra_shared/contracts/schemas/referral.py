"""Referrals out on referrals.<recipient>, and referral's own events."""

from __future__ import annotations

from pydantic import AwareDatetime

from .common import Contract, Election, Evidence, Name, Outcome, Recipient, ReportRef, Text
from .review import CaseReports, Classification
from .submission import Incident, ReportedParty


class ReferralPackage(CaseReports):
    """`id.bawaslu.referral.issued.v1`: one referral to one recipient. Reporter identity only with consent."""

    referral_id: Name
    referral_no: Name
    recipient: Recipient
    outcome: Outcome
    receipt_nos: list[Name]
    registration_nos: list[Name]
    classification: Classification
    election: Election
    reported_party: ReportedParty
    incident: Incident
    evidence: Evidence = []
    reporter_identity: Text
    follow_up_due_at: AwareDatetime
    issued_at: AwareDatetime


class CaseReferred(CaseReports):
    outcome: Outcome
    recipients: list[Recipient]
    referral_ids: list[Name]
    referred_at: AwareDatetime


class CaseClosed(CaseReports):
    outcome: Outcome
    reason: Text
    closed_at: AwareDatetime


__all__ = ["ReferralPackage", "CaseReferred", "CaseClosed", "ReportRef"]
