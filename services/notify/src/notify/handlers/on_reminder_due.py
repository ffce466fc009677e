"""A report's timer is due: remind the Pokja members and operators of the decision deadline, or warn operators
that an election crime is not referred yet."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..domain.notified_report import NoticePolicy, NotifiedReport, remind


@dataclass(frozen=True)
class OnReminderDue:
    reports: Aggregates[NotifiedReport]
    policy: NoticePolicy

    async def __call__(self, timer: Timer) -> dict:
        applied = await self.reports.apply(timer.aggregate_id, timer,
                                           lambda report, now: remind(report, self.policy, now))
        return {"outcome": applied.outcome, "receipt_no": timer.aggregate_id}
