"""A case's follow-up moment is due: remind the recipient, or escalate to operators; or a case waiting for a
reporter's identity looks again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..domain.follow_up import follow_up_due
from ..domain.referral_case import AWAITING_DISCLOSURE, ReferralCase
from .on_case_decided import OnCaseDecided


@dataclass(frozen=True)
class OnFollowUpDue:
    cases: Aggregates[ReferralCase]
    escalate_after: timedelta
    waiting: OnCaseDecided  # a case waiting for a reporter's identity is referred from its timer

    async def __call__(self, timer: Timer) -> dict:
        case = await self.cases.get(timer.aggregate_id)
        if case is not None and case.status == AWAITING_DISCLOSURE:
            return await self.waiting.after_waiting(timer, case)
        applied = await self.cases.apply(timer.aggregate_id, timer, lambda case, now: (
            follow_up_due(case, escalate_after=self.escalate_after, now=now) if case else None))
        return {"outcome": applied.outcome, "case_id": timer.aggregate_id}
