"""`wake_at`, the one indexed kernel field, on the real database: it says the outbox waits while it holds entries and
gives the timer otherwise, through every write path, a relay pass, a timer write, a migration and a lost race."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit.outbox import relay_everything
from netra_shared.contracts.envelope import new_event
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED
from netra_shared.kernel.store import OUTBOX_WAITING, Change, OutboxEntry
from netra_shared.kernel.unit_of_work import UnitOfWork, in_one_write
from pydantic import BaseModel

pytestmark = pytest.mark.integration
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)
DUE = T0 + timedelta(hours=1)


class Payload(BaseModel):
    n: int


def entry(key: str, label: str = "e") -> OutboxEntry:
    return OutboxEntry(INTAKE_EVENTS.name, key, new_event(
        type=REPORT_RECEIVED.type, source="/test", subject=key, data=Payload(n=1), cause=None,
        cause_id=f"{key}-{label}", label=label, time=T0))


async def test_the_only_kernel_index_is_wake_at(store):
    await store.ensure_indexes()
    indexes = await store.collection.index_information()
    assert set(indexes) == {"_id_", "wake_at_1", "keys.receipt_no_1"}  # and the store's unique key's
    for obsolete in ("outbox_pending_1", "next_due_at_1"):  # the two it replaces, dropped from older collections
        await store.collection.create_index(obsolete.removesuffix("_1"))
    await store.ensure_indexes()
    assert set(await store.collection.index_information()) == set(indexes)


async def test_a_write_with_events_waits_for_the_relay_then_its_timer_is_due(store):
    await store.apply("A", "m1", lambda state: Change({"n": 1}, [entry("A")], next_due_at=DUE))
    assert (await store.load("A"))["wake_at"] == OUTBOX_WAITING
    assert await store.next_due() is None
    await relay_everything(store)
    document = await store.load("A")
    assert (document["outbox"], document["outbox_pending"], document["wake_at"]) == ([], False, DUE)
    assert await store.next_due() == DUE


async def test_a_later_write_without_events_keeps_a_waiting_outbox_waiting(store):
    await store.apply("B", "m1", lambda state: Change({"n": 1}, [entry("B")]))
    await store.apply("B", "m2", lambda state: Change({"n": 2}, next_due_at=DUE))  # the guarded single write

    async def handle(_: str) -> None:
        staged = await unit.document(store, "B")
        staged.add("m3", Change({"n": 3}, next_due_at=DUE + timedelta(hours=1)), 0)

    unit = UnitOfWork()
    await in_one_write(["B"], handle, unit=unit)  # the batch's bulk write
    document = await store.load("B")
    assert document["wake_at"] == OUTBOX_WAITING and len(document["outbox"]) == 1
    assert [item["_id"] for item in await store.pending_outboxes(10)] == ["B"]
    await relay_everything(store)
    assert (await store.load("B"))["wake_at"] == DUE + timedelta(hours=1)


async def test_a_timer_write_never_hides_an_outbox_filled_meanwhile(store):
    await store.apply("C", "m1", lambda state: Change({"n": 1}, next_due_at=DUE))
    await store.apply("C", "m2", lambda state: Change({"n": 2}, [entry("C")], next_due_at=DUE))  # then the timer writes
    await store.postpone("C", DUE, DUE + timedelta(minutes=5))
    await store.clear_timer("C", DUE)
    document = await store.load("C")
    assert (document["wake_at"], document["next_due_at"]) == (OUTBOX_WAITING, DUE)
    assert [item["_id"] for item in await store.pending_outboxes(10)] == ["C"]


async def test_parking_a_timer_with_its_alert_moves_the_version_so_a_stale_write_is_replayed(store):
    await store.apply("D", "m1", lambda state: Change({"n": 1}, next_due_at=DUE))
    before = await store.load("D")
    await store.park_timer("D", DUE, {"parked_at": T0, "reason": "r"}, entry("D", "alert").to_document())
    parked = await store.load("D")
    assert parked["version"] == before["version"] + 1 and parked["wake_at"] == OUTBOX_WAITING

    unit = UnitOfWork()
    unit.seed(store, [before])  # read before the park: its write must not take the alert's place in the index

    async def handle(_: str) -> None:
        staged = await unit.document(store, "D")
        staged.add("m2", Change({"n": 2}, next_due_at=DUE + timedelta(hours=2)), 0)

    _, written = await in_one_write(["D"], handle, unit=unit)
    assert written.replay == {0}
    assert [item["_id"] for item in await store.pending_outboxes(10)] == ["D"]


async def test_the_relay_clears_a_waiting_document_whose_outbox_is_already_empty(store):
    await store.collection.insert_one({"_id": "E", "shard": 0, "version": 3, "state": {}, "outbox": [],
                                       "outbox_pending": False, "next_due_at": DUE, "wake_at": OUTBOX_WAITING})
    await relay_everything(store)
    assert (await store.load("E"))["wake_at"] == DUE
    assert await store.pending_outboxes(10) == []


async def test_documents_from_before_wake_at_get_it_at_start(store):
    await store.collection.insert_many([
        {"_id": "OLD-TIMER", "shard": 0, "version": 1, "state": {}, "outbox": [], "outbox_pending": False,
         "next_due_at": DUE},
        {"_id": "OLD-OUTBOX", "shard": 0, "version": 1, "state": {}, "outbox": [entry("X").to_document()],
         "outbox_pending": True, "next_due_at": DUE},
        {"_id": "OLD-IDLE", "shard": 0, "version": 1, "state": {}, "outbox": [], "outbox_pending": False,
         "next_due_at": None},
        # written by a replica of the version before wake_at, after this one had set it: its outbox waits
        {"_id": "OLD-REPLICA", "shard": 0, "version": 2, "state": {}, "outbox": [entry("Y").to_document()],
         "outbox_pending": True, "next_due_at": None, "wake_at": DUE}])
    assert await store.backfill_wake_at() == 4
    assert await store.backfill_wake_at() == 0
    assert {item["_id"] for item in await store.pending_outboxes(10)} == {"OLD-OUTBOX", "OLD-REPLICA"}
    assert await store.next_due() == DUE
    assert (await store.load("OLD-IDLE"))["wake_at"] is None


async def test_a_timer_a_replica_of_the_version_before_moved_is_mended_not_fired_on_its_stale_time(store):
    """A rolling upgrade: an old replica postponed a timer (it writes `next_due_at` only) and filled another outbox
    (`outbox_pending` only). The sweeper fires neither on the stale `wake_at`: it sets `wake_at` from the document, so
    the first waits for its new time and the second for the relay."""
    await store.apply("MOVED", "m1", lambda state: Change({"n": 1}, next_due_at=DUE))
    await store.apply("FILLED", "m1", lambda state: Change({"n": 1}, next_due_at=DUE))
    await store.apply("KEPT", "m1", lambda state: Change({"n": 1}, next_due_at=DUE))
    later = DUE + timedelta(hours=2)
    await store.collection.update_one({"_id": "MOVED"}, {"$set": {"next_due_at": later}})
    await store.collection.update_one({"_id": "FILLED"}, {"$push": {"outbox": entry("FILLED").to_document()},
                                                          "$set": {"outbox_pending": True}})
    due, following = await store.due(DUE + timedelta(minutes=1), 10)
    assert [document["_id"] for document in due] == ["KEPT"]
    assert (await store.load("MOVED"))["wake_at"] == later
    assert [document["_id"] for document in await store.pending_outboxes(10)] == ["FILLED"]
    due, following = await store.due(DUE + timedelta(minutes=1), 10)
    assert [document["_id"] for document in due] == ["KEPT"] and following == later


async def test_a_timer_a_replica_of_the_version_before_moved_sooner_is_found_once_this_replica_gains_its_shard(store):
    """A rolling upgrade: an old replica moved a timer sooner (it writes `next_due_at` only), so `wake_at` still says
    the later time, beyond what a pass looks ahead to. Gaining the shard sets `wake_at` from the timer: it fires on
    time."""
    await store.apply("SOONER", "m1", lambda state: Change({"n": 1}, next_due_at=DUE + timedelta(days=3)))
    await store.apply("IDLE", "m1", lambda state: Change({"n": 1}))
    await store.collection.update_one({"_id": "SOONER"}, {"$set": {"next_due_at": DUE}})
    assert (await store.due(DUE, 10, until=DUE + timedelta(seconds=1)))[0] == []
    assert await store.backfill_wake_at() == 1
    assert await store.backfill_wake_at() == 0
    due, following = await store.due(DUE, 10, until=DUE + timedelta(seconds=1))
    assert [document["_id"] for document in due] == ["SOONER"] and following is None
    assert (await store.load("IDLE"))["wake_at"] is None
