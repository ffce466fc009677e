"""A channel submitted a report or finding: receipt at once; then complete (the sweeper registers it at once),
asked to complete, or refused."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.decoding import ContractViolation
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.kernel.aggregates import Aggregates, Cause
from netra_shared.kernel.consumer import Inbound

from ..domain.filing import FilingRules
from ..domain.numbers import receipt_number, reporter_ref
from ..domain.report import Report, receive, receive_unreadable, submission_named_by, told
from .sender import channel_of, sender_channel


@dataclass(frozen=True)
class OnReportSubmitted:
    reports: Aggregates[Report]
    rules: FilingRules

    async def __call__(self, inbound: Inbound) -> dict:
        submission: ReportSubmission = inbound.data
        sender = channel_of(inbound)
        receipt_no = receipt_number(sender, submission.submission_id)  # the channel's own namespace of ids
        applied = await self.reports.apply(receipt_no, inbound, lambda report, now: receive(
            report, submission, sender=sender, receipt_no=receipt_no, reporter_ref=reporter_ref(receipt_no),
            rules=self.rules, now=now), tell=told("submission", receipt_no, sender))
        outcome = "duplicate_submission" if applied.outcome in ("unchanged", "duplicate") else applied.outcome
        return {"outcome": outcome, "receipt_no": receipt_no}

    async def unreadable(self, raw: bytes, violation: ContractViolation, message_id: str,
                         sender: str | None) -> dict | None:
        """The submission broke the contract. If it still names itself (submission_id, and its own channel), the
        channel gets a receipt and the reason on reports.status; nothing from it is stored."""
        named = submission_named_by(raw)
        channel = sender_channel(sender)
        if named is None or named[1] != channel:
            return None
        submission_id = named[0]
        receipt_no = receipt_number(channel, submission_id)
        applied = await self.reports.apply(receipt_no, Cause.internal(message_id), lambda report, now: (
            receive_unreadable(report, receipt_no=receipt_no, submission_id=submission_id, channel=channel,
                               detail=violation.detail, now=now)))
        return {"outcome": applied.outcome, "receipt_no": receipt_no}

