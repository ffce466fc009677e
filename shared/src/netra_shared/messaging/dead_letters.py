"""Messages a consumer cannot accept go to `<topic>.dlq`, unchanged, with the reason in headers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from faststream.kafka import KafkaBroker

DLQ_REASON = "x-dlq-reason"
DLQ_DETAIL = "x-dlq-detail"


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
        await self.broker.publish(record.value or b"", topic=dlq_topic, key=record.key, headers=headers)
