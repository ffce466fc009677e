"""A notice was asked for on notify.notifications: queue it once (its id is the moment + the recipient)."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.notification import NotificationRequested
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.notification import Notification, request
from .on_report_event import SOURCE


class OnNotificationRequested:
    def __init__(self, notifications: AggregateStore, clock: Clock, queued: Callable[[], None]) -> None:
        self.notifications = notifications
        self.clock = clock
        self.queued = queued

    async def __call__(self, inbound: Inbound) -> dict:
        requested: NotificationRequested = inbound.data
        outcome = await apply_decision(
            self.notifications, requested.notification_id, Cause.of(inbound.event), Notification,
            lambda existing: request(existing, requested), source=SOURCE, now=self.clock.now(), written=self.queued,
        )
        return {"outcome": outcome, "notification_id": requested.notification_id, "template": requested.template,
                "recipient": requested.recipient}
