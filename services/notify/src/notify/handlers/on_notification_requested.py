"""A notice was asked for on notify.notifications: queue it once (its id is the moment + the recipient)."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.notification import NotificationRequested
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.notification import Notification, request


@dataclass(frozen=True)
class OnNotificationRequested:
    notifications: Aggregates[Notification]

    async def __call__(self, inbound: Inbound) -> dict:
        requested: NotificationRequested = inbound.data
        applied = await self.notifications.apply(requested.notification_id, inbound,
                                                 lambda existing, now: request(existing, requested))
        return {"outcome": applied.outcome, "notification_id": requested.notification_id,
                "template": requested.template, "recipient": requested.recipient}
