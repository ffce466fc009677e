"""The per-aggregate unit every handler goes through: load -> pure decide -> one guarded write.

    cases = kernel.aggregates("cases", Case)
    await cases.apply(case_id, inbound, lambda case, now: review.record_opinion(case, opinion, now=now, ...))

The write holds the new state, the events it causes (an embedded outbox) and the id of the message that caused it,
so a redelivered message changes nothing; a lost race is decided again on the fresh state. Outgoing event ids derive
from the cause and a label, so a retry emits byte-identical events. A refusal is recorded once per
request and told to the sender; one nobody can be told about goes to the DLQ with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

from ..contracts.decoding import ContractViolation
from ..contracts.envelope import CloudEvent, new_event
from . import tracing
from .clock import Clock
from .decision import Decision, Refusal, Tell
from .failures import OverBudget
from .store import AggregateStore, Change, OutboxEntry
from .unit_of_work import CURRENT, UnitOfWork
from .store import Applied as Stored

S = TypeVar("S", bound=BaseModel)
Decide = Callable[[Any, datetime], Decision | Refusal | None]


@dataclass(frozen=True)
class Cause:
    """Why a write happens: a message from outside (namespaced by its sender and source, so no sender can forge
    another's ids or ours) or one of our own steps (a timer, a follow-up step), marked with a leading "~"."""

    id: str
    event: CloudEvent | None = None

    @classmethod
    def of(cls, event: CloudEvent, sender: str | None = None) -> Cause:
        """`sender`: who the broker says sent it (a per-sender topic); one sender cannot use another's ids."""
        return cls(f"{sender}: {event.source} {event.id}" if sender else f"{event.source} {event.id}", event)

    @classmethod
    def internal(cls, step: str) -> Cause:
        return cls(f"~{step}")

    def then(self, step: str) -> Cause:
        """The next step of the same cause (its own processed id, its own event ids)."""
        return Cause(f"{self.id}/{step}", self.event)


class HasCause(Protocol):
    @property
    def cause(self) -> Cause: ...


@dataclass(frozen=True)
class Applied(Generic[S]):
    outcome: str  # the decision's outcome, or duplicate / unchanged / <request>_rejected_<reason>
    state: S | None = None  # the aggregate after the write (None while it does not exist)


class Aggregates(Generic[S]):
    def __init__(self, store: AggregateStore, state_type: type[S], *, source: str, clock: Clock,
                 refusals: AggregateStore, written: Callable[[str, bool, datetime | None], None]) -> None:
        self.store = store
        self.state_type = state_type
        self.source = source
        self.clock = clock
        self.refusals = refusals
        self._written = written

    async def get(self, aggregate_id: str) -> S | None:
        unit = CURRENT.get()
        if unit is not None:  # inside a batch: what the batch made of it so far
            return self._state((await unit.document(self.store, aggregate_id, read=True)).state)
        document = await self.store.load(aggregate_id)
        return self._state(document["state"]) if document is not None else None

    async def apply(self, aggregate_id: str, cause: Cause | HasCause, decide: Decide, *,
                    tell: Tell | None = None) -> Applied[S]:
        cause = cause if isinstance(cause, Cause) else cause.cause
        unit = CURRENT.get()
        if unit is not None:
            return await self._stage(unit, aggregate_id, cause, decide, tell)
        last: list = []  # the state and the decision of the last turn (a lost race decides again)

        def decide_stored(stored: dict[str, Any] | None) -> Change | None:
            state, now = self._state(stored), self.clock.now()
            decided = decide(state, now)
            change = None if decided is None or isinstance(decided, Refusal) else self._change(
                aggregate_id, cause, decided, now)
            last[:] = [state, decided, now, change]
            return change

        written = await self.store.apply(aggregate_id, cause.id, decide_stored)
        if written is Stored.duplicate:
            return Applied("duplicate", await self.get(aggregate_id))
        state, decided, now, change = last
        if isinstance(decided, Refusal):
            return Applied(await self._refuse(aggregate_id, cause, decided, tell, now), state)
        if decided is None:
            return Applied("unchanged", state)
        self._written(self.store.name, bool(change.events), change.next_due_at)
        return Applied(decided.outcome, decided.state)

    async def _stage(self, unit: UnitOfWork, aggregate_id: str, cause: Cause, decide: Decide,
                     tell: Tell | None) -> Applied[S]:
        """Inside a batch: decide on the batch's view of the aggregate; the write waits for the batch's flush."""
        staged = await unit.document(self.store, aggregate_id)
        now = self.clock.now()
        decided = decide(self._state(staged.state), now) if not staged.seen(cause.id) else None
        if not staged.known and not isinstance(decided, Decision):  # it was assumed new and is not created: read it
            staged = await unit.document(self.store, aggregate_id, read=True)
            decided = decide(self._state(staged.state), now) if not staged.seen(cause.id) else None
        state = self._state(staged.state)
        if staged.seen(cause.id):
            return Applied("duplicate", state)
        if decided is None:
            return Applied("unchanged", state)
        if isinstance(decided, Refusal):
            return Applied(await self._refuse(aggregate_id, cause, decided, tell, now, unit), state)
        with tracing.writing_into(self.store.name, aggregate_id, staged.trace):  # a cause without a trace: the
            change = self._change(aggregate_id, cause, decided, now)  # aggregate's own goes on
        staged.add(cause.id, change, unit.record)
        return Applied(decided.outcome, decided.state)

    def _state(self, stored: dict[str, Any] | None) -> S | None:
        return self.state_type.model_validate(stored) if stored is not None else None

    def _change(self, aggregate_id: str, cause: Cause, decision: Decision, now: datetime) -> Change:
        return to_change(decision, source=self.source, cause=cause, now=now, aggregate_id=aggregate_id)

    async def _refuse(self, aggregate_id: str, cause: Cause, refusal: Refusal, tell: Tell | None,
                      now: datetime, unit: UnitOfWork | None = None) -> str:
        notice = tell.notice(refusal, now) if tell is not None else None
        if notice is None:  # nobody to tell: the message itself is unacceptable here
            raise ContractViolation(refusal.reason, refusal.detail)
        record = _RefusalRecord(aggregate=self.store.name, aggregate_id=aggregate_id, request=tell.request,
                                reason=refusal.reason, detail=refusal.detail, refused_at=now)
        change = self._change(aggregate_id, cause, Decision(record, [notice]), now)
        if unit is not None:
            staged = await unit.document(self.refusals, cause.id)
            if not staged.seen(cause.id) and staged.base is None and not staged.changed:
                staged.add(cause.id, change, unit.record)
        elif await self.refusals.apply(cause.id, cause.id, lambda stored: None if stored else change) is Stored.created:
            self._written(self.refusals.name, True, None)
        return f"{tell.request}_rejected_{refusal.reason}"


def to_change(decision: Decision, *, source: str, cause: Cause, now: datetime, aggregate_id: str = "") -> Change:
    """A decision made storable: its state as JSON and its events as CloudEvents, ids derived from the cause."""
    root = f"{aggregate_id}/{cause.id}" if aggregate_id else cause.id
    context = tracing.carrier()  # the events carry the context they were decided in (the relay publishes it)
    events = [OutboxEntry(emit.topic.name, emit.key, new_event(
        type=emit.event.type, source=source, subject=emit.key, data=emit.data, cause=cause.event, cause_id=root,
        label=emit.label, time=now), latest=emit.latest, trace=context) for emit in decision.emits]
    for emit, entry in zip(decision.emits, events, strict=True):
        if (size := len(entry.event.to_bytes())) > emit.topic.max_message_bytes:
            raise OverBudget(f"{emit.event.type} of {size} bytes is over {emit.topic.name}'s budget of "
                             f"{emit.topic.max_message_bytes}")
    step = decision.next_due_at is not None and decision.next_due_at <= now  # due at once: the same trace goes on
    return Change(decision.state.model_dump(mode="json"), events, decision.next_due_at, decision.keys,
                  {**context, "step": step} if context else {})


class _RefusalRecord(BaseModel):
    aggregate: str
    aggregate_id: str
    request: str
    reason: str
    detail: str
    refused_at: datetime
