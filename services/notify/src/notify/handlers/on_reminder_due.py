"""The sweeper found a report whose decision deadline is near: remind the Pokja members and operators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import structlog

from netra_shared.clock import Clock
from netra_shared.handling import Cause, apply_decision
from netra_shared.persistence.aggregate_store import AggregateStore
from netra_shared.persistence.timers import timer_message_id

from ..domain.notified_report import NoticePolicy, NotifiedReport, remind
from .on_report_event import SOURCE


class OnReminderDue:
    def __init__(self, reports: AggregateStore, policy: NoticePolicy, clock: Clock,
                 written: Callable[[], None]) -> None:
        self.reports = reports
        self.policy = policy
        self.clock = clock
        self.written = written

    async def __call__(self, receipt_no: str, due_at: datetime) -> None:
        now = self.clock.now()
        outcome = await apply_decision(
            self.reports, receipt_no, Cause(f"{receipt_no}/{timer_message_id(due_at)}"), NotifiedReport,
            lambda report: remind(report, self.policy, now), source=SOURCE, now=now, written=self.written,
        )
        if outcome == "unchanged":  # nothing to remind of at this time: clear the timer
            await self.reports.collection.update_one({"_id": receipt_no, "next_due_at": due_at},
                                                     {"$set": {"next_due_at": None}})
        log = structlog.get_logger()
        if "criminal_referral_at_risk" in outcome:
            log.warning("operator_alert", alert="criminal_referral_at_risk", receipt_no=receipt_no)
        log.info("timer_fired", receipt_no=receipt_no, timer="report_timers", outcome=outcome)
