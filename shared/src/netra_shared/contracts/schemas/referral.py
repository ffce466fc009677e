"""Referrals out on referrals.<recipient>, and referral's own events."""

from __future__ import annotations

from enum import StrEnum

from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, StringConstraints

from .common import Contract, Election, Evidence, Name, Outcome, Recipient, ReportRef, Text, no_control_characters
from .review import MAX_CASE_REPORTS, CaseReports, Classification
from .submission import Incident, ReportedParty


# One line per reporter who consented to disclosure (name, NIK, address, phone, e-mail within their bounds), for
# every report a case may hold: review H4 (2,000 characters held about 8 reporters, so such a case was never referred).
IDENTITY_LINE_CHARS = 2_700
ReporterIdentities = Annotated[str, StringConstraints(max_length=MAX_CASE_REPORTS * IDENTITY_LINE_CHARS),
                               AfterValidator(no_control_characters)]


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
    reporter_identity: ReporterIdentities
    follow_up_due_at: AwareDatetime
    issued_at: AwareDatetime
    follow_up_terms: Text = ""  # how follow_up_due_at was counted, e.g. "14 hari kerja (UU 10/2016 Pasal 146)"
    suspected_offender: Text = ""  # when the crime is not the reported party's (Pasal 70 jo. 189: the pair's)


class FollowUpDue(Contract):
    """When one recipient must have acted on its referral (the referral package's follow_up_due_at)."""

    referral_id: Name
    referral_no: Name
    recipient: Recipient
    follow_up_due_at: AwareDatetime


class CaseReferred(CaseReports):
    outcome: Outcome
    recipients: list[Recipient]
    referral_ids: list[Name]
    referred_at: AwareDatetime
    follow_ups: list[FollowUpDue] = []  # added for the operator console; older producers leave it empty


class CaseClosed(CaseReports):
    outcome: Outcome
    reason: Text
    closed_at: AwareDatetime


__all__ = ["ReferralPackage", "CaseReferred", "CaseClosed", "ReportRef", "ReferralResponse"]


class ResponseStatus(StrEnum):
    acknowledged = "acknowledged"
    in_progress = "in_progress"
    sanctioned = "sanctioned"
    declined = "declined"
    needs_info = "needs_info"


class ReferralResponse(Contract):
    """`id.bawaslu.referral.response.v1` on referrals.responses, from the recipient of a referral."""

    referral_id: Name
    agency: Recipient
    status: ResponseStatus
    detail: Text = ""
    sanction: Text = ""
    responded_at: AwareDatetime


class ReferralReminder(CaseReports):
    """`id.bawaslu.referral.follow-up-reminder.v1` on referrals.<recipient>: the follow-up is overdue."""

    referral_id: Name
    referral_no: Name
    recipient: Recipient
    follow_up_due_at: AwareDatetime
    reminded_at: AwareDatetime
    addressed_to: Recipient | None = None  # a copy for another body (BKN hears the PPK is overdue); None: recipient
    detail: Text = ""


class ResponseRejected(Contract):
    """`id.bawaslu.referral.response-rejected.v1` on the sending agency's own referrals.<agency> topic."""

    referral_id: Name
    agency: Recipient
    reason: Name  # sender_mismatch | unknown_referral | referral_closed
    detail: Text
    rejected_at: AwareDatetime


class FollowUpRecorded(CaseReports):
    """`id.bawaslu.case.follow-up-recorded.v1` on referral.events: a recipient reported progress."""

    referral_id: Name
    recipient: Recipient
    status: ResponseStatus
    detail: Text = ""
    sanction: Text = ""
    responded_at: AwareDatetime


class ReferralEscalated(CaseReports):
    """`id.bawaslu.referral.escalated.v1` on referral.events: operators must act (follow-up long overdue, or a
    criminal referral later than 24 hours after the decision)."""

    referral_id: Name
    recipient: Recipient
    reason: Name  # follow_up_overdue | criminal_referral_late
    detail: Text
    due_at: AwareDatetime
