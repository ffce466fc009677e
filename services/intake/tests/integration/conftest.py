"""Messages built as the channels send them, and the real subscriber wrapper for hostile input."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import TopicPartition
from faststream.kafka import KafkaBroker
from intake.domain.numbers import receipt_number
from intake.settings import IntakeSettings
from netra_devkit import samples
from netra_devkit.kafka_probe import TopicTap, header
from netra_shared.contracts.decoding import ContractViolation, parse_message
from netra_shared.contracts.schemas.submission import Channel, SubmissionId
from netra_shared.contracts.topics import (
    REPORTS_SUBMITTED,
    REPORTS_SUPPLEMENTED,
    REPORTS_WITHDRAWALS,
    Topics,
    TopicSpec,
)
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.consumer import Consumer, Inbound
from netra_shared.kernel.dead_letters import DeadLetters
from netra_shared.provisioning.topics import ensure_topics
from pydantic import TypeAdapter, ValidationError

SUPPLEMENTED = "id.bawaslu.report.supplemented.v1"
WITHDRAWAL = "id.bawaslu.report.withdrawal-requested.v1"


@dataclass
class Offsets:
    next: int = 0

    def take(self) -> int:
        self.next += 1
        return self.next


@dataclass
class Kit:
    """Message builders: the same bytes a channel puts on the topic, parsed by the shared contract decoder."""

    offsets: Offsets = field(default_factory=Offsets)

    @staticmethod
    def submission(index: int, submission_id: str, **changes: Any) -> dict[str, Any]:
        data = samples.submission(index, submission_id=submission_id)
        for path, value in changes.items():
            *parents, last = path.split("__")
            target = data
            for part in parents:
                target = target[part]
            target[last] = value
        return data

    @staticmethod
    def receipt(data: dict[str, Any]) -> str:
        return receipt_number(data["channel"], data["submission_id"])

    def inbound(self, spec: TopicSpec, value: bytes) -> Inbound:
        event, data = parse_message(spec, value, max_bytes=256 * 1024)
        return Inbound(event, data, spec.name, 0, self.offsets.take(), spec.sender)

    def submitted(self, data: dict[str, Any], event_id: str | None = None, *, sender: str | None = None) -> Inbound:
        """`sender`: the channel whose topic it came on (default: the one the data names)."""
        _, value = samples.submission_message(data, event_id=event_id or str(uuid.uuid4()))
        return self.inbound(REPORTS_SUBMITTED[sender or data["channel"]], value)

    def supplemented(self, receipt_no: str, channel: str, supplied_at: datetime, *, sender: str | None = None,
                     **items: Any) -> Inbound:
        data = {"receipt_no": receipt_no, "channel": channel, "supplied_at": supplied_at.isoformat(), **items}
        value = samples.envelope(SUPPLEMENTED, data, source=f"/channels/{channel}", subject=receipt_no)
        return self.inbound(REPORTS_SUPPLEMENTED[sender or channel], json.dumps(value).encode())

    def withdrawn(self, receipt_no: str, channel: str, requested_at: datetime, *, sender: str | None = None) -> Inbound:
        data = {"receipt_no": receipt_no, "channel": channel, "requested_at": requested_at.isoformat()}
        value = samples.envelope(WITHDRAWAL, data, source=f"/channels/{channel}", subject=receipt_no)
        return self.inbound(REPORTS_WITHDRAWALS[sender or channel], json.dumps(value).encode())

    @staticmethod
    def outbox_types(document: dict[str, Any]) -> list[str]:
        """The event types a report's document holds for the relay (nothing is relayed in these tests)."""
        return [json.loads(entry["value"])["type"] for entry in document.get("outbox", ())]


@pytest.fixture
def kit() -> Kit:
    return Kit()

# --- the real subscriber, for hostile input ------------------------------------------------------------------------

HOSTILE_NOW = datetime(2024, 11, 7, 0, 0, tzinfo=UTC)  # after every sample's received_at
HOSTILE_TOPIC = REPORTS_SUBMITTED["sigap-lapor"]  # the hostile records come from SIGAP Lapor's credentials
CONTRACT_REASONS = {"empty", "too_large", "not_utf8", "not_json", "duplicate_key", "too_deep", "forbidden_key",
                    "not_an_object", "invalid_envelope", "unknown_event_type", "invalid_data"}
_SUBMISSION_ID, _CHANNEL = TypeAdapter(SubmissionId), TypeAdapter(Channel)


@dataclass(frozen=True)
class FakeRecord:  # what aiokafka hands the subscriber
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple = (("content-type", b"application/cloudevents+json"),)


def forbidden_keys(value: Any, path: str = "$") -> list[str]:
    """Keys a MongoDB document must never hold from input: '$' prefixed or dotted, anywhere."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key).startswith("$") or "." in str(key):
                found.append(f"{path}.{key}")
            found += forbidden_keys(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += forbidden_keys(item, f"{path}[{index}]")
    return found


def assert_whole_report(document: dict) -> None:
    """No half-written report: the state is complete for its status, and nothing input-shaped became a key."""
    assert forbidden_keys(document) == [], document["_id"]
    state = document["state"]
    assert state["status"] in ("awaiting_completion", "registered", "not_registered"), (document["_id"], state)
    assert state["receipt_no"] == document["_id"] and state["updated_at"]
    if state["status"] == "registered":
        assert state["registration_no"] and document["keys"]["registration_no"] == state["registration_no"]
    if state["status"] == "not_registered":
        assert state["reason"] and state["registration_no"] is None
    if state["status"] == "awaiting_completion":
        assert state["missing"] and state["completion_due_at"] and document["next_due_at"]


@dataclass
class Harness:
    app: Any  # IntakeApp, from ../conftest.py
    consumer: Consumer
    tap: TopicTap
    topic: str
    offsets: Offsets = field(default_factory=Offsets)
    outcomes: dict[int, str] = field(default_factory=dict)
    forbidden_keys = staticmethod(forbidden_keys)
    assert_whole_report = staticmethod(assert_whole_report)
    contract_reasons = frozenset(CONTRACT_REASONS)

    async def deliver(self, value: bytes | None, key: bytes | None = b"hostile") -> tuple[str, int]:
        """One record through the consumer into the real handler (a batch of one); its offset goes to the next commit,
        whatever it is (the partition moves on)."""
        record = FakeRecord(self.topic, 0, self.offsets.take(), key, value)
        (outcome,) = await self.consumer.process_batch([record])
        assert self.consumer.written_up_to(TopicPartition(self.topic, 0)) == record.offset + 1
        receipt = self.receipt_named_by(value)
        if receipt is not None:  # a complete report: the sweeper registers it next (at once, in the service)
            settled = await self.app.settled({"receipt_no": receipt, "outcome": outcome})
            outcome = settled["outcome"] if outcome == "complete" else outcome
        self.outcomes[record.offset] = outcome
        return outcome, record.offset

    @staticmethod
    def receipt_named_by(value: bytes | None) -> str | None:
        """The receipt a message names: from the contract if it parses, else as far as plain JSON tells."""
        try:
            _, data = parse_message(HOSTILE_TOPIC, value, max_bytes=256 * 1024)
            if data.channel != HOSTILE_TOPIC.sender:
                return None  # it names another channel than its sender: refused, no receipt
            return receipt_number(HOSTILE_TOPIC.sender, data.submission_id)  # the sender's namespace
        except ContractViolation:
            pass
        try:
            data = json.loads(value)["data"]
            if _CHANNEL.validate_python(data["channel"]) != HOSTILE_TOPIC.sender:
                return None  # it names another channel than its sender: no receipt
            return receipt_number(HOSTILE_TOPIC.sender, _SUBMISSION_ID.validate_python(data["submission_id"]))
        except (ValueError, TypeError, KeyError, ValidationError, RecursionError):
            return None

    async def dead_letters(self, offset: int, timeout: float = 30) -> list[Any]:
        """The DLQ records of one delivered offset (waits for the first)."""
        def mine(record) -> bool:
            return (header(record, "x-dlq-original-topic") == self.topic
                    and header(record, "x-dlq-original-offset") == str(offset))
        return await self.tap.wait_records(mine, timeout=timeout)

    async def dlq_reasons(self, offsets: list[int], timeout: float = 90) -> dict[int, list[str]]:
        """offset -> the x-dlq-reason of each DLQ record of that offset (waits until every offset has one)."""
        wanted = set(offsets)

        def ours(record) -> bool:
            return header(record, "x-dlq-original-topic") == self.topic

        def reasons() -> dict[int, list[str]]:
            found: dict[int, list[str]] = {}
            for record in self.tap.records:
                if ours(record):
                    found.setdefault(int(header(record, "x-dlq-original-offset")), []).append(
                        header(record, "x-dlq-reason"))
            return found

        for _ in range(int(timeout * 10)):
            if wanted <= set(reasons()):
                break
            await asyncio.sleep(0.1)
        return reasons()


@pytest.fixture(scope="module")
async def hostile(servers, start_intake_app):
    """Intake behind the shared subscriber wrapper, dead-lettering to a real DLQ topic of its own."""
    prefix = f"hx{uuid.uuid4().hex[:8]}."
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, plan=servers.topic_plan,
                        credentials=servers.kafka_credentials)
    broker = KafkaBroker(servers.kafka_bootstrap, enable_idempotence=True, acks="all",
                         security=servers.broker_security)
    await broker.start()
    settings = IntakeSettings(mongo_url=servers.mongo_url, mongo_db=f"intake_{prefix[:-1]}", topic_prefix=prefix,
                              **servers.kafka_settings())
    app = await start_intake_app(settings, ManualClock(HOSTILE_NOW))
    consumer = Consumer(broker, topics, DeadLetters(broker, "intake"), app.kernel.consumer.subscriptions,
                        service="intake", group_id=f"{prefix}intake", max_message_bytes=settings.max_message_bytes,
                        max_backoff=0.05, handler_error_attempts=settings.handler_error_attempts)
    consumer.subscribe()  # knows its topics (the broker is not started: records come through process_batch)
    tap = await TopicTap(servers.kafka_bootstrap, topics.dlq(HOSTILE_TOPIC),
                         credentials=servers.kafka_credentials).start()
    yield Harness(app, consumer, tap, topics.name(HOSTILE_TOPIC))
    await tap.stop()
    await broker.stop()
    await app.kernel.mongo.drop_database(settings.mongo_db)
    await app.close()
