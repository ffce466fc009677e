"""A report became complete (or a crash left it half-way): draw its number from the office's series, record it.

Drawing is idempotent per receipt, so a retry gets the same number: no gap, no duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.kernel.aggregates import Aggregates, Cause

from ..adapters.registration_series import RegistrationSeries
from ..domain.numbers import registration_number, registration_series
from ..domain.report import IntakeStatus, Report, register


@dataclass(frozen=True)
class OnReportComplete:
    reports: Aggregates[Report]
    series: RegistrationSeries
    template: str

    async def __call__(self, report: Report | None, cause: Cause) -> str | None:
        if report is None or report.status is not IntakeStatus.registering:
            return None
        submission, election = report.submission, report.submission.election
        series = registration_series(election.level, election.region_code, submission.received_at)
        seq = await self.series.number_for(series.key, report.receipt_no)
        number = registration_number(self.template, seq, submission.kind, election.level, election.region_code,
                                     submission.received_at)
        applied = await self.reports.apply(report.receipt_no, cause.then("register"),
                                           lambda current, now: register(current, number, now) if current else None)
        return applied.outcome
