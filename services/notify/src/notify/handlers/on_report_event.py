"""Any event about reports (from intake, triage or referral): publish each report's new public status and ask
for the notices it owes, in one guarded write per report."""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.notified_report import NoticePolicy, NotifiedReport, announce, facts_of
from ..domain.status_rules import OperatorAlert, changes_for
from ..domain.tracked_report import apply_change


@dataclass(frozen=True)
class OnReportEvent:
    reports: Aggregates[NotifiedReport]
    policy: NoticePolicy

    def touches(self, event: object) -> list:
        return [(self.reports, change.ref.receipt_no) for change in changes_for(event)]

    async def __call__(self, inbound: Inbound) -> dict:
        outcomes = []
        facts = facts_of(inbound.data)
        for change in changes_for(inbound.data, inbound.event.time):
            applied = await self.reports.apply(change.ref.receipt_no, inbound, lambda report, now, change=change: (
                announce(apply_change(report, change), change, facts, self.policy, now)))
            if applied.outcome == "operator_alert" and isinstance(change, OperatorAlert):
                structlog.get_logger().warning("operator_alert", alert=change.alert, case_id=change.case_id,
                                               receipt_no=change.ref.receipt_no, due_at=change.due_at.isoformat())
            outcomes.append(applied.outcome)
        return {"outcome": ",".join(sorted(set(outcomes))) or "no_status_change"}
