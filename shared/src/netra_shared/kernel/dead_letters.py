"""Messages a consumer cannot accept go to `<topic>.dlq`, with the reason in headers, and the partition moves on.

The DLQ record is the original (value, key, and its headers within a cap) when that copy fits and the broker takes
it. Otherwise (too large, headers the copy cannot carry, or the broker refuses the copy for good) it is a minimal
record that says what the message was: reason, size, SHA-256 digest, topic/partition/offset and a capped excerpt.
A DLQ record is never larger than `MAX_DLQ_RECORD`, so no message can make its own dead-lettering fail.

Original headers are copied as they were when they are valid UTF-8, base64 under `x-dlq-b64:<name>` when not, each
at most `MAX_HEADER_VALUE` bytes and `MAX_COPIED_HEADERS` in all; the others are named in `x-dlq-dropped-headers`
and covered by `x-dlq-headers-sha256`. `netra_shared.ops.redrive` puts a copied record back on its topic as it came.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from faststream.kafka import KafkaBroker

from .failures import is_permanent

DLQ_REASON = "x-dlq-reason"
DLQ_DETAIL = "x-dlq-detail"
DLQ_PREFIX = "x-dlq-"
DLQ_BASE64 = "x-dlq-b64:"  # an original header whose value is not UTF-8, base64-encoded
DLQ_MINIMAL = "x-dlq-minimal"  # "true": the value is a description of the message, not the message
DLQ_HEADER_NAMES = "x-dlq-header-names"  # the copied original headers' names, in order (JSON): the broker client
# adds headers of its own (content-type) that the original did not have
MAX_DLQ_RECORD = 768 * 1024  # value + key + headers: well below the producer's max_request_size (1 MiB)
MAX_COPIED_HEADERS = 16 * 1024
MAX_HEADER_VALUE = 4 * 1024
MAX_HEADER_NAME = 200
MAX_KEY = 1024
EXCERPT_BYTES = 4096


def _copied_headers(record: Any) -> tuple[dict[str, str], list[str]]:
    """The original headers the DLQ record can carry, and the names of those it cannot."""
    copied: dict[str, str] = {}
    dropped: list[str] = []
    total = 0
    for name, value in record.headers or ():
        name = name if isinstance(name, str) else bytes(name).decode("utf-8", "replace")
        value = bytes(value or b"")
        if name.startswith(DLQ_PREFIX):  # ours to write: a sender cannot pre-set a reason or an origin
            dropped.append(name[:MAX_HEADER_NAME])
            continue
        try:
            text, label = value.decode("utf-8"), name
        except UnicodeDecodeError:
            text, label = base64.b64encode(value).decode(), DLQ_BASE64 + name
        size = len(label.encode()) + len(text.encode())
        if len(name) > MAX_HEADER_NAME or len(text) > MAX_HEADER_VALUE or total + size > MAX_COPIED_HEADERS:
            dropped.append(name[:MAX_HEADER_NAME])
            continue
        copied[label] = text
        total += size
    return copied, dropped


def _headers_digest(record: Any) -> str:
    digest = hashlib.sha256()
    for name, value in record.headers or ():
        name = name.encode() if isinstance(name, str) else bytes(name)
        value = bytes(value or b"")
        digest.update(len(name).to_bytes(4, "big") + name + len(value).to_bytes(4, "big") + value)
    return digest.hexdigest()


def minimal_record(record: Any, reason: str, detail: str, service: str, refused: str = "") -> bytes:
    """What a message was, when it cannot be dead-lettered as it is (a few KiB at most)."""
    value = record.value or b""
    return json.dumps({
        "minimal": True, "reason": reason, "detail": detail[:1000], "service": service,
        "refused_copy": refused or None, "topic": record.topic, "partition": record.partition,
        "offset": record.offset, "size": len(value), "sha256": hashlib.sha256(value).hexdigest(),
        "key_size": len(record.key or b""), "key_sha256": hashlib.sha256(record.key or b"").hexdigest(),
        "headers": len(record.headers or ()), "headers_size": sum(len(bytes(v or b"")) for _, v in record.headers or ()),
        "headers_sha256": _headers_digest(record),
        "excerpt": value[:EXCERPT_BYTES].decode("utf-8", "replace"),
    }, ensure_ascii=True).encode()


class DeadLetters:
    def __init__(self, broker: KafkaBroker, service: str) -> None:
        self.broker = broker
        self.service = service

    async def send(self, record: Any, dlq_topic: str, reason: str, detail: str) -> str:
        """Dead-letter `record`; returns "copied" or "minimal". Raises only while the broker is away (or refuses
        even the minimal record): the caller waits and tries again, the message is never dropped."""
        key = bytes(record.key or b"")
        ours = {
            DLQ_REASON: reason,
            DLQ_DETAIL: detail[:1000],
            "x-dlq-service": self.service,
            "x-dlq-original-topic": record.topic,
            "x-dlq-original-partition": str(record.partition),
            "x-dlq-original-offset": str(record.offset),
            "x-dlq-original-size": str(len(record.value or b"")),
            "x-dlq-original-sha256": hashlib.sha256(record.value or b"").hexdigest(),
            "x-dlq-at": datetime.now(UTC).isoformat(),
        }
        if len(key) > MAX_KEY:
            ours["x-dlq-key-sha256"] = hashlib.sha256(key).hexdigest()
        copied, dropped = _copied_headers(record)
        refused = ""
        if not dropped and len(key) <= MAX_KEY:
            ours[DLQ_HEADER_NAMES] = json.dumps([label.removeprefix(DLQ_BASE64) for label in copied])
        if not dropped and len(key) <= MAX_KEY and self._size(record.value, key, {**copied, **ours}) <= MAX_DLQ_RECORD:
            try:
                await self._publish(record.value or b"", dlq_topic, key, {**copied, **ours})
                return "copied"
            except Exception as exc:
                if not is_permanent(exc):
                    raise  # the broker is away: the caller retries
                refused = type(exc).__name__
        ours.pop(DLQ_HEADER_NAMES, None)
        ours.update({DLQ_MINIMAL: "true", "x-dlq-headers-sha256": _headers_digest(record)})
        if dropped:
            ours["x-dlq-dropped-headers"] = ",".join(dropped)[:1000]
        await self._publish(minimal_record(record, reason, detail, self.service, refused), dlq_topic,
                            key[:MAX_KEY], ours)
        return "minimal"

    @staticmethod
    def _size(value: bytes | None, key: bytes, headers: dict[str, str]) -> int:
        return len(value or b"") + len(key) + sum(len(k.encode()) + len(v.encode()) + 8 for k, v in headers.items())

    async def _publish(self, value: bytes, topic: str, key: bytes, headers: dict[str, str]) -> None:
        await self.broker.publish(value, topic=topic, key=key or None, headers=headers)
