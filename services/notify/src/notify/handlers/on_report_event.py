"""Any event about reports (from intake, triage or referral): publish each report's new public status and ask
for the notices it owes, in one guarded write."""

from __future__ import annotations

from collections.abc import Callable

import structlog

from netra_shared.clock import Clock
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.notified_report import NoticePolicy, NotifiedReport, announce, facts_of
from ..domain.status_rules import OperatorAlert, changes_for
from ..domain.tracked_report import apply_change

SOURCE = "/netra/notify"


class OnReportEvent:
    def __init__(self, reports: AggregateStore, clock: Clock, written: Callable[[], None],
                 policy: NoticePolicy | None = None) -> None:
        self.reports = reports
        self.clock = clock
        self.written = written
        self.policy = policy or NoticePolicy()
        self.log = structlog.get_logger()

    async def __call__(self, inbound: Inbound) -> dict:
        outcomes = []
        facts = facts_of(inbound.data)
        for change in changes_for(inbound.data, inbound.event.time):
            now = self.clock.now()
            outcome = await apply_decision(
                self.reports, change.ref.receipt_no, Cause.of(inbound.event), NotifiedReport,
                lambda report, change=change: announce(apply_change(report, change), change, facts, self.policy, now),
                source=SOURCE, now=now, written=self.written,
            )
            if outcome == "operator_alert" and isinstance(change, OperatorAlert):
                self.log.warning("operator_alert", alert=change.alert, case_id=change.case_id,
                                 receipt_no=change.ref.receipt_no, due_at=change.due_at.isoformat())
            outcomes.append(outcome)
        return {"outcome": ",".join(sorted(set(outcomes))) or "no_status_change"}
