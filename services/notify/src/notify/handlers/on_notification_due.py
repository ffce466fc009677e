"""A notification is due: after the notices before it, try it once and record how it went (delivered, retry later,
wait for the contact, skipped, or dead-lettered with an operator alert), in one write."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import structlog
from netra_shared.kernel import tracing
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..adapters.notification_queue import NotificationQueue
from ..adapters.routes import Routes
from ..domain.notification import FINAL, Notification, NotSent, RetryPolicy, Sent, attempted, wait_turn


@dataclass(frozen=True)
class OnNotificationDue:
    notifications: Aggregates[Notification]
    queue: NotificationQueue
    routes: Routes
    policy: RetryPolicy
    jitter: Callable[[], float] = field(default=random.random)

    async def read_ahead(self, documents: list[dict]) -> None:
        """Before a delivery pass: the contact cards and the conversations it needs, read at once."""
        due = [Notification.model_validate(document["state"]) for document in documents]
        await self.routes.contacts.read_ahead({n.facts.receipt_no for n in due if n.recipient == "reporter"})
        await self.queue.read_ahead({n.conversation for n in due if n.sequence > 0})

    async def __call__(self, timer: Timer) -> dict:
        n = await self.notifications.get(timer.aggregate_id)
        if n is None or n.phase in FINAL:
            return {"outcome": "unchanged"}
        if earlier := await self.queue.earlier_pending(n):
            return {"outcome": (await self.notifications.apply(n.notification_id, timer, lambda x, now: wait_turn(
                x, max(earlier, now) + timedelta(seconds=1)))).outcome}
        outcome = await self.routes.deliver(n)
        traced(n, outcome)
        applied = await self.notifications.apply(n.notification_id, timer, lambda x, now: attempted(
            x, outcome, now=now, policy=self.policy, jitter=self.jitter()))
        await self.queue.attempted(applied.state)
        return attempt_fields(applied.outcome, applied.state)


def traced(n: Notification, outcome: Sent | NotSent) -> None:
    """An attempt, or why none could be made, is a span of the trace of the report that asked for the notice (never
    an address in it)."""
    if isinstance(outcome, Sent):
        start, end = int(outcome.started_at.timestamp() * 1e9), int(outcome.latency_ms * 1e6)
        result = {"netra.endpoint": outcome.endpoint, "netra.delivered": outcome.result.delivered}
    else:
        start, end, result = time.time_ns(), 0, {"netra.not_sent": outcome.outcome, "netra.reason": outcome.reason}
    tracing.happened("deliver notification", start=start, end=start + end, attributes={
        "netra.notification_id": n.notification_id, "netra.template": n.template, **result})


def attempt_fields(outcome: str, n: Notification) -> dict:
    """How an attempt went, logged (delivered, or failed with its error code) and returned as the handler's fields."""
    fields = {"notification_id": n.notification_id, "template": n.template, "recipient": n.recipient,
              "receipt_no": n.facts.receipt_no, "endpoint": n.endpoint, "attempts": n.attempts}
    log = structlog.get_logger()
    if outcome == "delivered":
        log.info("notification_delivered", **fields)
    elif n.last_error:
        log.warning("notification_attempt_failed", outcome=outcome, error=n.last_error, **fields)
    return {"outcome": outcome, **fields}
