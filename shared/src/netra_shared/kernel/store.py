"""One MongoDB collection of aggregates: the guarded single-document write, and the queries of the relay and timers.

Document shape: {_id, shard, version, state, outbox: [entry...], outbox_pending, processed: [message ids],
next_due_at, wake_at, keys: {...}}. A write succeeds only if the version is the one read AND the message id is not yet
recorded, so a redelivered message or a concurrent writer changes nothing.

`wake_at` is when the document next needs the kernel, and its one indexed kernel field: OUTBOX_WAITING while its outbox
holds entries for the relay, else its timer (`next_due_at`, None: none). The relay looks for OUTBOX_WAITING, the
sweeper for the range of timers, both in the one index (SecantusDB rewrites every index entry of a document on each of
its writes: one index instead of two makes every write of every aggregate ~30% cheaper, `tests/bench/limits.py`). So a
document's timer fires once its events are out: a timer waits for the relay as the document's next write would.
Every write that changes the outbox or the timer sets `wake_at` with them (`wake_at()`); a write that adds to the outbox
while a timer write is in flight is kept apart by the version (a timer write that adds an entry moves it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from pymongo import ASCENDING, UpdateOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import DuplicateKeyError

from ..contracts.envelope import CloudEvent
from .failures import ConcurrentModification
from .ownership import SHARDS, shard_of

PROCESSED_KEEP = 1000  # message ids remembered per aggregate (the redelivery window)


@dataclass(frozen=True)
class OutboxEntry:
    topic: str  # registry name, without prefix
    key: str
    event: CloudEvent
    latest: bool = False  # see Emit.latest
    trace: dict[str, str] = field(default_factory=dict)  # the context it was decided in (traceparent, tracestate)

    def to_document(self) -> dict[str, Any]:
        document = {"id": self.event.id, "topic": self.topic, "key": self.key, "value": self.event.to_bytes().decode()}
        if self.trace:
            document["trace"] = self.trace
        return document


@dataclass(frozen=True)
class Change:
    """A decision made storable: the new state, the events it causes and the next timer."""

    state: dict[str, Any]
    events: list[OutboxEntry] = field(default_factory=list)
    next_due_at: datetime | None = None
    keys: dict[str, Any] = field(default_factory=dict)
    trace: dict[str, Any] = field(default_factory=dict)  # the context of the write (kernel/tracing.py)


class Applied(StrEnum):
    created = "created"
    updated = "updated"
    duplicate = "duplicate"  # this message was already applied: nothing changed
    unchanged = "unchanged"  # the decision was to change nothing


class KeyTaken(DuplicateKeyError):
    """Another aggregate already holds one of this aggregate's unique keys."""


Decide = Callable[[dict[str, Any] | None], Change | None]


# The timer queries are ranges bounded on both sides: SecantusDB answers `{"$lte": now}` and `{"$ne": None}` by a
# scan of every document (0.5 s at 20,000), a two-sided range from the index (1 ms). MongoDB answers both from it.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)  # before every timer
LATEST = datetime(9999, 12, 31, tzinfo=UTC)
OUTBOX_WAITING = datetime(1, 1, 1, tzinfo=UTC)  # the `wake_at` of a document whose outbox waits: before every timer

OBSOLETE_INDEXES = {"shard_1_outbox_pending_1", "shard_1_next_due_at_1", "parked_at_1", "parked_at_sparse",
                    "outbox_pending_1", "next_due_at_1"}  # dropped

# Which documents hold parked work (outbox entries or a timer set aside for an operator), one small document each in
# the service's database: noted before the park is written, so none is missed; the document itself decides (an entry
# whose document holds nothing parked any more is dropped when read). Parking is rare: a registry costs its writes
# only then, where an index on every aggregate collection costs every write of every document.
PARKED_WORK = "parked_work"


def wake_at(outbox_pending: bool, next_due_at: datetime | None) -> datetime | None:
    """When the document next needs the kernel: its outbox first, then its timer."""
    return OUTBOX_WAITING if outbox_pending else next_due_at


def _stale(document: dict[str, Any]) -> bool:
    """A timer's `wake_at` that is not what the document's outbox and timer say."""
    return document["wake_at"] != wake_at(document.get("outbox_pending", False), document.get("next_due_at"))


def due_in_storage(moment: datetime | None) -> datetime | None:
    """MongoDB keeps milliseconds: round a deadline UP, so that a stored timer never fires before its deadline."""
    if moment is None or moment.microsecond % 1000 == 0:
        return moment
    return moment + timedelta(microseconds=1000 - moment.microsecond % 1000)


class AggregateStore:
    def __init__(self, collection: AsyncCollection, unique_keys: tuple[str, ...] = (), *,
                 assume_new: bool = False) -> None:
        self.collection = collection
        self.parked_work = collection.database[PARKED_WORK]
        self.unique_keys = unique_keys
        self.assume_new = assume_new  # most writes create it (a notification, a refusal): a batch does not read first

    @property
    def name(self) -> str:
        return self.collection.name

    async def ensure_indexes(self) -> None:
        # One index, on what the relay and the sweeper look for (`wake_at`); the owned shards are a filter on what
        # they find (few pending outboxes, few due timers); parked work is found through PARKED_WORK. Every index is
        # paid on every write: SecantusDB rewrites every index entry of an updated document, and its guarded bulk
        # update runs at ~2,800 docs/s with no secondary index, ~1,000 with three (`make bench` prints both).
        for obsolete in OBSOLETE_INDEXES & set(await self.collection.index_information()):
            await self.collection.drop_index(obsolete)
        await self.collection.create_index([("wake_at", ASCENDING)])
        for key in self.unique_keys:
            await self.collection.create_index([(f"keys.{key}", ASCENDING)], unique=True, sparse=True)

    async def load(self, aggregate_id: str) -> dict[str, Any] | None:
        return await self.collection.find_one({"_id": aggregate_id})

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
        raise ConcurrentModification(f"{self.name}/{aggregate_id}: {attempts} lost races")

    async def _insert(self, aggregate_id: str, message_id: str, change: Change) -> bool:
        outbox = [entry.to_document() for entry in change.events]
        try:
            await self.collection.insert_one({
                "_id": aggregate_id, "shard": shard_of(aggregate_id), "version": 1, "state": change.state, "keys": change.keys, "outbox": outbox,
                "outbox_pending": bool(outbox), "processed": [message_id],
                "next_due_at": due_in_storage(change.next_due_at),
                "wake_at": wake_at(bool(outbox), due_in_storage(change.next_due_at)),
                **({"trace": change.trace} if change.trace else {}),
            })
        except DuplicateKeyError as exc:
            if await self.collection.find_one({"_id": aggregate_id}, {"_id": 1}) is not None:
                return False  # created concurrently: load it and decide again
            raise KeyTaken(str(exc), exc.code, exc.details) from None
        return True

    async def _update(self, document: dict[str, Any], message_id: str, change: Change) -> bool:
        outbox = [entry.to_document() for entry in change.events]
        due = due_in_storage(change.next_due_at)
        update: dict[str, Any] = {
            "$set": {"state": change.state, "next_due_at": due,
                     "wake_at": wake_at(bool(outbox) or document.get("outbox_pending", False), due),
                     **{f"keys.{key}": value for key, value in change.keys.items()}},
            "$inc": {"version": 1},
            "$push": {"processed": {"$each": [message_id], "$slice": -PROCESSED_KEEP}},
        }
        if change.trace:
            update["$set"]["trace"] = change.trace
        if outbox:
            update["$push"]["outbox"] = {"$each": outbox}
            update["$set"]["outbox_pending"] = True
        try:
            result = await self.collection.update_one(
                {"_id": document["_id"], "version": document["version"], "processed": {"$ne": message_id}}, update)
        except DuplicateKeyError as exc:
            raise KeyTaken(str(exc), exc.code, exc.details) from None
        return result.modified_count == 1

    async def clear_timer(self, aggregate_id: str, due_at: datetime) -> None:
        """Nothing is due any more: drop the timer, unless a write moved it (or filled the outbox) meanwhile."""
        await self.collection.update_one({"_id": aggregate_id, "wake_at": due_at},
                                         {"$set": {"next_due_at": None, "wake_at": None}})

    async def backfill_wake_at(self) -> int:
        """Give `wake_at` to the documents written before it existed, and to any whose outbox waits without it (a
        replica of the version before it wrote there: in a rolling upgrade, until the last old replica has stopped),
        each time this replica gains shards (the relay's next pass, `OutboxRelay.look_everywhere`), and a timer such
        a replica moved (it writes `next_due_at` only: the sweeper, which looks only as far ahead as its next pass,
        would not see one moved sooner); three queries on fields no index holds, once per rebalance. Returns how many
        were set."""
        waiting = await self.collection.update_many({"outbox_pending": True, "wake_at": {"$ne": OUTBOX_WAITING}},
                                                    {"$set": {"wake_at": OUTBOX_WAITING}})
        timers = await self.collection.update_many({"wake_at": {"$exists": False}},
                                                   [{"$set": {"wake_at": {"$ifNull": ["$next_due_at", None]}}}])
        moved = await self.collection.update_many(
            {"outbox_pending": {"$ne": True}, "next_due_at": {"$type": "date"},
             "$expr": {"$ne": ["$wake_at", "$next_due_at"]}},
            [{"$set": {"wake_at": "$next_due_at"}}])
        return waiting.modified_count + timers.modified_count + moved.modified_count

    async def backfill_shards(self) -> int:
        """Give a shard to the documents written before shards existed (once, at start; every replica may run it:
        each writes the same value)."""
        missing = await self.collection.find({"shard": {"$exists": False}}, {"_id": 1}).to_list(None)
        if missing:
            await self.collection.bulk_write([UpdateOne({"_id": doc["_id"], "shard": {"$exists": False}},
                                                        {"$set": {"shard": shard_of(doc["_id"])}})
                                              for doc in missing], ordered=False)
        return len(missing)

    async def _per_shard(self, shards: Collection[int] | None, query: dict[str, Any], limit: int,
                         projection: dict[str, Any] | None = None, sort: str | None = None) -> list[dict[str, Any]]:
        """The query on the owned shards (None or all of them: no shard filter). The query's own field is indexed;
        the shards filter what the index finds."""
        if shards is not None and len(shards) < SHARDS:
            query = {**query, "shard": {"$in": sorted(shards)}}
        cursor = self.collection.find(query, projection)
        return await (cursor.sort(sort, ASCENDING) if sort else cursor).limit(limit).to_list(length=limit)

    # --- the outbox relay -----------------------------------------------------------------------------------------
    async def pending_outboxes(self, limit: int, shards: Collection[int] | None = None) -> list[dict[str, Any]]:
        return await self._per_shard(shards, {"wake_at": OUTBOX_WAITING}, limit,
                                     {"outbox": 1, "version": 1, "next_due_at": 1})

    async def remove_published(self, published: dict[str, set[str]], documents: list[dict[str, Any]],
                               parked: dict[str, list[dict[str, Any]]] | None = None,
                               raised: dict[str, list[dict[str, Any]]] | None = None) -> None:
        """Drop what the relay published (and set aside what it parked, adding the alerts it raised about them), in
        one bulk write: each document keeps only its other entries. A document written since it was read gets a
        second, unguarded pass that pulls just the published entries (a parked one is then parked on the next pass)."""
        parked, raised = parked or {}, raised or {}
        await self.note_parked(parked)
        operations = []
        for document in documents:
            gone = published[document["_id"]] | {entry["id"] for entry in parked.get(document["_id"], ())}
            remaining = [entry for entry in document["outbox"] if entry["id"] not in gone]
            remaining += [alert for alert in raised.get(document["_id"], ()) if alert["id"] not in gone]
            update: dict[str, Any] = {"$set": {"outbox": remaining, "outbox_pending": bool(remaining),
                                               "wake_at": wake_at(bool(remaining), document.get("next_due_at"))}}
            if document["_id"] in parked:
                update["$push"] = {"parked": {"$each": parked[document["_id"]]}}
                update["$set"]["parked_at"] = parked[document["_id"]][-1]["parked_at"]
            operations.append(UpdateOne({"_id": document["_id"], "version": document["version"]}, update))
        if not operations:
            return
        result = await self.collection.bulk_write(operations, ordered=False)
        if result.modified_count == len(operations):
            return
        ids = [entry_id for entries in published.values() for entry_id in entries]
        moved = await self.collection.find({"_id": {"$in": list(published)}, "outbox.id": {"$in": ids}},
                                           {"_id": 1}).to_list(None) if ids else []
        if moved:
            await self.collection.bulk_write([UpdateOne(
                {"_id": doc["_id"]}, {"$pull": {"outbox": {"id": {"$in": list(published[doc["_id"]])}}}})
                for doc in moved], ordered=False)

    async def pending_entry_ids(self, limit: int = 1000) -> list[str]:
        """The ids of entries waiting for the relay (the watchdog's view)."""
        cursor = self.collection.find({"wake_at": OUTBOX_WAITING}, {"outbox.id": 1}).limit(limit)
        return [entry["id"] for document in await cursor.to_list(length=limit) for entry in document.get("outbox", ())]

    async def note_parked(self, aggregate_ids: Collection[str]) -> None:
        """Before work of these documents is parked: note them in PARKED_WORK (once each)."""
        if aggregate_ids:
            await self.parked_work.bulk_write([UpdateOne(
                {"_id": f"{self.name}/{aggregate_id}"},
                {"$setOnInsert": {"collection": self.name, "aggregate_id": aggregate_id}}, upsert=True)
                for aggregate_id in aggregate_ids], ordered=False)

    async def parked_documents(self, limit: int = 10_000) -> list[dict[str, Any]]:
        """Documents holding parked work (outbox entries or a timer), without the entries' values. A noted document
        that holds none any more (redriven) is no longer noted."""
        noted = await self.parked_work.find({"collection": self.name}, {"aggregate_id": 1}).limit(limit).to_list(None)
        if not noted:
            return []
        cursor = self.collection.find({"_id": {"$in": [entry["aggregate_id"] for entry in noted]}},
                                      {"parked.id": 1, "parked.topic": 1, "parked.parked_because": 1,
                                       "parked.parked_at": 1, "parked_timer": 1, "parked_at": 1})
        documents = await cursor.to_list(None)
        holding = [document for document in documents if document.get("parked") or document.get("parked_timer")]
        if done := {entry["_id"] for entry in noted} - {f"{self.name}/{document['_id']}" for document in holding}:
            await self.parked_work.delete_many({"_id": {"$in": sorted(done)}})
        return holding

    # --- the timer sweeper ----------------------------------------------------------------------------------------
    async def due(self, now: datetime, limit: int, shards: Collection[int] | None = None, *,
                  until: datetime = LATEST) -> tuple[list[dict[str, Any]], datetime | None]:
        """The documents whose timer is due, whole (the sweeper fires them without reading them again), and when the
        first timer after them is due if it is due by `until` (None: none is), in one query, the earliest first.
        SecantusDB reads every document of an index range before it sorts and limits: `until` bounds the range, so a
        pass costs the timers due by then, not every timer set (thousands of open deadlines)."""
        found = await self._per_shard(shards, {"wake_at": {"$gte": EARLIEST, "$lte": min(until, LATEST)}},
                                      limit + 1, sort="wake_at")
        stale = [document for document in found if _stale(document)]
        if stale:
            await self._mend(stale)
            found = [document for document in found if document not in stale]
        due = [document for document in found if document["wake_at"] <= now][:limit]
        return due, next((document["wake_at"] for document in found if document["wake_at"] > now), None)

    async def _mend(self, documents: list[dict[str, Any]]) -> None:
        """Documents whose `wake_at` disagrees with their outbox or timer, as a replica of the version before it
        leaves them (it writes `outbox_pending` and `next_due_at` only): `wake_at` set from them, unless written
        since; the sweeper fires none of them on a stale time."""
        await self.collection.bulk_write([UpdateOne(
            {"_id": document["_id"], "wake_at": document["wake_at"], "next_due_at": document.get("next_due_at"),
             "outbox_pending": document.get("outbox_pending", False)},
            {"$set": {"wake_at": wake_at(document.get("outbox_pending", False), document.get("next_due_at"))}})
            for document in documents], ordered=False)

    async def postpone(self, aggregate_id: str, due_at: datetime, until: datetime, *,
                       failures: int | None = None, deadline: datetime | None = None) -> None:
        """A timer whose firing failed waits until `until` (unless a write moved it meanwhile); `failures` counts
        its handler's failures in a row, across restarts and replicas, since its `deadline` was first due."""
        update: dict[str, Any] = {"next_due_at": due_in_storage(until), "wake_at": due_in_storage(until)}
        if failures is not None:
            update |= {"timer_failures": failures, "timer_deadline": deadline or due_at}
        await self.collection.update_one({"_id": aggregate_id, "wake_at": due_at}, {"$set": update})

    async def park_timer(self, aggregate_id: str, due_at: datetime, parked: dict[str, Any],
                         alert: dict[str, Any] | None) -> None:
        """A timer that cannot fire waits for an operator (`parked_timer`), and the alert about it goes out."""
        await self.note_parked([aggregate_id])
        update: dict[str, Any] = {"$set": {"next_due_at": None, "wake_at": None, "parked_timer": parked,
                                           "parked_at": parked["parked_at"]},
                                  "$unset": {"timer_failures": "", "timer_deadline": ""}}
        if alert is not None:  # a write that adds to the outbox moves the version (see the module's docstring)
            update["$push"] = {"outbox": alert}
            update["$set"] |= {"outbox_pending": True, "wake_at": OUTBOX_WAITING}
            update["$inc"] = {"version": 1}
        await self.collection.update_one({"_id": aggregate_id, "wake_at": due_at}, update)

    async def forget_timer_failures(self, aggregate_id: str) -> None:
        await self.collection.update_one({"_id": aggregate_id}, {"$unset": {"timer_failures": "", "timer_deadline": ""}})

    async def next_due(self, shards: Collection[int] | None = None, *, until: datetime = LATEST) -> datetime | None:
        """When the first timer is due, if it is due by `until` (the range bounds what is read, as in `due`)."""
        found = await self._per_shard(shards, {"wake_at": {"$gte": EARLIEST, "$lte": min(until, LATEST)}}, 1,
                                      {"wake_at": 1}, sort="wake_at")
        return found[0]["wake_at"] if found else None
