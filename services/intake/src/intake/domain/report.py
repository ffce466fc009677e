r"""A report at intake: the only state that holds the reporter's identity.

    received -> awaiting_completion (missing items, 2 x 24 h) -> registering -> registered
             \-> registering -> registered                          \-> not_registered (incomplete, withdrawn)
             \-> not_registered (expired, invalid)

`registering` is a short step between "complete" and "has its number": the number is drawn from the office's
series only once the report can no longer end otherwise (the `registering` state is written, and its timer is due at
once: the sweeper draws the number and records it), so a race (deadline vs. supplement) never leaves a gap.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from enum import StrEnum

from netra_shared.contracts.schemas.intake_events import (
    CompletionRequested,
    MissingItem,
    ReporterContact,
    ReporterDisclosure,
    ReportNotRegistered,
    ReportReceived,
    ReportRegistered,
    RequestRejected,
)
from netra_shared.contracts.schemas.submission import (
    Channel,
    ReportSubmission,
    ReportSupplement,
    SubmissionId,
    WithdrawalRequest,
)
from netra_shared.contracts.topics import (
    INTAKE_CONTACTS,
    INTAKE_DISCLOSURES,
    INTAKE_EVENTS,
    REPORT_COMPLETION_REQUESTED,
    REPORT_NOT_REGISTERED,
    REPORT_RECEIVED,
    REPORT_REGISTERED,
    REPORTER_CONTACT,
    REPORTER_DISCLOSURE,
    REPORTS_REJECTIONS,
    REQUEST_REJECTED,
)
from netra_shared.kernel.decision import Decision, Emit, Refusal, Tell
from pydantic import BaseModel, TypeAdapter, ValidationError

from .filing import FilingRules, NotRegisteredReason, refusal
from .redaction import redacted
from .requirements import missing_items
from .supplements import merge

_SUBMISSION_ID = TypeAdapter(SubmissionId)
_CHANNEL = TypeAdapter(Channel)


class IntakeStatus(StrEnum):
    awaiting_completion = "awaiting_completion"
    registering = "registering"
    registered = "registered"
    not_registered = "not_registered"


class Report(BaseModel):
    receipt_no: str
    submission_id: str
    channel: str
    status: IntakeStatus
    registration_no: str | None = None
    reason: NotRegisteredReason | None = None
    reason_detail: str = ""
    reporter_ref: str | None = None
    submission: ReportSubmission | None = None  # None when the submission could not be read at all
    missing: list[MissingItem] = []
    completion_due_at: datetime | None = None
    updated_at: datetime

    @property
    def ref(self) -> dict:
        return dict(receipt_no=self.receipt_no, submission_id=self.submission_id, channel=self.channel)


def _not_registered(report: Report, reason: NotRegisteredReason, detail: str, now: datetime, label: str) -> Decision:
    report = report.model_copy(update={"status": IntakeStatus.not_registered, "reason": reason,
                                       "reason_detail": detail, "completion_due_at": None, "updated_at": now})
    event = ReportNotRegistered(**report.ref, reason=reason.value, detail=detail, decided_at=now)
    return Decision(report, [Emit(INTAKE_EVENTS, REPORT_NOT_REGISTERED, report.receipt_no, event, label)],
                    outcome=f"not_registered_{reason.value}")


def _assess_and_move(report: Report, submission: ReportSubmission, rules: FilingRules, now: datetime,
                     emits: list[Emit], step: str) -> Decision:
    """Complete -> registering; missing items -> ask for them; never registrable -> not registered."""
    report = report.model_copy(update={"submission": submission, "updated_at": now})
    refused = refusal(submission, rules, now)
    if refused is not None:
        decision = _not_registered(report, refused.reason, refused.detail, now, f"{step}_not_registered")
        return Decision(decision.state, [*emits, *decision.emits], outcome=decision.outcome)
    missing = missing_items(submission)
    if not missing:
        report = report.model_copy(update={"status": IntakeStatus.registering, "missing": [],
                                           "completion_due_at": None})
        return Decision(report, emits, next_due_at=now, outcome="complete")  # the sweeper registers it at once
    due = report.completion_due_at or now + timedelta(hours=rules.completion_hours)
    report = report.model_copy(update={"status": IntakeStatus.awaiting_completion, "missing": missing,
                                       "completion_due_at": due})
    request = CompletionRequested(**report.ref, missing=missing, due_at=due, requested_at=now,
                                  election=submission.election)
    emits = [*emits, Emit(INTAKE_EVENTS, REPORT_COMPLETION_REQUESTED, report.receipt_no, request,
                          f"{step}_completion_requested")]
    return Decision(report, emits, next_due_at=due, outcome="completion_requested")


def _not_the_sender(claimed: str, sender: str) -> Refusal | None:
    """The channel a message names must be the channel that sent it (the topic it came on)."""
    if claimed != sender:
        return Refusal("channel_mismatch", f"pesan dari kanal {sender} menyebut kanal lain ({claimed[:50]})")
    return None


def receive(existing: Report | None, submission: ReportSubmission, *, sender: str, receipt_no: str,
            reporter_ref: str, rules: FilingRules, now: datetime) -> Decision | Refusal | None:
    """A submission arrives from channel `sender` (its receipt is in that channel's namespace). The same submission
    again (same or new event id) changes nothing, unless the first one could not be read at all: then the corrected
    one is taken."""
    if refusal := _not_the_sender(submission.channel, sender):
        return refusal
    if existing is not None and existing.submission is not None:
        return None
    report = Report(receipt_no=receipt_no, submission_id=submission.submission_id, channel=submission.channel,
                    status=IntakeStatus.awaiting_completion, reporter_ref=reporter_ref, updated_at=now)
    reporter = submission.reporter
    emits = [
        Emit(INTAKE_CONTACTS, REPORTER_CONTACT, reporter_ref, ReporterContact(
            **report.ref, reporter_ref=reporter_ref, full_name=reporter.full_name or "",
            contact_preference=reporter.contact_preference.value, email=reporter.email, phone=reporter.phone),
            "contact"),
        Emit(INTAKE_EVENTS, REPORT_RECEIVED, receipt_no,
             ReportReceived(**report.ref, kind=submission.kind, received_at=submission.received_at,
                            election=submission.election), "received"),
    ]
    decision = _assess_and_move(report, submission, rules, now, emits, "received")
    return Decision(decision.state, decision.emits, decision.next_due_at,
                    keys={"submission": f"{submission.channel}/{submission.submission_id}"},
                    outcome=decision.outcome)


def submission_named_by(raw: bytes) -> tuple[str, str] | None:
    """(submission_id, channel) of a submission that breaks the contract but still names itself, else None."""
    try:
        data = json.loads(raw)["data"]
        return _SUBMISSION_ID.validate_python(data["submission_id"]), _CHANNEL.validate_python(data["channel"])
    except (ValueError, TypeError, KeyError, ValidationError, RecursionError):
        return None


def receive_unreadable(existing: Report | None, *, receipt_no: str, submission_id: str, channel: str,
                       detail: str, now: datetime) -> Decision | None:
    """A submission that breaks the schema but names itself: the channel still sees a receipt and why."""
    if existing is not None:
        return None
    report = Report(receipt_no=receipt_no, submission_id=submission_id, channel=channel,
                    status=IntakeStatus.not_registered, updated_at=now)
    received = Emit(INTAKE_EVENTS, REPORT_RECEIVED, receipt_no,
                    ReportReceived(**report.ref, kind="public_report", received_at=now), "received")
    decision = _not_registered(report, NotRegisteredReason.invalid, f"isian tidak valid: {detail}"[:1500], now,
                               "not_registered")
    return Decision(decision.state, [received, *decision.emits], outcome="not_registered_invalid")


def register(report: Report, registration_no: str, now: datetime) -> Decision | None:
    if report.status is not IntakeStatus.registering:
        return None
    submission = report.submission
    report = report.model_copy(update={"status": IntakeStatus.registered, "registration_no": registration_no,
                                       "updated_at": now})
    incident, evidence = redacted(submission)  # the free text that leaves intake, without the reporter's identity
    emits = [Emit(INTAKE_EVENTS, REPORT_REGISTERED, report.receipt_no, ReportRegistered(
        **report.ref, registration_no=registration_no, kind=submission.kind, election=submission.election,
        reported_party=submission.reported_party, incident=incident, evidence=evidence,
        reporter_ref=report.reporter_ref,
        reporter_consents_to_disclosure=submission.reporter.consents_to_disclosure,
        registered_at=now), "registered")]
    reporter = submission.reporter
    if reporter.consents_to_disclosure:
        emits.append(Emit(INTAKE_DISCLOSURES, REPORTER_DISCLOSURE, report.reporter_ref, ReporterDisclosure(
            reporter_ref=report.reporter_ref, receipt_no=report.receipt_no, full_name=reporter.full_name or "",
            nik=reporter.nik or "", address=reporter.address, phone=reporter.phone, email=reporter.email,
            standing=reporter.standing.value), "disclosure"))
    return Decision(report, emits, keys={"registration_no": registration_no}, outcome="registered")


def told(request: str, receipt_no: str, channel: str) -> Tell:
    """How a channel hears that intake refused its request about a receipt: on its own reports.rejections.<channel>,
    with the reason."""
    def notice(refusal: Refusal, now: datetime) -> Emit:
        event = RequestRejected(channel=channel, receipt_no=receipt_no, request=request, reason=refusal.reason,
                                detail=refusal.detail, rejected_at=now)
        return Emit(REPORTS_REJECTIONS[channel], REQUEST_REJECTED, receipt_no, event, "rejected")
    return Tell(request, notice)


def _unknown(receipt_no: str) -> Refusal:
    return Refusal("unknown_receipt", f"nomor tanda terima {receipt_no} tidak dikenal")


def _refuse(report: Report, request: str) -> Refusal:
    if report.status in (IntakeStatus.registering, IntakeStatus.registered):
        return Refusal("already_registered",
                         f"laporan sudah diregistrasi ({report.registration_no or 'sedang diregistrasi'}); "
                         f"{request} tidak dapat diproses")
    return Refusal("not_registered", f"laporan sudah ditutup: tidak diregistrasi ({report.reason})")


def _not_yours(report: Report, sender: str) -> Refusal | None:
    """Only the channel that submitted a report may change it (which channel that was is not told)."""
    if report.channel != sender:
        return Refusal("wrong_channel", "laporan ini tidak diterima melalui kanal Anda")
    return None


def supplement(report: Report | None, items: ReportSupplement, *, sender: str, rules: FilingRules,
               now: datetime) -> Decision | Refusal:
    if refusal := _not_the_sender(items.channel, sender):
        return refusal
    if report is None:
        return _unknown(items.receipt_no)
    if refusal := _not_yours(report, sender):
        return refusal
    if report.status is not IntakeStatus.awaiting_completion:
        return _refuse(report, "kelengkapan")
    supplied_at = min(items.supplied_at, now)  # the channel's word, as for received_at; never in the future
    if report.completion_due_at is not None and supplied_at >= report.completion_due_at:
        return completion_deadline_passed(report, now=max(now, report.completion_due_at))
    return _assess_and_move(report, merge(report.submission, items), rules, now, [], "supplement")


def withdraw(report: Report | None, request: WithdrawalRequest, *, sender: str, now: datetime) -> Decision | Refusal:
    if refusal := _not_the_sender(request.channel, sender):
        return refusal
    if report is None:
        return _unknown(request.receipt_no)
    if refusal := _not_yours(report, sender):
        return refusal
    if report.status is not IntakeStatus.awaiting_completion:
        return _refuse(report, "pencabutan")
    return _not_registered(report, NotRegisteredReason.withdrawn, "laporan dicabut oleh pelapor", now, "withdrawn")


def completion_deadline_passed(report: Report, *, now: datetime) -> Decision | None:
    if report.status is not IntakeStatus.awaiting_completion or report.completion_due_at is None:
        return None
    if now < report.completion_due_at:
        return None
    missing = ", ".join(item.description for item in report.missing)
    return _not_registered(report, NotRegisteredReason.incomplete,
                           f"kelengkapan tidak diterima dalam 2 x 24 jam: {missing}", now, "incomplete")

