"""What an operator asks the console: open deadlines (filtered), the backlog and the day's milestones, open alerts,
one report's journey, the pipeline's DLQs, lag and parked items; marking an alert handled. Reads only, except the
last, which goes through the alert's guarded write with the operator's name from their session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from netra_shared.contracts.regions import WIB
from netra_shared.kernel.aggregates import Aggregates, Cause
from netra_shared.kernel.clock import Clock

from ..adapters.console_queries import ConsoleQueries
from ..adapters.pipeline_watch import PipelineWatch, Snapshot
from ..domain.console_view import backlog_rows, console_day, deadline_rows
from ..domain.deadlines import open_deadlines, stage_of
from ..domain.journey import short_type
from ..domain.notified_report import NotifiedReport
from ..domain.operator_alerts import RaisedAlert, handle, is_open

SHOWN = 200  # deadline rows on the page (the rest are counted)


@dataclass(frozen=True)
class OnConsoleRequest:
    queries: ConsoleQueries
    alerts: Aggregates[RaisedAlert]
    pipeline: PipelineWatch
    clock: Clock
    trace_viewer_url: str = ""

    def now(self) -> datetime:
        return self.clock.now()

    def trace_link(self, trace_id: str | None) -> str | None:
        base = self.trace_viewer_url.rstrip("/")
        return f"{base}/zipkin/traces/{trace_id}" if base and trace_id else None

    async def deadlines(self, *, region: str | None, stage: str | None, agency: str | None) -> dict[str, Any]:
        now = self.now()
        rows = deadline_rows(await self.queries.with_deadlines(region=region, limit=1000), now, stage=stage,
                             agency=agency)
        return {"rows": rows[:SHOWN], "more": max(0, len(rows) - SHOWN), "now": now,
                "overdue": sum(1 for row in rows if row.mark == "overdue"),
                "soon": sum(1 for row in rows if row.mark == "soon")}

    async def summary(self) -> dict[str, Any]:
        now = self.now()
        day = console_day(now, WIB)
        return {"backlog": backlog_rows(await self.queries.backlog()), "day": day,
                "counts": await self.queries.milestone_counts(day)}

    async def regions(self) -> list[tuple[str, str]]:
        """(code, name) of every region with open reports, for the filter."""
        return sorted({(row.region, row.region_name) for row in backlog_rows(await self.queries.backlog())
                       if row.region}, key=lambda pair: pair[1])

    async def open_alerts(self) -> list[RaisedAlert]:
        alerts = [RaisedAlert.model_validate(state) for state in await self.queries.open_alerts()]
        states = await self.queries.reports_by_receipt([r for alert in alerts for r in alert.receipt_nos])
        reports = {receipt: NotifiedReport.model_validate(state) for receipt, state in states.items()}
        return [alert for alert in alerts if is_open(alert, reports)]

    async def journey(self, receipt_no: str) -> dict[str, Any] | None:
        state = (await self.queries.reports_by_receipt([receipt_no])).get(receipt_no)
        if state is None:
            return None
        report = NotifiedReport.model_validate(state)
        alerts = [RaisedAlert.model_validate(a) for a in await self.queries.alerts_about(receipt_no)]
        steps = [{"at": step.at, "service": step.service, "event": step.event, "summary": step.summary,
                  "trace": self.trace_link(step.trace_id), "alert": None} for step in report.journey]
        steps += [{"at": alert.raised_at, "service": alert.service, "event": "operator.alert-raised",
                   "summary": alert.detail, "trace": self.trace_link(alert.trace_id), "alert": alert}
                  for alert in alerts]
        notices = await self.queries.notices_about(receipt_no)
        return {"report": report, "stage": stage_of(report), "deadlines": open_deadlines(report), "now": self.now(),
                "steps": sorted(steps, key=lambda step: step["at"]), "notices": notices,
                "open_alerts": [alert for alert in alerts if is_open(alert, {receipt_no: report})],
                "event_of": short_type}

    def pipeline_state(self) -> Snapshot:
        return self.pipeline.latest

    async def mark_handled(self, alert_id: str, operator: str) -> str:
        applied = await self.alerts.apply(alert_id, Cause.internal(f"handled:{alert_id}"),
                                          lambda alert, now: handle(alert, operator, now))
        return applied.outcome
