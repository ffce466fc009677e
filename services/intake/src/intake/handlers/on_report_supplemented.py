"""A reporter supplied missing items: register the report if it is now complete, else say what is still missing."""

from __future__ import annotations

from netra_shared.contracts.schemas.submission import ReportSupplement
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound

from ..domain.report import Rejection, Report, supplement
from .context import SOURCE, Intake
from .registration import finish_registration
from .rejections import reject


class OnReportSupplemented:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, inbound: Inbound) -> dict:
        items: ReportSupplement = inbound.data
        cause = Cause.of(inbound.event)
        if await self.intake.reports.load(items.receipt_no) is None:
            return await reject(self.intake, cause, channel=items.channel, receipt_no=items.receipt_no,
                                request="supplement", rejection=Rejection(
                                    "unknown_receipt", f"nomor tanda terima {items.receipt_no} tidak dikenal"))
        refused: list[Rejection] = []

        def decide(report: Report | None):
            result = supplement(report, items, rules=self.intake.rules, now=now)
            if isinstance(result, Rejection):
                refused.append(result)
                return None
            return result

        now = self.intake.clock.now()
        outcome = await apply_decision(self.intake.reports, items.receipt_no, cause, Report, decide,
                                       source=SOURCE, now=now, written=self.intake.written)
        if refused:
            return await reject(self.intake, cause, channel=items.channel, receipt_no=items.receipt_no,
                                request="supplement", rejection=refused[-1])
        registered = await finish_registration(self.intake, items.receipt_no, cause)
        return {"outcome": registered or outcome, "receipt_no": items.receipt_no}
