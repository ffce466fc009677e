"""Test-side Kafka clients: a tap that records every record of a topic, and a plain producer."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from netra_shared.contracts.envelope import CONTENT_TYPE
from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs


class TopicTap:
    """Reads a topic from its beginning in the background and keeps every record (no consumer group)."""

    def __init__(self, bootstrap: str, topic: str, *, credentials: KafkaCredentials | None = None) -> None:
        self.topic = topic
        self.records: list[Any] = []
        self.arrivals: list[float] = []  # time.monotonic() when each record was read
        self._consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None,
                                          auto_offset_reset="earliest", metadata_max_age_ms=1000,
                                          **aiokafka_kwargs(credentials))
        self._task: asyncio.Task | None = None

    async def start(self) -> TopicTap:
        await self._consumer.start()
        self._task = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        async for record in self._consumer:
            self.records.append(record)
            self.arrivals.append(time.monotonic())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._consumer.stop()

    def all_events(self) -> list[dict[str, Any]]:
        """Every CloudEvent read, redelivered copies included."""
        parsed = []
        for record in self.records:
            try:
                parsed.append(json.loads(record.value))
            except (ValueError, TypeError):
                continue
        return parsed

    def events(self) -> list[dict[str, Any]]:
        """Distinct events, as an idempotent consumer sees them: a redelivered copy (same id) counts once."""
        seen: set[str] = set()
        distinct = []
        for event in self.all_events():
            if event.get("id") not in seen:
                seen.add(event.get("id"))
                distinct.append(event)
        return distinct

    def redelivered_copies_differ(self) -> list[str]:
        """Ids that were read more than once with different content (must be empty: copies are identical)."""
        first: dict[str, dict[str, Any]] = {}
        differing = []
        for event in self.all_events():
            previous = first.setdefault(event.get("id"), event)
            if previous != event:
                differing.append(event.get("id"))
        return differing

    def data(self, predicate: Callable[[dict[str, Any]], bool] = lambda _: True) -> list[dict[str, Any]]:
        return [event["data"] for event in self.events() if predicate(event.get("data", {}))]

    async def wait_for(self, predicate: Callable[[dict[str, Any]], bool], count: int = 1,
                       timeout: float = 60.0) -> list[dict[str, Any]]:
        """Waits until `count` events' data match; returns them. Fails with what was seen instead."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.data(predicate)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.1)
        raise AssertionError(f"{self.topic}: wanted {count} matching events in {timeout:.0f}s, "
                             f"found {len(self.data(predicate))} of {len(self.records)} records")

    async def wait_records(self, predicate: Callable[[Any], bool], count: int = 1, timeout: float = 60.0) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [record for record in self.records if predicate(record)]
            if len(found) >= count:
                return found
            await asyncio.sleep(0.1)
        raise AssertionError(f"{self.topic}: wanted {count} matching records in {timeout:.0f}s, "
                             f"saw {len(self.records)}")


class Producer:
    def __init__(self, bootstrap: str, *, credentials: KafkaCredentials | None = None) -> None:
        self._producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                          **aiokafka_kwargs(credentials))

    async def start(self) -> Producer:
        await self._producer.start()
        return self

    async def stop(self) -> None:
        await self._producer.stop()

    async def send(self, topic: str, key: bytes | None, value: bytes, *, cloudevent: bool = True,
                   headers: list[tuple[str, bytes]] | None = None) -> None:
        content = [("content-type", CONTENT_TYPE.encode())] if cloudevent else []
        await self._producer.send_and_wait(topic, value, key=key, headers=[*content, *(headers or [])])


def header(record: Any, name: str) -> str | None:
    for key, value in record.headers or ():
        if key == name:
            return value.decode()
    return None


async def dump_topics(bootstrap: str, prefix: str, exclude: set[str], *,
                      credentials: KafkaCredentials | None = None) -> dict[str, bytes]:
    """Every record of every topic under `prefix` (but the excluded names), keys, values and headers."""
    from aiokafka import TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        names = [name for name in await admin.list_topics()
                 if name.startswith(prefix) and name.removeprefix(prefix) not in exclude]
        described = await admin.describe_topics(names)
        partition_ids = {topic["topic"]: [p["partition"] for p in topic["partitions"]] for topic in described}
    finally:
        await admin.close()
    dumps: dict[str, bytes] = {}
    for name in names:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                    **aiokafka_kwargs(credentials))
        await consumer.start()
        try:
            partitions = [TopicPartition(name, p) for p in partition_ids.get(name, ())]
            if not partitions:
                raise AssertionError(f"topic {name} has no partitions in the cluster's metadata")
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            chunks = []
            while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
                batch = await consumer.getmany(timeout_ms=1000)
                for records in batch.values():
                    for record in records:
                        chunks.append((record.key or b"") + (record.value or b"")
                                      + b"".join(v or b"" for _, v in record.headers or ()))
            dumps[name] = b"\n".join(chunks)
        finally:
            await consumer.stop()
    return dumps
