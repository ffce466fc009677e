"""The kernel of a service: its clients, aggregate handles, consumer, relay, sweepers, workers and HTTP, built the
same way in all four. A service's bootstrap.py creates it, wires its handlers, and mounts its entry points:

    kernel = Kernel.create("triage", settings, clock)
    cases = kernel.aggregates("cases", Case, unique_keys=("subject_case",))
    kernel.mount(entrypoints(handlers))      # subscriptions, timers, workers, HTTP routes
    kernel.serve()
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from datetime import datetime, timedelta
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import structlog
import uvicorn
from faststream.asgi import AsgiFastStream
from faststream.kafka import KafkaBroker
from pydantic import BaseModel

from ..contracts.topics import Topics
from . import database, tracing
from .aggregates import Aggregates
from .alerts import Alerts
from .clock import Clock, SystemClock
from .consumer import Consumer, Subscriptions
from .dead_letters import DeadLetters
from .http import health_routes, with_prefix_routes
from .kafka_auth import KafkaCredentials, faststream_security, from_settings
from .loop import Loop, Step
from .ownership import Ownership
from .relay import OutboxRelay
from .settings import ServiceSettings
from .startup import exit_unless_started, wait_for_broker
from .store import AggregateStore
from .timers import FireTimer, Sweep, TimerSweeper
from .unit_of_work import UNSET, Written
from .watchdog import Watchdog

S = TypeVar("S", bound=BaseModel)


@dataclass(frozen=True)
class Route:
    """An HTTP route beside /healthz: `app` is an ASGI app; `prefix` answers every path that starts with `path`."""

    path: str
    app: Any
    prefix: bool = False


@dataclass(frozen=True)
class Entrypoints:
    """Everything that makes a service act: messages, deadlines, its own workers, HTTP."""

    subscriptions: Subscriptions
    timers: Mapping[Aggregates, FireTimer | Sweep] = field(default_factory=dict)
    workers: Mapping[str, Step] = field(default_factory=dict)
    routes: Sequence[Route] = ()


class Kernel:
    def __init__(self, service: str, settings: ServiceSettings, clock: Clock | None = None) -> None:
        self.service = service
        self.settings = settings
        self.clock = clock or SystemClock()
        self.topics = Topics(settings.topic_prefix)
        self.broker = KafkaBroker(
            settings.kafka_bootstrap, client_id=f"netra-{service}", enable_idempotence=True, acks="all",
            logger=logging.getLogger("netra.broker"), graceful_timeout=10.0,
            security=faststream_security(self.kafka_credentials),  # the service's own principal, or plaintext
            middlewares=[tracing.publish_telemetry()],  # publish spans, and every record's traceparent header
        )
        self.mongo = database.client(settings)
        self.database = self.mongo[settings.mongo_db]
        self.stores: dict[str, AggregateStore] = {}
        self.refusals = self.store("refusals", assume_new=True)
        # the relay and the sweepers work on the shards the consumer group gave this replica (ownership.py)
        self.ownership = Ownership(on_gain=self._wake_loops)
        self.alerts = Alerts(service)
        self.outbox = OutboxRelay(self.stores.values(), self.broker, self.topics, alerts=self.alerts, clock=self.clock,
                                  full_pass_seconds=settings.relay_full_pass_seconds, cleared=self._cleared)
        self.relay = Loop("outbox-relay", self._owned(self.outbox.step), idle_seconds=settings.relay_poll_seconds)
        self.sweepers: dict[str, TimerSweeper] = {}
        self._sweeper_loops: dict[str, Loop] = {}  # by collection
        self.consumer: Consumer | None = None
        self.watchdog = Watchdog(self.stores.values(), lambda: self.consumer, self.clock,
                                 stall_seconds=settings.stall_seconds)
        self.loops: list[Loop] = [self.relay, Loop("watchdog", self.watchdog.step, idle_seconds=self.watchdog.every)]
        self.routes: list[Route] = []
        self.indexes: list[Callable[[], Awaitable[None]]] = []  # a service's own indexes (adapters' queries)
        self._tasks: list[asyncio.Task] = []
        self._started = asyncio.Event()  # the loops are running: the start is complete
        self._start_deadline: float | None = None  # set when running as a process (serve)
        self._deadline_task: asyncio.Task | None = None

    @classmethod
    def create(cls, service: str, settings: ServiceSettings, clock: Clock | None = None) -> Kernel:
        return cls(service, settings, clock)

    @property
    def kafka_credentials(self) -> KafkaCredentials | None:
        """The service's own Kafka principal (None on a plaintext broker), for any extra Kafka client it opens."""
        return from_settings(self.settings)

    @property
    def source(self) -> str:
        """The CloudEvents `source` of everything this service emits."""
        return f"/netra/{self.service}"

    def store(self, collection: str, unique_keys: tuple[str, ...] = (), *, assume_new: bool = False) -> AggregateStore:
        if collection not in self.stores:
            self.stores[collection] = AggregateStore(self.database[collection], unique_keys, assume_new=assume_new)
        return self.stores[collection]

    def aggregates(self, collection: str, state_type: type[S], unique_keys: tuple[str, ...] = (), *,
                   assume_new: bool = False) -> Aggregates[S]:
        """The handle handlers go through for one kind of aggregate (one collection). `assume_new`: most messages
        create one (a batch then writes it without reading it first)."""
        return Aggregates(self.store(collection, unique_keys, assume_new=assume_new), state_type, source=self.source,
                          clock=self.clock, refusals=self.refusals, written=self._written)

    def _owned(self, step: Callable[[Any], Awaitable[float | None]]) -> Step:
        """A pass of `step` on the shards this replica owns as it starts (none owned: nothing to do)."""
        async def owned_step() -> float | None:
            async with self.ownership.held() as shards:
                return await step(shards) if shards else None
        return owned_step

    def _wake_loops(self) -> None:
        """Shards were gained: every loop looks at everything it owns now (the relay at every collection)."""
        self.outbox.look_everywhere()
        for loop in self.loops:
            loop.wake()

    def _written(self, collection: str, has_events: bool, next_due_at: datetime | None) -> None:
        """A write added outbox entries, or set a deadline: the relay (at that collection) or its sweeper has work
        (a document's timer waits for its outbox: the relay wakes the sweeper once it is published, `_cleared`)."""
        if has_events:
            self.outbox.note(collection)
            self.relay.wake()
        elif next_due_at is not None:
            self._cleared(collection, [next_due_at])

    def _cleared(self, collection: str, timers: list[datetime | None]) -> None:
        """These timers may fire now: the sweeper of the collection wakes for one due before its regular pass (one
        further off wakes nothing: that pass finds it in time)."""
        sweeper = self._sweeper_loops.get(collection)
        if sweeper is not None and any(due is not None and (due - self.clock.now()).total_seconds()
                                       < sweeper.idle_seconds for due in timers):
            sweeper.wake()

    def _flushed(self, written: Written) -> None:
        for staged in written.changes:
            self._written(staged.store.name, bool(staged.outbox),
                          None if staged.next_due_at is UNSET else staged.next_due_at)

    def mount(self, entrypoints: Entrypoints) -> None:
        settings = self.settings
        self.consumer = Consumer(
            self.broker, self.topics, DeadLetters(self.broker, self.service), entrypoints.subscriptions,
            service=self.service, group_id=settings.consumer_group or f"netra-{self.service}",
            max_message_bytes=settings.max_message_bytes, max_backoff=settings.retry_max_backoff_seconds,
            handler_error_attempts=settings.handler_error_attempts,
            session_timeout_ms=settings.consumer_session_timeout_ms, batch_size=settings.consume_batch,
            written=self._flushed, ownership=self.ownership,
            commit_interval=settings.consumer_commit_interval_seconds,
        )
        self.consumer.subscribe()
        self.loops.append(Loop("consumer-lag", self.consumer.measure_lag, idle_seconds=60))
        for aggregates, fire in entrypoints.timers.items():
            sweeper = TimerSweeper(aggregates.store, self.clock, fire, written=self._flushed,
                                   park_after=settings.timer_park_after, alerts=self.alerts,
                                   alerted=functools.partial(self._written, aggregates.store.name, True, None),
                                   horizon=timedelta(seconds=settings.sweep_interval_seconds))
            self.sweepers[aggregates.store.name] = sweeper
            self._sweeper_loops[aggregates.store.name] = Loop(
                f"timers-{aggregates.store.name}", self._owned(sweeper.step), idle_seconds=settings.sweep_interval_seconds)
        self.loops.extend(self._sweeper_loops.values())
        for name, step in entrypoints.workers.items():
            self.loops.append(Loop(name, step, idle_seconds=settings.sweep_interval_seconds))
        self.routes.extend(entrypoints.routes)

    # --- lifecycle ----------------------------------------------------------------------------------------------
    async def prepare(self) -> None:
        """The broker reachable (a start during its restart waits for it) and the indexes of every collection. Topics
        and ACLs are provisioning's job, done before any service starts."""
        if self._start_deadline is not None:
            self._deadline_task = asyncio.create_task(exit_unless_started(self._started, self._start_deadline))
        await wait_for_broker(self.settings.kafka_bootstrap, self.kafka_credentials)
        for store in self.stores.values():
            await store.ensure_indexes()
            await store.backfill_shards()
        for ensure in self.indexes:
            await ensure()
        structlog.get_logger().info("service_starting", collections=sorted(self.stores))

    async def start_loops(self) -> None:
        self._tasks = [asyncio.create_task(loop.run(), name=loop.name) for loop in self.loops]
        self._started.set()
        structlog.get_logger().info("service_started", http_port=self.settings.http_port)

    async def stop_loops(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        if self.consumer is not None:  # what was handled is committed (else: delivered again after the restart)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.consumer.commit_handled(), 10.0)

    async def close(self) -> None:
        await self.mongo.close()
        structlog.get_logger().info("service_stopped")

    async def _check_broker(self) -> str | None:
        return None if await self.broker.ping(timeout=2.0) else "broker unreachable"

    async def _check_database(self) -> str | None:
        await self.mongo.admin.command("ping")
        return None

    async def _check_loops(self) -> str | None:
        if not self._tasks:
            return "not started"
        dead = [task.get_name() for task in self._tasks if task.done()]
        return f"stopped: {', '.join(dead)}" if dead else None

    async def _check_stuck(self) -> str | None:
        return self.watchdog.problem()

    def app(self) -> Any:
        app = AsgiFastStream(
            self.broker,
            asgi_routes=[*health_routes({"broker": self._check_broker, "database": self._check_database,
                                         "workers": self._check_loops, "stuck": self._check_stuck}),
                         *((route.path, route.app) for route in self.routes if not route.prefix)],
            logger=logging.getLogger("netra.broker"),
            on_startup=[self.prepare], after_startup=[self.start_loops],
            on_shutdown=[self.stop_loops], after_shutdown=[self.close],
        )
        return with_prefix_routes(app, [(route.path, route.app) for route in self.routes if route.prefix])

    def serve(self) -> None:
        """Run as a process: one whose start does not complete in `start_deadline_seconds` exits with status 1."""
        self._start_deadline = self.settings.start_deadline_seconds
        tracing.configure_tracing(self.service, self.settings)
        try:
            uvicorn.run(self.app(), host=self.settings.http_host, port=self.settings.http_port, log_config=None,
                        access_log=False, lifespan="on")
        finally:
            tracing.shutdown_tracing()

