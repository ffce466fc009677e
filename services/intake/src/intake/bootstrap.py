"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions."""

from __future__ import annotations

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .adapters.registration_series import RegistrationSeries
from .domain.report import FilingRules
from .entrypoints import subscribers
from .handlers.on_report_submitted import OnReportSubmitted
from .settings import IntakeSettings


def build(settings: IntakeSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or IntakeSettings()
    runtime = Runtime.create("intake", settings, clock)
    reports = runtime.store("reports", unique_keys=("submission", "registration_no"))
    series = RegistrationSeries(runtime.mongo[settings.mongo_db]["registration_series"])
    rules = FilingRules(settings.filing_window_days, settings.finding_window_days)
    subscribers.register(runtime, OnReportSubmitted(
        reports, series, rules, settings.registration_template, runtime.clock, runtime.written))
    return runtime
