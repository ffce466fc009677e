"""Queries on the notifications collection beyond the guarded write: who waits for a contact, for an endpoint,
for the notice before it. Changes go through the guarded write, except moving a due time forward."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from netra_shared.kernel.store import AggregateStore
from pymongo import ASCENDING

from ..domain.notification import PENDING, Phase

PENDING_PHASES = [phase.value for phase in PENDING]


class NotificationQueue:
    def __init__(self, store: AggregateStore) -> None:
        self.collection = store.collection

    async def ensure_indexes(self) -> None:
        for keys in (["keys.receipt_no", "keys.phase"], ["keys.endpoint", "keys.phase"],
                     ["keys.conversation", "keys.sequence"]):
            await self.collection.create_index([(key, ASCENDING) for key in keys])

    async def awaiting_contact(self, receipt_no: str) -> list[str]:
        cursor = self.collection.find({"keys.receipt_no": receipt_no, "keys.phase": Phase.awaiting_contact.value},
                                      {"_id": 1})
        return [document["_id"] for document in await cursor.to_list(None)]

    async def earlier_pending(self, conversation: str, sequence: int) -> dict[str, Any] | None:
        """The first notice still pending to the same recipient about the same report, before this one."""
        return await self.collection.find_one(
            {"keys.conversation": conversation, "keys.sequence": {"$lt": sequence},
             "keys.phase": {"$in": PENDING_PHASES}},
            {"next_due_at": 1}, sort=[("next_due_at", ASCENDING)])

    async def bring_forward(self, query: dict[str, Any], now: datetime) -> int:
        """Queued notices matching `query` become due now (their state is unchanged; the version moves on so
        that a concurrent guarded write reloads)."""
        result = await self.collection.update_many(
            {**query, "keys.phase": Phase.queued.value, "next_due_at": {"$gt": now}},
            {"$set": {"next_due_at": now}, "$inc": {"version": 1}})
        return result.modified_count

    async def release_endpoint_backlog(self, endpoint: str, now: datetime) -> int:
        return await self.bring_forward({"keys.endpoint": endpoint}, now)

    async def release_successors(self, conversation: str, sequence: int, now: datetime) -> int:
        return await self.bring_forward({"keys.conversation": conversation, "keys.sequence": {"$gt": sequence}}, now)
