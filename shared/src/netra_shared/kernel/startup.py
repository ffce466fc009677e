"""Starting while the broker is away: a service waits for it instead of failing its start, and a process whose start
failed anyway ends (its supervisor starts it again) instead of living on without ever becoming ready."""

from __future__ import annotations

import asyncio
import os

import structlog
from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError

from .kafka_auth import KafkaCredentials, aiokafka_kwargs
from .failures import backoff_seconds


async def wait_for_broker(bootstrap: str, credentials: KafkaCredentials | None, *, cap: float = 10.0) -> int:
    """Until the broker answers a bootstrap (its metadata): how many attempts failed first."""
    failed = 0
    while True:
        client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=5000, **aiokafka_kwargs(credentials))
        try:
            await client.bootstrap()
            return failed
        except (KafkaError, OSError) as exc:
            failed += 1
            structlog.get_logger().warning("broker_unreachable_at_start", attempt=failed, error=type(exc).__name__)
        finally:
            await client.close()
        await asyncio.sleep(backoff_seconds(failed, cap=cap))


async def exit_unless_started(started: asyncio.Event, deadline_seconds: float) -> None:
    """A process whose start has not completed by the deadline ends with status 1."""
    try:
        await asyncio.wait_for(started.wait(), deadline_seconds)
    except TimeoutError:
        structlog.get_logger().error("service_start_failed", deadline_seconds=deadline_seconds,
                                     note="exiting, so that the supervisor starts the service again")
        os._exit(1)
