"""Intake passed on the identity of a reporter who consented to its disclosure: keep it for the referral package."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound
from netra_shared.kernel.sealing import Sealer

from ..domain.identity import Disclosure, keep


@dataclass(frozen=True)
class OnReporterDisclosed:
    disclosures: Aggregates[Disclosure]
    sealer: Sealer

    async def __call__(self, inbound: Inbound) -> dict:
        disclosure: ReporterDisclosure = inbound.data
        sealed = self.sealer.seal(disclosure.model_dump(mode="json"))
        applied = await self.disclosures.apply(disclosure.reporter_ref, inbound,
                                               lambda existing, now: keep(existing, sealed))
        return {"outcome": applied.outcome, "receipt_no": disclosure.receipt_no}
