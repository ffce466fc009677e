"""A refused request is recorded once (keyed by the request's message id) and told to the channel."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from netra_shared.contracts.schemas.intake_events import RequestRejected
from netra_shared.contracts.topics import REPORTS_REJECTIONS, REQUEST_REJECTED
from netra_shared.decision import Decision, Emit
from netra_shared.handling import Cause, apply_decision

from ..domain.report import Rejection, Report
from .context import SOURCE, Intake


class RejectionRecord(BaseModel):
    rejection: RequestRejected


async def reject(intake: Intake, cause: Cause, *, channel: str, receipt_no: str, request: str,
                 rejection: Rejection) -> dict:
    now = intake.clock.now()
    event = RequestRejected(channel=channel, receipt_no=receipt_no, request=request, reason=rejection.reason,
                            detail=rejection.detail, rejected_at=now)
    await apply_decision(
        intake.rejections, cause.id, cause, RejectionRecord,
        lambda existing: None if existing else Decision(
            RejectionRecord(rejection=event),
            [Emit(REPORTS_REJECTIONS, REQUEST_REJECTED, receipt_no, event, "rejected")]),
        source=SOURCE, now=now, written=intake.written,
    )
    return {"outcome": f"{request}_rejected_{rejection.reason}", "receipt_no": receipt_no}


async def apply_or_reject(intake: Intake, cause: Cause, *, receipt_no: str, channel: str, request: str,
                          decide: Callable[[Report], Decision | Rejection]) -> dict:
    """A channel's request about a receipt: applied to the report through the guarded write, or refused (unknown
    receipt, or the domain's refusal) on reports.rejections. Either way, exactly once."""
    if await intake.reports.load(receipt_no) is None:
        return await reject(intake, cause, channel=channel, receipt_no=receipt_no, request=request,
                            rejection=Rejection("unknown_receipt", f"nomor tanda terima {receipt_no} tidak dikenal"))
    refused: list[Rejection] = []

    def decide_or_capture(report: Report | None) -> Decision | None:
        result = decide(report)
        if isinstance(result, Rejection):
            refused.append(result)
            return None
        return result

    outcome = await apply_decision(intake.reports, receipt_no, cause, Report, decide_or_capture, source=SOURCE,
                                   now=intake.clock.now(), written=intake.written)
    if refused:
        return await reject(intake, cause, channel=channel, receipt_no=receipt_no, request=request,
                            rejection=refused[-1])
    return {"outcome": outcome, "receipt_no": receipt_no}
