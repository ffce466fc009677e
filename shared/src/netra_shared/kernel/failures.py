"""Which failures are transient (retry with backoff, never drop), which are permanent (no retry can change them:
dead-letter or park at once, with the reason), and the backoff between retries."""

from __future__ import annotations

import asyncio
import random

from aiokafka.errors import KafkaError
from bson.errors import InvalidDocument
from pydantic import ValidationError
from pymongo.errors import (
    AutoReconnect,
    ConnectionFailure,
    DocumentTooLarge,
    ExecutionTimeout,
    NetworkTimeout,
    ServerSelectionTimeoutError,
    WriteConcernError,
    WriteError,
)


class NotYet(Exception):
    """A handler needs something another service has not delivered yet: retry with backoff, never drop."""


class ConcurrentModification(Exception):
    """Too many concurrent writers on one aggregate; transient, so the message is retried."""


class OverBudget(Exception):
    """An event larger than its topic's byte budget (the registry's `TopicSpec.max_message_bytes`): a producer's
    bug that no retry can change. The domain must make its events fit (carry references, or split)."""


TRANSIENT = (
    NotYet,
    ConnectionFailure,
    AutoReconnect,
    NetworkTimeout,
    ServerSelectionTimeoutError,
    WriteConcernError,  # the majority did not acknowledge in time: the write may yet succeed
    ExecutionTimeout,
    KafkaError,
    ConcurrentModification,
    asyncio.TimeoutError,
    ConnectionError,
    OSError,
)

# Refusals of the broker that no retry changes: the record is too large, the topic unknown or not ours to write.
PERMANENT_KAFKA = frozenset({
    "MessageSizeTooLargeError", "RecordTooLargeError", "RecordListTooLargeError", "InvalidMessageError",
    "TopicAuthorizationFailedError", "UnknownTopicOrPartitionError", "InvalidTopicError",
})
# MongoDB's codes for a document over 16 MB: BSONObjectTooLarge, and "resulting document after update is larger".
DOCUMENT_TOO_LARGE_CODES = frozenset({10334, 17419, 17420})


def permanent_reason(exc: BaseException) -> str | None:
    """Why `exc` can never succeed on a retry (a stable word for the DLQ or the parked item), or None."""
    if isinstance(exc, OverBudget):
        return "event_too_large"
    if isinstance(exc, DocumentTooLarge) or (isinstance(exc, WriteError) and exc.code in DOCUMENT_TOO_LARGE_CODES):
        return "document_too_large"
    if isinstance(exc, InvalidDocument):
        return "invalid_document"
    if isinstance(exc, ValidationError):
        return "schema_error"
    if isinstance(exc, KafkaError) and type(exc).__name__ in PERMANENT_KAFKA:
        return "broker_refused_" + type(exc).__name__.removesuffix("Error").lower()
    return None


def is_permanent(exc: BaseException) -> bool:
    return permanent_reason(exc) is not None


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT) and not is_permanent(exc)


def backoff_seconds(attempt: int, *, base: float = 0.2, cap: float = 10.0) -> float:
    """Exponential backoff with full jitter: attempt 1 -> up to 0.2 s, ... capped at `cap`."""
    return random.uniform(base / 2, min(cap, base * 2 ** (attempt - 1)))
