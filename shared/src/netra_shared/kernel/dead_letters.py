"""Messages a consumer cannot accept go to `<topic>.dlq`, unchanged, with the reason in headers."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from faststream.kafka import KafkaBroker

DLQ_REASON = "x-dlq-reason"
DLQ_DETAIL = "x-dlq-detail"
# Below the producer's max_request_size (1 MiB) with room for headers. A larger original is kept as a prefix,
# with its full size and SHA-256 in headers: the partition must never stall on a message the DLQ cannot take.
MAX_DLQ_VALUE = 512 * 1024


class DeadLetters:
    def __init__(self, broker: KafkaBroker, service: str) -> None:
        self.broker = broker
        self.service = service

    async def send(self, record: Any, dlq_topic: str, reason: str, detail: str) -> None:
        headers = {key: value.decode("utf-8", "replace") for key, value in (record.headers or ()) if value}
        headers.update({
            DLQ_REASON: reason,
            DLQ_DETAIL: detail[:1000],
            "x-dlq-service": self.service,
            "x-dlq-original-topic": record.topic,
            "x-dlq-original-partition": str(record.partition),
            "x-dlq-original-offset": str(record.offset),
            "x-dlq-at": datetime.now(UTC).isoformat(),
        })
        value = record.value or b""
        if len(value) > MAX_DLQ_VALUE:
            headers.update({"x-dlq-truncated-from": str(len(value)),
                            "x-dlq-original-sha256": hashlib.sha256(value).hexdigest()})
            value = value[:MAX_DLQ_VALUE]
        await self.broker.publish(value, topic=dlq_topic, key=(record.key or b"")[:1024] or None, headers=headers)
