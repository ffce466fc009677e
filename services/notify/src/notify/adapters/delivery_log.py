"""notify's records of delivery, as operators read them: every attempt of a notification (its embedded log) and the
notifications given up. Neither holds an address or a name: recipients are named by their role ("reporter",
"pokja:TNI"), endpoints by their kind ("email", "webhook:<channel>")."""

from __future__ import annotations

from typing import Any

from netra_shared.kernel.store import AggregateStore

from ..domain.notification import Notification, Phase


class DeliveryLog:
    def __init__(self, notifications: AggregateStore) -> None:
        self.collection = notifications.collection

    async def for_notification(self, notification_id: str) -> list[dict[str, Any]]:
        document = await self.collection.find_one({"_id": notification_id}, {"state": 1})
        if document is None:
            return []
        n = Notification.model_validate(document["state"])
        common = {"notification_id": n.notification_id, "template": n.template, "recipient": n.recipient,
                  "receipt_no": n.facts.receipt_no, "case_id": n.facts.case_id}
        return [{**common, **attempt.model_dump()} for attempt in n.log]

    async def dead_letters(self, limit: int = 100) -> list[dict[str, Any]]:
        cursor = self.collection.find({"keys.phase": Phase.dead_lettered.value}, {"state": 1}).limit(limit)
        return [{key: document["state"][key] for key in ("notification_id", "template", "trigger", "recipient",
                                                         "endpoint", "attempts", "last_error", "finished_at")}
                for document in await cursor.to_list(None)]
