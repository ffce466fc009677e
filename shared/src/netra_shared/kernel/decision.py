"""What a pure domain rule returns: a Decision (new state, events, next deadline) or a Refusal. No I/O here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from ..contracts.topics import EventType, TopicSpec


@dataclass(frozen=True)
class Emit:
    topic: TopicSpec
    event: EventType
    key: str
    data: BaseModel
    label: str  # unique among the events one cause emits; the event id derives from it
    # the newest replaces: a later event of the same type, topic and key decided in the same write takes this one's
    # place before either is published (a review packet superseded by a newer one of the same case)
    latest: bool = False


@dataclass(frozen=True)
class Decision:
    state: BaseModel
    emits: list[Emit] = field(default_factory=list)
    next_due_at: datetime | None = None
    keys: dict[str, Any] = field(default_factory=dict)
    outcome: str = "updated"  # what happened, in the domain's words, for the log line


@dataclass(frozen=True)
class Refusal:
    """The domain refuses a request; nothing changes. The one shape of "no" in every service."""

    reason: str  # a stable word: unknown_receipt, wrong_channel, after_deadline, ...
    detail: str  # for the sender, in Indonesian; never quotes personal data


@dataclass(frozen=True)
class Tell:
    """How the sender of a refused request hears of it: `notice` builds the event (on the sender's topic), recorded
    once per request; None where nobody can be told (the message then goes to the DLQ with the reason). `request`
    names what was refused in the outcome (`supplement_rejected_wrong_channel`)."""

    request: str
    notice: Callable[[Refusal, datetime], Emit | None]


Outcome = Decision | Refusal | None
