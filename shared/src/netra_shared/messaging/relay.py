"""The outbox relay: publishes embedded outbox entries (idempotent producer, acks=all), then removes them.

Woken right after each handler's write for low latency, and polling as a safety net (after a crash the entries
are still in the documents). At-least-once: a crash between publish and removal republishes the same event ids,
and every consumer ignores ids it has processed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import structlog
from faststream.kafka import KafkaBroker

from ..contracts.envelope import CONTENT_TYPE
from ..contracts.topics import Topics
from ..persistence.aggregate_store import AggregateStore
from .failures import backoff_seconds
from .metrics import PUBLISHED


class OutboxRelay:
    def __init__(self, stores: Sequence[AggregateStore], broker: KafkaBroker, topics: Topics, *,
                 poll_seconds: float = 0.5, batch: int = 200) -> None:
        self.stores = list(stores)
        self.broker = broker
        self.topics = topics
        self.poll_seconds = poll_seconds
        self.batch = batch
        self._wakeup = asyncio.Event()
        self.log = structlog.get_logger()

    def wake(self) -> None:
        self._wakeup.set()

    async def drain_once(self) -> int:
        published = 0
        for store in self.stores:
            documents = await store.pending_outboxes(self.batch)
            deliveries = []
            for document in documents:
                for entry in document.get("outbox", ()):
                    deliveries.append(await self.broker.publish(
                        entry["value"].encode(),
                        topic=self.topics.prefix + entry["topic"],
                        key=entry["key"].encode(),
                        headers={"content-type": CONTENT_TYPE},
                        no_confirm=True,
                    ))
                    PUBLISHED.labels(entry["topic"]).inc()
            await asyncio.gather(*deliveries)
            for document in documents:
                await store.remove_published(document["_id"], [entry["id"] for entry in document.get("outbox", ())])
                published += len(document.get("outbox", ()))
        return published

    async def run(self) -> None:
        failures = 0
        while True:
            self._wakeup.clear()
            try:
                published = await self.drain_once()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database down: entries stay in the outbox, try again
                failures += 1
                self.log.warning("outbox_relay_retrying", error_type=type(exc).__name__, attempt=failures)
                await asyncio.sleep(backoff_seconds(failures))
                continue
            if published:
                self.log.debug("outbox_published", count=published)
                continue
            try:
                await asyncio.wait_for(self._wakeup.wait(), self.poll_seconds)
            except TimeoutError:
                pass
