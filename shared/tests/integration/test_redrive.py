"""The redrive command on the real broker and database: a DLQ record goes back on its topic with its key and
headers (`python -m netra_shared.ops.redrive dlq`, run as a process), a parked outbox entry is published and a
parked timer fires once the cause is fixed."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from aiokafka import AIOKafkaProducer
from faststream.kafka import KafkaBroker
from netra_devkit.kafka_probe import TopicTap, header
from netra_devkit.samples import submission, submission_message
from netra_shared.contracts.envelope import new_event
from netra_shared.contracts.topics import REPORT_SUBMITTED, REVIEW_OPENED, TRIAGE_EVENTS, Topics
from netra_shared.contracts.topics import REPORTS_SUBMITTED as SUBMITTED
from netra_shared.kernel.alerts import Alerts
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.consumer import Consumer, Subscriptions
from netra_shared.kernel.dead_letters import DeadLetters
from netra_shared.kernel.failures import OverBudget
from netra_shared.kernel.kafka_auth import aiokafka_kwargs, faststream_security, password_env_var
from netra_shared.kernel.relay import OutboxRelay
from netra_shared.kernel.store import Change, OutboxEntry
from netra_shared.kernel.timers import Timer, TimerSweeper
from netra_shared.ops.redrive import REDRIVEN, run
from netra_shared.provisioning.topics import ensure_topics
from pydantic import BaseModel

pytestmark = pytest.mark.integration
REPORTS_SUBMITTED = SUBMITTED["sigap-lapor"]  # the sample reports come from SIGAP Lapor
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


def command_env(servers, prefix: str, service: str = "intake", mongo_db: str = "unused") -> dict[str, str]:
    env = {**os.environ, f"NETRA_{service.upper()}_KAFKA_BOOTSTRAP": servers.kafka_bootstrap,
           f"NETRA_{service.upper()}_TOPIC_PREFIX": prefix, f"NETRA_{service.upper()}_MONGO_URL": servers.mongo_url,
           f"NETRA_{service.upper()}_MONGO_DB": mongo_db}
    if servers.kafka_credentials is not None:
        env[password_env_var("admin")] = servers.kafka_credentials.password
    return env


def as_admin(servers) -> list[str]:
    return ["--kafka-principal", "admin"] if servers.kafka_credentials is not None else []


async def test_a_dead_lettered_report_is_redriven_with_its_key_and_headers_and_handled_after_the_fix(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    fixed = asyncio.Event()
    handled: list[tuple[str, list]] = []

    async def handler(inbound) -> str:
        if not fixed.is_set():
            raise OverBudget("a bug, fixed by the next deploy")
        handled.append(inbound.data.submission_id)
        return "handled"

    broker = KafkaBroker(servers.kafka_bootstrap, security=faststream_security(servers.kafka_credentials))
    consumer = Consumer(broker, topics, DeadLetters(broker, "intake"), Subscriptions({REPORT_SUBMITTED: handler}),
                        service="intake", group_id=f"{prefix}group", max_message_bytes=256 * 1024, max_backoff=0.05,
                        session_timeout_ms=6000)
    consumer.subscribe()
    await broker.start()
    source = await TopicTap(servers.kafka_bootstrap, topics.name(REPORTS_SUBMITTED),
                            credentials=servers.kafka_credentials).start()
    dlq = await TopicTap(servers.kafka_bootstrap, topics.dlq(REPORTS_SUBMITTED),
                         credentials=servers.kafka_credentials).start()
    raw = AIOKafkaProducer(bootstrap_servers=servers.kafka_bootstrap, **aiokafka_kwargs(servers.kafka_credentials))
    await raw.start()
    try:
        key, value = submission_message(submission(0, submission_id="redrive-me"))
        headers = [("traceparent", b"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"), ("bin", b"\xfe\x01")]
        await raw.send_and_wait(topics.name(REPORTS_SUBMITTED), value, key=key, headers=headers)
        [dead] = await dlq.wait_records(lambda r: True, timeout=60)
        fixed.set()  # the deploy with the fix

        env = command_env(servers, prefix)
        listed = subprocess.run([sys.executable, "-m", "netra_shared.ops.redrive", "dlq-list", "--service", "intake",
                                 "--topic", REPORTS_SUBMITTED.name, *as_admin(servers)],
                                env=env, capture_output=True, text=True, timeout=120)
        assert listed.returncode == 0, listed.stderr
        lines = [json.loads(line) for line in listed.stdout.splitlines()]
        assert len(lines) == 1, (listed.stdout, listed.stderr)
        [line] = lines
        assert line["reason"] == "event_too_large" and line["dlq_offset"] == dead.offset and not line["minimal"]
        done = subprocess.run([sys.executable, "-m", "netra_shared.ops.redrive", "dlq", "--service", "intake",
                               "--topic", REPORTS_SUBMITTED.name, "--partition", str(dead.partition),
                               "--offset", str(dead.offset), *as_admin(servers)],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "re-injected on" in done.stdout

        for _ in range(600):
            if handled:
                break
            await asyncio.sleep(0.1)
        assert handled == ["redrive-me"]
        [again] = [r for r in await source.wait_records(lambda r: True, count=2, timeout=30) if r.offset > 0]
        assert again.key == key and again.value == value
        assert [(k, v) for k, v in again.headers if k != REDRIVEN] == headers
        assert header(again, REDRIVEN) == f"{dlq.topic}/{dead.partition}/{dead.offset}"
    finally:
        await raw.stop()
        await dlq.stop()
        await source.stop()
        await broker.stop()


class Payload(BaseModel):
    text: str


async def test_a_parked_outbox_entry_is_published_after_the_fix_and_redrive(servers, prefix, store, monkeypatch):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    event = new_event(type=REVIEW_OPENED.type, source="/netra/triage", subject="CASE-R", data=Payload(text="y" * 5000),
                      cause=None, cause_id="c", label="e", time=T0)
    await store.apply("CASE-R", "m1", lambda state: Change({}, [OutboxEntry(TRIAGE_EVENTS.name, "CASE-R", event)]))
    misconfigured = KafkaBroker(servers.kafka_bootstrap, max_request_size=2000,  # an operator's mistake
                                security=faststream_security(servers.kafka_credentials))
    await misconfigured.start()
    try:
        assert await OutboxRelay([store], misconfigured, topics, alerts=Alerts("triage")).drain_once() == 0
    finally:
        await misconfigured.stop()
    assert (await store.load("CASE-R"))["parked"][0]["parked_because"] == "broker_refused_messagesizetoolarge"

    monkeypatch.setenv("NETRA_TRIAGE_MONGO_URL", servers.mongo_url)
    monkeypatch.setenv("NETRA_TRIAGE_MONGO_DB", store.collection.database.name)
    [parked] = [item for item in await run(["parked", "--service", "triage"])
                if item["collection"] == store.name and item["kind"] == "outbox"]
    assert (parked["id"], parked["event"]) == ("CASE-R", event.id)
    assert await run(["outbox", "--service", "triage", "--collection", store.name, "--id", "CASE-R"]) == [
        f"{store.name}/CASE-R: 1 parked entries back in the outbox"]
    document = await store.load("CASE-R")
    assert document["parked"] == [] and "parked_at" not in document and document["outbox_pending"] is True

    fixed = KafkaBroker(servers.kafka_bootstrap, security=faststream_security(servers.kafka_credentials))
    await fixed.start()
    tap = await TopicTap(servers.kafka_bootstrap, topics.name(TRIAGE_EVENTS),
                         credentials=servers.kafka_credentials).start()
    try:
        relay = OutboxRelay([store], fixed, topics, alerts=Alerts("triage"))
        assert await relay.drain_once() == 2  # the redriven entry and the alert raised when it was parked
        await tap.wait_records(lambda r: True, count=2, timeout=30)
        assert {json.loads(r.value)["id"] for r in tap.records} >= {event.id}
    finally:
        await tap.stop()
        await fixed.stop()


async def test_a_parked_timer_fires_after_the_fix_and_redrive(servers, prefix, store, monkeypatch):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    clock = ManualClock(T0)
    await store.apply("CASE-T", "opened", lambda state: Change({"fired": 0}, next_due_at=T0))
    deployed = {"fixed": False}

    async def fire(timer: Timer) -> str:
        if not deployed["fixed"]:
            raise KeyError("registration template lost {seq}")
        return await store.apply(timer.aggregate_id, timer.cause.id,
                                 lambda state: Change({"fired": state["fired"] + 1}, next_due_at=None))

    sweeper = TimerSweeper(store, clock, fire, park_after=1, alerts=Alerts("triage"))
    await sweeper.sweep_once()
    assert (await store.load("CASE-T"))["parked_timer"]["reason"] == "handler_failed_KeyError"
    deployed["fixed"] = True
    monkeypatch.setenv("NETRA_TRIAGE_MONGO_URL", servers.mongo_url)
    monkeypatch.setenv("NETRA_TRIAGE_MONGO_DB", store.collection.database.name)
    assert await run(["timer", "--service", "triage", "--collection", store.name, "--id", "CASE-T"]) == [
        f"{store.name}/CASE-T: timer due now"]
    clock.set(datetime.now(UTC) + timedelta(seconds=1))
    assert await sweeper.sweep_once() == 0  # the alert raised when it was parked is not out yet: the timer waits
    broker = KafkaBroker(servers.kafka_bootstrap, security=faststream_security(servers.kafka_credentials))
    await broker.start()
    try:
        assert await OutboxRelay([store], broker, topics, alerts=Alerts("triage")).drain_once() == 1
    finally:
        await broker.stop()
    assert await sweeper.sweep_once() == 1
    document = await store.load("CASE-T")
    assert document["state"]["fired"] == 1 and "parked_timer" not in document and "parked_at" not in document
