"""Deadlines: each aggregate stores its next `next_due_at`; a sweeper fires due timers through the owner's handler.

A firing is a cause like a message (its id names the deadline and the version it was read at), so two sweepers, a
crash or a restart never apply a deadline twice. The one rule for the stored timer: a firing that changes nothing
clears it (unless a write moved it meanwhile); a firing that writes sets it from the decision. A timer whose handler
fails is retried later on its own, with backoff, while the other timers fire.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from .aggregates import Cause
from .clock import Clock
from .failures import backoff_seconds
from .metrics import TIMERS
from .store import AggregateStore


@dataclass(frozen=True)
class Timer:
    aggregate_id: str
    due_at: datetime
    version: int = 0

    @property
    def cause(self) -> Cause:
        return Cause.internal(f"timer:{self.due_at.isoformat()}@{self.version}")


FireTimer = Callable[[Timer], Awaitable[str | dict | None]]


@dataclass(frozen=True)
class Sweep:
    """How a collection's due timers are fired: by `fire`; with `lane` (a field of the document), timers of
    different lanes fire concurrently (at most `concurrency` lanes at once) and those of one lane in their order."""

    fire: FireTimer
    lane: str | None = None  # e.g. "keys.conversation"
    order: str | None = None  # e.g. "keys.sequence"
    concurrency: int = 1


def _outcome(result: str | dict | None) -> str:
    return (result.get("outcome") if isinstance(result, dict) else result) or "handled"


def _field(document: dict, path: str | None, default: object) -> object:
    if path is None:
        return default
    value: object = document
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return default if value is None else value


class TimerSweeper:
    def __init__(self, store: AggregateStore, clock: Clock, sweep: Sweep | FireTimer, *, batch: int = 100) -> None:
        self.store = store
        self.clock = clock
        self.sweep = sweep if isinstance(sweep, Sweep) else Sweep(sweep)
        self.fire = self.sweep.fire
        self.batch = batch
        self.limit = asyncio.Semaphore(self.sweep.concurrency)
        self.failures: dict[str, int] = {}
        self.log = structlog.get_logger()

    async def fire_one(self, document: dict) -> str:
        timer = Timer(document["_id"], document["next_due_at"], document.get("version", 0))
        outcome = _outcome(await self.fire(timer))
        if outcome == "unchanged":  # nothing was due after all: the timer has done its work
            await self.store.clear_timer(timer.aggregate_id, timer.due_at)
        TIMERS.labels(self.store.name, outcome).inc()
        self.log.info("timer_fired", collection=self.store.name, aggregate_id=timer.aggregate_id, outcome=outcome)
        return outcome

    async def sweep_once(self) -> int:
        """Fire every due timer (at most `batch`); returns how many were due."""
        sweep = self.sweep
        due = await self.store.due(self.clock.now(), self.batch, fields=tuple(f for f in (sweep.lane, sweep.order) if f))
        lanes: dict[object, list[dict]] = {}
        for document in due:
            lanes.setdefault(_field(document, sweep.lane, document["_id"]), []).append(document)
        await asyncio.gather(*(self._lane(documents) for documents in lanes.values()))
        return len(due)

    async def _lane(self, documents: list[dict]) -> None:
        async with self.limit:
            for document in sorted(documents, key=lambda d: _field(d, self.sweep.order, 0)):
                await self._isolated(document)

    async def _isolated(self, document: dict) -> None:
        try:
            await self.fire_one(document)
            self.failures.pop(document["_id"], None)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # this timer alone waits; the others fire
            attempt = self.failures[document["_id"]] = self.failures.get(document["_id"], 0) + 1
            retry_at = self.clock.now() + timedelta(seconds=backoff_seconds(attempt, cap=300.0))
            self.log.warning("timer_failed", collection=self.store.name, aggregate_id=document["_id"],
                             error_type=type(exc).__name__, attempt=attempt)
            await self.store.postpone(document["_id"], document["next_due_at"], retry_at)

    async def step(self) -> float | None:
        if await self.sweep_once() >= self.batch:
            return 0
        upcoming = await self.store.next_due()
        if upcoming is None:
            return None
        return max(0.01, (upcoming - self.clock.now()).total_seconds())
