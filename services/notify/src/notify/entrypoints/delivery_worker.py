"""The delivery worker: picks due notifications (next_due_at <= now, on the injectable clock) and delivers
them, many recipients at once but each recipient's notices about one report one after the other, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import structlog

from netra_shared.clock import Clock
from netra_shared.messaging.failures import backoff_seconds

from ..adapters.notification_queue import NotificationQueue


class DeliveryWorker:
    def __init__(self, queue: NotificationQueue, deliver: Callable[[str], Awaitable[str]], clock: Clock,
                 prepare: Callable[[], Awaitable[None]], *, poll_seconds: float = 1.0, batch: int = 100,
                 concurrency: int = 16) -> None:
        self.queue = queue
        self.deliver = deliver
        self.clock = clock
        self.prepare = prepare
        self.poll_seconds = poll_seconds
        self.batch = batch
        self.limit = asyncio.Semaphore(concurrency)
        self._wakeup = asyncio.Event()
        self._prepared = False
        self.log = structlog.get_logger()

    def wake(self) -> None:
        self._wakeup.set()

    async def deliver_due(self) -> int:
        """One pass; returns how many notifications made progress."""
        if not self._prepared:
            await self.prepare()
            self._prepared = True
        due = await self.queue.due(self.clock.now(), self.batch)
        conversations: dict[str, list[dict]] = {}
        for document in due:
            conversations.setdefault(document.get("keys", {}).get("conversation", document["_id"]), []).append(document)
        progress = await asyncio.gather(*(self._in_order(documents) for documents in conversations.values()))
        return sum(progress)

    async def _in_order(self, documents: list[dict]) -> int:
        progressed = 0
        async with self.limit:
            for document in sorted(documents, key=lambda d: d.get("keys", {}).get("sequence", 0)):
                try:
                    await self.deliver(document["_id"])
                    progressed += 1
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # the database went away mid-delivery: the notification stays due
                    self.log.warning("delivery_interrupted", notification_id=document["_id"],
                                     error_type=type(exc).__name__)
        return progressed

    async def run(self) -> None:
        failures = 0
        while True:
            self._wakeup.clear()
            try:
                progressed = await self.deliver_due()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                failures += 1
                self.log.warning("delivery_worker_retrying", error_type=type(exc).__name__, attempt=failures)
                await asyncio.sleep(backoff_seconds(failures))
                continue
            if progressed >= self.batch:
                continue
            try:
                await asyncio.wait_for(self._wakeup.wait(), self.poll_seconds)
            except TimeoutError:
                pass
