"""Two replicas of one service's kernel on the real broker and database: each relays and sweeps only the shards the
group gave it, so every outbox entry is published once while both run, and when one stops the other takes its
shards: nothing is left unpublished or unfired."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit.kafka_probe import Producer, TopicTap
from netra_devkit.samples import submission, submission_message
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED, REPORT_SUBMITTED, REPORTS_SUBMITTED, Topics
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.decision import Decision, Emit
from netra_shared.kernel.ownership import SHARDS, anchor_topic, shard_of
from netra_shared.kernel.runtime import Entrypoints, Kernel
from netra_shared.kernel.settings import ServiceSettings
from netra_shared.kernel.timers import Timer
from netra_shared.provisioning.topics import ensure_topics
from pydantic import BaseModel

pytestmark = pytest.mark.integration
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)
CHANNELS = list(REPORTS_SUBMITTED)


class Tracked(BaseModel):
    submission_id: str
    fired: bool = False


class Note(BaseModel):
    submission_id: str
    step: str


def replica(settings: ServiceSettings, clock: ManualClock) -> Kernel:
    """A service of the kernel alone: a submission writes one event and a deadline an hour on; the deadline, when
    it fires, writes a second event."""
    kernel = Kernel.create("intake", settings, clock)
    reports = kernel.aggregates("reports", Tracked)

    def note(sid: str, step: str) -> Emit:
        return Emit(INTAKE_EVENTS, REPORT_RECEIVED, sid, Note(submission_id=sid, step=step), step)

    async def submitted(inbound) -> str:
        sid = inbound.data.submission_id
        return (await reports.apply(sid, inbound, lambda state, now: None if state else Decision(
            Tracked(submission_id=sid), [note(sid, "received")], next_due_at=now + timedelta(hours=1)))).outcome

    async def deadline(timer: Timer) -> str:
        return (await reports.apply(timer.aggregate_id, timer, lambda state, now: None if state.fired else Decision(
            state.model_copy(update={"fired": True}), [note(state.submission_id, "fired")]))).outcome

    kernel.mount(Entrypoints(Subscriptions({REPORT_SUBMITTED: submitted}), timers={reports: deadline}))
    return kernel


async def start(kernel: Kernel) -> None:
    await kernel.prepare()
    await kernel.broker.start()
    await kernel.start_loops()


async def stop(kernel: Kernel) -> None:
    await kernel.stop_loops()
    await kernel.broker.stop()


async def eventually(condition, timeout: float = 60.0, what: str = "") -> None:
    for _ in range(int(timeout * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {timeout}s: {what}")


@pytest.fixture
async def two_replicas(servers):
    run = uuid.uuid4().hex[:8]
    settings = ServiceSettings(**servers.kafka_settings(), mongo_url=servers.mongo_url, mongo_db=f"replicas_{run}",
                               topic_prefix=f"rp{run}.", relay_poll_seconds=0.2, sweep_interval_seconds=0.2,
                               consumer_session_timeout_ms=6000, consume_batch=20)
    topics = Topics(settings.topic_prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, plan=servers.topic_plan,
                        credentials=servers.kafka_credentials)
    clock = ManualClock(T0)
    kernels = [replica(settings, clock), replica(settings, clock)]
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    tap = await TopicTap(servers.kafka_bootstrap, topics.name(INTAKE_EVENTS),
                         credentials=servers.kafka_credentials).start()
    await asyncio.gather(*(start(kernel) for kernel in kernels))
    try:
        yield kernels, topics, clock, producer, tap
    finally:
        for kernel in kernels:
            if kernel._tasks:
                await stop(kernel)
        await kernels[0].mongo.drop_database(settings.mongo_db)
        for kernel in kernels:
            await kernel.close()
        await producer.stop()
        await tap.stop()


async def send(producer, topics, sids, event_ids=None) -> None:
    for n, sid in enumerate(sids):
        channel = CHANNELS[n % len(CHANNELS)]
        data = submission(0, submission_id=sid, channel=channel)
        key, value = submission_message(data, event_id=(event_ids or {}).get(sid))
        await producer.send(topics.name(REPORTS_SUBMITTED[channel]), key, value)


def published(tap) -> Counter:
    return Counter(json.loads(record.value)["id"] for record in tap.records)


def steps(tap, step: str) -> set[str]:
    return {event["data"]["submission_id"] for event in tap.events() if event["data"]["step"] == step}


async def test_each_entry_is_published_once_while_both_run_and_the_survivor_takes_over(two_replicas):
    (first, second), topics, clock, producer, tap = two_replicas
    await eventually(lambda: first.ownership.shards | second.ownership.shards == frozenset(range(SHARDS)),
                     what="the group's assignment covers every shard")
    assert first.ownership.shards and second.ownership.shards  # both replicas own work
    assert not first.ownership.shards & second.ownership.shards  # and no shard twice
    assert first.ownership.topic == topics.name(anchor_topic(first.consumer.subscriptions.topics("intake")))

    batch = [f"rep-{n:03d}" for n in range(40)]
    await send(producer, topics, batch)
    await eventually(lambda: steps(tap, "received") >= set(batch), what="every submission's event published")
    assert {shard_of(sid) for sid in batch} & second.ownership.shards  # the second replica relayed some of them
    clock.advance(timedelta(hours=2))
    await eventually(lambda: steps(tap, "fired") >= set(batch), what="every deadline fired")
    await asyncio.sleep(1.0)  # time for any second publication to show
    repeats = {event_id: count for event_id, count in published(tap).items() if count > 1}
    assert repeats == {}, "an entry was published more than once while both replicas ran"

    await stop(second)  # leaves the group: the survivor takes every shard
    await eventually(lambda: first.ownership.shards == frozenset(range(SHARDS)), what="the survivor owns all shards")
    later = [f"rep-{n:03d}" for n in range(40, 80)]
    await send(producer, topics, later)
    await eventually(lambda: steps(tap, "received") >= set(later), what="the survivor relays the stopped one's shards")
    clock.advance(timedelta(hours=2))
    await eventually(lambda: steps(tap, "fired") >= set(later), what="the survivor fires the stopped one's deadlines")
    await asyncio.sleep(1.0)
    assert max(published(tap).values()) == 1
    for store in first.stores.values():
        assert await store.collection.count_documents({"outbox_pending": True}) == 0
        assert await store.collection.count_documents({"next_due_at": {"$gte": T0}}) == 0


async def test_a_repeated_message_with_the_same_event_id_changes_nothing(two_replicas):
    """What a stale owner's second publication looks like to its consumer: the same event id, dropped."""
    (first, second), topics, clock, producer, tap = two_replicas
    ids = {"dup-1": str(uuid.uuid4())}
    await send(producer, topics, ["dup-1"], ids)
    await eventually(lambda: "dup-1" in steps(tap, "received"))
    await send(producer, topics, ["dup-1"], ids)
    await send(producer, topics, ["dup-2"])  # behind it on the topics: once this is through, so is the repeat
    await eventually(lambda: "dup-2" in steps(tap, "received"))
    await asyncio.sleep(1.0)
    assert sum(json.loads(record.value)["data"]["submission_id"] == "dup-1" for record in tap.records) == 1
