"""A Pokja member (or the Bawaslu coordinator, asked for its casting vote) gave an opinion on its own topic: record
it as that member's, and decide when the votes allow."""

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
        member = inbound.sender
        if member is None:  # every topic triage reads opinions from is one member's own
            raise ValueError("an opinion without its sender")
        applied = await self.cases.apply(opinion.case_id, inbound, lambda case, now: record_opinion(
            case, opinion, sender=member, now=now, policy=self.policy), tell=told(opinion, member))
        return {"outcome": applied.outcome, "case_id": opinion.case_id, "member": member}
