"""Intake as `intake.bootstrap.build()` wires it, on the real database (used by the integration tests).

The handlers are called directly (no consumer group, no relay): the handler objects are taken from the composition
root as it registers them, so the tests exercise exactly the production wiring.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from pymongo import AsyncMongoClient

import intake.entrypoints.subscribers as subscribers
from intake.bootstrap import build
from intake.handlers.context import Intake
from intake.settings import IntakeSettings
from netra_shared.clock import ManualClock
from netra_shared.runtime import Runtime


@dataclass
class IntakeApp:
    runtime: Runtime
    intake: Intake
    submitted: Any  # OnReportSubmitted (with its `unreadable` hook)
    supplemented: Any  # OnReportSupplemented
    withdrawal: Any  # OnWithdrawalRequested
    deadline: Callable[[str, datetime], Awaitable[None]]  # OnIntakeDeadline, as the sweeper calls it
    settings: IntakeSettings
    closed: bool = False

    @property
    def clock(self) -> ManualClock:
        return self.intake.clock

    @property
    def reports(self):
        return self.intake.reports.collection

    @property
    def series(self):
        return self.intake.series.collection

    async def report(self, receipt_no: str) -> dict | None:
        document = await self.intake.reports.load(receipt_no)
        return document["state"] if document else None

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self.runtime.mongo.close()


async def start_intake(settings: IntakeSettings, clock: ManualClock) -> IntakeApp:
    """build() with the handlers captured as bootstrap registers them; indexes as Runtime._prepare makes them."""
    captured: dict[str, Any] = {}
    register = subscribers.register

    def capture(runtime, submitted, supplemented, withdrawal):
        captured.update(submitted=submitted, supplemented=supplemented, withdrawal=withdrawal)
        register(runtime, submitted, supplemented, withdrawal)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(subscribers, "register", capture)
        runtime = build(settings, clock)
    for name, store in runtime.stores.items():
        await store.ensure_indexes(runtime.unique_keys[name])
    (sweeper,) = runtime.sweepers
    return IntakeApp(runtime, captured["submitted"].intake, captured["submitted"], captured["supplemented"],
                     captured["withdrawal"], sweeper.fire, settings)

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
