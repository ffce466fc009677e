"""Any event about reports (from intake, triage or referral): for each report it concerns, publish its new public
status and ask for the notices it owes, and add the step to its journey and its deadlines to the console's view, in
one guarded write per report."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.topics import Topics
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.deadlines import observe
from ..domain.journey import Seen
from ..domain.notified_report import NoticePolicy, NotifiedReport, facts_of
from ..domain.status_rules import changes_for, reports_of


def seen(inbound: Inbound, topics: Topics) -> Seen:
    """Which service wrote it is the topic's (its only writer, by ACL), never a field the sender filled in."""
    spec = topics.spec_of(inbound.topic)
    service = spec.producers[0] if spec is not None else inbound.event.source.rsplit("/", 1)[-1]
    return Seen(service, inbound.event.type, inbound.event.time, inbound.trace_id)


@dataclass(frozen=True)
class OnReportEvent:
    reports: Aggregates[NotifiedReport]
    policy: NoticePolicy
    topics: Topics

    def touches(self, event: object) -> list:
        return [(self.reports, ref.receipt_no) for ref in reports_of(event)]

    async def __call__(self, inbound: Inbound) -> dict:
        outcomes = []
        event, facts, step = inbound.data, facts_of(inbound.data), seen(inbound, self.topics)
        changes = {change.ref.receipt_no: change for change in changes_for(event, inbound.event.time)}
        for ref in reports_of(event):
            applied = await self.reports.apply(ref.receipt_no, inbound, lambda report, now, ref=ref: observe(
                report, ref, changes.get(ref.receipt_no), event, step, facts, self.policy, now))
            outcomes.append(applied.outcome)
        return {"outcome": ",".join(sorted(set(outcomes))) or "no_report"}
