"""A channel submitted a report or finding: receipt at once; then registered, asked to complete, or refused."""

from __future__ import annotations

import json

from netra_shared.contracts.decoding import ContractViolation
from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.schemas.submission import Channel, ReportSubmission, SubmissionId
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from pydantic import TypeAdapter, ValidationError

from ..domain.numbers import receipt_number
from ..domain.report import Report, receive, receive_unreadable
from .context import SOURCE, Intake
from .registration import finish_registration

_SUBMISSION_ID = TypeAdapter(SubmissionId)
_CHANNEL = TypeAdapter(Channel)


class OnReportSubmitted:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, inbound: Inbound) -> dict:
        submission: ReportSubmission = inbound.data
        receipt_no = receipt_number(submission.channel, submission.submission_id)
        reporter_ref = "rr-" + derive_event_id(receipt_no, "reporter_ref")
        cause = Cause.of(inbound.event)
        now = self.intake.clock.now()
        outcome = await apply_decision(
            self.intake.reports, receipt_no, cause, Report,
            lambda existing: receive(existing, submission, receipt_no=receipt_no, reporter_ref=reporter_ref,
                                     rules=self.intake.rules, now=now),
            source=SOURCE, now=now, written=self.intake.written,
        )
        if outcome in ("unchanged", "duplicate"):  # resent with a new event id, or redelivered
            outcome = "duplicate_submission"
        registered = await finish_registration(self.intake, receipt_no, cause)
        return {"outcome": registered or outcome, "receipt_no": receipt_no}

    async def unreadable(self, raw: bytes, violation: ContractViolation, message_id: str) -> dict | None:
        """The submission broke the contract. If it still names itself (submission_id + channel), the channel
        gets a receipt and the reason on reports.status; nothing from it is stored."""
        try:
            data = json.loads(raw)["data"]
            submission_id = _SUBMISSION_ID.validate_python(data["submission_id"])
            channel = _CHANNEL.validate_python(data["channel"])
        except (ValueError, TypeError, KeyError, ValidationError, RecursionError):
            return None
        receipt_no = receipt_number(channel, submission_id)
        now = self.intake.clock.now()
        outcome = await apply_decision(
            self.intake.reports, receipt_no, Cause(message_id), Report,
            lambda existing: receive_unreadable(existing, receipt_no=receipt_no, submission_id=submission_id,
                                                channel=channel, detail=violation.detail, now=now),
            source=SOURCE, now=now, written=self.intake.written,
        )
        return {"outcome": outcome, "receipt_no": receipt_no}
