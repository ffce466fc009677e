"""A reporter withdraws a report: allowed until it is registered, refused with the reason after."""

from __future__ import annotations

from netra_shared.contracts.schemas.submission import WithdrawalRequest
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound

from ..domain.report import Rejection, Report, withdraw
from .context import SOURCE, Intake
from .rejections import reject


class OnWithdrawalRequested:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, inbound: Inbound) -> dict:
        request: WithdrawalRequest = inbound.data
        cause = Cause.of(inbound.event)
        if await self.intake.reports.load(request.receipt_no) is None:
            return await reject(self.intake, cause, channel=request.channel, receipt_no=request.receipt_no,
                                request="withdrawal", rejection=Rejection(
                                    "unknown_receipt", f"nomor tanda terima {request.receipt_no} tidak dikenal"))
        refused: list[Rejection] = []

        def decide(report: Report | None):
            result = withdraw(report, request, now=now)
            if isinstance(result, Rejection):
                refused.append(result)
                return None
            return result

        now = self.intake.clock.now()
        outcome = await apply_decision(self.intake.reports, request.receipt_no, cause, Report, decide,
                                       source=SOURCE, now=now, written=self.intake.written)
        if refused:
            return await reject(self.intake, cause, channel=request.channel, receipt_no=request.receipt_no,
                                request="withdrawal", rejection=refused[-1])
        return {"outcome": outcome, "receipt_no": request.receipt_no}
