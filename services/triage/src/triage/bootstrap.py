"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions and timers."""

from __future__ import annotations

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.review import Agency
from netra_shared.runtime import Runtime

from .entrypoints import subscribers
from .handlers.on_decision_deadline import OnDecisionDeadline
from .handlers.on_opinion_submitted import OnOpinionSubmitted
from .handlers.on_report_registered import OnReportRegistered
from .settings import TriageSettings


def build(settings: TriageSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or TriageSettings()
    runtime = Runtime.create("triage", settings, clock)
    cases = runtime.store("cases")
    members = [Agency(member) for member in settings.pokja_members]
    subscribers.register(
        runtime,
        OnReportRegistered(cases, members, settings.decision_days, runtime.clock, runtime.written),
        OnOpinionSubmitted(cases, runtime.clock, runtime.written),
    )
    runtime.add_timers(cases, OnDecisionDeadline(cases, runtime.clock, runtime.written))
    return runtime
