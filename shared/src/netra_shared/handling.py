"""The one way handlers write: pure decision -> CloudEvents -> guarded single-document write -> wake the relay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from .contracts.envelope import CloudEvent, new_event
from .decision import Decision
from .persistence.aggregate_store import AggregateStore, Applied, Change, OutboxEntry

S = TypeVar("S", bound=BaseModel)


@dataclass(frozen=True)
class Cause:
    """Why we are writing: an inbound event, or a timer (then `id` is the timer's message id)."""

    id: str
    event: CloudEvent | None = None

    @classmethod
    def of(cls, event: CloudEvent) -> Cause:
        return cls(event.id, event)


def to_change(decision: Decision, *, source: str, cause: Cause, now: Any) -> Change:
    events = [
        OutboxEntry(emit.topic.name, emit.key, new_event(
            type=emit.event.type, source=source, subject=emit.key, data=emit.data, cause=cause.event,
            cause_id=cause.id, label=emit.label, time=now,
        ))
        for emit in decision.emits
    ]
    return Change(decision.state.model_dump(mode="json"), events, decision.next_due_at, decision.keys)


async def apply_decision(
    store: AggregateStore,
    aggregate_id: str,
    cause: Cause,
    state_type: type[S],
    decide: Callable[[S | None], Decision | None],
    *,
    source: str,
    now: Any,
    written: Callable[[], None],
) -> str:
    """Returns the decision's outcome, or "duplicate"/"unchanged" when nothing was written."""
    outcomes: list[str] = []

    def decide_raw(raw: dict[str, Any] | None) -> Change | None:
        decision = decide(state_type.model_validate(raw) if raw is not None else None)
        if decision is None:
            return None
        outcomes.append(decision.outcome)
        return to_change(decision, source=source, cause=cause, now=now)

    applied = await store.apply(aggregate_id, cause.id, decide_raw)
    if applied in (Applied.created, Applied.updated):
        written()
        return outcomes[-1]
    return applied.value
