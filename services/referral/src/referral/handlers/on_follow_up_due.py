"""A case's follow-up moment is due: remind the recipient, or escalate to operators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..domain.follow_up import follow_up_due
from ..domain.referral_case import ReferralCase


@dataclass(frozen=True)
class OnFollowUpDue:
    cases: Aggregates[ReferralCase]
    escalate_after: timedelta

    async def __call__(self, timer: Timer) -> dict:
        applied = await self.cases.apply(timer.aggregate_id, timer, lambda case, now: (
            follow_up_due(case, escalate_after=self.escalate_after, now=now) if case else None))
        return {"outcome": applied.outcome, "case_id": timer.aggregate_id}
