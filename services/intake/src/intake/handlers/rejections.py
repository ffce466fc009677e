"""A refused request is recorded once (keyed by the request's message id) and told to the channel."""

from __future__ import annotations

from pydantic import BaseModel

from netra_shared.contracts.schemas.intake_events import RequestRejected
from netra_shared.contracts.topics import REPORTS_REJECTIONS, REQUEST_REJECTED
from netra_shared.decision import Decision, Emit
from netra_shared.handling import Cause, apply_decision

from ..domain.report import Rejection
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
