"""Deadlines: each aggregate stores its next `next_due_at`; a sweeper fires due timers through the owner's handler.

A firing is handled like any message (guarded, idempotent: its message id is `timer:<due_at>`), so two
sweepers, a crash or a restart never fire a deadline's effects twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime

import structlog

from ..clock import Clock
from .aggregate_store import AggregateStore

FireTimer = Callable[[str, datetime], Awaitable[None]]


def timer_message_id(due_at: datetime) -> str:
    return f"timer:{due_at.isoformat()}"


class TimerSweeper:
    def __init__(self, store: AggregateStore, clock: Clock, fire: FireTimer, *, interval: float = 1.0,
                 batch: int = 100) -> None:
        self.store = store
        self.clock = clock
        self.fire = fire
        self.interval = interval
        self.batch = batch
        self.log = structlog.get_logger()

    async def sweep_once(self) -> int:
        due = await self.store.due(self.clock.now(), self.batch)
        for document in due:
            await self.fire(document["_id"], document["next_due_at"])
        return len(due)

    async def run(self) -> None:
        while True:
            try:
                fired = await self.sweep_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a database outage: keep sweeping, never die
                self.log.warning("timer_sweep_failed", error=type(exc).__name__)
                fired = 0
            if fired < self.batch:
                await asyncio.sleep(self.interval)
