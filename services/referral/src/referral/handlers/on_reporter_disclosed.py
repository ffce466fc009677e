"""Intake passed on the identity of a reporter who consented to its disclosure: keep it for the referral package."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.decision import Decision
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from .on_case_decided import SOURCE


class Disclosure(BaseModel):
    disclosure: ReporterDisclosure


class OnReporterDisclosed:
    def __init__(self, disclosures: AggregateStore, clock: Clock, written: Callable[[], None]) -> None:
        self.disclosures = disclosures
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> dict:
        disclosure: ReporterDisclosure = inbound.data
        outcome = await apply_decision(
            self.disclosures, disclosure.reporter_ref, Cause.of(inbound.event), Disclosure,
            lambda existing: None if existing else Decision(Disclosure(disclosure=disclosure),
                                                            outcome="disclosure_kept"),
            source=SOURCE, now=self.clock.now(), written=self.written)
        return {"outcome": outcome, "receipt_no": disclosure.receipt_no}
