"""A reporter withdraws a report: allowed until it is registered, refused with the reason after."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.submission import WithdrawalRequest
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from .sender import channel_of
from ..domain.report import Report, told, withdraw


@dataclass(frozen=True)
class OnWithdrawalRequested:
    reports: Aggregates[Report]

    def touches(self, request: WithdrawalRequest) -> list:
        return [(self.reports, request.receipt_no)]

    async def __call__(self, inbound: Inbound) -> dict:
        request: WithdrawalRequest = inbound.data
        sender = channel_of(inbound)
        applied = await self.reports.apply(request.receipt_no, inbound, lambda report, now: withdraw(
            report, request, sender=sender, now=now), tell=told("withdrawal", request.receipt_no, sender))
        return {"outcome": applied.outcome, "receipt_no": request.receipt_no}
