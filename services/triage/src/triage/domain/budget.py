"""What fits one event: items are carried while the event stays within its topic's byte budget (the registry's
`TopicSpec.max_message_bytes`, what every consumer of the topic accepts), counted in UTF-8 bytes as the kernel
counts them. What does not fit is named (receipt numbers) or counted, never cut silently."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from netra_shared.contracts.topics import TopicSpec
from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)

ENVELOPE_BYTES = 4096  # the CloudEvent around `data`: ids, type, source, subject, time, trace context


def encoded_size(model: BaseModel) -> int:
    return len(model.model_dump_json().encode())


def room(spec: TopicSpec, without: BaseModel, reserve: int = 0) -> int:
    """Bytes left on `spec` for a list the event `without` does not carry yet (`reserve`: for what naming the
    omitted items may take)."""
    return spec.max_message_bytes - ENVELOPE_BYTES - encoded_size(without) - reserve


def fitting(items: Sequence[T], space: int) -> tuple[list[T], list[T]]:
    """The items in order while they fit `space` bytes, and the ones after (none when all fit)."""
    kept: list[T] = []
    used = 0
    for n, item in enumerate(items):
        used += encoded_size(item) + 1  # and the comma between items
        if used > space:
            return kept, list(items[n:])
        kept.append(item)
    return kept, []
