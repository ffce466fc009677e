"""Deadlines: each aggregate stores its next `next_due_at`; a sweeper fires due timers through the owner's handler.

A firing is a cause like a message (its id names the deadline and the version it was read at), so two sweepers, a
crash or a restart never apply a deadline twice. The one rule for the stored timer: a firing that changes nothing
clears it (unless a write moved it meanwhile); a firing that writes sets it from the decision. A timer whose handler
fails is retried later on its own, with backoff, while the other timers fire; one that fails `park_after` times (or
at once, for a failure no retry can change) is parked (`parked_timer`, with the reason) with an operator alert on
the service's own events topic, until `netra_shared.ops.redrive timer` sets it again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from .aggregates import Cause
from .alerts import TIMER_PARKED, Alerts
from .clock import Clock
from . import tracing
from .failures import backoff_seconds, is_transient, permanent_reason
from .logging import receipt_fields
from .metrics import PARKED, TIMERS
from .store import LATEST, AggregateStore
from .unit_of_work import UnitOfWork, Written, in_one_write


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
    read_ahead: Callable[[list[dict]], Awaitable[None]] | None = None  # reads a pass needs, done at once
    lane: str | None = None  # e.g. "keys.conversation"; without one, each aggregate is its own lane
    order: str | None = None  # e.g. "keys.sequence"
    concurrency: int = 32  # lanes served at once (their reads and writes go out together)
    batch: int = 200  # due timers taken per pass
    continues_trace: bool = False  # True: every firing goes on in the trace of the write that set it (a delivery);
    # False: a timer due at once does, a deadline starts a trace linked to it (kernel/tracing.py)


def _field(document: dict, path: str | None, default: object) -> object:
    if path is None:
        return default
    value: object = document
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return default if value is None else value


class TimerSweeper:
    def __init__(self, store: AggregateStore, clock: Clock, sweep: Sweep | FireTimer, *, batch: int = 0,
                 written: Callable[[Written], None] = lambda written: None, park_after: int = 5,
                 alerts: Alerts | None = None, alerted: Callable[[], None] = lambda: None,
                 horizon: timedelta | None = None) -> None:
        self.store = store
        self.clock = clock
        self.sweep = sweep if isinstance(sweep, Sweep) else Sweep(sweep)
        self.fire = self.sweep.fire
        self.batch = batch or self.sweep.batch
        self.written = written
        self.park_after = park_after  # failures of a timer's handler before it is parked
        self.alerts = alerts
        self.alerted = alerted  # an alert was written to an outbox: wake the relay
        self.limit = asyncio.Semaphore(self.sweep.concurrency)
        self.transient: dict[str, int] = {}  # per aggregate, transient failures in a row (backoff only)
        self.upcoming: datetime | None = None  # when the first timer after the last pass's is due, as that pass saw
        self.horizon = horizon  # how far ahead a pass looks for that timer (its loop comes back by then anyway)
        self.log = structlog.get_logger()

    async def sweep_once(self, shards: Collection[int] | None = None) -> int:
        """Fire every due timer (at most `batch`) of these shards (None: of all), their writes in one bulk write;
        returns how many were due."""
        now = self.clock.now()
        until = now + self.horizon if self.horizon is not None else LATEST
        due, self.upcoming = await self.store.due(now, self.batch, shards, until=until)
        if not due:
            return 0
        unit = UnitOfWork()
        unit.seed(self.store, due)  # read whole by the due query: the handlers do not read them again
        if self.sweep.read_ahead is not None:
            await self.sweep.read_ahead(due)
        lanes: dict[object, list[int]] = {}
        for index, document in enumerate(due):
            lanes.setdefault(_field(document, self.sweep.lane, document["_id"]), []).append(index)

        async def run(calls: list) -> list:
            results: list = [None] * len(calls)

            async def lane(indices: list[int]) -> None:
                async with self.limit:
                    for index in sorted(indices, key=lambda i: _field(due[i], self.sweep.order, 0)):
                        results[index] = await calls[index]()
            await asyncio.gather(*(lane(indices) for indices in lanes.values()))
            return results

        started = time.perf_counter()
        try:
            _, written = await in_one_write(due, self._isolated, unit=unit, run=run)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if is_transient(exc):
                raise  # the database is away: the loop tries the pass again
            written = await self._one_by_one(due, exc)
        self.written(written)
        self.log.info("sweep_done", collection=self.store.name, due=len(due), written=len(written.changes),
                      replayed=len(written.replay), duration_ms=round((time.perf_counter() - started) * 1000, 1))
        return len(due)

    async def _one_by_one(self, due: list[dict], error: BaseException) -> Written:
        """The pass's write failed for good (a document over 16 MB, say): each timer fires in its own write, and the
        one whose write fails is the one that fails."""
        self.log.error("sweep_write_failed_one_by_one", collection=self.store.name, error_type=type(error).__name__,
                       due=len(due))
        changes, replay = [], set()
        for document in due:
            unit = UnitOfWork()
            unit.seed(self.store, [document])
            try:
                _, written = await in_one_write([document], self._isolated, unit=unit)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if is_transient(exc):
                    raise
                await self._failed(document, exc)
                continue
            changes += written.changes
            replay |= written.replay
        return Written(changes, replay)

    async def _isolated(self, document: dict) -> str | None:
        with tracing.firing(self.store.name, document, continues=self.sweep.continues_trace) as span, \
                structlog.contextvars.bound_contextvars(**tracing.log_fields(span),
                                                        **receipt_fields(document.get("state"))):
            return await self._fire(document)

    async def _fire(self, document: dict) -> str | None:
        timer = Timer(document["_id"], document["next_due_at"], document.get("version", 0))
        try:
            result = await self.fire(timer)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # this timer alone waits; the others fire
            await self._failed(document, exc)
            return None
        self.transient.pop(timer.aggregate_id, None)
        if document.get("timer_failures"):
            await self.store.forget_timer_failures(timer.aggregate_id)
        fields = result if isinstance(result, dict) else {"outcome": result or "handled"}
        if fields["outcome"] == "unchanged":  # nothing was due after all: the timer has done its work
            await self.store.clear_timer(timer.aggregate_id, timer.due_at)
        TIMERS.labels(self.store.name, fields["outcome"]).inc()
        self.log.info("timer_fired", collection=self.store.name, aggregate_id=timer.aggregate_id, **fields)
        return fields["outcome"]

    async def _failed(self, document: dict, exc: BaseException) -> None:
        """A transient failure waits with backoff; a failure no retry can change, or the `park_after`-th failure of
        the handler, parks the timer with an alert; any other failure waits with backoff and is counted."""
        aggregate_id, due_at = document["_id"], document["next_due_at"]
        reason = permanent_reason(exc)
        if reason is None and is_transient(exc):
            attempt = self.transient[aggregate_id] = self.transient.get(aggregate_id, 0) + 1
            self.log.warning("timer_failed", collection=self.store.name, aggregate_id=aggregate_id,
                             error_type=type(exc).__name__, attempt=attempt, transient=True)
            await self.store.postpone(aggregate_id, due_at, self._retry_at(attempt))
            return
        failures = document.get("timer_failures", 0) + 1
        if reason is None and failures < self.park_after:
            self.log.warning("timer_failed", collection=self.store.name, aggregate_id=aggregate_id,
                             error_type=type(exc).__name__, attempt=failures)
            await self.store.postpone(aggregate_id, due_at, self._retry_at(failures), failures=failures,
                                      deadline=document.get("timer_deadline"))
            return
        reason = reason or f"handler_failed_{type(exc).__name__}"[:200]
        now, deadline = self.clock.now(), document.get("timer_deadline") or due_at
        alert = self.alerts.raised(
            TIMER_PARKED, collection=self.store.name, aggregate_id=aggregate_id, reason=reason,
            detail=f"the timer due {deadline.isoformat()} failed {failures} time(s) ({type(exc).__name__}); it waits "
                   "for an operator: redrive it once the cause is fixed",
            label=f"timer_parked/{due_at.isoformat()}/{document.get('version', 0)}", now=now) if self.alerts else None
        parked = {"due_at": deadline, "reason": reason, "error_type": type(exc).__name__, "failures": failures,
                  "parked_at": now}
        await self.store.park_timer(aggregate_id, due_at, parked, alert)
        PARKED.labels(self.store.name, "timer").inc()
        self.log.error("timer_parked", collection=self.store.name, aggregate_id=aggregate_id, reason=reason,
                       error_type=type(exc).__name__, failures=failures)
        if alert is not None:
            self.alerted()

    def _retry_at(self, attempt: int) -> datetime:
        return self.clock.now() + timedelta(seconds=backoff_seconds(attempt, cap=300.0))

    async def step(self, shards: Collection[int] | None = None) -> float | None:
        """One pass, then the time to the first later timer the pass saw. A timer set sooner meanwhile (a retry, a
        write) is found by the next pass: at once when a write due soon wakes the loop, else within its idle interval."""
        if await self.sweep_once(shards) >= self.batch:
            return 0
        if self.upcoming is None:
            return None
        return max(0.01, (self.upcoming - self.clock.now()).total_seconds())
