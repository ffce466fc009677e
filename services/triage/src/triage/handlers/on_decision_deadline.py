"""The sweeper found a case due: the reminder 24 hours before the decision deadline, or the deadline itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import structlog

from netra_shared.clock import Clock
from netra_shared.handling import Cause, apply_decision
from netra_shared.persistence.aggregate_store import AggregateStore
from netra_shared.persistence.timers import timer_message_id

from ..domain.case import Case
from ..domain.policy import ReviewPolicy
from ..domain.review import timer_fired
from .on_report_registered import SOURCE


class OnDecisionDeadline:
    def __init__(self, cases: AggregateStore, policy: ReviewPolicy, clock: Clock, written: Callable[[], None]) -> None:
        self.cases = cases
        self.policy = policy
        self.clock = clock
        self.written = written

    async def __call__(self, case_id: str, due_at: datetime) -> None:
        now = self.clock.now()
        cause_id = f"{case_id}/{timer_message_id(due_at)}"
        outcome = await apply_decision(
            self.cases, case_id, Cause(cause_id), Case, lambda case: timer_fired(case, now=now, policy=self.policy),
            source=SOURCE, now=now, written=self.written,
        )
        if outcome == "unchanged":  # nothing left to do at this time: clear the timer (unless it moved meanwhile)
            await self.cases.collection.update_one({"_id": case_id, "next_due_at": due_at},
                                                   {"$set": {"next_due_at": None}})
        structlog.get_logger().info("timer_fired", case_id=case_id, timer="review", outcome=outcome)
