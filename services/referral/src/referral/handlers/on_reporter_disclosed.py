"""Intake passed on the identity of a reporter who consented to its disclosure: keep it for the referral package."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.identity import Disclosure, keep


@dataclass(frozen=True)
class OnReporterDisclosed:
    disclosures: Aggregates[Disclosure]

    async def __call__(self, inbound: Inbound) -> dict:
        disclosure: ReporterDisclosure = inbound.data
        applied = await self.disclosures.apply(disclosure.reporter_ref, inbound,
                                               lambda existing, now: keep(existing, disclosure))
        return {"outcome": applied.outcome, "receipt_no": disclosure.receipt_no}
