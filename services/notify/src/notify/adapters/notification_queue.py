"""Queries on the notifications collection beyond the guarded write: who waits for a contact, for an endpoint,
for the notice before it. Changes go through the guarded write, except bringing a due time forward."""

from __future__ import annotations

from datetime import datetime

from netra_shared.kernel.clock import Clock
from netra_shared.kernel.store import AggregateStore
from pymongo import ASCENDING

from ..domain.notification import PENDING, Notification, Phase

PENDING_PHASES = [phase.value for phase in PENDING]


class NotificationQueue:
    def __init__(self, store: AggregateStore, clock: Clock) -> None:
        self.collection = store.collection
        self.clock = clock
        self._failing: set[str] = set()  # endpoints whose last failure was their own (down, 5xx): wait for recovery

    async def ensure_indexes(self) -> None:
        for keys in (["keys.receipt_no", "keys.phase"], ["keys.endpoint", "keys.phase"],
                     ["keys.conversation", "keys.sequence"]):
            await self.collection.create_index([(key, ASCENDING) for key in keys])

    async def awaiting_contact(self, receipt_no: str) -> list[str]:
        cursor = self.collection.find({"keys.receipt_no": receipt_no, "keys.phase": Phase.awaiting_contact.value},
                                      {"_id": 1})
        return [document["_id"] for document in await cursor.to_list(None)]

    async def earlier_pending(self, n: Notification) -> datetime | None:
        """When the first notice still pending to the same recipient about the same report, before `n`, is due
        (None: there is none, `n` goes now). The first notice of a conversation never waits."""
        if n.sequence == 0:
            return None
        found = await self.collection.find_one(
            {"keys.conversation": n.conversation, "keys.sequence": {"$lt": n.sequence},
             "keys.phase": {"$in": PENDING_PHASES}}, {"next_due_at": 1}, sort=[("next_due_at", ASCENDING)])
        return (found.get("next_due_at") or self.clock.now()) if found else None

    async def attempted(self, n: Notification | None) -> int:
        """After an attempt: when its endpoint failed, remember it; when it succeeded where attempts had failed for
        the endpoint's own sake (down, 5xx), those notices are due now. Notices a recipient refused (mailbox full,
        greylisted) keep their backoff."""
        if n is None or n.endpoint is None:
            return 0
        endpoint = n.endpoint
        if n.phase is not Phase.delivered:
            if n.endpoint_failed:
                self._failing.add(endpoint)
            return 0
        if endpoint not in self._failing:
            return 0
        self._failing.discard(endpoint)
        result = await self.collection.update_many(
            {"keys.endpoint": endpoint, "keys.phase": Phase.queued.value, "keys.endpoint_failed": True,
             "next_due_at": {"$gt": self.clock.now()}},
            {"$set": {"next_due_at": self.clock.now()}, "$inc": {"version": 1}})
        return result.modified_count
