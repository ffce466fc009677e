"""A notice was asked for on notify.notifications: queue it once (its id is the moment + the recipient), with the
outcome of its first attempt when it could be made at once (adapters/first_attempts.py), in one write."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from netra_shared.contracts.schemas.notification import NotificationRequested
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..adapters.first_attempts import FirstAttempts
from ..adapters.notification_queue import NotificationQueue
from ..domain.notification import Notification, RetryPolicy, request
from .on_notification_due import attempt_fields, traced


@dataclass(frozen=True)
class OnNotificationRequested:
    notifications: Aggregates[Notification]
    first_attempts: FirstAttempts
    queue: NotificationQueue
    policy: RetryPolicy
    jitter: Callable[[], float] = field(default=random.random)

    async def read_ahead(self, requests: list[NotificationRequested]) -> None:
        await self.first_attempts.start(requests)

    async def __call__(self, inbound: Inbound) -> dict:
        requested: NotificationRequested = inbound.data
        first = await self.first_attempts.outcome(requested.notification_id)
        applied = await self.notifications.apply(requested.notification_id, inbound, lambda existing, now: request(
            existing, requested, first, now=now, policy=self.policy, jitter=self.jitter()))
        fields = {"outcome": applied.outcome, "notification_id": requested.notification_id,
                  "template": requested.template, "recipient": requested.recipient}
        if first is None:
            return fields
        if applied.state is None or applied.outcome in ("duplicate", "unchanged"):  # stored meanwhile (a replica
            # that took the partition over): this attempt was a copy, which the receiver drops by its id
            return {**fields, "first_attempt": "superseded"}
        if self.first_attempts.first_report(requested.notification_id):  # once, however often the batch is handled
            traced(applied.state, first)
            fields = attempt_fields(applied.outcome, applied.state)
        await self.queue.attempted(applied.state)
        return {**fields, "first_attempt": True}
