"""The subscriber wrapper every service uses: the only way a message reaches a handler.

parse into the contract (or DLQ with the reason, never retried) -> bind the log context -> call ONE handler
(transient failures retried with backoff, forever; a failing handler a few times, then DLQ) -> commit the
offset only after the handler's write. faststream's own acking is switched off (AckPolicy.MANUAL).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog
from faststream import AckPolicy
from faststream.kafka import KafkaBroker, KafkaMessage
from faststream.kafka.schemas import Topic
from pydantic import BaseModel

from ..contracts.decoding import ContractViolation, parse_message
from ..contracts.envelope import CloudEvent
from ..contracts.topics import Topics, TopicSpec
from .dead_letters import DeadLetters
from .failures import backoff_seconds, is_transient
from .metrics import HANDLING, MESSAGES, RETRIES


@dataclass(frozen=True)
class Inbound:
    event: CloudEvent
    data: Any  # the validated pydantic model of the event type
    topic: str
    partition: int
    offset: int


# A handler returns what happened: an outcome word, or a dict of log fields with an "outcome" key.
Handler = Callable[[Inbound], Awaitable[str | dict | None]]
# Called after an unreadable message went to the DLQ: (raw bytes, the violation, a stable message id).
OnUnreadable = Callable[[bytes, ContractViolation, str], Awaitable[str | dict | None]]


async def _raw_body(message: Any) -> bytes:
    return message.body


class Consumer:
    def __init__(self, broker: KafkaBroker, topics: Topics, dead_letters: DeadLetters, *, group_id: str,
                 max_message_bytes: int, max_backoff: float = 10.0, handler_error_attempts: int = 3,
                 session_timeout_ms: int = 10000) -> None:
        self.broker = broker
        self.topics = topics
        self.dead_letters = dead_letters
        self.group_id = group_id
        self.max_message_bytes = max_message_bytes
        self.max_backoff = max_backoff
        self.handler_error_attempts = handler_error_attempts
        self.session_timeout_ms = session_timeout_ms
        self.log = structlog.get_logger()

    def subscribe(self, spec: TopicSpec, handler: Handler, on_unreadable: OnUnreadable | None = None) -> None:
        subscriber = self.broker.subscriber(
            # declare=False: topics are created beforehand (runtime.ensure_topics or the admin's provisioning);
            # faststream would otherwise try CreateTopics, which a service's principal may not do
            Topic(self.topics.name(spec), declare=False),
            group_id=self.group_id,
            ack_policy=AckPolicy.MANUAL,
            auto_offset_reset="earliest",
            decoder=_raw_body,
            session_timeout_ms=self.session_timeout_ms,
            heartbeat_interval_ms=max(1000, self.session_timeout_ms // 4),
        )

        async def consume(body: bytes, msg: KafkaMessage) -> None:
            await self.process(spec, handler, msg.raw_message, msg, on_unreadable)

        subscriber(consume)

    async def process(self, spec: TopicSpec, handler: Handler, record: Any, message: Any,
                      on_unreadable: OnUnreadable | None = None) -> str:
        started = time.perf_counter()
        with structlog.contextvars.bound_contextvars(
            topic=record.topic, partition=record.partition, offset=record.offset
        ):
            fields: dict[str, Any] = {}
            try:
                event, data = parse_message(spec, record.value, max_bytes=self.max_message_bytes)
            except ContractViolation as violation:
                result: str | dict = await self._dead_letter(spec, record, violation.reason, violation.detail)
                if on_unreadable is not None:
                    message_id = f"{record.topic}/{record.partition}/{record.offset}"
                    follow_up = await self._with_retries(
                        spec, lambda v=violation: on_unreadable(record.value or b"", v, message_id), record)
                    result = {"outcome": "dead_lettered", "follow_up": follow_up, "reason": violation.reason}
            else:
                fields = {"event_id": event.id, "event_type": event.type,
                          "correlation_id": event.correlationid or event.id, spec.key: event.subject}
                with structlog.contextvars.bound_contextvars(**fields):
                    result = await self._handle(spec, handler, Inbound(event, data, record.topic, record.partition,
                                                                       record.offset), record)
            await self._commit(message)
            duration = time.perf_counter() - started
            if isinstance(result, dict):
                fields.update(result)
            else:
                fields["outcome"] = result
            MESSAGES.labels(spec.name, fields["outcome"].split("_to_")[0]).inc()
            HANDLING.labels(spec.name).observe(duration)
            self.log.info("message_handled", topic=record.topic, partition=record.partition, offset=record.offset,
                          duration_ms=round(duration * 1000, 1), **fields)
            return fields["outcome"]

    async def _handle(self, spec: TopicSpec, handler: Handler, inbound: Inbound, record: Any) -> str | dict:
        return await self._with_retries(spec, lambda: handler(inbound), record)

    async def _with_retries(self, spec: TopicSpec, call: Callable[[], Awaitable[Any]], record: Any) -> str | dict:
        transient_attempt = 0
        errors = 0
        while True:
            try:
                return await call() or "handled"
            except ContractViolation as violation:  # the handler found the message unacceptable (e.g. unknown id)
                return await self._dead_letter(spec, record, violation.reason, violation.detail)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if is_transient(exc):
                    transient_attempt += 1
                    delay = backoff_seconds(transient_attempt, cap=self.max_backoff)
                    RETRIES.labels(spec.name).inc()
                    self.log.warning("transient_failure_retrying", error_type=type(exc).__name__,
                                     attempt=transient_attempt, backoff_s=round(delay, 2))
                    await asyncio.sleep(delay)
                    continue
                errors += 1
                self.log.error("handler_failed", error_type=type(exc).__name__, attempt=errors, exc_info=True)
                if errors >= self.handler_error_attempts:
                    return await self._dead_letter(spec, record, "handler_error", type(exc).__name__)
                await asyncio.sleep(backoff_seconds(errors, cap=self.max_backoff))

    async def _dead_letter(self, spec: TopicSpec, record: Any, reason: str, detail: str) -> str:
        attempt = 0
        while True:
            try:
                await self.dead_letters.send(record, self.topics.dlq(spec), reason, detail)
                break
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the broker is down: the message must not be lost, so wait for it
                attempt += 1
                self.log.warning("dead_letter_publish_retrying", error_type=type(exc).__name__, attempt=attempt)
                await asyncio.sleep(backoff_seconds(attempt, cap=self.max_backoff))
        self.log.warning("message_dead_lettered", reason=reason, detail=detail)
        return "dead_lettered"

    async def _commit(self, message: Any) -> None:
        try:
            await message.ack()
        except Exception as exc:  # a rebalance: the message comes again and the guarded write ignores it
            self.log.warning("offset_commit_failed", error_type=type(exc).__name__)


def event_data(inbound: Inbound) -> BaseModel:
    return inbound.data
