"""What every service's composition root builds the same way: clients, consumer, relay, sweepers, HTTP, app.

A service's bootstrap.py calls `Runtime.create(...)`, registers its handlers and timers, then `runtime.app()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import structlog
import uvicorn
from faststream.asgi import AsgiFastStream
from faststream.kafka import KafkaBroker
from pymongo import AsyncMongoClient

from .clock import Clock, SystemClock
from .contracts.topics import Topics, TopicSpec
from .http import health_routes, with_prefix_routes
from .messaging.admin import ensure_topics
from .messaging.consumer import Consumer, Handler, OnUnreadable
from .messaging.dead_letters import DeadLetters
from .messaging.kafka_auth import KafkaCredentials, faststream_security, from_settings
from .messaging.relay import OutboxRelay
from .persistence.aggregate_store import AggregateStore
from .persistence.timers import TimerSweeper
from .settings import ServiceSettings


@dataclass
class Runtime:
    service: str
    settings: ServiceSettings
    clock: Clock
    broker: KafkaBroker
    mongo: AsyncMongoClient
    topics: Topics
    consumer: Consumer
    stores: dict[str, AggregateStore] = field(default_factory=dict)
    unique_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sweepers: list[TimerSweeper] = field(default_factory=list)
    relay: OutboxRelay | None = None
    routes: list[tuple[str, Any]] = field(default_factory=list)
    prefix_routes: list[tuple[str, Any]] = field(default_factory=list)
    workers: list[tuple[str, Callable[[], Awaitable[None]]]] = field(default_factory=list)
    _tasks: list[asyncio.Task] = field(default_factory=list)

    @classmethod
    def create(cls, service: str, settings: ServiceSettings, clock: Clock | None = None) -> Runtime:
        broker = KafkaBroker(
            settings.kafka_bootstrap,
            client_id=f"netra-{service}",
            enable_idempotence=True,
            acks="all",
            logger=logging.getLogger("netra.broker"),
            graceful_timeout=10.0,
            security=faststream_security(from_settings(settings)),  # the service's own principal, or plaintext
        )
        topics = Topics(settings.topic_prefix)
        consumer = Consumer(
            broker, topics, DeadLetters(broker, service),
            group_id=settings.consumer_group or f"netra-{service}",
            max_message_bytes=settings.max_message_bytes,
            max_backoff=settings.retry_max_backoff_seconds,
            handler_error_attempts=settings.handler_error_attempts,
            session_timeout_ms=settings.consumer_session_timeout_ms,
        )
        mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True, serverSelectionTimeoutMS=5000)
        return cls(service, settings, clock or SystemClock(), broker, mongo, topics, consumer)

    @property
    def kafka_credentials(self) -> KafkaCredentials | None:
        """The service's own Kafka principal (None on a plaintext broker), for any extra Kafka client it opens."""
        return from_settings(self.settings)

    def store(self, collection: str, unique_keys: tuple[str, ...] = ()) -> AggregateStore:
        if collection not in self.stores:
            self.stores[collection] = AggregateStore(self.mongo[self.settings.mongo_db][collection])
            self.unique_keys[collection] = unique_keys
        return self.stores[collection]

    def subscribe(self, spec: TopicSpec, handler: Handler, on_unreadable: OnUnreadable | None = None) -> None:
        self.consumer.subscribe(spec, handler, on_unreadable)

    def add_timers(self, store: AggregateStore, fire: Callable[[str, datetime], Awaitable[None]]) -> None:
        self.sweepers.append(TimerSweeper(store, self.clock, fire, interval=self.settings.sweep_interval_seconds))

    def add_route(self, path: str, app: Any, *, prefix: bool = False) -> None:
        """An extra HTTP route next to /healthz: `app` is an ASGI app (or a faststream `get` handler). With
        `prefix=True` it answers every path that starts with `path` (e.g. "/reports/" for /reports/{receipt_no})."""
        (self.prefix_routes if prefix else self.routes).append((path, app))

    def add_worker(self, name: str, run: Callable[[], Awaitable[None]]) -> None:
        """A background loop started after startup, cancelled on shutdown and watched by /readyz."""
        self.workers.append((name, run))

    def outbox_relay(self) -> OutboxRelay:
        if self.relay is None:
            self.relay = OutboxRelay(list(self.stores.values()), self.broker, self.topics,
                                     poll_seconds=self.settings.relay_poll_seconds)
        return self.relay

    def written(self) -> None:
        """Handlers call this after a write that added outbox entries: publish them now."""
        self.outbox_relay().wake()

    # --- lifecycle ----------------------------------------------------------------------------------------
    async def _prepare(self) -> None:
        log = structlog.get_logger()
        created = []
        if self.settings.create_topics:  # false where an admin provisioned topics and ACLs before (no CREATE right)
            created = await ensure_topics(self.settings.kafka_bootstrap, self.topics,
                                          credentials=self.kafka_credentials)
        for name, store in self.stores.items():
            await store.ensure_indexes(self.unique_keys[name])
        log.info("service_starting", topics_created=len(created), collections=sorted(self.stores))

    async def _start_workers(self) -> None:
        self._tasks.append(asyncio.create_task(self.outbox_relay().run(), name="outbox-relay"))
        for sweeper in self.sweepers:
            self._tasks.append(asyncio.create_task(sweeper.run(), name="timer-sweeper"))
        for name, run in self.workers:
            self._tasks.append(asyncio.create_task(run(), name=name))
        structlog.get_logger().info("service_started", http_port=self.settings.http_port)

    async def _stop_workers(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    async def _close(self) -> None:
        await self.mongo.close()
        structlog.get_logger().info("service_stopped")

    async def _check_broker(self) -> str | None:
        return None if await self.broker.ping(timeout=2.0) else "broker unreachable"

    async def _check_database(self) -> str | None:
        await self.mongo.admin.command("ping")
        return None

    async def _check_workers(self) -> str | None:
        dead = [task.get_name() for task in self._tasks if task.done()]
        if not self._tasks:
            return "not started"
        return f"stopped: {', '.join(dead)}" if dead else None

    def app(self) -> Any:
        app = AsgiFastStream(
            self.broker,
            asgi_routes=[*health_routes({
                "broker": self._check_broker, "database": self._check_database, "workers": self._check_workers,
            }), *self.routes],
            logger=logging.getLogger("netra.broker"),
            on_startup=[self._prepare],
            after_startup=[self._start_workers],
            on_shutdown=[self._stop_workers],
            after_shutdown=[self._close],
        )
        return with_prefix_routes(app, self.prefix_routes)

    def serve(self) -> None:
        uvicorn.run(self.app(), host=self.settings.http_host, port=self.settings.http_port, log_config=None,
                    access_log=False, lifespan="on")
