"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions and timers."""

from __future__ import annotations

from datetime import timedelta

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .adapters.reference_data import load_routing_table
from .domain.referral_case import ReferralRules
from .entrypoints import subscribers
from .handlers.on_case_decided import OnCaseDecided
from .handlers.on_follow_up_due import OnFollowUpDue
from .handlers.on_referral_response import OnReferralResponse
from .handlers.on_reporter_disclosed import OnReporterDisclosed
from .settings import ReferralSettings


def build(settings: ReferralSettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or ReferralSettings()
    runtime = Runtime.create("referral", settings, clock)
    cases = runtime.store("cases")
    disclosures = runtime.store("disclosures")
    rejections = runtime.store("rejections")
    escalate_after = timedelta(days=settings.escalate_after_days)
    rules = ReferralRules(routing=load_routing_table(settings.routing_table_path or None),
                          follow_up_days=settings.follow_up_days, escalate_after=escalate_after,
                          criminal_within=timedelta(hours=settings.criminal_referral_hours))
    subscribers.register(
        runtime,
        OnCaseDecided(cases, disclosures, rules, runtime.clock, runtime.written),
        OnReporterDisclosed(disclosures, runtime.clock, runtime.written),
        OnReferralResponse(cases, rejections, escalate_after, runtime.clock, runtime.written),
    )
    runtime.add_timers(cases, OnFollowUpDue(cases, escalate_after, runtime.clock, runtime.written))
    return runtime
