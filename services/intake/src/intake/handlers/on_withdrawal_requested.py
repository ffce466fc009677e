"""A reporter withdraws a report: allowed until it is registered, refused with the reason after."""

from __future__ import annotations

from netra_shared.contracts.schemas.submission import WithdrawalRequest
from netra_shared.handling import Cause
from netra_shared.messaging.consumer import Inbound

from ..domain.report import withdraw
from .context import Intake
from .rejections import apply_or_reject


class OnWithdrawalRequested:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, inbound: Inbound) -> dict:
        request: WithdrawalRequest = inbound.data
        return await apply_or_reject(
            self.intake, Cause.of(inbound.event), receipt_no=request.receipt_no, channel=request.channel,
            request="withdrawal", decide=lambda report: withdraw(report, request, now=self.intake.clock.now()))
