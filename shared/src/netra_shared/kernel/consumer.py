"""The subscriber wrapper every service uses: the only way a message reaches a handler.

Each topic a service consumes is read in batches (faststream batch subscriber, AckPolicy.MANUAL). Per message, in
order: parse into the contract (or DLQ with the reason, never retried) -> bind the log context -> the ONE handler of
its event type from the service's subscription table (transient failures retried with backoff, forever; a failing
handler a few times, then DLQ; a permanent failure, such as an event over its budget or a document too large, at
once) -> next. A batch's offsets are committed only after every message of it is written, and at most once every
`commit_interval` seconds: the offsets of the batches written meanwhile go in one commit, sent when the interval is
over, before the partitions go to another replica, and when the service stops (a crash re-delivers at most that much,
which the guarded writes ignore). A batch whose write fails for good is written one record at a time, so only the
record that cannot be written goes to the DLQ. Headers are never decoded on the way in: a record with broken header
bytes is handled like any other. `stalled()` says when the consumer holds a batch too long, or has records waiting
and handles none (/readyz).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import structlog
from aiokafka import TopicPartition
from faststream import AckPolicy
from faststream.kafka import KafkaBroker, KafkaMessage
from faststream.kafka.schemas import Topic

from ..contracts.decoding import ContractViolation, parse_message
from ..contracts.envelope import CloudEvent
from ..contracts.topics import ALL_TOPICS, EventType, Topics, TopicSpec
from .aggregates import Cause
from .dead_letters import DeadLetters
from . import tracing
from .failures import backoff_seconds, is_transient, permanent_reason
from .logging import receipt_fields
from .metrics import BATCHES, COMMITS, CONSUMER_LAG, DEAD_LETTERED, HANDLING, MESSAGES, RETRIES
from .ownership import Ownership, anchor_topic
from .unit_of_work import Written, in_one_write


@dataclass(frozen=True)
class Inbound:
    event: CloudEvent
    data: Any  # the validated pydantic model of the event type
    topic: str
    partition: int
    offset: int
    sender: str | None = None  # on a per-sender topic, who sent it: the principal the broker let write the topic
    trace_id: str | None = None  # the trace its handling runs in (a child of the record's traceparent, when it has one)

    @property
    def cause(self) -> Cause:
        return Cause.of(self.event, self.sender)


LAG_INTERVAL = 15.0  # seconds between two lag measurements against the broker

# A handler returns what happened: an outcome word, or a dict of log fields with an "outcome" key.
Handler = Callable[[Inbound], Awaitable[str | dict | None]]
# Called after an unreadable message went to the DLQ: (raw bytes, the violation, a stable message id, the sender of a
# per-sender topic).
OnUnreadable = Callable[[bytes, ContractViolation, str, str | None], Awaitable[str | dict | None]]


@dataclass(frozen=True)
class Subscriptions:
    """A service's table: event type -> its one handler; and, per topic, who hears of an unreadable message."""

    handlers: Mapping[EventType, Handler]
    unreadable: Mapping[TopicSpec, OnUnreadable] = field(default_factory=dict)

    def topics(self, service: str) -> list[TopicSpec]:
        """The topics this service consumes (registry) that carry an event type of the table."""
        wanted = set(self.handlers)
        topics = [spec for spec in ALL_TOPICS if service in spec.consumers and wanted & set(spec.events)]
        unknown = wanted - {event for spec in topics for event in spec.events}
        if unknown:
            raise ValueError(f"{service} handles {sorted(e.type for e in unknown)}, which no topic it consumes carries")
        return topics


def _outcome(result: str | dict | None) -> dict[str, Any]:
    if isinstance(result, dict):
        return result
    return {"outcome": result or "handled"}


async def _raw_bodies(message: Any) -> list[bytes]:
    return [record.value or b"" for record in message.raw_message]


async def _parse_without_headers(records: tuple[Any, ...], original: Callable[..., Awaitable[Any]]) -> Any:
    """faststream's own parser decodes every header as UTF-8 and drops a batch that has one broken header: give it
    header-free copies to build its message from, and keep the records as they came for ourselves."""
    message = await original(tuple(dataclasses.replace(record, headers=()) for record in records))
    message.raw_message = records
    return message


class Consumer:
    def __init__(self, broker: KafkaBroker, topics: Topics, dead_letters: DeadLetters, subscriptions: Subscriptions,
                 *, service: str, group_id: str, max_message_bytes: int, max_backoff: float = 10.0,
                 handler_error_attempts: int = 3, session_timeout_ms: int = 10000, batch_size: int = 100,
                 written: Callable[[Written], None] = lambda written: None,
                 ownership: Ownership | None = None, commit_interval: float = 0.0) -> None:
        self.broker = broker
        self.topics = topics
        self.dead_letters = dead_letters
        self.subscriptions = subscriptions
        self.service = service
        self.group_id = group_id
        self.max_message_bytes = max_message_bytes
        self.max_backoff = max_backoff
        self.handler_error_attempts = handler_error_attempts
        self.session_timeout_ms = session_timeout_ms
        self.batch_size = batch_size
        self.written = written  # wakes the relay and the sweepers for what a batch wrote
        self.ownership = ownership  # follows the group's assignment of the anchor topic
        self._specs: dict[str, TopicSpec] = {}
        self._subscriber: Any = None
        self._committed: dict[TopicPartition, int] = {}  # the next offset to handle, per partition (lag)
        self.commit_interval = commit_interval
        self._handled: dict[TopicPartition, int] = {}  # handled, not yet committed: the next offset, per partition
        self._commit_lock = asyncio.Lock()
        self._commit_later: asyncio.Task | None = None
        self._committed_at = float("-inf")  # time.monotonic() of the last commit
        self.busy_since: float | None = None  # time.monotonic() when the batch in hand was taken
        self.last_batch_at = time.monotonic()
        self.log = structlog.get_logger()

    def subscribe(self) -> None:
        """One consumer for all the service's topics: one member of the group per replica, one batch at a time (so
        the service's own writes never race each other), one commit per batch."""
        specs = self.subscriptions.topics(self.service)
        self._specs = {self.topics.name(spec): spec for spec in specs}
        subscriber = self.broker.subscriber(
            # declare=False: topics are provisioned beforehand; a service's principal may not create them
            *(Topic(name, declare=False) for name in self._specs),
            group_id=self.group_id,
            batch=True,
            max_records=self.batch_size,
            batch_timeout_ms=100,
            ack_policy=AckPolicy.MANUAL,
            auto_offset_reset="earliest",
            parser=_parse_without_headers,
            decoder=_raw_bodies,
            session_timeout_ms=self.session_timeout_ms,
            heartbeat_interval_ms=max(1000, self.session_timeout_ms // 4),
            listener=self.ownership,
        )
        if self.ownership is not None:
            self.ownership.before_revoke = self.commit_handled
            anchor = anchor_topic(specs)
            name = self.topics.name(anchor)
            self.ownership.follow(name, lambda: len(subscriber.consumer.partitions_for_topic(name) or ()),
                                  anchor.partitions)

        async def consume(bodies: list[bytes], msg: KafkaMessage) -> None:
            await self.process_batch(msg.raw_message)

        subscriber(consume)
        self._subscriber = subscriber

    def spec_of(self, record: Any) -> TopicSpec:
        return self._specs[record.topic]

    async def process_batch(self, records: Sequence[Any]) -> list[str]:
        """Every record of the batch in order, their writes in one bulk write, then one commit of its offsets. The
        aggregates the handlers say they will touch are read first, together."""
        started = time.perf_counter()
        self.busy_since = time.monotonic()
        try:
            outcomes, replayed, changes = await self._handle_together(list(records))
            handled = time.perf_counter()
            await self._commit(records)
        finally:
            self.busy_since, self.last_batch_at = None, time.monotonic()
        BATCHES.labels(self.service).observe(len(records))
        self.log.info("batch_handled", records=len(records), replayed=replayed, written=changes,
                      handle_ms=round((handled - started) * 1000, 1),
                      commit_ms=round((time.perf_counter() - handled) * 1000, 1))
        return outcomes

    async def _handle_together(self, records: list[Any]) -> tuple[list[str], int, int]:
        """The records' writes in one bulk write, retried while the database is away. A write that fails for good
        (a document over 16 MB, say) is made again one record at a time: the record whose own write fails goes to
        the DLQ with the reason, and the others are written."""
        parsed = {id(record): self._parse(self.spec_of(record), record) for record in records}
        touches = [wanted for record in records for wanted in self._touches(self.spec_of(record), parsed[id(record)])]
        await self._read_ahead([(self.spec_of(record), parsed[id(record)]) for record in records])
        attempt = 0
        while True:
            try:
                outcomes, written = await in_one_write(records, lambda record: self.process(
                    self.spec_of(record), record, parsed.get(id(record))), touches=touches)
                self.written(written)
                return outcomes, len(written.replay), len(written.changes)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if is_transient(exc):  # the database went away during the batch's write: do the batch again
                    attempt += 1
                    RETRIES.labels("batch").inc()
                    self.log.warning("batch_write_retrying", error_type=type(exc).__name__, attempt=attempt)
                    await asyncio.sleep(backoff_seconds(attempt, cap=self.max_backoff))
                    continue
                if len(records) > 1:
                    self.log.error("batch_write_failed_one_by_one", error_type=type(exc).__name__,
                                   records=len(records))
                    results = [await self._handle_together([record]) for record in records]
                    return ([outcome for outcomes, _, _ in results for outcome in outcomes],
                            sum(replayed for _, replayed, _ in results), sum(changes for _, _, changes in results))
                record = records[0]
                with structlog.contextvars.bound_contextvars(topic=record.topic, partition=record.partition,
                                                             offset=record.offset):
                    self.log.error("record_write_failed", error_type=type(exc).__name__)
                    reason = permanent_reason(exc) or "write_failed"
                    return [await self._dead_letter(self.spec_of(record), record, reason, type(exc).__name__)], 0, 0

    def _parse(self, spec: TopicSpec, record: Any) -> tuple[CloudEvent, Any] | ContractViolation:
        try:
            return parse_message(spec, record.value, max_bytes=min(self.max_message_bytes, spec.max_message_bytes))
        except ContractViolation as violation:
            return violation

    async def _read_ahead(self, parsed: list[tuple[TopicSpec, tuple[CloudEvent, Any] | ContractViolation]]) -> None:
        """A handler may read what a whole batch needs at once (`read_ahead(datas)`), before the batch is handled."""
        by_handler: dict[int, tuple[Any, list[Any]]] = {}
        for spec, item in parsed:
            if isinstance(item, ContractViolation):
                continue
            handler = self.subscriptions.handlers.get(spec.event(item[0].type))
            if getattr(handler, "read_ahead", None) is not None:
                by_handler.setdefault(id(handler), (handler, []))[1].append(item[1])
        for handler, datas in by_handler.values():
            attempt = 0
            while True:
                try:
                    await handler.read_ahead(datas)
                    break
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # an optimisation: when it fails for good, each message reads for itself
                    if not is_transient(exc):
                        self.log.warning("read_ahead_failed", error_type=type(exc).__name__)
                        break
                    attempt += 1
                    await asyncio.sleep(backoff_seconds(attempt, cap=self.max_backoff))

    def _touches(self, spec: TopicSpec, parsed: tuple[CloudEvent, Any] | ContractViolation) -> list[Any]:
        if isinstance(parsed, ContractViolation):
            return []
        handler = self.subscriptions.handlers.get(spec.event(parsed[0].type))
        touches = getattr(handler, "touches", None)  # a handler may say which aggregates a message concerns
        return [(getattr(aggregates, "store", aggregates), aggregate_id)
                for aggregates, aggregate_id in (touches(parsed[1]) if touches is not None else ())]

    async def process(self, spec: TopicSpec, record: Any,
                      parsed: tuple[CloudEvent, Any] | ContractViolation | None = None) -> str:
        started = time.perf_counter()
        with tracing.consuming(record, service=self.service) as span, structlog.contextvars.bound_contextvars(
                topic=record.topic, partition=record.partition, offset=record.offset, **tracing.log_fields(span)):
            fields: dict[str, Any] = {}
            parsed = parsed if parsed is not None else self._parse(spec, record)
            if isinstance(parsed, ContractViolation):
                fields = await self._unreadable(spec, record, parsed)
            else:
                event, data = parsed
                fields = {"event_id": event.id, "event_type": event.type,
                          "correlation_id": event.correlationid or event.id, spec.key: event.subject,
                          **receipt_fields(data)}
                handler = self.subscriptions.handlers.get(spec.event(event.type))
                with structlog.contextvars.bound_contextvars(**fields):
                    if handler is None:
                        fields["outcome"] = "not_for_" + self.service
                    else:
                        inbound = Inbound(event, data, record.topic, record.partition, record.offset, spec.sender,
                                          tracing.trace_id(span))  # the record's trace (its traceparent's)
                        with tracing.TRACER.start_as_current_span(f"handle {event.type}",
                                                                  attributes={"netra.event_id": event.id}):
                            fields.update(_outcome(await self._with_retries(spec, lambda: handler(inbound), record)))
            span.set_attribute("netra.outcome", str(fields["outcome"]))
            duration = time.perf_counter() - started
            MESSAGES.labels(spec.name, fields["outcome"].split("_to_")[0]).inc()
            HANDLING.labels(spec.name).observe(duration)
            self.log.info("message_handled", topic=record.topic, partition=record.partition, offset=record.offset,
                          duration_ms=round(duration * 1000, 1), **fields)
            return fields["outcome"]

    async def _unreadable(self, spec: TopicSpec, record: Any, violation: ContractViolation) -> dict[str, Any]:
        outcome = await self._dead_letter(spec, record, violation.reason, violation.detail)
        follow = self.subscriptions.unreadable.get(spec)
        if follow is None:
            return {"outcome": outcome}
        message_id = f"{record.topic}/{record.partition}/{record.offset}"
        follow_up = await self._with_retries(
            spec, lambda: follow(record.value or b"", violation, message_id, spec.sender), record)
        return {"outcome": outcome, "follow_up": follow_up, "reason": violation.reason}

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
                if (reason := permanent_reason(exc)) is not None:  # no retry can change it: to the DLQ at once
                    self.log.error("handler_failed_permanently", error_type=type(exc).__name__, reason=reason)
                    return await self._dead_letter(spec, record, reason, type(exc).__name__)
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
        """To `<topic>.dlq`: a copy, or a minimal record when the copy cannot be made (never a retry of the
        message itself). Only a broker that is away, or refuses even the minimal record, makes this wait."""
        attempt = 0
        while True:
            try:
                kind = await self.dead_letters.send(record, self.topics.dlq(spec), reason, detail)
                break
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the message must not be lost, so wait for the broker
                attempt += 1
                self.log.warning("dead_letter_publish_retrying", error_type=type(exc).__name__, attempt=attempt)
                await asyncio.sleep(backoff_seconds(attempt, cap=self.max_backoff))
        DEAD_LETTERED.labels(self.service, spec.name, reason).inc()
        self.log.warning("message_dead_lettered", reason=reason, detail=detail, dead_letter=kind)
        return "dead_lettered"

    async def lag(self) -> int:
        """Records of the assigned partitions not yet taken (high watermark - position), as far as known."""
        consumer = getattr(self._subscriber, "consumer", None)
        if consumer is None:
            return 0
        waiting = 0
        for partition in consumer.assignment():
            highwater = consumer.highwater(partition)
            if highwater is not None:
                waiting += max(0, highwater - await consumer.position(partition))
        return waiting

    async def stalled(self, after_seconds: float) -> str | None:
        """Why the consumer looks wedged: a batch in hand longer than `after_seconds`, or records waiting while no
        batch was handled for that long. None while it moves."""
        now = time.monotonic()
        if self.busy_since is not None and now - self.busy_since > after_seconds:
            return f"one batch in hand for {now - self.busy_since:.0f} s"
        if now - self.last_batch_at > after_seconds and (waiting := await self.lag()):
            return f"{waiting} records waiting, none handled for {now - self.last_batch_at:.0f} s"
        return None

    async def _commit(self, records: Sequence[Any]) -> None:
        """The batch is written: commit its offsets now, or with the next batches' within `commit_interval`."""
        for record in records:
            partition = TopicPartition(record.topic, record.partition)
            self._handled[partition] = max(self._handled.get(partition, 0), record.offset + 1)
        wait = self._committed_at + self.commit_interval - time.monotonic()
        if wait <= 0:
            await self.commit_handled()
        elif self._commit_later is None or self._commit_later.done():
            self._commit_later = asyncio.create_task(self._commit_after(wait))

    def written_up_to(self, partition: TopicPartition) -> int | None:
        """The next offset to handle on this partition, as far as batches are written (committed, or in the next
        commit)."""
        return self._handled.get(partition, self._committed.get(partition))

    async def _commit_after(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
        await self.commit_handled()

    async def commit_handled(self) -> None:
        """Commit the offsets of every batch written so far (their exact offsets: never one not yet written)."""
        async with self._commit_lock:
            kafka = getattr(self._subscriber, "consumer", None)
            if kafka is None:  # not consuming (yet): nothing to commit to
                return
            offsets, self._handled = self._handled, {}
            try:  # a partition given to another replica meanwhile: its new owner commits it
                assigned = kafka.assignment()
                offsets = {partition: offset for partition, offset in offsets.items() if partition in assigned}
                if not offsets:
                    return
                self._committed_at = time.monotonic()
                await kafka.commit(offsets)
            except Exception as exc:  # a rebalance, or a consumer stopped: the messages come again, ignored
                self.log.warning("offset_commit_failed", error_type=type(exc).__name__)
                return
            COMMITS.labels(self.service).inc()
            self._handled_up_to(offsets)

    # --- consumer lag -------------------------------------------------------------------------------------------
    def _handled_up_to(self, offsets: Mapping[TopicPartition, int]) -> None:
        """After a commit: how far each partition is handled, and its lag against the last known high watermark."""
        for partition, offset in offsets.items():
            self._committed[partition] = max(self._committed.get(partition, 0), offset)
        kafka = getattr(self._subscriber, "consumer", None)
        for partition in offsets:
            end = kafka.highwater(partition) if kafka is not None else None
            if end is not None:
                self._set_lag(partition, end)

    def _set_lag(self, partition: TopicPartition, end: int) -> None:
        CONSUMER_LAG.labels(self.service, self.spec_of(partition).name, str(partition.partition)).set(
            max(0, end - self._committed[partition]))

    async def measure_lag(self) -> float:
        """A background step: each assigned partition's lag against the broker's end offset (also when nothing
        arrives, or the consumer is stuck); partitions given to another replica stop being reported here."""
        kafka = getattr(self._subscriber, "consumer", None)
        if kafka is None:
            return LAG_INTERVAL
        assigned = set(kafka.assignment())
        for partition in set(self._committed) - assigned:
            del self._committed[partition]
            with contextlib.suppress(KeyError):
                CONSUMER_LAG.remove(self.service, self.spec_of(partition).name, str(partition.partition))
        if not assigned:
            return LAG_INTERVAL
        ends = await kafka.end_offsets(sorted(assigned))
        unknown = [partition for partition in assigned if partition not in self._committed]
        starts = await kafka.beginning_offsets(unknown) if unknown else {}
        for partition in unknown:
            committed = await kafka.committed(partition)
            self._committed[partition] = committed if committed is not None else starts[partition]
        for partition, end in ends.items():
            self._set_lag(partition, end)
        return LAG_INTERVAL
