"""The outbox relay on real Kafka and the real database: publish, then remove; survive a crash in between."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from faststream.kafka import KafkaBroker
from netra_devkit.kafka_probe import TopicTap, header
from netra_shared.contracts.envelope import CONTENT_TYPE, new_event
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED, Topics
from netra_shared.kernel.kafka_auth import faststream_security
from netra_shared.kernel.loop import Loop
from netra_shared.kernel.relay import OutboxRelay
from netra_shared.kernel.store import Change, OutboxEntry
from netra_shared.provisioning.topics import ensure_topics
from pydantic import BaseModel

pytestmark = pytest.mark.integration
NOW = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


class Payload(BaseModel):
    n: int


def emitting(key: str, count: int):
    def decide(state):
        events = [OutboxEntry(INTAKE_EVENTS.name, key, new_event(
            type=REPORT_RECEIVED.type, source="/test", subject=key, data=Payload(n=n), cause=None,
            cause_id=f"{key}-cause", label=f"e{n}", time=NOW)) for n in range(count)]
        return Change({"n": count}, events)
    return decide


@pytest.fixture
async def kafka(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, plan=servers.topic_plan,
                        credentials=servers.kafka_credentials)
    broker = KafkaBroker(servers.kafka_bootstrap, enable_idempotence=True, acks="all",
                         security=faststream_security(servers.kafka_credentials))
    await broker.start()
    tap = await TopicTap(servers.kafka_bootstrap, topics.name(INTAKE_EVENTS),
                         credentials=servers.kafka_credentials).start()
    yield topics, broker, tap
    await tap.stop()
    await broker.stop()


async def test_relay_publishes_each_entry_in_order_with_its_key_then_empties_the_outbox(store, kafka):
    topics, broker, tap = kafka
    await store.apply("RCP-A", "m1", emitting("RCP-A", 3))
    relay = OutboxRelay([store], broker, topics)
    assert await relay.drain_once() == 3
    records = await tap.wait_records(lambda r: r.key == b"RCP-A", count=3, timeout=30)
    assert [json.loads(r.value)["data"]["n"] for r in records] == [0, 1, 2]
    assert all(header(r, "content-type") == CONTENT_TYPE for r in records)
    document = await store.load("RCP-A")
    assert document["outbox"] == [] and document["outbox_pending"] is False
    assert await relay.drain_once() == 0


async def test_entries_written_before_a_crash_are_published_by_the_next_relay(store, kafka):
    topics, broker, tap = kafka
    await store.apply("RCP-B", "m1", emitting("RCP-B", 2))  # the process "dies" here, before any relay ran
    fresh_relay = OutboxRelay([store], broker, topics)
    assert await fresh_relay.drain_once() == 2
    records = await tap.wait_records(lambda r: r.key == b"RCP-B", count=2, timeout=30)
    assert len({json.loads(r.value)["id"] for r in records}) == 2


async def test_woken_relay_publishes_without_waiting_for_its_poll(store, kafka):
    import asyncio
    import time

    topics, broker, tap = kafka
    relay = Loop("outbox-relay", OutboxRelay([store], broker, topics).step, idle_seconds=30)
    task = asyncio.create_task(relay.run())
    await asyncio.sleep(0.3)
    started = time.monotonic()
    await store.apply("RCP-C", "m1", emitting("RCP-C", 1))
    relay.wake()
    await tap.wait_records(lambda r: r.key == b"RCP-C", timeout=10)
    task.cancel()
    assert time.monotonic() - started < 5


@pytest.fixture
async def other_store(mongo):
    import uuid

    from netra_shared.kernel.store import AggregateStore

    collection = mongo["netra_shared_tests"][f"others_{uuid.uuid4().hex[:8]}"]
    other = AggregateStore(collection)
    await other.ensure_indexes()
    yield other
    await collection.drop()


async def test_a_woken_pass_reads_only_the_collections_written_and_a_pass_with_none_noted_reads_all(
        store, other_store, kafka):
    topics, broker, tap = kafka
    relay = OutboxRelay([store, other_store], broker, topics)
    assert await relay.drain_once() == 0  # the first pass reads everything
    await store.apply("RCP-D", "m1", emitting("RCP-D", 1))
    await other_store.apply("RCP-E", "m1", emitting("RCP-E", 2))  # as another process (a redrive) would: not noted
    relay.note(store.name)
    assert await relay.drain_once() == 1  # woken for `store`: `other_store` is not read
    assert (await other_store.load("RCP-E"))["outbox_pending"] is True
    assert await relay.drain_once() == 2  # nothing noted (its idle pass): every collection
    records = await tap.wait_records(lambda r: r.key in (b"RCP-D", b"RCP-E"), count=3, timeout=30)
    assert sorted(r.key for r in records) == [b"RCP-D", b"RCP-E", b"RCP-E"]


async def test_under_load_the_relay_still_reads_every_collection_now_and_then(store, other_store, kafka):
    topics, broker, tap = kafka
    relay = OutboxRelay([store, other_store], broker, topics, full_pass_seconds=3600)
    assert await relay.drain_once() == 0
    await other_store.apply("RCP-F", "m1", emitting("RCP-F", 1))
    relay.note(store.name)
    assert await relay.drain_once() == 0  # busy with `store`, and the last full pass is recent
    relay.note(store.name)
    relay.look_everywhere()  # shards gained (or `full_pass_seconds` passed): every collection
    assert await relay.drain_once() == 1
    await tap.wait_records(lambda r: r.key == b"RCP-F", timeout=30)


async def test_a_failed_pass_reads_its_collections_again(store, other_store, kafka):
    topics, broker, tap = kafka
    relay = OutboxRelay([store, other_store], broker, topics, full_pass_seconds=3600)
    assert await relay.drain_once() == 0
    await store.apply("RCP-G", "m1", emitting("RCP-G", 1))
    relay.note(store.name)
    original = store.pending_outboxes

    async def away(*args, **kwargs):
        raise ConnectionError("database away")

    store.pending_outboxes = away
    with pytest.raises(ConnectionError):
        await relay.drain_once()
    store.pending_outboxes = original
    assert await relay.drain_once() == 1  # still noted: not left for the next full pass


async def test_a_relay_that_gains_shards_publishes_what_a_replica_of_the_version_before_wake_at_left_waiting(
        store, kafka):
    """A rolling upgrade: an old replica wrote an outbox without `wake_at` (it sets only `outbox_pending`); once its
    shards move here, the relay's next pass finds the entries and publishes them."""
    topics, broker, tap = kafka
    await store.apply("RCP-OLD", "m1", emitting("RCP-OLD", 2))
    await store.collection.update_one({"_id": "RCP-OLD"}, {"$set": {"wake_at": None}})  # as the old version leaves it
    relay = OutboxRelay([store], broker, topics)
    assert await relay.drain_once() == 0  # invisible to the one index ...
    relay.look_everywhere()  # ... until shards are gained
    assert await relay.drain_once() == 2
    records = await tap.wait_records(lambda r: r.key == b"RCP-OLD", count=2, timeout=30)
    assert [json.loads(r.value)["data"]["n"] for r in records] == [0, 1]
    assert (await store.load("RCP-OLD"))["outbox"] == []
