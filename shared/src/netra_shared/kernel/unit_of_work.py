"""The writes of one batch, made together: every aggregate a batch touches is read once, each message is decided in
order on the state the messages before it left, and the batch's new states, outbox entries and processed ids go to
the database in one bulk write per collection (then the offsets are committed once).

Every document's write stays guarded by the version it was read at. A document that a concurrent writer changed
meanwhile (another replica, a sweeper), or whose insert meets a unique key another aggregate holds, is not written:
the messages that touched it are applied again, one by one, on the fresh state, in their order.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pymongo import InsertOne, UpdateOne
from pymongo.errors import BulkWriteError

from . import tracing
from .ownership import shard_of
from .store import OUTBOX_WAITING, PROCESSED_KEEP, AggregateStore, Change, due_in_storage, wake_at

UNSET: Any = object()


@dataclass
class Staged:
    """One aggregate's document as the batch read it, and what the batch's messages made of it so far."""

    store: AggregateStore
    aggregate_id: str
    base: dict[str, Any] | None  # the document as read (None: it does not exist yet)
    state: dict[str, Any] | None
    processed: list[str] = field(default_factory=list)
    staged_events: list[dict[str, Any] | None] = field(default_factory=list)  # None: replaced by a newer one
    newest: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (topic, key, type) -> its Emit.latest event
    keys: dict[str, Any] = field(default_factory=dict)
    next_due_at: datetime | None = UNSET
    records: set[int] = field(default_factory=set)  # which of the batch's items wrote to it
    known: bool = True  # False: assumed new, never read (see UnitOfWork.document)
    trace: dict[str, Any] | None = None  # the context of its last write (kernel/tracing.py)
    traces: list[dict[str, Any]] = field(default_factory=list)  # the contexts of the batch's writes to it

    def __post_init__(self) -> None:
        self.state = self.base["state"] if self.base is not None else None
        self.trace = self.base.get("trace") if self.base is not None else None

    @property
    def outbox(self) -> list[dict[str, Any]]:
        return [entry for entry in self.staged_events if entry is not None]

    @property
    def changed(self) -> bool:
        return bool(self.processed)

    def seen(self, message_id: str) -> bool:
        return message_id in self.processed or (self.base is not None and message_id in self.base.get("processed", ()))

    def add(self, message_id: str, change: Change, record: int) -> None:
        self.state = change.state
        self.processed.append(message_id)
        for entry in change.events:
            if entry.latest:
                slot = (entry.topic, entry.key, entry.event.type)
                if (earlier := self.newest.get(slot)) is not None:
                    self.staged_events[earlier] = None  # never written: the newer one goes instead (after it)
                self.newest[slot] = len(self.staged_events)
            self.staged_events.append(entry.to_document())
        self.keys.update(change.keys)
        self.next_due_at = change.next_due_at
        self.records.add(record)
        if change.trace:
            self.trace = change.trace
            self.traces.append(change.trace)

    def operation(self) -> InsertOne | UpdateOne:
        due = due_in_storage(None if self.next_due_at is UNSET else self.next_due_at)
        if self.base is None:
            return InsertOne({"_id": self.aggregate_id, "shard": shard_of(self.aggregate_id), "version": 1,
                              "state": self.state, "keys": self.keys,
                              "outbox": self.outbox, "outbox_pending": bool(self.outbox),
                              "processed": self.processed[-PROCESSED_KEEP:], "next_due_at": due,
                              "wake_at": wake_at(bool(self.outbox), due),
                              **({"trace": self.trace} if self.trace else {})})
        update: dict[str, Any] = {
            "$set": {"state": self.state, **{f"keys.{key}": value for key, value in self.keys.items()}},
            "$inc": {"version": 1},
            "$push": {"processed": {"$each": self.processed, "$slice": -PROCESSED_KEEP}},
        }
        if self.next_due_at is not UNSET:
            update["$set"]["next_due_at"] = due
            update["$set"]["wake_at"] = wake_at(bool(self.outbox) or self.base.get("outbox_pending", False), due)
        if self.traces:
            update["$set"]["trace"] = self.trace
        if self.outbox:
            update["$push"]["outbox"] = {"$each": self.outbox}
            update["$set"] |= {"outbox_pending": True, "wake_at": OUTBOX_WAITING}
        return UpdateOne({"_id": self.aggregate_id, "version": self.base["version"]}, update)


@dataclass(frozen=True)
class Written:
    """What a flush wrote, and which of the batch's items must be applied again (their document lost a race)."""

    changes: list[Staged]
    replay: set[int]


class UnitOfWork:
    def __init__(self) -> None:
        self.staged: dict[tuple[str, str], Staged] = {}

    @property
    def record(self) -> int:
        """The batch item being handled now (a context variable: concurrent items each know their own)."""
        return RECORD.get()

    async def document(self, store: AggregateStore, aggregate_id: str, *, read: bool = False) -> Staged:
        """The batch's view of one aggregate: read once (to write one of a kind that is usually new, not at all: its
        insert is guarded by its unique id, and one that existed after all is applied again, on what is there)."""
        key = (store.name, aggregate_id)
        staged = self.staged.get(key)
        if staged is None or (read and not staged.known and not staged.changed):
            if store.assume_new and not read:
                staged = Staged(store, aggregate_id, None, None, known=False)
            else:
                staged = Staged(store, aggregate_id, await store.load(aggregate_id), None)
            self.staged[key] = staged
        return staged

    def seed(self, store: AggregateStore, documents: Iterable[dict[str, Any]]) -> None:
        """Documents already read (the sweeper's due query returns them whole): no second read."""
        for document in documents:
            self.staged.setdefault((store.name, document["_id"]), Staged(store, document["_id"], document, None))

    async def prefetch(self, wanted: Iterable[tuple[AggregateStore, str]]) -> None:
        """Read, in one query per collection, the aggregates a batch's handlers say they will touch."""
        by_store: dict[str, tuple[AggregateStore, set[str]]] = {}
        for store, aggregate_id in wanted:
            if (store.name, aggregate_id) not in self.staged and not store.assume_new:
                by_store.setdefault(store.name, (store, set()))[1].add(aggregate_id)
        for store, ids in by_store.values():
            found = {doc["_id"]: doc for doc in await store.collection.find({"_id": {"$in": sorted(ids)}}).to_list(None)}
            for aggregate_id in ids:
                self.staged[(store.name, aggregate_id)] = Staged(store, aggregate_id, found.get(aggregate_id), None)

    async def flush(self) -> Written:
        changed = [staged for staged in self.staged.values() if staged.changed]
        by_store: dict[str, list[Staged]] = {}
        for staged in changed:
            by_store.setdefault(staged.store.name, []).append(staged)
        lost: list[Staged] = []
        for group in by_store.values():
            lost += await _write(group)
        return Written([staged for staged in changed if staged not in lost],
                       {record for staged in lost for record in staged.records})


async def _write(group: list[Staged]) -> list[Staged]:
    """One bulk write of a collection's changed documents; returns those that were not written."""
    collection = group[0].store.collection
    failed: set[int] = set()
    started = time.time_ns()
    try:
        result = await collection.bulk_write([staged.operation() for staged in group], ordered=False)
    except BulkWriteError as error:  # inserts that met an existing _id or a unique key
        failed = {entry["index"] for entry in error.details.get("writeErrors", ())}
        written = error.details.get("nModified", 0) + error.details.get("nInserted", 0)
    else:
        written = result.modified_count + result.inserted_count
    tracing.bulk_written(collection.name, [trace for staged in group for trace in staged.traces], start=started,
                         end=time.time_ns(), documents=len(group))
    if written + len(failed) == len(group):
        return [group[index] for index in sorted(failed)]
    # some guarded update matched nothing: find which documents moved on without us (ours carry our message ids;
    # a version number alone cannot tell our write from another writer's)
    updates = [staged for index, staged in enumerate(group) if staged.base is not None and index not in failed]
    current = {doc["_id"]: set(doc.get("processed", ())) for doc in await collection.find(
        {"_id": {"$in": [staged.aggregate_id for staged in updates]}}, {"processed": 1}).to_list(None)}
    moved = [staged for staged in updates if staged.processed[-1] not in current.get(staged.aggregate_id, ())]
    return [group[index] for index in sorted(failed)] + moved


CURRENT: contextvars.ContextVar[UnitOfWork | None] = contextvars.ContextVar("unit_of_work", default=None)
RECORD: contextvars.ContextVar[int] = contextvars.ContextVar("unit_of_work_record", default=0)


async def in_one_write(items: list[Any], handle: Callable[[Any], Awaitable[Any]], *,
                       unit: UnitOfWork | None = None, touches: Iterable[tuple[AggregateStore, str]] = (),
                       run: Callable[[list[Callable[[], Awaitable[Any]]]], Awaitable[list[Any]]] | None = None,
                       ) -> tuple[list[Any], Written]:
    """Handle every item inside one unit of work (in order; or as `run` schedules them), flush it, then handle again,
    one by one and each in its own write, the items whose documents lost a race. Returns each item's result and what
    was written."""
    unit = unit or UnitOfWork()
    await unit.prefetch(touches)

    def item_call(index: int, item: Any) -> Callable[[], Awaitable[Any]]:
        async def call() -> Any:
            RECORD.set(index)
            return await handle(item)
        return call

    calls = [item_call(index, item) for index, item in enumerate(items)]
    token = CURRENT.set(unit)
    try:
        results = await run(calls) if run is not None else [await call() for call in calls]
    finally:
        CURRENT.reset(token)
    written = await unit.flush()
    for index in sorted(written.replay):
        results[index] = await handle(items[index])
    return results, written
