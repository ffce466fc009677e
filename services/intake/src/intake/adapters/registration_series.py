"""Registration sequences: one document per supervising office and year, listing receipts in the order
they were registered. A receipt's number is its position: no gap, no duplicate, and asking again (redelivery,
restart) gives the same number. Every step is a single-document atomic operation."""

from __future__ import annotations

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import DuplicateKeyError


class RegistrationSeries:
    def __init__(self, collection: AsyncCollection) -> None:
        self.collection = collection

    async def number_for(self, series_key: str, receipt_no: str) -> int:
        try:
            await self.collection.update_one({"_id": series_key}, {"$setOnInsert": {"receipts": []}}, upsert=True)
        except DuplicateKeyError:
            pass  # created concurrently by another writer
        await self.collection.update_one(
            {"_id": series_key, "receipts": {"$ne": receipt_no}}, {"$push": {"receipts": receipt_no}}
        )
        document = await self.collection.find_one({"_id": series_key})
        return document["receipts"].index(receipt_no) + 1
