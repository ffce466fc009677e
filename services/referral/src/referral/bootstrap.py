"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions."""

from __future__ import annotations

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .entrypoints import subscribers
from .handlers.on_case_decided import OnCaseDecided
from .handlers.on_reporter_disclosed import OnReporterDisclosed
from .settings import ReferralSettings


def build(settings: ReferralSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or ReferralSettings()
    runtime = Runtime.create("referral", settings, clock)
    cases = runtime.store("cases")
    disclosures = runtime.store("disclosures")
    subscribers.register(
        runtime,
        OnCaseDecided(cases, disclosures, settings.follow_up_days, runtime.clock, runtime.written),
        OnReporterDisclosed(disclosures, runtime.clock, runtime.written),
    )
    return runtime
