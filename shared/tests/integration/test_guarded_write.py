"""The guarded single-document write on the real database: state, outbox and processed id change together."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from netra_shared.contracts.envelope import new_event
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED
from netra_shared.kernel.store import Applied, Change, OutboxEntry
from pydantic import BaseModel
from pymongo.errors import DuplicateKeyError

pytestmark = pytest.mark.integration
NOW = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


class Payload(BaseModel):
    item: str


def appending(item: str, receipt_no: str | None = None):
    def decide(state):
        items = (state or {"items": []})["items"]
        event = new_event(type=REPORT_RECEIVED.type, source="/test", subject="agg", data=Payload(item=item),
                          cause=None, cause_id=f"cause-{item}", label="appended", time=NOW)
        keys = {"receipt_no": receipt_no} if receipt_no else {}
        return Change({"items": [*items, item]}, [OutboxEntry(INTAKE_EVENTS.name, "agg", event)], keys=keys)
    return decide


async def test_redelivered_message_changes_nothing(store):
    assert await store.apply("agg", "message-1", appending("a")) is Applied.created
    assert await store.apply("agg", "message-1", appending("a")) is Applied.duplicate
    assert await store.apply("agg", "message-2", appending("b")) is Applied.updated
    assert await store.apply("agg", "message-2", appending("b")) is Applied.duplicate
    document = await store.load("agg")
    assert document["state"]["items"] == ["a", "b"]
    assert document["version"] == 2
    assert len(document["outbox"]) == 2 and document["outbox_pending"] is True
    assert document["processed"] == ["message-1", "message-2"]


async def test_concurrent_writers_on_one_aggregate_lose_no_update(store):
    results = await asyncio.gather(*(store.apply("agg", f"m{i}", appending(f"i{i}")) for i in range(20)))
    assert results.count(Applied.created) == 1 and results.count(Applied.updated) == 19
    document = await store.load("agg")
    assert sorted(document["state"]["items"]) == sorted(f"i{i}" for i in range(20))
    assert document["version"] == 20
    assert len(document["outbox"]) == 20


async def test_same_message_racing_itself_is_applied_once(store):
    results = await asyncio.gather(*(store.apply("agg", "same", appending("x")) for _ in range(10)))
    assert results.count(Applied.created) == 1
    assert set(results) == {Applied.created, Applied.duplicate}
    assert (await store.load("agg"))["state"]["items"] == ["x"]


async def test_a_unique_key_held_by_another_aggregate_is_refused(store):
    await store.apply("first", "m1", appending("a", receipt_no="RCP-1"))
    with pytest.raises(DuplicateKeyError):
        await store.apply("second", "m2", appending("b", receipt_no="RCP-1"))
    assert await store.load("second") is None


async def test_a_decision_to_change_nothing_writes_nothing(store):
    await store.apply("agg", "m1", appending("a"))
    assert await store.apply("agg", "m2", lambda state: None) is Applied.unchanged
    assert (await store.load("agg"))["version"] == 1
