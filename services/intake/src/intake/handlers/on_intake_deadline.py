"""The sweeper found a report whose timer is due: the 2 x 24 h completion deadline, or an interrupted registration."""

from __future__ import annotations

from datetime import datetime

import structlog

from netra_shared.handling import Cause, apply_decision
from netra_shared.persistence.timers import timer_message_id

from ..domain.report import IntakeStatus, Report, completion_deadline_passed
from .context import SOURCE, Intake
from .registration import finish_registration


class OnIntakeDeadline:
    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    async def __call__(self, receipt_no: str, due_at: datetime) -> None:
        cause = Cause(f"{receipt_no}/{timer_message_id(due_at)}")
        document = await self.intake.reports.load(receipt_no)
        status = Report.model_validate(document["state"]).status if document else None
        if status is IntakeStatus.registering:
            outcome = await finish_registration(self.intake, receipt_no, cause)
        else:
            now = self.intake.clock.now()
            outcome = await apply_decision(
                self.intake.reports, receipt_no, cause, Report,
                lambda report: completion_deadline_passed(report, now=now) if report else None,
                source=SOURCE, now=now, written=self.intake.written)
        if outcome in (None, "unchanged", "duplicate"):  # nothing left to do at this time: clear the timer
            await self.intake.reports.collection.update_one(
                {"_id": receipt_no, "next_due_at": due_at}, {"$set": {"next_due_at": None}})
        structlog.get_logger().info("timer_fired", receipt_no=receipt_no, outcome=outcome or "nothing_due")
