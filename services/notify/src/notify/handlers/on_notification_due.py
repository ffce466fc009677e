"""A notification is due: after the notices before it, try it once and record how it went (delivered, retry later,
wait for the contact, skipped, or dead-lettered with an operator alert), in one write."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import structlog
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.timers import Timer

from ..adapters.notification_queue import NotificationQueue
from ..adapters.routes import Routes
from ..domain.notification import FINAL, Notification, RetryPolicy, attempted, wait_turn


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
        applied = await self.notifications.apply(n.notification_id, timer, lambda x, now: attempted(
            x, outcome, now=now, policy=self.policy, jitter=self.jitter()))
        await self.queue.attempted(applied.state)
        fields = {"notification_id": n.notification_id, "template": n.template, "recipient": n.recipient,
                  "receipt_no": n.facts.receipt_no, "endpoint": applied.state.endpoint,
                  "attempts": applied.state.attempts}
        log = structlog.get_logger()
        if applied.outcome == "delivered":
            log.info("notification_delivered", **fields)
        elif applied.state.last_error:
            log.warning("notification_attempt_failed", outcome=applied.outcome, error=applied.state.last_error,
                        **fields)
        return {"outcome": applied.outcome, **fields}
