"""A case's timer is due: the reminder 24 hours before the decision deadline, or the deadline itself."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..domain.case import Case
from ..domain.policy import ReviewPolicy
from ..domain.review import timer_fired


@dataclass(frozen=True)
class OnDecisionDeadline:
    cases: Aggregates[Case]
    policy: ReviewPolicy

    async def __call__(self, timer: Timer) -> dict:
        applied = await self.cases.apply(timer.aggregate_id, timer, lambda case, now: (
            timer_fired(case, now=now, policy=self.policy) if case else None))
        return {"outcome": applied.outcome, "case_id": timer.aggregate_id}
