"""Shards on the real database: each document is written with its shard, and the relay's and the sweepers' queries
return only the owned shards' documents (one indexed query per shard)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.envelope import new_event
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.ownership import SHARDS, shard_of
from netra_shared.kernel.store import Change, OutboxEntry
from netra_shared.kernel.timers import Timer, TimerSweeper
from netra_shared.kernel.unit_of_work import UnitOfWork, in_one_write
from pydantic import BaseModel

pytestmark = pytest.mark.integration
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


class Payload(BaseModel):
    n: int


def with_event_and_timer(key: str):
    event = OutboxEntry(INTAKE_EVENTS.name, key, new_event(
        type=REPORT_RECEIVED.type, source="/test", subject=key, data=Payload(n=1), cause=None,
        cause_id=f"{key}-cause", label="e", time=T0))
    return lambda state: Change({"fired": 0}, [event], next_due_at=T0 + timedelta(hours=1))


def ids_in(shards: set[int], count: int = 60) -> tuple[list[str], list[str]]:
    ids = [f"RCP-{n:04d}" for n in range(count)]
    return [i for i in ids if shard_of(i) in shards], [i for i in ids if shard_of(i) not in shards]


async def test_documents_are_written_with_their_shard_by_either_write_path(store):
    await store.apply("RCP-ONE", "m1", with_event_and_timer("RCP-ONE"))

    async def handle(aggregate_id: str) -> None:
        staged = await unit.document(store, aggregate_id)
        staged.add(f"m-{aggregate_id}", with_event_and_timer(aggregate_id)(None), 0)

    unit = UnitOfWork()
    await in_one_write(["RCP-TWO", "RCP-THREE"], handle, unit=unit)
    for aggregate_id in ("RCP-ONE", "RCP-TWO", "RCP-THREE"):
        assert (await store.load(aggregate_id))["shard"] == shard_of(aggregate_id)


async def test_the_relay_query_returns_only_the_owned_shards(store):
    owned = {0, 4, 8}
    mine, others = ids_in(owned)
    for aggregate_id in mine + others:
        await store.apply(aggregate_id, "m1", with_event_and_timer(aggregate_id))
    pending = await store.pending_outboxes(500, owned)
    assert sorted(document["_id"] for document in pending) == sorted(mine)
    assert len(await store.pending_outboxes(500)) == len(mine) + len(others)  # no ownership given: all
    assert len(await store.pending_outboxes(500, set(range(SHARDS)))) == len(mine) + len(others)  # one owner
    assert len(await store.pending_outboxes(3, owned)) == 3  # the limit holds across shards


async def test_a_sweeper_fires_only_the_owned_shards_timers_earliest_first(store):
    owned = {1, 2}
    mine, others = ids_in(owned)
    for aggregate_id in mine + others:
        await store.apply(aggregate_id, "m1", with_event_and_timer(aggregate_id))
    fired: list[str] = []

    async def fire(timer: Timer) -> str:
        fired.append(timer.aggregate_id)
        return await store.apply(timer.aggregate_id, timer.cause.id, lambda state: Change(state, next_due_at=None))

    sweeper = TimerSweeper(store, ManualClock(T0 + timedelta(hours=2)), fire)
    assert await store.next_due(owned) is None  # each timer waits for its document's event to be published
    documents = await store.pending_outboxes(500)
    await store.remove_published({document["_id"]: {entry["id"] for entry in document["outbox"]}
                                  for document in documents}, documents)  # as the relay does once they are out
    assert await store.next_due(owned) == T0 + timedelta(hours=1)
    assert await sweeper.sweep_once(owned) == len(mine)
    assert sorted(fired) == sorted(mine)
    assert await store.next_due(owned) is None
    assert await store.next_due(set(range(SHARDS)) - owned) == T0 + timedelta(hours=1)  # the others' still wait


async def test_documents_from_before_shards_get_theirs_at_start(store):
    await store.collection.insert_many([{"_id": f"OLD-{n}", "version": 1, "state": {}, "outbox": [],
                                         "outbox_pending": True, "next_due_at": None} for n in range(20)])
    assert await store.backfill_shards() == 20
    assert await store.backfill_shards() == 0
    assert await store.backfill_wake_at() == 20
    assert await store.backfill_wake_at() == 0
    for document in await store.collection.find({}).to_list(None):
        assert document["shard"] == shard_of(document["_id"])
    assert len(await store.pending_outboxes(100, set(range(SHARDS)))) == 20
