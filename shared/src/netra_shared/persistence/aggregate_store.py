"""The guarded single-document write (state + embedded outbox + processed message id) and its retry loop.

Document shape: {_id, version, state, outbox: [entry...], outbox_pending, processed: [message ids],
next_due_at, keys: {...}}. A write succeeds only if the version is the one we read AND the message id is not
yet recorded, so a redelivered message or a concurrent writer changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import DuplicateKeyError

from ..contracts.envelope import CloudEvent

PROCESSED_KEEP = 1000


@dataclass(frozen=True)
class OutboxEntry:
    topic: str  # registry name, without prefix
    key: str
    event: CloudEvent

    def to_document(self) -> dict[str, Any]:
        return {"id": self.event.id, "topic": self.topic, "key": self.key, "value": self.event.to_bytes().decode()}


@dataclass(frozen=True)
class Change:
    """What a domain decision produces: the new state, the events it causes and the next timer."""

    state: dict[str, Any]
    events: list[OutboxEntry] = field(default_factory=list)
    next_due_at: datetime | None = None
    keys: dict[str, Any] = field(default_factory=dict)


class Applied(StrEnum):
    created = "created"
    updated = "updated"
    duplicate = "duplicate"  # this message was already applied: nothing changed
    unchanged = "unchanged"  # the decision was to change nothing


class ConcurrentModification(Exception):
    """Too many concurrent writers on one aggregate; transient, so the message is retried."""


Decide = Callable[[dict[str, Any] | None], Change | None]


class AggregateStore:
    def __init__(self, collection: AsyncCollection) -> None:
        self.collection = collection

    async def ensure_indexes(self, unique_keys: tuple[str, ...] = ()) -> None:
        await self.collection.create_index([("outbox_pending", ASCENDING)])
        await self.collection.create_index([("next_due_at", ASCENDING)])
        for key in unique_keys:
            await self.collection.create_index([(f"keys.{key}", ASCENDING)], unique=True, sparse=True)

    async def load(self, aggregate_id: str) -> dict[str, Any] | None:
        return await self.collection.find_one({"_id": aggregate_id})

    async def find_by_key(self, key: str, value: Any) -> dict[str, Any] | None:
        return await self.collection.find_one({f"keys.{key}": value})

    async def apply(self, aggregate_id: str, message_id: str, decide: Decide, *, attempts: int = 20) -> Applied:
        """Load, decide (pure), write guarded; on a lost race, load again and decide again."""
        for _ in range(attempts):
            document = await self.load(aggregate_id)
            if document is not None and message_id in document.get("processed", ()):
                return Applied.duplicate
            change = decide(document["state"] if document else None)
            if change is None:
                return Applied.unchanged
            if document is None:
                if await self._insert(aggregate_id, message_id, change):
                    return Applied.created
            elif await self._update(document, message_id, change):
                return Applied.updated
        raise ConcurrentModification(f"{aggregate_id}: {attempts} lost races")

    async def _insert(self, aggregate_id: str, message_id: str, change: Change) -> bool:
        outbox = [entry.to_document() for entry in change.events]
        try:
            await self.collection.insert_one({
                "_id": aggregate_id,
                "version": 1,
                "state": change.state,
                "keys": change.keys,
                "outbox": outbox,
                "outbox_pending": bool(outbox),
                "processed": [message_id],
                "next_due_at": change.next_due_at,
            })
        except DuplicateKeyError:
            if await self.collection.find_one({"_id": aggregate_id}, {"_id": 1}) is not None:
                return False  # created concurrently: load it and decide again
            raise  # another aggregate holds one of this one's unique keys
        return True

    async def _update(self, document: dict[str, Any], message_id: str, change: Change) -> bool:
        outbox = [entry.to_document() for entry in change.events]
        update: dict[str, Any] = {
            "$set": {
                "state": change.state,
                "next_due_at": change.next_due_at,
                **{f"keys.{key}": value for key, value in change.keys.items()},
            },
            "$inc": {"version": 1},
            "$push": {"processed": {"$each": [message_id], "$slice": -PROCESSED_KEEP}},
        }
        if outbox:
            update["$push"]["outbox"] = {"$each": outbox}
            update["$set"]["outbox_pending"] = True
        result = await self.collection.update_one(
            {"_id": document["_id"], "version": document["version"], "processed": {"$ne": message_id}}, update
        )
        return result.modified_count == 1

    # --- used by the outbox relay -------------------------------------------------------------------------
    async def pending_outboxes(self, limit: int) -> list[dict[str, Any]]:
        cursor = self.collection.find({"outbox_pending": True}, {"outbox": 1}).limit(limit)
        return await cursor.to_list(length=limit)

    async def remove_published(self, aggregate_id: str, event_ids: list[str]) -> None:
        await self.collection.update_one({"_id": aggregate_id}, {"$pull": {"outbox": {"id": {"$in": event_ids}}}})
        await self.collection.update_one(
            {"_id": aggregate_id, "outbox": {"$size": 0}}, {"$set": {"outbox_pending": False}}
        )

    # --- used by the timer sweeper ------------------------------------------------------------------------
    async def due(self, now: datetime, limit: int) -> list[dict[str, Any]]:
        cursor = self.collection.find({"next_due_at": {"$lte": now}}, {"next_due_at": 1}).sort(
            "next_due_at", ASCENDING
        ).limit(limit)
        return await cursor.to_list(length=limit)


AsyncDecide = Callable[[dict[str, Any] | None], Awaitable[Change | None]]
