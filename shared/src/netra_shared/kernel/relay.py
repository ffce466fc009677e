"""The outbox relay: publishes embedded outbox entries (idempotent producer, acks=all), then removes them.

Woken right after each write that added entries; its idle pass is the safety net for entries a crash left behind.
Each store's pending documents are published together and cleared in one bulk write. At-least-once: a crash
between publish and removal republishes the same, byte-identical events, and every consumer ignores ids it has
processed. An entry the broker refuses for good (too large, not allowed) stays in its document, is reported, and
does not hold back the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import structlog
from aiokafka.errors import KafkaError
from faststream.kafka import KafkaBroker

from ..contracts.envelope import CONTENT_TYPE
from ..contracts.topics import Topics
from . import tracing
from .failures import is_transient
from .metrics import PARKED, PUBLISHED
from .store import AggregateStore


class OutboxRelay:
    def __init__(self, stores: Iterable[AggregateStore], broker: KafkaBroker, topics: Topics, *,
                 batch: int = 500) -> None:
        self.stores = stores  # a live view: collections registered later are relayed too
        self.broker = broker
        self.topics = topics
        self.batch = batch
        self.log = structlog.get_logger()

    async def _publish(self, entry: dict[str, Any]) -> Any:
        with tracing.publishing_in(entry.get("trace")):  # the publish span is a child of the decision's context
            return await self.broker.publish(
                entry["value"].encode(), topic=self.topics.prefix + entry["topic"], key=entry["key"].encode(),
                headers={"content-type": CONTENT_TYPE}, no_confirm=True)

    async def drain_once(self) -> int:
        published = 0
        for store in self.stores:
            documents = await store.pending_outboxes(self.batch)
            if not documents:
                continue
            entries = [(document["_id"], entry) for document in documents for entry in document.get("outbox", ())]
            sends = await asyncio.gather(*(self._publish(entry) for _, entry in entries), return_exceptions=True)
            acks = await asyncio.gather(*(send for send in sends if not isinstance(send, BaseException)),
                                        return_exceptions=True)
            outcomes = iter(acks)
            done: dict[str, set[str]] = {document["_id"]: set() for document in documents}
            parked: dict[str, list[dict[str, Any]]] = {}
            for (aggregate_id, entry), send in zip(entries, sends, strict=True):
                result = send if isinstance(send, BaseException) else next(outcomes)
                if isinstance(result, BaseException):
                    parked.setdefault(aggregate_id, []).append(self._refused(store, aggregate_id, entry, result))
                    continue
                done[aggregate_id].add(entry["id"])
                PUBLISHED.labels(entry["topic"]).inc()
            await store.remove_published(done, [document for document in documents
                                                if done[document["_id"]] or document["_id"] in parked], parked)
            published += sum(len(ids) for ids in done.values())
        return published

    def _refused(self, store: AggregateStore, aggregate_id: str, entry: dict[str, Any],
                 error: BaseException) -> dict[str, Any]:
        if is_transient(error) and not _permanent(error):
            raise error  # the broker is away: the whole pass waits and tries again
        reason = type(error).__name__
        PARKED.labels(store.name, "outbox").inc()
        self.log.error("outbox_entry_parked", collection=store.name, aggregate_id=aggregate_id, topic=entry["topic"],
                       event_id=entry["id"], reason=reason, size=len(entry["value"]))
        return {**entry, "parked_because": reason}

    async def step(self) -> float | None:
        return 0 if await self.drain_once() >= self.batch else None


def _permanent(error: BaseException) -> bool:
    """A refusal that no retry can change: the record is too large, the topic is unknown or not ours to write."""
    return isinstance(error, KafkaError) and type(error).__name__ in (
        "MessageSizeTooLargeError", "RecordTooLargeError", "TopicAuthorizationFailedError",
        "UnknownTopicOrPartitionError", "InvalidTopicError")
