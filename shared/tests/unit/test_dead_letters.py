"""What goes to a DLQ, with a fake broker: a copy when it fits and is taken, else a minimal record (review C2)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

import pytest
from aiokafka.errors import KafkaConnectionError, MessageSizeTooLargeError
from netra_shared.kernel.dead_letters import DLQ_BASE64, DLQ_MINIMAL, DLQ_REASON, MAX_DLQ_RECORD, DeadLetters
from netra_shared.kernel.failures import is_permanent, is_transient, permanent_reason
from pydantic import BaseModel, ValidationError


@dataclass
class Record:
    value: bytes | None
    key: bytes | None = b"k"
    headers: tuple = ()
    topic: str = "reports.submitted"
    partition: int = 2
    offset: int = 41


@dataclass
class Broker:
    refuse_larger_than: int | None = None
    down: bool = False
    sent: list = field(default_factory=list)

    async def publish(self, value, *, topic, key, headers):
        if self.down:
            raise KafkaConnectionError("broker away")
        size = len(value) + sum(len(k) + len(v) for k, v in headers.items())
        if self.refuse_larger_than is not None and size > self.refuse_larger_than:
            raise MessageSizeTooLargeError("too large")
        self.sent.append((value, topic, key, headers))


async def test_a_readable_record_is_copied_with_its_headers_and_the_reason():
    broker = Broker()
    record = Record(b'{"a": 1}', headers=(("traceparent", b"00-abc"), ("bin", b"\xff\x00")))
    assert await DeadLetters(broker, "intake").send(record, "reports.submitted.dlq", "invalid_data", "x") == "copied"
    [(value, topic, key, headers)] = broker.sent
    assert (value, topic, key) == (b'{"a": 1}', "reports.submitted.dlq", b"k")
    assert headers["traceparent"] == "00-abc" and base64.b64decode(headers[DLQ_BASE64 + "bin"]) == b"\xff\x00"
    assert headers[DLQ_REASON] == "invalid_data" and headers["x-dlq-original-offset"] == "41"


async def test_a_copy_the_broker_refuses_for_good_becomes_a_minimal_record():
    """The reviewer's fake: the producer refuses the copy as too large. Before, this retried forever."""
    broker = Broker(refuse_larger_than=200_000)
    record = Record(b"v" * 300_000)
    assert await DeadLetters(broker, "intake").send(record, "reports.submitted.dlq", "too_large", "x") == "minimal"
    [(value, _, key, headers)] = broker.sent
    described = json.loads(value)
    assert described["size"] == 300_000 and described["refused_copy"] == "MessageSizeTooLargeError"
    assert headers[DLQ_MINIMAL] == "true" and key == b"k"


async def test_the_dlq_record_never_exceeds_its_size_whatever_the_record_carries():
    broker = Broker(refuse_larger_than=MAX_DLQ_RECORD)
    record = Record(b"\xff" * 1_000_000, key=b"K" * 100_000,
                    headers=tuple((f"h{i}", b"\xfe" * 50_000) for i in range(20)))
    assert await DeadLetters(broker, "intake").send(record, "d", "too_large", "d" * 5000) == "minimal"
    value, _, key, headers = broker.sent[0]
    assert len(value) + len(key) + sum(len(k) + len(v) for k, v in headers.items()) < 64 * 1024
    assert "x-dlq-key-sha256" in headers


async def test_a_sender_cannot_preset_the_dlq_headers():
    broker = Broker()
    record = Record(b"{}", headers=(("x-dlq-reason", b"fine"), ("x-dlq-original-topic", b"elsewhere")))
    await DeadLetters(broker, "intake").send(record, "d", "not_an_object", "x")
    headers = broker.sent[0][3]
    assert headers[DLQ_REASON] == "not_an_object" and headers["x-dlq-original-topic"] == "reports.submitted"


async def test_a_broker_that_is_away_raises_so_the_consumer_waits_and_nothing_is_dropped():
    with pytest.raises(KafkaConnectionError):
        await DeadLetters(Broker(down=True), "intake").send(Record(b"{}"), "d", "not_json", "x")


class Model(BaseModel):
    n: int


def test_permanent_failures_are_never_transient():
    try:
        Model.model_validate({"n": "x"})
    except ValidationError as exc:
        invalid = exc
    for error, reason in [(MessageSizeTooLargeError(), "broker_refused_messagesizetoolarge"),
                          (invalid, "schema_error")]:
        assert permanent_reason(error) == reason and is_permanent(error) and not is_transient(error)
    assert is_transient(KafkaConnectionError()) and not is_permanent(KafkaConnectionError())
