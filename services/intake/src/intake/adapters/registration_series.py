"""Registration sequences: one document per supervising office and year, listing receipts in the order they were
registered. A receipt's number is its position: no gap, no duplicate, and asking again (redelivery, restart) gives
the same number. Concurrent draws on one series (a sweep registering many reports) are made together: one
`$addToSet` of all their receipts and one read of the series."""

from __future__ import annotations

import asyncio

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import DuplicateKeyError


class RegistrationSeries:
    def __init__(self, collection: AsyncCollection) -> None:
        self.collection = collection
        self._known: set[str] = set()  # series whose document exists
        self._waiting: dict[str, dict[str, asyncio.Future[int]]] = {}

    async def number_for(self, series_key: str, receipt_no: str) -> int:
        waiting = self._waiting.setdefault(series_key, {})
        if receipt_no not in waiting:
            waiting[receipt_no] = asyncio.get_running_loop().create_future()
            if len(waiting) == 1:  # the first of this turn draws for everyone who joins before it runs
                asyncio.get_running_loop().create_task(self._draw(series_key))
        return await asyncio.shield(waiting[receipt_no])

    async def _draw(self, series_key: str) -> None:
        await asyncio.sleep(0)
        waiting = self._waiting.pop(series_key)
        try:
            if series_key not in self._known:
                try:
                    await self.collection.update_one({"_id": series_key}, {"$setOnInsert": {"receipts": []}},
                                                     upsert=True)
                except DuplicateKeyError:
                    pass  # created concurrently by another writer
                self._known.add(series_key)
            await self.collection.update_one({"_id": series_key}, {"$addToSet": {"receipts": {"$each": list(waiting)}}})
            receipts = (await self.collection.find_one({"_id": series_key}))["receipts"]
            positions = {receipt: index + 1 for index, receipt in enumerate(receipts)}
            for receipt, future in waiting.items():
                future.set_result(positions[receipt])
        except BaseException as exc:
            for future in waiting.values():
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
