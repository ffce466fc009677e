"""A Pokja member (or the Bawaslu coordinator) gave an opinion: record it, and decide when the votes allow."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.review import Opinion
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.case import Case
from ..domain.policy import ReviewPolicy
from ..domain.review import record_opinion, told


@dataclass(frozen=True)
class OnOpinionSubmitted:
    cases: Aggregates[Case]
    policy: ReviewPolicy

    def touches(self, opinion: Opinion) -> list:
        return [(self.cases, opinion.case_id)]

    async def __call__(self, inbound: Inbound) -> dict:
        opinion: Opinion = inbound.data
        applied = await self.cases.apply(
            opinion.case_id, inbound, lambda case, now: record_opinion(case, opinion, now=now, policy=self.policy),
            tell=told(opinion))
        return {"outcome": applied.outcome, "case_id": opinion.case_id, "agency": opinion.agency.value}
