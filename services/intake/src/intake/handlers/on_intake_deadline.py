"""A report's timer is due: a complete report to register (at once), or the 2 x 24 h completion deadline."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..domain.report import IntakeStatus, Report, completion_deadline_passed
from .on_report_complete import OnReportComplete


@dataclass(frozen=True)
class OnIntakeDeadline:
    reports: Aggregates[Report]
    complete: OnReportComplete

    async def __call__(self, timer: Timer) -> dict:
        report = await self.reports.get(timer.aggregate_id)
        if report is not None and report.status is IntakeStatus.registering:
            outcome = await self.complete(report, timer.cause)
        else:
            outcome = (await self.reports.apply(timer.aggregate_id, timer, lambda current, now: (
                completion_deadline_passed(current, now=now) if current else None))).outcome
        return {"outcome": outcome, "receipt_no": timer.aggregate_id}
