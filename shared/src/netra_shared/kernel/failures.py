"""Which failures are transient (retry with backoff, never drop) and which are not."""

from __future__ import annotations

import asyncio
import random

from aiokafka.errors import KafkaError
from pymongo.errors import AutoReconnect, ConnectionFailure, NetworkTimeout, ServerSelectionTimeoutError


class NotYet(Exception):
    """A handler needs something another service has not delivered yet: retry with backoff, never drop."""


class ConcurrentModification(Exception):
    """Too many concurrent writers on one aggregate; transient, so the message is retried."""


TRANSIENT = (
    NotYet,
    ConnectionFailure,
    AutoReconnect,
    NetworkTimeout,
    ServerSelectionTimeoutError,
    KafkaError,
    ConcurrentModification,
    asyncio.TimeoutError,
    ConnectionError,
    OSError,
)


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT)


def backoff_seconds(attempt: int, *, base: float = 0.2, cap: float = 10.0) -> float:
    """Exponential backoff with full jitter: attempt 1 -> up to 0.2 s, ... capped at `cap`."""
    return random.uniform(base / 2, min(cap, base * 2 ** (attempt - 1)))
