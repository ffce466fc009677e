"""The relay's turn for tests that call the handlers directly, with no broker: every pending outbox taken as
published and cleared through the store, exactly as the relay clears it once Kafka has acknowledged the entries.

A document's timer fires only once its outbox is out (the kernel's one `wake_at` index), so a harness that sweeps
timers lets the relay run first, as it does in the service."""

from __future__ import annotations

from typing import Any

from netra_shared.kernel.store import AggregateStore


async def relay_everything(store: AggregateStore, batch: int = 500) -> list[dict[str, Any]]:
    """Clear every pending outbox of `store`; returns the entries taken as published, in the order read."""
    sent: list[dict[str, Any]] = []
    while documents := await store.pending_outboxes(batch):
        await store.remove_published({document["_id"]: {entry["id"] for entry in document.get("outbox", ())}
                                      for document in documents}, documents)
        sent += [entry for document in documents for entry in document.get("outbox", ())]
    return sent
