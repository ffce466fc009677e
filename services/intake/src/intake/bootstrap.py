"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions and timers."""

from __future__ import annotations

from datetime import timedelta

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .adapters.registration_series import RegistrationSeries
from .domain.filing import FilingRules
from .entrypoints import subscribers
from .handlers.context import Intake
from .handlers.on_intake_deadline import OnIntakeDeadline
from .handlers.on_report_submitted import OnReportSubmitted
from .handlers.on_report_supplemented import OnReportSupplemented
from .handlers.on_withdrawal_requested import OnWithdrawalRequested
from .settings import IntakeSettings


def build(settings: IntakeSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or IntakeSettings()
    runtime = Runtime.create("intake", settings, clock)
    intake = Intake(
        reports=runtime.store("reports", unique_keys=("submission", "registration_no")),
        rejections=runtime.store("rejections"),
        series=RegistrationSeries(runtime.mongo[settings.mongo_db]["registration_series"]),
        rules=FilingRules(
            filing_window_days=settings.filing_window_days, finding_window_days=settings.finding_window_days,
            completion_hours=settings.completion_hours, earliest_incident=settings.earliest_incident,
            future_tolerance=timedelta(minutes=settings.future_tolerance_minutes)),
        registration_template=settings.registration_template,
        clock=runtime.clock,
        written=runtime.written,
    )
    subscribers.register(runtime, OnReportSubmitted(intake), OnReportSupplemented(intake),
                         OnWithdrawalRequested(intake))
    runtime.add_timers(intake.reports, OnIntakeDeadline(intake))
    return runtime
