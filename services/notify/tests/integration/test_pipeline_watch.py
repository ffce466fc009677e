"""The console's pipeline section on the real broker: DLQ sizes and each service's consumer lag, read with notify's own
credentials after provisioning (DESCRIBE on every topic and the services' groups), which still read no message of a
topic notify does not consume."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import TopicAuthorizationFailedError
from netra_devkit.kafka_probe import Producer
from netra_shared.contracts.topics import REPORTS_SUBMITTED as SUBMITTED_BY_CHANNEL, TRIAGE_EVENTS, Topics
from netra_shared.provisioning.provision import provision
from notify.adapters.pipeline_watch import PipelineWatch

pytestmark = pytest.mark.integration
REPORTS_SUBMITTED = SUBMITTED_BY_CHANNEL["sigap-lapor"]


async def test_dlq_sizes_and_consumer_lag_are_read_with_notifys_own_credentials(servers):
    topics = Topics(f"pw{uuid.uuid4().hex[:8]}.")
    await provision(servers, topics.prefix, plan=servers.topic_plan)  # topics, DLQs and (secured broker) every principal's ACLs
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    try:
        for _ in range(2):
            await producer.send(topics.dlq(REPORTS_SUBMITTED), b"k", b"{}", cloudevent=False)
        for n in range(3):
            await producer.send(topics.name(TRIAGE_EVENTS), f"CASE-{n}".encode(), b"{}")
    finally:
        await producer.stop()
    notify = servers.principal("notify") if servers.secured else None
    watch = PipelineWatch(servers.kafka_bootstrap, notify, topics, {})
    try:
        snapshot = await watch.refresh()
    finally:
        await watch.close()
    assert snapshot.problems == []
    assert dict(snapshot.dlq)[topics.dlq(REPORTS_SUBMITTED)] == 2 and snapshot.dlq[0][0] == topics.dlq(
        REPORTS_SUBMITTED)  # the fullest first
    assert sum(count for _, count in snapshot.dlq) == 2
    # triage.events is read by referral and notify, whose groups have not read these yet
    assert dict(snapshot.lag) == {"intake": 0, "triage": 0, "referral": 3, "notify": 3}

    if notify is None:
        return  # a plaintext broker has no ACLs to show
    consumer = AIOKafkaConsumer(topics.name(REPORTS_SUBMITTED), bootstrap_servers=servers.kafka_bootstrap,
                                group_id="netra-notify-console-check", auto_offset_reset="earliest",
                                request_timeout_ms=10_000, **notify.aiokafka())
    try:
        await consumer.start()
        with pytest.raises(TopicAuthorizationFailedError):  # DESCRIBE shows offsets, never reporters' submissions
            await asyncio.wait_for(consumer.getone(), 20)
    finally:
        await consumer.stop()


async def test_an_unreachable_broker_is_said_not_hidden():
    watch = PipelineWatch("127.0.0.1:1", None, Topics("x."), {"intake": "http://127.0.0.1:1/metrics"}, timeout=1.0)
    snapshot = await watch.refresh()
    await watch.close()
    assert snapshot.taken_at is not None and snapshot.lag == []
    assert [p.split(" (")[0] for p in snapshot.problems] == ["Kafka tidak terbaca", "/metrics intake tidak terbaca"]
