"""Review M10 on the real database: the message ids an aggregate remembers are bounded (PROCESSED_KEEP, its
redelivery window); beyond it the oldest are forgotten (review L3: a redelivery older than the window is applied
again, so the window must outlast any redelivery: offsets are committed after every batch)."""

from __future__ import annotations

import pytest
from netra_shared.kernel import store as store_module
from netra_shared.kernel.store import Change

pytestmark = pytest.mark.integration


async def test_an_aggregate_remembers_its_last_processed_keep_message_ids(store, monkeypatch):
    monkeypatch.setattr(store_module, "PROCESSED_KEEP", 10)
    for n in range(15):
        await store.apply("CASE-M10", f"m{n}", lambda state, n=n: Change({"n": n}))
    document = await store.load("CASE-M10")
    assert document["processed"] == [f"m{n}" for n in range(5, 15)]
    again = await store.apply("CASE-M10", "m14", lambda state: Change({"n": -1}))  # within the window: a duplicate
    assert (await store.load("CASE-M10"))["state"]["n"] == 14, again
