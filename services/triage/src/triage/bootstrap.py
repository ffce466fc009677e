"""Composition root: settings -> kernel -> aggregates and adapters -> handlers -> entry points."""

from __future__ import annotations

from netra_shared.contracts.schemas.review import Agency
from netra_shared.kernel.clock import Clock
from netra_shared.kernel.runtime import Kernel

from .adapters.reference_file import load_reference
from .adapters.subject_cases import SubjectCases
from .domain.case import Case
from .domain.linking import SUBJECT_CASE_KEY
from .domain.policy import ReviewPolicy
from .entrypoints.subscriptions import entrypoints
from .handlers import Handlers
from .handlers.on_decision_deadline import OnDecisionDeadline
from .handlers.on_opinion_submitted import OnOpinionSubmitted
from .handlers.on_report_registered import OnReportRegistered
from .settings import TriageSettings


def review_policy(settings: TriageSettings) -> ReviewPolicy:
    return ReviewPolicy(
        members=tuple(Agency(member) for member in settings.pokja_members), decision_days=settings.decision_days,
        extension_days=settings.extension_days, reminder_hours=settings.reminder_hours,
        deadline_quorum=settings.deadline_quorum, link_window_days=settings.link_window_days)


def wire(kernel: Kernel, settings: TriageSettings) -> Handlers:
    cases = kernel.aggregates("cases", Case, unique_keys=(SUBJECT_CASE_KEY,))
    policy, reference = review_policy(settings), load_reference(settings.reference_file)
    return Handlers(OnReportRegistered(cases, SubjectCases(cases.store), policy, reference),
                    OnOpinionSubmitted(cases, policy), OnDecisionDeadline(cases, policy))


def build(settings: TriageSettings | None = None, clock: Clock | None = None) -> Kernel:
    settings = settings or TriageSettings()
    kernel = Kernel.create("triage", settings, clock)
    kernel.mount(entrypoints(wire(kernel, settings), settings))
    return kernel
