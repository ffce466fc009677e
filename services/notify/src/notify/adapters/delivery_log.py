"""notify's records of delivery: every attempt (delivery_log) and every notification given up (dead_letters).
Neither holds an address or a name: recipients are named by their role ("reporter", "pokja:TNI")."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from ..domain.notification import Notification


@dataclass(frozen=True)
class Attempt:
    notification_id: str
    attempt: int
    template: str
    recipient: str
    receipt_no: str
    case_id: str | None
    endpoint: str
    delivered: bool
    error: str | None
    permanent: bool
    latency_ms: float
    started_at: datetime


class DeliveryLog:
    def __init__(self, database: AsyncDatabase) -> None:
        self.attempts = database["delivery_log"]
        self.dead_letters = database["dead_letters"]

    async def ensure_indexes(self) -> None:
        await self.attempts.create_index([("notification_id", ASCENDING), ("attempt", ASCENDING)])
        await self.attempts.create_index([("receipt_no", ASCENDING)])
        await self.dead_letters.create_index([("dead_lettered_at", ASCENDING)])

    async def record(self, attempt: Attempt) -> None:
        """Idempotent: the same attempt recorded twice is one record."""
        document = asdict(attempt)
        await self.attempts.replace_one({"_id": f"{attempt.notification_id}:{attempt.attempt}"}, document,
                                        upsert=True)

    async def dead_letter(self, n: Notification, at: datetime) -> None:
        await self.dead_letters.replace_one({"_id": n.notification_id}, {
            "notification_id": n.notification_id, "template": n.template, "trigger": n.trigger,
            "recipient": n.recipient, "receipt_no": n.facts.receipt_no, "case_id": n.facts.case_id,
            "endpoint": n.endpoint, "attempts": n.attempts, "last_error": n.last_error, "dead_lettered_at": at,
        }, upsert=True)

    async def for_notification(self, notification_id: str) -> list[dict]:
        cursor = self.attempts.find({"notification_id": notification_id}).sort("attempt", ASCENDING)
        return await cursor.to_list(None)
