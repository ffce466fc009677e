"""The sweeper found a case with a follow-up moment due: remind the recipient, or escalate to operators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import structlog

from netra_shared.clock import Clock
from netra_shared.handling import Cause, apply_decision
from netra_shared.persistence.aggregate_store import AggregateStore
from netra_shared.persistence.timers import timer_message_id

from ..domain.follow_up import follow_up_due
from ..domain.referral_case import ReferralCase
from .on_case_decided import SOURCE


class OnFollowUpDue:
    def __init__(self, cases: AggregateStore, escalate_after: timedelta, clock: Clock,
                 written: Callable[[], None]) -> None:
        self.cases = cases
        self.escalate_after = escalate_after
        self.clock = clock
        self.written = written

    async def __call__(self, case_id: str, due_at: datetime) -> None:
        now = self.clock.now()
        outcome = await apply_decision(
            self.cases, case_id, Cause(f"{case_id}/{timer_message_id(due_at)}"), ReferralCase,
            lambda case: follow_up_due(case, escalate_after=self.escalate_after, now=now) if case else None,
            source=SOURCE, now=now, written=self.written)
        if outcome in ("unchanged", "duplicate"):
            await self.cases.collection.update_one({"_id": case_id, "next_due_at": due_at},
                                                   {"$set": {"next_due_at": None}})
        log = structlog.get_logger()
        if "escalated" in outcome:
            log.warning("operator_alert", alert="referral_follow_up_overdue", case_id=case_id)
        log.info("timer_fired", case_id=case_id, timer="follow_up", outcome=outcome)
