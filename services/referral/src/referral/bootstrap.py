"""Composition root: settings -> kernel -> aggregates and adapters -> handlers -> entry points."""

from __future__ import annotations

from datetime import timedelta

from netra_shared.kernel.clock import Clock
from netra_shared.kernel.runtime import Kernel
from netra_shared.kernel.sealing import Sealer

from .adapters.reference_data import load_routing_table
from .domain.identity import Disclosure
from .domain.referral_case import ReferralCase, ReferralRules
from .entrypoints.subscriptions import entrypoints
from .handlers import Handlers
from .handlers.on_case_decided import OnCaseDecided
from .handlers.on_follow_up_due import OnFollowUpDue
from .handlers.on_referral_response import OnReferralResponse
from .handlers.on_reporter_disclosed import OnReporterDisclosed
from .settings import ReferralSettings


def wire(kernel: Kernel, settings: ReferralSettings) -> Handlers:
    cases = kernel.aggregates("cases", ReferralCase, assume_new=True)
    disclosures = kernel.aggregates("disclosures", Disclosure, assume_new=True)
    sealer = Sealer(settings.disclosure_key)
    escalate_after = timedelta(days=settings.escalate_after_days)
    rules = ReferralRules(routing=load_routing_table(settings.routing_table_path or None),
                          follow_up_days=settings.follow_up_days, escalate_after=escalate_after,
                          criminal_within=timedelta(hours=settings.criminal_referral_hours),
                          disclosure_wait=timedelta(minutes=settings.disclosure_wait_minutes),
                          disclosure_recheck=timedelta(seconds=settings.disclosure_recheck_seconds))
    case_decided = OnCaseDecided(cases, disclosures, sealer, rules)
    return Handlers(case_decided, OnReporterDisclosed(disclosures, sealer),
                    OnReferralResponse(cases, escalate_after), OnFollowUpDue(cases, escalate_after, case_decided))


def build(settings: ReferralSettings | None = None, clock: Clock | None = None) -> Kernel:
    settings = settings or ReferralSettings()
    kernel = Kernel.create("referral", settings, clock)
    kernel.mount(entrypoints(wire(kernel, settings), settings))
    return kernel
