"""Reviews H1 and H2 on the real broker and database: an outbox entry the broker refuses for good, or a timer whose
handler keeps failing, is parked with its reason and an operator alert on the service's own events topic, while the
other entries and timers go through."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from faststream.kafka import KafkaBroker
from netra_devkit.kafka_probe import TopicTap
from netra_shared.contracts.envelope import new_event
from netra_shared.contracts.topics import REVIEW_OPENED, TRIAGE_EVENTS, Topics
from netra_shared.kernel.alerts import Alerts
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.kafka_auth import faststream_security
from netra_shared.kernel.relay import OutboxRelay
from netra_shared.kernel.store import Change, OutboxEntry
from netra_shared.kernel.timers import Timer, TimerSweeper
from netra_shared.provisioning.topics import ensure_topics
from pydantic import BaseModel

pytestmark = pytest.mark.integration
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


class Payload(BaseModel):
    text: str


def emitting(key: str, *sizes: int):
    def decide(state):
        return Change({"n": len(sizes)}, [OutboxEntry(TRIAGE_EVENTS.name, key, new_event(
            type=REVIEW_OPENED.type, source="/netra/triage", subject=key, data=Payload(text="x" * size), cause=None,
            cause_id=f"{key}-cause-{len(sizes)}", label=f"e{n}", time=T0)) for n, size in enumerate(sizes)])
    return decide


@pytest.fixture
async def kafka(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    broker = KafkaBroker(servers.kafka_bootstrap, enable_idempotence=True, acks="all",
                         security=faststream_security(servers.kafka_credentials))
    await broker.start()
    tap = await TopicTap(servers.kafka_bootstrap, topics.name(TRIAGE_EVENTS),
                         credentials=servers.kafka_credentials).start()
    yield topics, broker, tap
    await tap.stop()
    await broker.stop()


def alerts_in(tap) -> list[dict]:
    return [event["data"] for event in tap.events() if event["type"] == "id.bawaslu.operator.alert-raised.v1"]


async def test_an_entry_the_broker_refuses_is_parked_with_an_alert_and_the_others_are_published(store, kafka):
    topics, broker, tap = kafka
    await store.apply("CASE-POISON", "m1", emitting("CASE-POISON", 1_200_000, 10))  # over max_request_size (1 MiB)
    await store.apply("CASE-FINE", "m1", emitting("CASE-FINE", 10))
    relay = OutboxRelay([store], broker, topics, alerts=Alerts("triage"), clock=ManualClock(T0))
    assert await relay.drain_once() == 2
    assert await relay.drain_once() == 1  # the alert about the parked entry
    await tap.wait_records(lambda r: True, count=3, timeout=30)
    assert sorted(r.key for r in tap.records if b"alert-raised" not in r.value) == [b"CASE-FINE", b"CASE-POISON"]
    [alert] = alerts_in(tap)
    assert alert["alert"] == "outbox_entry_parked" and alert["case_id"] == "CASE-POISON"
    assert alert["reason"] == "broker_refused_messagesizetoolarge" and alert["service"] == "triage"
    assert alert["item"] == f"{store.name}/CASE-POISON"
    document = await store.load("CASE-POISON")
    assert document["outbox"] == [] and document["outbox_pending"] is False
    [parked] = document["parked"]
    assert parked["parked_because"] == "broker_refused_messagesizetoolarge" and len(parked["value"]) > 1_200_000

    await store.apply("CASE-POISON", "m2", emitting("CASE-POISON", 20))  # the same document's next event flows
    assert await relay.drain_once() == 1
    await tap.wait_records(lambda r: r.key == b"CASE-POISON", count=2, timeout=30)
    assert await relay.drain_once() == 0


async def test_a_timer_that_keeps_failing_is_parked_with_an_alert_and_the_other_timers_fire(store, kafka):
    topics, broker, tap = kafka
    clock = ManualClock(T0)
    for case in ("CASE-BROKEN", "CASE-OK"):
        await store.apply(case, "opened", lambda state: Change({"fired": 0}, next_due_at=T0 + timedelta(hours=1)))
    fired: list[str] = []

    async def fire(timer: Timer) -> str:
        if timer.aggregate_id == "CASE-BROKEN":
            raise KeyError("a template placeholder the deploy lost")
        fired.append(timer.aggregate_id)
        return await store.apply(timer.aggregate_id, timer.cause.id,
                                 lambda state: Change({"fired": state["fired"] + 1}, next_due_at=None))

    relay = OutboxRelay([store], broker, topics, alerts=Alerts("triage"), clock=clock)
    sweeper = TimerSweeper(store, clock, fire, park_after=3, alerts=Alerts("triage"))
    clock.advance(timedelta(hours=1))
    for _ in range(3):  # the broken timer fails three times, each after its backoff, and is parked
        assert await sweeper.sweep_once() >= 1
        clock.advance(timedelta(minutes=10))
    assert fired == ["CASE-OK"]
    broken = await store.load("CASE-BROKEN")
    assert broken["next_due_at"] is None and "timer_failures" not in broken
    assert broken["parked_timer"]["reason"] == "handler_failed_KeyError" and broken["parked_timer"]["failures"] == 3
    assert broken["parked_timer"]["due_at"] == T0 + timedelta(hours=1)
    assert await sweeper.sweep_once() == 0  # parked: no longer retried

    assert await relay.drain_once() == 1
    await tap.wait_records(lambda r: True, timeout=30)
    [alert] = alerts_in(tap)
    assert alert["alert"] == "timer_parked" and alert["item"] == f"{store.name}/CASE-BROKEN"

    await store.apply("CASE-LATER", "opened", lambda state: Change({"fired": 0}, next_due_at=clock.now()))
    assert await sweeper.sweep_once() == 1 and fired == ["CASE-OK", "CASE-LATER"]


async def test_a_failure_no_retry_can_change_parks_the_timer_at_once(store, kafka):
    clock = ManualClock(T0)
    await store.apply("CASE-SCHEMA", "opened", lambda state: Change({"n": 0}, next_due_at=T0))

    async def fire(timer: Timer) -> str:
        Payload.model_validate({"text": 3})  # stored state that no longer validates after a deploy
        return "handled"

    await TimerSweeper(store, clock, fire, park_after=5, alerts=Alerts("triage")).sweep_once()
    document = await store.load("CASE-SCHEMA")
    assert document["parked_timer"]["reason"] == "schema_error" and document["parked_timer"]["failures"] == 1
    alert = json.loads(document["outbox"][0]["value"])
    assert alert["type"] == "id.bawaslu.operator.alert-raised.v1" and alert["data"]["reason"] == "schema_error"


async def test_parked_work_is_found_through_its_registry_and_leaves_it_once_redriven(store, kafka):
    """Parked work is rare: it is noted in `parked_work` when it is parked, so the aggregate collection carries no
    index for it (every index is paid on every write); the watchdog's count and the operators' list find it there,
    and a redriven document leaves the registry."""
    from netra_shared.ops.redrive import unpark_timer

    clock = ManualClock(T0)
    await store.apply("CASE-STUCK", "opened", lambda state: Change({"n": 0}, next_due_at=T0))
    await store.apply("CASE-IDLE", "opened", lambda state: Change({"n": 0}))

    async def fire(timer: Timer) -> str:
        Payload.model_validate({"text": 3})
        return "handled"

    await TimerSweeper(store, clock, fire, park_after=5, alerts=Alerts("triage")).sweep_once()
    await store.ensure_indexes()
    assert not any("parked" in name for name in await store.collection.index_information())
    assert [document["_id"] for document in await store.parked_documents()] == ["CASE-STUCK"]
    assert await store.parked_work.count_documents({"collection": store.name}) == 1
    assert await unpark_timer(store.collection, "CASE-STUCK", T0)
    assert await store.parked_documents() == []
    assert await store.parked_work.count_documents({"collection": store.name}) == 0
