"""The outbox relay: publishes embedded outbox entries (idempotent producer, acks=all), then removes them.

Woken right after each write that added entries; its idle pass is the safety net for entries a crash left behind.
At-least-once: a crash between publish and removal republishes the same, byte-identical events, and every consumer
ignores ids it has processed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from faststream.kafka import KafkaBroker

from ..contracts.envelope import CONTENT_TYPE
from ..contracts.topics import Topics
from .metrics import PUBLISHED
from .store import AggregateStore


class OutboxRelay:
    def __init__(self, stores: Iterable[AggregateStore], broker: KafkaBroker, topics: Topics, *,
                 batch: int = 200) -> None:
        self.stores = stores  # a live view: collections registered later are relayed too
        self.broker = broker
        self.topics = topics
        self.batch = batch

    async def drain_once(self) -> int:
        published = 0
        for store in self.stores:
            documents = await store.pending_outboxes(self.batch)
            deliveries = []
            for document in documents:
                for entry in document.get("outbox", ()):
                    deliveries.append(await self.broker.publish(
                        entry["value"].encode(), topic=self.topics.prefix + entry["topic"], key=entry["key"].encode(),
                        headers={"content-type": CONTENT_TYPE}, no_confirm=True))
                    PUBLISHED.labels(entry["topic"]).inc()
            await asyncio.gather(*deliveries)
            for document in documents:
                await store.remove_published(document)
                published += len(document.get("outbox", ()))
        return published

    async def step(self) -> float | None:
        return 0 if await self.drain_once() else None
