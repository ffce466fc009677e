"""notify alone as an OS process (`python -m notify`) on given servers, with one operator account, for the browser
test and the console screenshots: the topics (and, on a secured broker, the ACLs) of a fresh prefix are provisioned
as admin, notify runs as its own principal, and an admin producer tells it the events of a `ConsoleStory`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netra_shared.contracts.topics import Topics
from netra_shared.provisioning.provision import provision

from .console_samples import ConsoleStory
from .infra import free_ports
from .kafka_probe import Producer
from .operator_account import account
from .services import ServiceProcess, service_env

TRACE_VIEWER = "http://127.0.0.1:9411"  # a journey step links <this>/zipkin/traces/<trace id>


@dataclass
class RunningConsole:
    process: ServiceProcess
    topics: Topics
    producer: Producer
    database: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.process.http_port}"

    async def tell(self, story: ConsoleStory) -> int:
        return await story.send(self.producer, self.topics)


@contextlib.asynccontextmanager
async def running_console(servers: Any, log: Path, *, operator: str, password: str,
                          extra: dict[str, str] | None = None) -> AsyncIterator[RunningConsole]:
    run = uuid.uuid4().hex[:8]
    topics = Topics(f"con{run}.")
    await provision(servers, topics.prefix, plan=servers.topic_plan)
    (port,) = free_ports(1)
    settings = {"MONGO_DB": f"console_{run}", "OPERATOR_ACCOUNTS": json.dumps(account(operator, password)),
                "CONSOLE_SESSION_SECRET": secrets.token_hex(32), "TRACE_VIEWER_URL": TRACE_VIEWER,
                "CONSOLE_REFRESH_SECONDS": "2", "CONSUMER_SESSION_TIMEOUT_MS": "6000", "RELAY_POLL_SECONDS": "0.2",
                "SWEEP_INTERVAL_SECONDS": "0.5", "DEADLINE_GAUGES_SECONDS": "1", **(extra or {})}
    credentials = servers.principal("notify") if servers.secured else None
    env = service_env("notify", kafka_bootstrap=servers.kafka_bootstrap, mongo_url=servers.mongo_url,
                      http_port=port, topic_prefix=topics.prefix, extra=settings, kafka_credentials=credentials)
    process = ServiceProcess("notify", env, port, log)
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    try:
        await asyncio.to_thread(process.start().wait_ready, 90.0)
        yield RunningConsole(process, topics, producer, settings["MONGO_DB"])
    finally:
        await asyncio.to_thread(process.stop)
        await producer.stop()
