"""The outbox relay: publishes embedded outbox entries (idempotent producer, acks=all), then removes them.

Woken right after each write that added entries, told which collection has them: a woken pass reads only the
collections written since the last pass. A pass with none noted (idle, or shards just gained), and at least one pass
every `full_pass_seconds` under load, reads every collection: the safety net for entries a crash or another process
(a redrive) left behind.
Each store's pending documents are published together and cleared in one bulk write. At-least-once: a crash
between publish and removal republishes the same, byte-identical events, and every consumer ignores ids it has
processed. An entry the broker refuses for good (too large, not allowed) is parked in its document (`parked`, with
the reason) and an operator alert goes out on the service's own events topic, while the other entries are published;
`netra_shared.ops.redrive outbox` puts it back once the cause is fixed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from typing import Any

import structlog
from faststream.kafka import KafkaBroker

from ..contracts.envelope import CONTENT_TYPE
from ..contracts.topics import Topics
from . import tracing
from .alerts import OUTBOX_ENTRY_PARKED, Alerts
from .clock import Clock, SystemClock
from .failures import permanent_reason
from .metrics import PARKED, PUBLISHED
from .store import AggregateStore


class OutboxRelay:
    def __init__(self, stores: Iterable[AggregateStore], broker: KafkaBroker, topics: Topics, *,
                 batch: int = 500, alerts: Alerts | None = None, clock: Clock | None = None,
                 full_pass_seconds: float = 5.0,
                 cleared: Callable[[str, list[datetime | None]], None] | None = None) -> None:
        self.stores = stores  # a live view: collections registered later are relayed too
        self.broker = broker
        self.topics = topics
        self.batch = batch
        self.alerts = alerts
        self.clock = clock or SystemClock()
        self.log = structlog.get_logger()
        self.full_pass_seconds = full_pass_seconds
        self._noted: set[str] = set()  # collections written with entries since the last pass
        self._full_pass_at = float("-inf")  # time.monotonic() of the last pass over every collection
        self._adopt = False  # shards were gained: give `wake_at` to documents written without it (backfill_wake_at)
        self.cleared = cleared  # told the timers of the documents whose outbox it emptied: they may fire now

    def note(self, collection: str) -> None:
        """A write added entries to this collection's outbox."""
        self._noted.add(collection)

    def look_everywhere(self) -> None:
        """The next pass reads every collection (shards were gained: another replica's entries may wait there, some
        written by a replica of the version before `wake_at`, which the pass first marks as waiting)."""
        self._full_pass_at = float("-inf")
        self._adopt = True

    def _collections(self) -> set[str] | None:
        """Which collections this pass reads (None: all), and forget them as noted."""
        noted, self._noted = self._noted, set()
        if not noted or time.monotonic() - self._full_pass_at >= self.full_pass_seconds:
            self._full_pass_at = time.monotonic()
            return None
        return noted

    async def _publish(self, entry: dict[str, Any]) -> Any:
        with tracing.publishing_in(entry.get("trace")):  # the publish span is a child of the decision's context
            return await self.broker.publish(
                entry["value"].encode(), topic=self.topics.prefix + entry["topic"], key=entry["key"].encode(),
                headers={"content-type": CONTENT_TYPE}, no_confirm=True)

    async def drain_once(self, shards: Collection[int] | None = None) -> int:
        """Publish the pending entries of the documents of these shards (None: of all)."""
        published, collections = 0, self._collections()
        try:
            if self._adopt:
                for store in self.stores:
                    await store.backfill_wake_at()
                self._adopt = False
            for store in self.stores:
                if collections is None or store.name in collections:
                    published += await self._drain(store, shards)
        except BaseException:
            self._noted |= collections or set()  # a failed pass: the next one reads them again
            raise
        return published

    async def _drain(self, store: AggregateStore, shards: Collection[int] | None) -> int:
        documents = await store.pending_outboxes(self.batch, shards)
        if not documents:
            return 0
        if len(documents) >= self.batch:  # more wait there: the next pass reads it again
            self.note(store.name)
        entries = [(document["_id"], entry) for document in documents for entry in document.get("outbox", ())]
        sends = await asyncio.gather(*(self._publish(entry) for _, entry in entries), return_exceptions=True)
        acks = await asyncio.gather(*(send for send in sends if not isinstance(send, BaseException)),
                                    return_exceptions=True)
        outcomes = iter(acks)
        done: dict[str, set[str]] = {document["_id"]: set() for document in documents}
        parked: dict[str, list[dict[str, Any]]] = {}
        raised: dict[str, list[dict[str, Any]]] = {}
        now = self.clock.now()
        for (aggregate_id, entry), send in zip(entries, sends, strict=True):
            result = send if isinstance(send, BaseException) else next(outcomes)
            if isinstance(result, BaseException):
                parked.setdefault(aggregate_id, []).append(self._refused(store, aggregate_id, entry, result, now))
                if (alert := self._alert(store, aggregate_id, parked[aggregate_id][-1], now)) is not None:
                    raised.setdefault(aggregate_id, []).append(alert)
                continue
            done[aggregate_id].add(entry["id"])
            PUBLISHED.labels(entry["topic"]).inc()
        await store.remove_published(done, [document for document in documents  # an empty outbox is cleared too
                                            if done[document["_id"]] or document["_id"] in parked
                                            or not document.get("outbox")], parked, raised)
        if raised:  # the alerts about parked entries wait in the outbox: the next pass publishes them
            self.note(store.name)
        if self.cleared is not None:
            self.cleared(store.name, [document.get("next_due_at") for document in documents])
        return sum(len(ids) for ids in done.values())

    def _refused(self, store: AggregateStore, aggregate_id: str, entry: dict[str, Any], error: BaseException,
                 now: datetime) -> dict[str, Any]:
        reason = permanent_reason(error)
        if reason is None:
            raise error  # the broker is away (or a failure we cannot judge): the whole pass waits and tries again
        PARKED.labels(store.name, "outbox").inc()
        self.log.error("outbox_entry_parked", collection=store.name, aggregate_id=aggregate_id, topic=entry["topic"],
                       event_id=entry["id"], reason=reason, size=len(entry["value"]))
        return {**entry, "parked_because": reason, "parked_at": now}

    def _alert(self, store: AggregateStore, aggregate_id: str, entry: dict[str, Any],
               now: datetime) -> dict[str, Any] | None:
        """The operators' alert about a parked entry (none about a parked alert: it is parked and logged)."""
        if self.alerts is None or entry.get("alert"):
            return None
        return self.alerts.raised(
            OUTBOX_ENTRY_PARKED, collection=store.name, aggregate_id=aggregate_id, reason=entry["parked_because"],
            detail=f"{entry['topic']} event {entry['id']} ({len(entry['value'])} bytes) refused by the broker: "
                   f"{entry['parked_because']}; redrive it once the cause is fixed",
            label=f"parked/{entry['id']}/{entry.get('redriven', 0)}", now=now)

    async def step(self, shards: Collection[int] | None = None) -> float | None:
        return 0 if await self.drain_once(shards) >= self.batch else None

