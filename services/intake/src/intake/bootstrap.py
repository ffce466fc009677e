"""Composition root: settings -> kernel -> aggregates and adapters -> handlers -> entry points."""

from __future__ import annotations

from datetime import timedelta

from netra_shared.kernel.clock import Clock
from netra_shared.kernel.runtime import Kernel

from .adapters.registration_series import RegistrationSeries
from .domain.filing import FilingRules
from .domain.report import Report
from .entrypoints.subscriptions import entrypoints
from .handlers import Handlers
from .handlers.on_intake_deadline import OnIntakeDeadline
from .handlers.on_report_complete import OnReportComplete
from .handlers.on_report_submitted import OnReportSubmitted
from .handlers.on_report_supplemented import OnReportSupplemented
from .handlers.on_withdrawal_requested import OnWithdrawalRequested
from .settings import IntakeSettings


def wire(kernel: Kernel, settings: IntakeSettings) -> Handlers:
    reports = kernel.aggregates("reports", Report, unique_keys=("submission", "registration_no"), assume_new=True)
    rules = FilingRules(
        filing_window_days=settings.filing_window_days, finding_window_days=settings.finding_window_days,
        completion_hours=settings.completion_hours, earliest_incident=settings.earliest_incident,
        future_tolerance=timedelta(minutes=settings.future_tolerance_minutes))
    complete = OnReportComplete(reports, RegistrationSeries(kernel.database["registration_series"]),
                                settings.registration_template)
    return Handlers(OnReportSubmitted(reports, rules), OnReportSupplemented(reports, rules),
                    OnWithdrawalRequested(reports), OnIntakeDeadline(reports, complete))


def build(settings: IntakeSettings | None = None, clock: Clock | None = None) -> Kernel:
    settings = settings or IntakeSettings()
    kernel = Kernel.create("intake", settings, clock)
    kernel.mount(entrypoints(wire(kernel, settings), settings))
    return kernel
