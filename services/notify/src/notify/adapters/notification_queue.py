"""Queries on the notifications collection beyond the guarded write: who waits for a contact, for an endpoint,
for the notice before it. Changes go through the guarded write, except bringing a due time forward."""

from __future__ import annotations

from datetime import datetime

from netra_shared.kernel.clock import Clock
from netra_shared.kernel.store import LATEST, AggregateStore
from pymongo import ASCENDING

from ..domain.notification import PENDING, Notification, Phase

PENDING_PHASES = [phase.value for phase in PENDING]


class NotificationQueue:
    def __init__(self, store: AggregateStore, clock: Clock) -> None:
        self.collection = store.collection
        self.clock = clock
        self._failing: set[str] = set()  # endpoints whose last failure was their own (down, 5xx): wait for recovery
        self._pending: dict[str, dict[str, tuple[int, datetime]]] = {}  # a pass's conversations: id -> (sequence, due)
        self._awaiting: dict[str, list[str]] = {}  # a batch's reports: their notices waiting for the contact

    async def ensure_indexes(self) -> None:
        # Every index is paid on each of a notification's writes; an endpoint's recovery (rare) finds its
        # notices among those waiting for a retry through the kernel's `wake_at` index instead of its own.
        if "keys.endpoint_1_keys.phase_1" in await self.collection.index_information():
            await self.collection.drop_index("keys.endpoint_1_keys.phase_1")
        for keys in (["keys.receipt_no", "keys.phase"], ["keys.conversation", "keys.sequence"]):
            await self.collection.create_index([(key, ASCENDING) for key in keys])

    async def read_ahead_awaiting(self, receipt_nos: set[str]) -> None:
        """Which notices of these reports wait for the reporter's contact, in one query (for a batch of contacts)."""
        self._awaiting = {receipt_no: [] for receipt_no in receipt_nos}
        cursor = self.collection.find({"keys.receipt_no": {"$in": sorted(receipt_nos)},
                                       "keys.phase": Phase.awaiting_contact.value}, {"keys.receipt_no": 1})
        for document in await cursor.to_list(None):
            self._awaiting[document["keys"]["receipt_no"]].append(document["_id"])

    async def awaiting_contact(self, receipt_no: str) -> list[str]:
        if receipt_no in self._awaiting:
            return self._awaiting.pop(receipt_no)
        cursor = self.collection.find({"keys.receipt_no": receipt_no, "keys.phase": Phase.awaiting_contact.value},
                                      {"_id": 1})
        return [document["_id"] for document in await cursor.to_list(None)]

    async def read_ahead(self, conversations: set[str]) -> None:
        """The pending notices of the conversations a delivery pass serves, in one query, for that pass."""
        self._pending = await self.pending_in(conversations)

    async def pending_in(self, conversations: set[str]) -> dict[str, dict[str, tuple[int, datetime]]]:
        """Per conversation, its notices still pending: id -> (sequence, when due), in one query."""
        pending: dict[str, dict[str, tuple[int, datetime]]] = {conversation: {} for conversation in conversations}
        if not conversations:
            return pending
        cursor = self.collection.find({"keys.conversation": {"$in": sorted(conversations)},
                                       "keys.phase": {"$in": PENDING_PHASES}},
                                      {"keys.conversation": 1, "keys.sequence": 1, "next_due_at": 1})
        for doc in await cursor.to_list(None):
            pending[doc["keys"]["conversation"]][doc["_id"]] = (
                doc["keys"]["sequence"], doc.get("next_due_at") or self.clock.now())
        return pending

    async def existing(self, notification_ids: set[str]) -> set[str]:
        """Which of these notifications are already stored (a redelivered request), in one query."""
        if not notification_ids:
            return set()
        cursor = self.collection.find({"_id": {"$in": sorted(notification_ids)}}, {"_id": 1})
        return {document["_id"] for document in await cursor.to_list(None)}

    def failing(self, endpoint: str) -> bool:
        """The endpoint's last attempt failed for its own sake (down, 5xx): its notices wait for the sweeper."""
        return endpoint in self._failing

    def endpoint_failed(self, endpoint: str) -> None:
        """An attempt just failed for the endpoint's own sake: it is failing until an attempt succeeds there."""
        self._failing.add(endpoint)

    async def earlier_pending(self, n: Notification) -> datetime | None:
        """When the first notice still pending to the same recipient about the same report, before `n`, is due
        (None: there is none, `n` goes now). The first notice of a conversation never waits."""
        if n.sequence == 0:
            return None
        if n.conversation in self._pending:
            dues = [due for other, (sequence, due) in self._pending[n.conversation].items()
                    if other != n.notification_id and sequence < n.sequence]
            return min(dues, default=None)
        found = await self.collection.find_one(
            {"keys.conversation": n.conversation, "keys.sequence": {"$lt": n.sequence},
             "keys.phase": {"$in": PENDING_PHASES}}, {"next_due_at": 1}, sort=[("next_due_at", ASCENDING)])
        return (found.get("next_due_at") or self.clock.now()) if found else None

    async def attempted(self, n: Notification | None) -> int:
        """After an attempt: when its endpoint failed, remember it; when it succeeded where attempts had failed for
        the endpoint's own sake (down, 5xx), those notices are due now. Notices a recipient refused (mailbox full,
        greylisted) keep their backoff."""
        if n is None:
            return 0
        if n.phase not in PENDING:  # done: the notices after it need not wait for it in this pass
            self._pending.get(n.conversation, {}).pop(n.notification_id, None)
        if n.endpoint is None:
            return 0
        endpoint = n.endpoint
        if n.phase is not Phase.delivered:
            if n.endpoint_failed:
                self.endpoint_failed(endpoint)
            return 0
        if endpoint not in self._failing:
            return 0
        self._failing.discard(endpoint)
        result = await self.collection.update_many(
            {"wake_at": {"$gt": self.clock.now(), "$lte": LATEST}, "keys.endpoint": endpoint,
             "keys.phase": Phase.queued.value, "keys.endpoint_failed": True},
            {"$set": {"next_due_at": self.clock.now(), "wake_at": self.clock.now()}, "$inc": {"version": 1}})
        return result.modified_count
