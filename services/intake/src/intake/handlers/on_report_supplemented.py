"""A reporter supplied missing items: the report is complete now (the sweeper registers it at once), or intake says
what is still missing, or refuses the supplement with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.submission import ReportSupplement
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.filing import FilingRules
from .sender import channel_of
from ..domain.report import Report, supplement, told


@dataclass(frozen=True)
class OnReportSupplemented:
    reports: Aggregates[Report]
    rules: FilingRules

    def touches(self, items: ReportSupplement) -> list:
        return [(self.reports, items.receipt_no)]

    async def __call__(self, inbound: Inbound) -> dict:
        items: ReportSupplement = inbound.data
        sender = channel_of(inbound)
        applied = await self.reports.apply(items.receipt_no, inbound, lambda report, now: supplement(
            report, items, sender=sender, rules=self.rules, now=now), tell=told("supplement", items.receipt_no, sender))
        return {"outcome": applied.outcome, "receipt_no": items.receipt_no}
