"""The subscriber wrapper on a real broker: DLQ with reasons, retries, and commit only after the handler."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from faststream.kafka import KafkaBroker
from netra_devkit.kafka_probe import Producer, TopicTap, header
from netra_devkit.samples import submission, submission_message
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.contracts.topics import REPORT_SUBMITTED, Topics
from netra_shared.contracts.topics import REPORTS_SUBMITTED as SUBMITTED
from netra_shared.kernel.consumer import Consumer, Subscriptions
from netra_shared.kernel.dead_letters import DLQ_DETAIL, DLQ_REASON, DeadLetters
from netra_shared.kernel.kafka_auth import aiokafka_kwargs, faststream_security
from netra_shared.provisioning.topics import ensure_topics
from pymongo.errors import AutoReconnect

REPORTS_SUBMITTED = SUBMITTED["sigap-lapor"]  # the scripted reports come from SIGAP Lapor (sample 0)

pytestmark = pytest.mark.integration


class ScriptedHandler:
    """Records what it handled; can fail a given number of times per submission, or block."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.failures: dict[str, list[Exception]] = {}
        self.block: dict[str, asyncio.Event] = {}

    async def __call__(self, inbound) -> str:
        assert isinstance(inbound.data, ReportSubmission)
        sid = inbound.data.submission_id
        self.calls.append(sid)
        if sid in self.block:
            await self.block[sid].wait()
        if self.failures.get(sid):
            raise self.failures[sid].pop(0)
        return "handled"

    async def wait_calls(self, sid: str, count: int = 1, timeout: float = 30) -> None:
        for _ in range(int(timeout * 10)):
            if self.calls.count(sid) >= count:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"{sid} handled {self.calls.count(sid)} times, wanted {count}")


async def start_consumer(servers, topics: Topics, handler, group: str) -> KafkaBroker:
    broker = KafkaBroker(servers.kafka_bootstrap, enable_idempotence=True, acks="all",
                         security=faststream_security(servers.kafka_credentials))
    consumer = Consumer(broker, topics, DeadLetters(broker, "test"), Subscriptions({REPORT_SUBMITTED: handler}),
                        service="intake", group_id=group, max_message_bytes=64 * 1024, max_backoff=0.05,
                        handler_error_attempts=3, session_timeout_ms=6000)
    consumer.subscribe()
    await broker.start()
    return broker


@pytest.fixture
async def pipeline(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, plan=servers.topic_plan,
                        credentials=servers.kafka_credentials)
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    dlq = await TopicTap(servers.kafka_bootstrap, topics.dlq(REPORTS_SUBMITTED),
                         credentials=servers.kafka_credentials).start()
    handler = ScriptedHandler()
    broker = await start_consumer(servers, topics, handler, f"{prefix}group")
    yield topics, producer, dlq, handler, broker
    await broker.stop()
    await dlq.stop()
    await producer.stop()


async def send_report(producer, topics, submission_id: str) -> None:
    key, value = submission_message(submission(0, submission_id=submission_id))
    await producer.send(topics.name(REPORTS_SUBMITTED), key, value)


async def test_unreadable_and_invalid_messages_go_to_the_dlq_with_reasons_and_the_next_one_is_handled(pipeline):
    topics, producer, dlq, handler, _ = pipeline
    target = topics.name(REPORTS_SUBMITTED)
    await producer.send(target, b"k1", b'{"specversion": "1.0", "id": ')
    bad = submission(0, submission_id="bad-nik")
    bad["reporter"]["nik"] = "12345"
    key, value = submission_message(bad)
    await producer.send(target, key, value)
    await producer.send(target, b"k3", b"\xff\xfe not utf-8")
    await send_report(producer, topics, "good-after-bad")
    records = await dlq.wait_records(lambda r: True, count=3, timeout=30)
    reasons = {header(r, DLQ_REASON) for r in records}
    assert reasons == {"not_json", "invalid_data", "not_utf8"}
    invalid = next(r for r in records if header(r, DLQ_REASON) == "invalid_data")
    assert "reporter.nik" in header(invalid, DLQ_DETAIL)
    assert "12345" not in header(invalid, DLQ_DETAIL)  # the detail names the field, never echoes the value
    assert header(invalid, "x-dlq-original-topic") == target
    assert invalid.value == value  # the original bytes, untouched, for replay
    await handler.wait_calls("good-after-bad")
    assert handler.calls == ["good-after-bad"]


async def test_a_transient_failure_is_retried_until_it_succeeds_and_never_dead_lettered(pipeline):
    topics, producer, dlq, handler, _ = pipeline
    handler.failures["flaky"] = [AutoReconnect("db down"), AutoReconnect("db down"), ConnectionError("reset")]
    await send_report(producer, topics, "flaky")
    await handler.wait_calls("flaky", count=4)
    await asyncio.sleep(0.5)
    assert dlq.records == []


async def test_a_handler_that_keeps_failing_is_dead_lettered_and_the_partition_moves_on(pipeline):
    topics, producer, dlq, handler, _ = pipeline
    handler.failures["poison"] = [ValueError("bug")] * 10
    await send_report(producer, topics, "poison")
    await send_report(producer, topics, "poison")  # same key -> same partition, queued behind it
    records = await dlq.wait_records(lambda r: True, count=2, timeout=30)
    assert {header(r, DLQ_REASON) for r in records} == {"handler_error"}
    assert header(records[0], DLQ_DETAIL) == "ValueError"
    assert handler.calls.count("poison") == 6  # 3 attempts each


async def test_the_offset_is_committed_only_after_the_handler_finished(servers, pipeline, prefix):
    topics, producer, dlq, handler, broker = pipeline
    handler.block["slow"] = asyncio.Event()
    await send_report(producer, topics, "slow")
    await handler.wait_calls("slow")
    await broker.stop()  # the process goes away while the handler is still writing
    handler.block.pop("slow").set()

    replacement = ScriptedHandler()
    second = await start_consumer(servers, topics, replacement, f"{prefix}group")
    try:
        await replacement.wait_calls("slow", timeout=45)  # delivered again: nothing was lost
        committed = await committed_offsets(servers, topics, f"{prefix}group")
        for _ in range(50):
            if sum(committed.values()) >= 1:
                break
            await asyncio.sleep(0.2)
            committed = await committed_offsets(servers, topics, f"{prefix}group")
        assert sum(committed.values()) == 1  # committed once, after the replacement's handler returned
    finally:
        await second.stop()


async def committed_offsets(servers, topics: Topics, group: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=servers.kafka_bootstrap, group_id=group, enable_auto_commit=False,
                                **aiokafka_kwargs(servers.kafka_credentials))
    await consumer.start()
    try:
        name = topics.name(REPORTS_SUBMITTED)
        offsets = {}
        for partition in sorted(consumer.partitions_for_topic(name) or {0, 1, 2}):
            offsets[partition] = await consumer.committed(TopicPartition(name, partition)) or 0
        return offsets
    finally:
        await consumer.stop()


def lag_of(consumer: Consumer) -> int:
    """The lag the service reports on /metrics for SIGAP Lapor's submissions, summed over the partitions of that
    topic this consumer holds (it also holds the other channels' topics, with the same partition numbers)."""
    from prometheus_client import REGISTRY

    name = consumer.topics.name(REPORTS_SUBMITTED)
    assigned = [tp for tp in consumer._subscriber.consumer.assignment() if tp.topic == name]
    assert assigned
    return sum(int(REGISTRY.get_sample_value("netra_consumer_lag_records", {
        "service": "intake", "topic": REPORTS_SUBMITTED.name, "partition": str(tp.partition)}) or 0)
        for tp in assigned)


async def test_consumer_lag_shows_what_a_stuck_handler_left_and_falls_to_zero_once_committed(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    handler = ScriptedHandler()
    handler.block["stuck"] = asyncio.Event()
    broker = KafkaBroker(servers.kafka_bootstrap, security=faststream_security(servers.kafka_credentials))
    consumer = Consumer(broker, topics, DeadLetters(broker, "test"), Subscriptions({REPORT_SUBMITTED: handler}),
                        service="intake", group_id=f"{prefix}lag", max_message_bytes=64 * 1024, max_backoff=0.05)
    consumer.subscribe()
    await broker.start()
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    try:
        for _ in range(4):  # one key: one partition, behind the stuck one
            await send_report(producer, topics, "stuck")
        await handler.wait_calls("stuck")
        await consumer.measure_lag()
        assert lag_of(consumer) == 4  # nothing handled and committed yet: the broker's end offset tells
        handler.block.pop("stuck").set()
        await handler.wait_calls("stuck", count=4)
        for _ in range(50):
            await consumer.measure_lag()
            if lag_of(consumer) == 0:
                break
            await asyncio.sleep(0.2)
        assert lag_of(consumer) == 0
    finally:
        await producer.stop()
        await broker.stop()


async def committed_total(servers, topics: Topics, group: str) -> int:
    """The group's committed offsets on every partition of the topic, summed."""
    consumer = AIOKafkaConsumer(bootstrap_servers=servers.kafka_bootstrap, group_id=group, enable_auto_commit=False,
                                **aiokafka_kwargs(servers.kafka_credentials))
    await consumer.start()
    try:
        name = topics.name(REPORTS_SUBMITTED)
        return sum([await consumer.committed(TopicPartition(name, partition)) or 0
                    for partition in range(REPORTS_SUBMITTED.partitions)])
    finally:
        await consumer.stop()


async def test_batches_written_within_the_commit_interval_share_one_commit_and_one_in_hand_is_never_committed(
        servers, prefix):
    """Each batch's offsets are committed only once it is written; the batches written within `commit_interval` of
    the last commit go in one commit, sent when the interval is over (fewer commits: the broker appends each one)."""
    from prometheus_client import REGISTRY

    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    handler = ScriptedHandler()
    broker = KafkaBroker(servers.kafka_bootstrap, security=faststream_security(servers.kafka_credentials))
    group = f"{prefix}coalesce"
    consumer = Consumer(broker, topics, DeadLetters(broker, "test"), Subscriptions({REPORT_SUBMITTED: handler}),
                        service="intake", group_id=group, max_message_bytes=64 * 1024, max_backoff=0.05,
                        commit_interval=3.0)
    consumer.subscribe()
    await broker.start()
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()

    def commits() -> float:
        return REGISTRY.get_sample_value("netra_offset_commits_total", {"service": "intake"}) or 0

    async def committed_becomes(total: int) -> None:
        for _ in range(100):
            if await committed_total(servers, topics, group) == total:
                return
            await asyncio.sleep(0.1)
        assert await committed_total(servers, topics, group) == total

    try:
        await send_report(producer, topics, "c-first")
        await handler.wait_calls("c-first")
        await committed_becomes(1)  # the first batch: committed at once
        sent = commits()
        for sid in ("c-second", "c-third", "c-fourth"):  # three batches, one after the other
            await send_report(producer, topics, sid)
            await handler.wait_calls(sid)
        assert commits() == sent  # within the interval: no commit yet
        await committed_becomes(4)  # then one commit for the three
        assert commits() == sent + 1

        handler.block["c-held"] = asyncio.Event()
        await send_report(producer, topics, "c-held")
        await handler.wait_calls("c-held")
        await asyncio.sleep(3.5)  # past the interval: a batch still in hand is not written, so not committed
        assert await committed_total(servers, topics, group) == 4
        handler.block.pop("c-held").set()
        await committed_becomes(5)
    finally:
        await producer.stop()
        await broker.stop()
