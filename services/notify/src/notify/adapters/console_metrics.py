"""Deadline gauges for an alerting system (Prometheus), computed from the console's read model."""

from __future__ import annotations

from collections.abc import Mapping

from prometheus_client import Gauge

DUE_SOON = Gauge("netra_deadlines_due_within_24h", "Open legal deadlines due within the next 24 hours (not yet "
                 "overdue), by kind", ["kind"])
OVERDUE = Gauge("netra_deadlines_overdue", "Open legal deadlines already past, by kind", ["kind"])


def publish(counts: Mapping[tuple[str, str], int], kinds: tuple[str, ...]) -> None:
    """counts: (kind, "soon" | "overdue") -> deadlines; every kind is set (0 when none)."""
    for kind in kinds:
        DUE_SOON.labels(kind).set(counts.get((kind, "soon"), 0))
        OVERDUE.labels(kind).set(counts.get((kind, "overdue"), 0))
