"""Review C2 on the real broker: a record that cannot be dead-lettered as it is (a 350 KB header of invalid bytes, a
value over the DLQ's size) gets a minimal DLQ record with its reason, and the next report on the same partition is
still handled. A permanent handler failure goes to the DLQ at once, never retried."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiokafka import AIOKafkaProducer
from faststream.kafka import KafkaBroker
from netra_devkit.kafka_probe import TopicTap, header
from netra_devkit.samples import submission, submission_message
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.contracts.topics import REPORT_SUBMITTED, REPORTS_SUBMITTED as SUBMITTED, Topics
from netra_shared.kernel.consumer import Consumer, Subscriptions
from netra_shared.kernel.dead_letters import DLQ_MINIMAL, DLQ_REASON, DeadLetters
from netra_shared.kernel.failures import OverBudget
from netra_shared.kernel.kafka_auth import aiokafka_kwargs, faststream_security
from netra_shared.provisioning.topics import ensure_topics

pytestmark = pytest.mark.integration
REPORTS_SUBMITTED = SUBMITTED["sigap-lapor"]  # the sample reports come from SIGAP Lapor
KEY = b"same-key-same-partition"


class Recording:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.permanent: set[str] = set()

    async def __call__(self, inbound) -> str:
        assert isinstance(inbound.data, ReportSubmission)
        self.calls.append(inbound.data.submission_id)
        if inbound.data.submission_id in self.permanent:
            raise OverBudget("the event this report causes is over its topic's budget")
        return "handled"

    async def wait_for(self, submission_id: str, timeout: float = 60) -> None:
        for _ in range(int(timeout * 10)):
            if submission_id in self.calls:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"{submission_id} was never handled; handled: {self.calls}")


@pytest.fixture
async def line(servers, prefix):
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    raw = AIOKafkaProducer(bootstrap_servers=servers.kafka_bootstrap, acks="all",
                           **aiokafka_kwargs(servers.kafka_credentials))
    await raw.start()
    dlq = await TopicTap(servers.kafka_bootstrap, topics.dlq(REPORTS_SUBMITTED),
                         credentials=servers.kafka_credentials).start()
    broker = KafkaBroker(servers.kafka_bootstrap, enable_idempotence=True, acks="all",
                         security=faststream_security(servers.kafka_credentials))
    handler = Recording()
    consumer = Consumer(broker, topics, DeadLetters(broker, "test"), Subscriptions({REPORT_SUBMITTED: handler}),
                        service="intake", group_id=f"{prefix}group", max_message_bytes=256 * 1024, max_backoff=0.05,
                        session_timeout_ms=6000)
    consumer.subscribe()
    await broker.start()
    yield topics, raw, dlq, handler
    await broker.stop()
    await dlq.stop()
    await raw.stop()


async def send_report(raw, topics, submission_id: str, headers=None) -> bytes:
    _, value = submission_message(submission(0, submission_id=submission_id))
    await raw.send_and_wait(topics.name(REPORTS_SUBMITTED), value, key=KEY, headers=headers or [])
    return value


async def test_a_350_kb_header_of_invalid_bytes_gets_a_minimal_dlq_record_and_the_next_report_is_handled(line):
    topics, raw, dlq, handler = line
    poison = [("x-trace", b"\xff" * 350_000)]  # 3x larger as U+FFFD: its old DLQ copy (1 MiB) wedged the consumer
    await raw.send_and_wait(topics.name(REPORTS_SUBMITTED), b"x", key=KEY, headers=poison)
    await send_report(raw, topics, "after-poison")
    await handler.wait_for("after-poison")
    [record] = await dlq.wait_records(lambda r: True, timeout=60)
    assert header(record, DLQ_REASON) == "not_json"
    assert header(record, DLQ_MINIMAL) == "true"
    assert header(record, "x-dlq-dropped-headers") == "x-trace"
    assert len(record.value) + sum(len(v) for _, v in record.headers) < 64 * 1024
    described = json.loads(record.value)
    assert described["size"] == 1 and described["headers_size"] == 350_000
    assert described["topic"] == topics.name(REPORTS_SUBMITTED) and described["offset"] == 0
    assert described["sha256"] == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"


async def test_a_valid_report_with_broken_header_bytes_is_handled_like_any_other(line):
    """faststream decodes every header as UTF-8 and drops the record when one is broken: the consumer never lets it
    see them, so the report is neither skipped silently nor dead-lettered."""
    topics, raw, dlq, handler = line
    await send_report(raw, topics, "broken-headers", headers=[("x-trace", b"\xff" * 350_000), ("ok", b"fine")])
    await send_report(raw, topics, "plain")
    await handler.wait_for("plain")
    assert handler.calls == ["broken-headers", "plain"]
    assert dlq.records == []


async def test_a_value_over_the_dlq_size_gets_a_minimal_record_and_the_next_report_is_handled(line):
    topics, raw, dlq, handler = line
    huge = b'{"specversion": "1.0", "data": "' + b"A" * 900_000 + b'"}'
    await raw.send_and_wait(topics.name(REPORTS_SUBMITTED), huge, key=KEY)
    await send_report(raw, topics, "after-huge")
    await handler.wait_for("after-huge")
    [record] = await dlq.wait_records(lambda r: True, timeout=60)
    assert header(record, DLQ_REASON) == "too_large" and header(record, DLQ_MINIMAL) == "true"
    assert json.loads(record.value)["size"] == len(huge)
    assert header(record, "x-dlq-original-size") == str(len(huge))


async def test_a_permanent_handler_failure_is_dead_lettered_at_once_and_the_next_report_goes_through(line):
    topics, raw, dlq, handler = line
    handler.permanent.add("over-budget")
    value = await send_report(raw, topics, "over-budget")
    await send_report(raw, topics, "next")
    await handler.wait_for("next")
    [record] = await dlq.wait_records(lambda r: True, timeout=60)
    assert header(record, DLQ_REASON) == "event_too_large" and header(record, "x-dlq-detail") == "OverBudget"
    assert record.value == value and header(record, DLQ_MINIMAL) is None  # a full copy: it can be redriven
    assert handler.calls.count("over-budget") == 1  # never retried
