"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions and timers."""

from __future__ import annotations

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.review import Agency
from netra_shared.runtime import Runtime

from .adapters.reference_file import load_reference
from .domain.linking import SUBJECT_CASE_KEY
from .domain.policy import ReviewPolicy
from .entrypoints import subscribers
from .handlers.on_decision_deadline import OnDecisionDeadline
from .handlers.on_opinion_submitted import OnOpinionSubmitted
from .handlers.on_report_registered import OnReportRegistered
from .settings import TriageSettings


def review_policy(settings: TriageSettings) -> ReviewPolicy:
    return ReviewPolicy(
        members=tuple(Agency(member) for member in settings.pokja_members), decision_days=settings.decision_days,
        extension_days=settings.extension_days, reminder_hours=settings.reminder_hours,
        deadline_quorum=settings.deadline_quorum, link_window_days=settings.link_window_days)


def build(settings: TriageSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or TriageSettings()
    runtime = Runtime.create("triage", settings, clock)
    cases = runtime.store("cases", unique_keys=(SUBJECT_CASE_KEY,))
    policy = review_policy(settings)
    reference = load_reference(settings.reference_file)
    subscribers.register(
        runtime,
        OnReportRegistered(cases, policy, reference, runtime.clock, runtime.written),
        OnOpinionSubmitted(cases, policy, runtime.clock, runtime.written),
    )
    runtime.add_timers(cases, OnDecisionDeadline(cases, policy, runtime.clock, runtime.written))
    return runtime
