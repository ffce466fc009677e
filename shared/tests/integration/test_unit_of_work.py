"""Batches on the real database: one bulk write per batch, and no update lost when batches race on one aggregate."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel

from netra_shared.kernel.aggregates import Aggregates, Cause
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.decision import Decision
from netra_shared.kernel.unit_of_work import in_one_write

pytestmark = pytest.mark.integration
NOW = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


class Items(BaseModel):
    items: list[str] = []


def appended(item: str):
    return lambda state, now: Decision(Items(items=[*(state.items if state else []), item]), outcome="appended")


def handle(aggregates: Aggregates, aggregate_id: str):
    async def apply(message: str) -> str:
        return (await aggregates.apply(aggregate_id, Cause(message), appended(message))).outcome
    return apply


@pytest.fixture
def aggregates(store):
    return Aggregates(store, Items, source="/test", clock=ManualClock(NOW), refusals=store,
                      written=lambda store, events, due: None)


async def test_a_batch_decides_each_message_on_the_state_the_ones_before_it_left_and_writes_once(aggregates, store):
    results, written = await in_one_write([f"m{i}" for i in range(5)], handle(aggregates, "agg"))
    assert results == ["appended"] * 5 and not written.replay
    document = await store.load("agg")
    assert document["state"]["items"] == [f"m{i}" for i in range(5)]
    assert document["version"] == 1 and document["processed"] == [f"m{i}" for i in range(5)]


async def test_a_redelivered_batch_changes_nothing(aggregates, store):
    await in_one_write(["m1", "m2"], handle(aggregates, "agg"))
    results, _ = await in_one_write(["m1", "m2", "m3"], handle(aggregates, "agg"))
    assert results == ["duplicate", "duplicate", "appended"]
    assert (await store.load("agg"))["state"]["items"] == ["m1", "m2", "m3"]


def racing(aggregates: Aggregates, batches: list[list[str]]):
    """Each batch's handler, held after its first message until every batch has read the aggregate: the batches
    then write what they decided on the same version, so the race happens however fast the machine is."""
    apply, everyone_read, waited = handle(aggregates, "agg"), asyncio.Barrier(len(batches)), set()

    def for_batch(batch: list[str]):
        async def call(message: str) -> str:
            result = await apply(message)
            if batch[0] not in waited:  # once: a replay, one message at a time, does not wait again
                waited.add(batch[0])
                await everyone_read.wait()
            return result
        return call
    return for_batch


async def test_batches_racing_on_one_aggregate_lose_no_update(aggregates, store):
    await in_one_write(["seed"], handle(aggregates, "agg"))
    batches = [[f"b{b}-m{i}" for i in range(10)] for b in range(4)]
    for_batch = racing(aggregates, batches)
    outcomes = await asyncio.gather(*(in_one_write(batch, for_batch(batch)) for batch in batches))
    assert all(results == ["appended"] * 10 for results, _ in outcomes)
    assert sum(1 for _, written in outcomes if written.replay) == len(batches) - 1  # one won, the others replayed
    document = await store.load("agg")
    assert sorted(document["state"]["items"]) == sorted(["seed", *(m for batch in batches for m in batch)])
    assert len(document["processed"]) == 41
