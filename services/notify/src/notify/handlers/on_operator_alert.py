"""A service raised an operator alert (on intake.events, triage.events, referral.events or notify's own notify.alerts):
keep it once and ask for its notice to every operator; the console shows it while it is open. An alert about parked
work (an outbox entry, a timer) may concern no report: it names the item instead."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.notification import NoticeFacts, OperatorAlertRaised
from netra_shared.contracts.topics import Topics
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.notice_rules import Directory
from ..domain.notified_report import NotifiedReport
from ..domain.operator_alerts import RaisedAlert, raise_alert
from .on_report_event import seen


@dataclass(frozen=True)
class OnOperatorAlert:
    alerts: Aggregates[RaisedAlert]
    reports: Aggregates[NotifiedReport]
    directory: Directory
    topics: Topics

    def touches(self, alert: OperatorAlertRaised) -> list:
        return [(self.reports, receipt_no) for receipt_no in alert.reports[:1]]

    async def __call__(self, inbound: Inbound) -> dict:
        raised: OperatorAlertRaised = inbound.data
        receipt_no = raised.reports[0] if raised.reports else (raised.item or raised.case_id or raised.alert)[:200]
        report = await self.reports.get(receipt_no) if raised.reports else None
        facts = NoticeFacts(
            receipt_no=receipt_no, registration_no=report.registration_no if report else None,
            submission_id=report.submission_id if report else receipt_no,  # not known here yet: the receipt
            channel=report.channel if report else "netra", kind=report.kind if report else None,
            region_code=report.region_code if report else None, region_name=report.region_name if report else None,
            reason=raised.reason, reason_detail=raised.detail or None, due_at=raised.due_at,
            occurred_at=raised.raised_at, case_id=raised.case_id, alert=raised.alert, severity=raised.severity)
        where = seen(inbound, self.topics)
        alert_id = f"{where.service}-{inbound.event.id}"  # ids are unique per service (its own events)
        applied = await self.alerts.apply(alert_id, inbound, lambda existing, now: raise_alert(
            existing, raised, alert_id=alert_id, seen=where, facts=facts, directory=self.directory, now=now))
        return {"outcome": applied.outcome, "alert": raised.alert, "receipt_no": receipt_no, "case_id": raised.case_id}
