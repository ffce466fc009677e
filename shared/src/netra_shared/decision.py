"""What a pure domain rule returns: the new state, the events it emits, the next deadline. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from .contracts.topics import EventType, TopicSpec


@dataclass(frozen=True)
class Emit:
    topic: TopicSpec
    event: EventType
    key: str
    data: BaseModel
    label: str  # unique among the events one cause emits; the event id derives from cause id + label


@dataclass(frozen=True)
class Decision:
    state: BaseModel
    emits: list[Emit] = field(default_factory=list)
    next_due_at: datetime | None = None
    keys: dict[str, Any] = field(default_factory=dict)
    outcome: str = "updated"  # what happened, in the domain's words, for the log line
