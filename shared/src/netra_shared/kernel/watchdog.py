"""Is the service wedged? Every few seconds the watchdog looks at what should move: the consumer (a batch held too
long, or records waiting while none is handled), each collection's outbox (an entry still unpublished after
`stall_seconds`) and timers (one overdue by more than `stall_seconds`: the sweeper should have fired or postponed it).
What it finds makes /readyz answer 503 and sets `netra_stuck_seconds`; parked items are counted in
`netra_parked_items` (parked work does not hold the line, so it does not make the service unready).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

import structlog

from .clock import Clock
from .metrics import PARKED_NOW, STUCK
from .store import AggregateStore


class Watchdog:
    def __init__(self, stores: Iterable[AggregateStore], consumer: Callable[[], Any], clock: Clock, *,
                 stall_seconds: float) -> None:
        self.stores = stores  # a live view, like the relay's
        self.consumer = consumer  # the service's Consumer once mounted (None before)
        self.clock = clock
        self.stall_seconds = stall_seconds
        self.problems: dict[str, str] = {}
        self._pending_since: dict[tuple[str, str], float] = {}  # (collection, entry id) -> first seen pending
        self.log = structlog.get_logger()

    @property
    def every(self) -> float:
        return max(0.5, min(15.0, self.stall_seconds / 4))

    def problem(self) -> str | None:
        """For /readyz: what is stuck (None when nothing is)."""
        return "; ".join(f"{what}: {why}" for what, why in sorted(self.problems.items())) or None

    async def step(self) -> float:
        problems: dict[str, str] = {}
        for store in list(self.stores):
            await self._count_parked(store)
            if (age := await self._oldest_pending(store)) > self.stall_seconds:
                problems[f"outbox {store.name}"] = f"an entry unpublished for {age:.0f} s"
            STUCK.labels(store.name, "outbox").set(age if age > self.stall_seconds else 0)
            late = await self._most_overdue(store)
            if late > self.stall_seconds:
                problems[f"timers {store.name}"] = f"a timer overdue by {late:.0f} s"
            STUCK.labels(store.name, "timer").set(late if late > self.stall_seconds else 0)
        consumer = self.consumer()
        if consumer is not None and (stalled := await consumer.stalled(self.stall_seconds)):
            problems["consumer"] = stalled
        if problems != self.problems and problems:
            self.log.error("service_stuck", problems=problems)
        self.problems = problems
        return self.every

    async def _count_parked(self, store: AggregateStore) -> None:
        outbox = timers = 0
        for document in await store.parked_documents():
            outbox += len(document.get("parked") or ())
            timers += 1 if document.get("parked_timer") else 0
        PARKED_NOW.labels(store.name, "outbox").set(outbox)
        PARKED_NOW.labels(store.name, "timer").set(timers)

    async def _oldest_pending(self, store: AggregateStore) -> float:
        """Seconds since the longest-pending outbox entry was first seen pending (0: none)."""
        now = time.monotonic()
        pending = {(store.name, entry_id) for entry_id in await store.pending_entry_ids()}
        for key in [key for key in self._pending_since if key[0] == store.name and key not in pending]:
            del self._pending_since[key]
        for key in pending:
            self._pending_since.setdefault(key, now)
        return max((now - self._pending_since[key] for key in pending), default=0.0)

    async def _most_overdue(self, store: AggregateStore) -> float:
        now = self.clock.now()
        due = await store.next_due(until=now - timedelta(seconds=self.stall_seconds))  # only what is overdue
        return 0.0 if due is None else (now - due).total_seconds()
