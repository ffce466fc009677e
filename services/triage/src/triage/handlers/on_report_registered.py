"""Intake registered a report: open a case and send the review packet to the Pokja."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import Agency
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.case import Case, case_id_for, open_review

SOURCE = "/netra/triage"


class OnReportRegistered:
    def __init__(self, cases: AggregateStore, members: list[Agency], decision_days: int, clock: Clock,
                 written: Callable[[], None]) -> None:
        self.cases = cases
        self.members = members
        self.decision_days = decision_days
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> str | dict:
        if not isinstance(inbound.data, ReportRegistered):
            return "not_for_triage"
        report: ReportRegistered = inbound.data
        case_id = case_id_for(report.receipt_no)
        now = self.clock.now()
        outcome = await apply_decision(
            self.cases, case_id, Cause.of(inbound.event), Case,
            lambda case: open_review(case, report, members=self.members, decision_days=self.decision_days, now=now),
            source=SOURCE, now=now, written=self.written,
        )
        return {"outcome": outcome, "case_id": case_id, "receipt_no": report.receipt_no}
