"""A reporter supplied missing items: register the report if it is now complete, else say what is still missing."""

from __future__ import annotations

from netra_shared.contracts.schemas.submission import ReportSupplement
from netra_shared.handling import Cause
from netra_shared.messaging.consumer import Inbound

from ..domain.report import supplement
from .context import Intake
from .registration import finish_registration
from .rejections import apply_or_reject


class OnReportSupplemented:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, inbound: Inbound) -> dict:
        items: ReportSupplement = inbound.data
        cause = Cause.of(inbound.event)
        result = await apply_or_reject(
            self.intake, cause, receipt_no=items.receipt_no, channel=items.channel, request="supplement",
            decide=lambda report: supplement(report, items, rules=self.intake.rules, now=self.intake.clock.now()))
        registered = await finish_registration(self.intake, items.receipt_no, cause)
        return {**result, "outcome": registered or result["outcome"]}
