"""Time to refresh the deadline gauges (netra_deadlines_due_within_24h, netra_deadlines_overdue, per kind) from the
console's read model, for an alerting system to scrape on /metrics."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.kernel.clock import Clock

from ..adapters.console_metrics import publish
from ..adapters.console_queries import ConsoleQueries
from ..domain.console_view import deadline_counts
from ..domain.deadlines import KINDS, SOON


@dataclass(frozen=True)
class OnGaugesDue:
    queries: ConsoleQueries
    clock: Clock

    async def __call__(self) -> dict[tuple[str, str], int]:
        now = self.clock.now()
        counts = deadline_counts(await self.queries.with_deadlines(until=now + SOON, limit=100_000), now)
        publish(counts, KINDS)
        return counts
