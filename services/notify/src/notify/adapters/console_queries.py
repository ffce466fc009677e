"""The operator console's reads: reports with open deadlines, the backlog by region and stage, the day's milestones,
open alerts, one report's journey and notices. Read-only, on the keys each write keeps (domain/deadlines.py,
domain/operator_alerts.py); every range is bounded on both sides (SecantusDB answers those from its indexes)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from netra_shared.kernel.store import EARLIEST, AggregateStore
from pymongo import ASCENDING, DESCENDING

LATEST = datetime(9999, 12, 31, tzinfo=UTC)
OPEN_STAGES = ["intake", "review", "referral", "follow_up"]
MILESTONES = ("received", "registered", "decided", "referred", "closed")


class ConsoleQueries:
    def __init__(self, reports: AggregateStore, alerts: AggregateStore, notifications: AggregateStore) -> None:
        self.reports = reports.collection
        self.alerts = alerts.collection
        self.notifications = notifications.collection

    async def ensure_indexes(self) -> None:
        for key in ("keys.next_due_at", "keys.stage", "keys.milestones"):
            await self.reports.create_index([(key, ASCENDING)])
        await self.alerts.create_index([("keys.handled", ASCENDING), ("keys.raised_at", DESCENDING)])
        await self.alerts.create_index([("keys.receipt_nos", ASCENDING)])

    async def with_deadlines(self, *, region: str | None = None, until: datetime = LATEST,
                             limit: int = 500) -> list[dict[str, Any]]:
        """The keys of the reports with an open deadline due by `until`, soonest first (at most `limit`)."""
        query: dict[str, Any] = {"keys.next_due_at": {"$gte": EARLIEST, "$lte": until}}
        if region:
            query["keys.province" if "." not in region else "keys.region"] = region
        cursor = self.reports.find(query, {"keys": 1}).sort("keys.next_due_at", ASCENDING).limit(limit)
        return await cursor.to_list(length=limit)

    async def backlog(self) -> list[dict[str, Any]]:
        """Open reports counted by region and stage."""
        cursor = await self.reports.aggregate([
            {"$match": {"keys.stage": {"$in": OPEN_STAGES}}},
            {"$group": {"_id": {"region": "$keys.region", "region_name": "$keys.region_name", "stage": "$keys.stage"},
                        "count": {"$sum": 1}}}])
        return [{**group["_id"], "count": group["count"]} for group in await cursor.to_list(None)]

    async def milestone_counts(self, day: str) -> dict[str, int]:
        """How many reports reached each milestone on `day` (YYYY-MM-DD, their region's local day)."""
        return {milestone: await self.reports.count_documents({"keys.milestones": f"{milestone}:{day}"})
                for milestone in MILESTONES}

    async def open_alerts(self, limit: int = 300) -> list[dict[str, Any]]:
        cursor = self.alerts.find({"keys.handled": False}, {"state": 1}).sort("keys.raised_at", DESCENDING).limit(limit)
        return [document["state"] for document in await cursor.to_list(length=limit)]

    async def alerts_about(self, receipt_no: str) -> list[dict[str, Any]]:
        cursor = self.alerts.find({"keys.receipt_nos": receipt_no}, {"state": 1}).limit(200)
        notices = [document["state"] for document in await cursor.to_list(length=200)]
        for notice in notices:  # kept as ISO text: the page shows local times
            if isinstance(notice.get("requested_at"), str):
                notice["requested_at"] = datetime.fromisoformat(notice["requested_at"])
        return notices

    async def reports_by_receipt(self, receipt_nos: list[str]) -> dict[str, dict[str, Any]]:
        if not receipt_nos:
            return {}
        cursor = self.reports.find({"_id": {"$in": sorted(set(receipt_nos))}}, {"state": 1})
        return {document["_id"]: document["state"] for document in await cursor.to_list(None)}

    async def notices_about(self, receipt_no: str) -> list[dict[str, Any]]:
        """The report's notices: to whom (a role, never an address), which, how far delivery got."""
        cursor = self.notifications.find(
            {"keys.receipt_no": receipt_no},
            {"state.template": 1, "state.recipient": 1, "state.phase": 1, "state.attempts": 1,
             "state.requested_at": 1, "state.finished_at": 1, "state.last_error": 1}).limit(200)
        notices = [document["state"] for document in await cursor.to_list(length=200)]
        for notice in notices:  # kept as ISO text: the page shows local times
            if isinstance(notice.get("requested_at"), str):
                notice["requested_at"] = datetime.fromisoformat(notice["requested_at"])
        return notices
