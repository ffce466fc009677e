"""What one sweeper pass's query costs as open deadlines pile up, on a SecantusDB of its own: the kernel's `due()` read
to the end of time (as before 2026-12-03) beside `due()` read to the next pass (a second ahead, as the sweeper does),
for 100, 1,000 and 4,000 documents with a timer days away and none due. SecantusDB reads every document of an index
range before it sorts and limits, so the first grows with the deadlines set and the second does not.

    .venv/bin/python tests/bench/sweeper_query.py
"""

from __future__ import annotations

import asyncio
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pymongo import AsyncMongoClient, InsertOne

from netra_devkit.infra import database
from netra_devkit.infra.ports import free_ports
from netra_shared.kernel.store import LATEST, AggregateStore

STATE = {"receipt_no": "RCP-AAAA-BBBB-CC", "timeline": [{"status": "received", "note": "x" * 200}] * 8}
PASSES = 20


async def per_pass_ms(store: AggregateStore, now: datetime, until: datetime) -> float:
    started = time.perf_counter()
    for _ in range(PASSES):
        await store.due(now, 200, until=until)
    return (time.perf_counter() - started) / PASSES * 1000


async def measure(url: str) -> None:
    client = AsyncMongoClient(url, tz_aware=True)
    store = AggregateStore(client["sweeper_query"]["cases"])
    await store.ensure_indexes()
    now, written = datetime.now(UTC), 0
    print("open timers | due() to the end of time | due() to the next pass (1 s ahead)")
    for total in (100, 1000, 4000):
        await store.collection.bulk_write([InsertOne({
            "_id": f"case-{i}", "shard": 0, "version": 1, "state": STATE, "outbox": [], "outbox_pending": False,
            "next_due_at": now + timedelta(days=3, seconds=i), "wake_at": now + timedelta(days=3, seconds=i)})
            for i in range(written, total)])
        written = total
        everything = await per_pass_ms(store, now, LATEST)
        ahead = await per_pass_ms(store, now, now + timedelta(seconds=1))
        print(f"{total:11,} | {everything:20.1f} ms | {ahead:27.1f} ms", flush=True)
    await client.drop_database("sweeper_query")
    await client.close()


def main() -> None:
    [port] = free_ports(1)
    state = Path(tempfile.mkdtemp(prefix="netra-sweeper-query-"))
    server = subprocess.Popen(database.command(state, port, "256MB"), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        database.wait_until_up(port, time.monotonic() + 60, lambda: server.poll() is None, "secantusd did not start")
        asyncio.run(measure(database.url(port)))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
