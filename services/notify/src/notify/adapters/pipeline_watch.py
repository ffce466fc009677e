"""How the pipeline is doing, for the operator console: messages in each DLQ and consumer lag per service, read from
Kafka with notify's own credentials (DESCRIBE on every topic and the services' groups: offsets only, never a
message; contracts/access.py), and parked items per service from the services' /metrics (`netra_parked_total`,
counted since each process started). Refreshed in the background; the console shows the last snapshot."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx
import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import CoordinatorLoadInProgressError, GroupCoordinatorNotAvailableError, NotCoordinatorError
from netra_shared.contracts.access import SERVICE_GROUP_PREFIX, SERVICES
from netra_shared.contracts.topics import ALL_TOPICS, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs

PARKED_LINE = re.compile(r'^netra_parked_total\{([^}]*)\}\s+([0-9.eE+-]+)$', re.MULTILINE)
LABEL = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Snapshot:
    taken_at: float | None = None  # unix seconds; None: not taken yet
    dlq: list[tuple[str, int]] = field(default_factory=list)  # (topic, messages), every DLQ, fullest first
    lag: list[tuple[str, int]] = field(default_factory=list)  # (service, records behind), SERVICES' order
    parked: list[tuple[str, str, int]] = field(default_factory=list)  # (service, collection, items)
    problems: list[str] = field(default_factory=list)  # what could not be read, in words


def parked_counts(metrics_text: str) -> dict[str, int]:
    """collection -> items parked, from a Prometheus text exposition."""
    counts: dict[str, int] = {}
    for labels, value in PARKED_LINE.findall(metrics_text):
        collection = dict(LABEL.findall(labels)).get("collection", "?")
        counts[collection] = counts.get(collection, 0) + int(float(value))
    return counts


class PipelineWatch:
    def __init__(self, bootstrap: str, credentials: KafkaCredentials | None, topics: Topics,
                 metrics_urls: Mapping[str, str], *, timeout: float = 5.0) -> None:
        self.bootstrap = bootstrap
        self.credentials = credentials
        self.topics = topics
        self.metrics_urls = dict(metrics_urls)
        self.timeout = timeout
        self.latest = Snapshot()
        self._admin: AIOKafkaAdminClient | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self.log = structlog.get_logger()

    async def _clients(self) -> tuple[AIOKafkaAdminClient, AIOKafkaConsumer]:
        if self._admin is None or self._consumer is None:
            kwargs = {"bootstrap_servers": self.bootstrap, "request_timeout_ms": int(self.timeout * 1000),
                      **aiokafka_kwargs(self.credentials)}
            self._admin, self._consumer = AIOKafkaAdminClient(**kwargs), AIOKafkaConsumer(group_id=None, **kwargs)
            await self._admin.start()
            await self._consumer.start()  # refresh() closes both, also when either fails to start
        return self._admin, self._consumer

    async def close(self) -> None:
        for client in (self._consumer, self._admin):
            if client is not None:
                try:
                    await client.stop() if isinstance(client, AIOKafkaConsumer) else await client.close()
                except Exception:  # noqa: BLE001 - closing a client that already failed
                    pass
        self._admin = self._consumer = None

    async def refresh(self) -> Snapshot:
        problems: list[str] = []
        dlq: list[tuple[str, int]] = []
        lag: list[tuple[str, int]] = []
        try:
            dlq, lag = await asyncio.wait_for(self._offsets(), self.timeout * 3)
        except Exception as exc:  # the broker is away: say so, keep the rest
            problems.append(f"Kafka tidak terbaca ({type(exc).__name__})")
        finally:  # a look every pipeline_refresh_seconds: no connection is held between them, none left at shutdown
            await self.close()
        parked, unread = await self._parked()
        problems += unread
        self.latest = Snapshot(time.time(), dlq, lag, parked, problems)
        return self.latest

    async def _offsets(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        admin, consumer = await self._clients()
        names = [name for spec in ALL_TOPICS for name in (self.topics.name(spec), self.topics.dlq(spec))]
        described = await admin.describe_topics(names)
        partitions = {t["topic"]: [TopicPartition(t["topic"], p["partition"]) for p in t["partitions"]]
                      for t in described if not t["error_code"]}
        every = [tp for tps in partitions.values() for tp in tps]
        # one metadata request for them all: end_offsets alone learns an unknown topic per retry (0.1 s each, ~10 s
        # for the registry's hundred topics and DLQs); aiokafka has no public call for it
        await consumer._client.set_topics(list(partitions))
        ends, begins = await consumer.end_offsets(every), await consumer.beginning_offsets(every)
        dlq = sorted(((self.topics.dlq(spec), sum(ends[tp] - begins[tp] for tp in partitions.get(
            self.topics.dlq(spec), []))) for spec in ALL_TOPICS), key=lambda item: (-item[1], item[0]))
        lag = []
        for service in SERVICES:
            consumed = [tp for spec in ALL_TOPICS if service in spec.consumers
                        for tp in partitions.get(self.topics.name(spec), [])]
            committed = await self._committed(admin, f"{SERVICE_GROUP_PREFIX}{service}", consumed)
            behind = 0
            for tp in consumed:
                at = committed.get(tp)
                behind += ends[tp] - (at.offset if at is not None and at.offset >= 0 else begins[tp])
            lag.append((service, behind))
        return dlq, lag

    async def _committed(self, admin: AIOKafkaAdminClient, group: str, partitions: list[TopicPartition]) -> dict:
        """The group's committed offsets; a coordinator still loading (a fresh broker) is asked again shortly."""
        for attempt in range(8):
            try:
                return await admin.list_consumer_group_offsets(group, partitions=partitions)
            except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError, NotCoordinatorError):
                if attempt == 7:
                    raise
                await asyncio.sleep(0.25 * (attempt + 1))
        return {}

    async def _parked(self) -> tuple[list[tuple[str, str, int]], list[str]]:
        found, problems = [], []
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            for service, url in self.metrics_urls.items():
                try:
                    response = await client.get(url)
                    response.raise_for_status()
                except httpx.HTTPError as exc:
                    problems.append(f"/metrics {service} tidak terbaca ({type(exc).__name__})")
                    continue
                found += [(service, collection, count)
                          for collection, count in sorted(parked_counts(response.text).items())]
        return found, problems
