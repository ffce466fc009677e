"""Intake as `intake.bootstrap.build()` wires it, on the real database (used by the integration tests).

The handlers are called directly (no consumer group, no relay): they come from the composition root's `wire`, so
the tests exercise exactly the production wiring.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from intake.bootstrap import wire
from intake.handlers import Handlers
from intake.settings import IntakeSettings
from netra_devkit.outbox import relay_everything
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.runtime import Kernel
from netra_shared.kernel.timers import Timer, TimerSweeper
from pymongo import AsyncMongoClient


@dataclass
class IntakeApp:
    kernel: Kernel
    handlers: Handlers
    settings: IntakeSettings
    closed: bool = False

    async def submitted(self, inbound: Any) -> dict:
        """The submission handled, then the report's registration if it became complete (the sweeper's next turn,
        which in the service follows at once): the outcome says how the report ended this step."""
        return await self.settled(await self.handlers.submitted(inbound))

    async def supplemented(self, inbound: Any) -> dict:
        return await self.settled(await self.handlers.supplemented(inbound))

    async def withdrawal(self, inbound: Any) -> dict:
        return await self.handlers.withdrawal(inbound)

    async def settled(self, result: dict, deadline: Any = None) -> dict:
        """A complete report's timer is due at once: fire it as the sweeper does (with `deadline`, another handler)."""
        document = await self.reports.find_one({"_id": result["receipt_no"]})
        if document is None or document["state"]["status"] != "registering" or document["next_due_at"] is None:
            return result
        fired = await (deadline or self.handlers.deadline)(
            Timer(document["_id"], document["next_due_at"], document["version"]))
        return {**result, "outcome": fired["outcome"]}

    async def deadline(self, receipt_no: str, due_at: datetime) -> Any:
        """The report's timer firing at `due_at`, as the sweeper fires it (read at the report's version now)."""
        document = await self.reports.find_one({"_id": receipt_no}, {"version": 1})
        return await self.handlers.deadline(Timer(receipt_no, due_at, document["version"]))

    async def relayed(self) -> list[dict]:
        """The relay's turn (no broker here): every outbox entry taken as published (returned), so the reports'
        timers can fire."""
        return await relay_everything(self.kernel.stores["reports"])

    @property
    def sweeper(self) -> TimerSweeper:
        return self.kernel.sweepers["reports"]

    @property
    def clock(self) -> ManualClock:
        return self.kernel.clock

    @property
    def reports(self):
        return self.kernel.stores["reports"].collection

    @property
    def series(self):
        return self.handlers.deadline.complete.series.collection

    @property
    def refusals(self):
        return self.kernel.refusals.collection

    async def report(self, receipt_no: str) -> dict | None:
        document = await self.reports.find_one({"_id": receipt_no})
        return document["state"] if document else None

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self.kernel.mongo.close()


async def start_intake(settings: IntakeSettings, clock: ManualClock) -> IntakeApp:
    """intake as bootstrap wires it, with its entry points mounted; indexes as the kernel makes them at start."""
    kernel = Kernel.create("intake", settings, clock)
    handlers = wire(kernel, settings)
    from intake.entrypoints.subscriptions import entrypoints

    kernel.mount(entrypoints(handlers, settings))
    for store in kernel.stores.values():
        await store.ensure_indexes()
    return IntakeApp(kernel, handlers, settings)

@pytest.fixture
def unique_name() -> Callable[[str], str]:
    return lambda stem: f"{stem}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def intake_settings(servers, unique_name) -> Callable[..., IntakeSettings]:
    """intake_settings(**overrides): a database and topic prefix of this test's own."""
    database, prefix = unique_name("intake_it"), unique_name("it") + "."

    def make(**overrides: Any) -> IntakeSettings:
        return IntakeSettings(**{"mongo_url": servers.mongo_url, "mongo_db": database,
                                 **servers.kafka_settings(), "topic_prefix": prefix, **overrides})
    return make


@pytest.fixture
async def intake_factory(servers):
    """await intake_factory(settings, clock) -> IntakeApp. After the test: clients closed, databases dropped."""
    opened: list[IntakeApp] = []

    async def start(settings: IntakeSettings, clock: ManualClock) -> IntakeApp:
        app = await start_intake(settings, clock)
        opened.append(app)
        return app

    yield start
    for app in opened:
        await app.close()
    cleaner = AsyncMongoClient(servers.mongo_url)
    for database in {app.settings.mongo_db for app in opened}:
        await cleaner.drop_database(database)
    await cleaner.close()


@pytest.fixture(scope="session")
def start_intake_app():
    """The starter itself, for module-scoped fixtures (they cannot use the function-scoped factory)."""
    return start_intake
