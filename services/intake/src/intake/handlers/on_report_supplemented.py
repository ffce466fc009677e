"""A reporter supplied missing items: register the report if it is now complete, else say what is still missing."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.submission import ReportSupplement
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.filing import FilingRules
from ..domain.report import Report, supplement, told
from .on_report_complete import OnReportComplete


@dataclass(frozen=True)
class OnReportSupplemented:
    reports: Aggregates[Report]
    rules: FilingRules
    complete: OnReportComplete

    async def __call__(self, inbound: Inbound) -> dict:
        items: ReportSupplement = inbound.data
        applied = await self.reports.apply(
            items.receipt_no, inbound, lambda report, now: supplement(report, items, rules=self.rules, now=now),
            tell=told("supplement", items.receipt_no, items.channel))
        registered = await self.complete(applied.state, inbound.cause)
        return {"outcome": registered or applied.outcome, "receipt_no": items.receipt_no}
