"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions."""

from __future__ import annotations

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .entrypoints import subscribers
from .handlers.on_report_event import OnReportEvent
from .settings import NotifySettings


def build(settings: NotifySettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or NotifySettings()
    runtime = Runtime.create("notify", settings, clock)
    reports = runtime.store("tracked_reports")
    subscribers.register(runtime, OnReportEvent(reports, runtime.clock, runtime.written))
    return runtime
