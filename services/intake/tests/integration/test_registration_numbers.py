"""Registration numbers on the real database: one series per supervising office and year, no gap, no duplicate,
under concurrent submissions, redelivery, restarts, crashes and the supplement-vs-deadline race."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.kernel.clock import ManualClock

pytestmark = pytest.mark.integration

T0 = datetime(2024, 10, 3, 3, 0, tzinfo=UTC)  # sample 0 was received at 02:12Z that day
SERIES = "Kab/15.04/2024"
NUMBER = re.compile(r"^(\d{3,})/Reg/LP/PB/Kab/15\.04/X/2024$")
REGISTERED = "id.bawaslu.report.registered.v1"
NOT_REGISTERED = "id.bawaslu.report.not-registered.v1"
EVIDENCE = [{"kind": "photo", "uri": "https://evidence.example.id/susulan.jpg"}]
LATER = timedelta(seconds=30)  # the sweeper's next turn


async def assert_series_is_contiguous(app, expected: int) -> dict[str, int]:
    """Every registered report's number is its position in the series; 1..expected, each once. -> receipt: seq"""
    registered = {doc["_id"]: doc async for doc in app.reports.find({"state.status": "registered"})}
    numbers = {receipt: int(NUMBER.fullmatch(doc["state"]["registration_no"]).group(1))
               for receipt, doc in registered.items()}
    assert sorted(numbers.values()) == list(range(1, expected + 1))
    for receipt, doc in registered.items():
        assert doc["keys"]["registration_no"] == doc["state"]["registration_no"]
    (series,) = await app.series.find().to_list()
    assert series["_id"] == SERIES
    assert series["receipts"] == sorted(numbers, key=numbers.get)  # position = number: no gap, no stray receipt
    assert await app.reports.count_documents({"state.status": "registering"}) == 0
    return numbers


async def test_400_submissions_for_one_office_across_a_restart_are_numbered_1_to_400_exactly_once(
        intake_settings, intake_factory, kit):
    settings, clock = intake_settings(), ManualClock(T0)
    app = await intake_factory(settings, clock)
    first = [kit.submitted(kit.submission(0, f"reg-{n:04d}")) for n in range(300)]
    # 300 at once, 30 of them delivered twice concurrently (a rebalance hands the same message to two consumers)
    batch = first + first[:30]
    random.Random(1).shuffle(batch)
    outcomes = Counter(result["outcome"] for result in
                       await asyncio.gather(*(app.submitted(inbound) for inbound in batch)))
    assert outcomes["registered"] == 300, outcomes
    assert set(outcomes) <= {"registered", "duplicate", "duplicate_submission", "unchanged"}, outcomes

    await app.close()  # restart: a new client, new handlers, the same database
    app = await intake_factory(settings, clock)
    more = [kit.submitted(kit.submission(0, f"reg-{n:04d}")) for n in range(300, 400)]
    redelivered = first[100:125]  # the same message again (same event id) ...
    resent = [kit.submitted(kit.submission(0, f"reg-{n:04d}")) for n in range(200, 225)]  # ... or resent anew
    batch = more + redelivered + resent
    random.Random(2).shuffle(batch)
    results = await asyncio.gather(*(app.submitted(inbound) for inbound in batch))
    by_id = {inbound.event.id: result["outcome"] for inbound, result in zip(batch, results, strict=True)}
    assert [by_id[inbound.event.id] for inbound in more] == ["registered"] * 100
    assert {by_id[inbound.event.id] for inbound in redelivered} <= {"duplicate", "duplicate_submission"}
    assert {by_id[inbound.event.id] for inbound in resent} == {"duplicate_submission"}

    assert await app.reports.count_documents({}) == 400
    numbers = await assert_series_is_contiguous(app, 400)
    assert set(numbers) == {kit.receipt(kit.submission(0, f"reg-{n:04d}")) for n in range(400)}
    async for doc in app.reports.find():
        types = Counter(kit.outbox_types(doc))
        assert types[REGISTERED] == 1 and types["id.bawaslu.report.received.v1"] == 1, (doc["_id"], types)


class CrashAfterDraw:
    """The registration series, but the process dies right after the number was drawn (before it is recorded)."""

    def __init__(self, series) -> None:
        self.series = series
        self.drawn: dict[str, int] = {}

    async def number_for(self, series_key: str, receipt_no: str) -> int:
        self.drawn[receipt_no] = await self.series.number_for(series_key, receipt_no)
        raise ConnectionAbortedError("process killed")


async def test_a_registration_cut_short_by_a_crash_is_finished_after_restart_with_the_number_it_drew(
        intake_settings, intake_factory, kit):
    settings, clock = intake_settings(), ManualClock(T0)
    app = await intake_factory(settings, clock)
    crashing = CrashAfterDraw(app.handlers.deadline.complete.series)
    deadline = app.handlers.deadline
    crashing_deadline = dataclasses.replace(deadline, complete=dataclasses.replace(deadline.complete, series=crashing))

    async def doomed(inbound):
        return await app.settled(await app.handlers.submitted(inbound), crashing_deadline)

    victims = [kit.submitted(kit.submission(0, f"crash-{n}")) for n in range(6)]
    healthy = [kit.submitted(kit.submission(0, f"fine-{n}")) for n in range(6)]
    results = await asyncio.gather(*(doomed(inbound) for inbound in victims),
                                   *(app.submitted(inbound) for inbound in healthy), return_exceptions=True)
    assert all(isinstance(result, ConnectionAbortedError) for result in results[:6])
    assert [result["outcome"] for result in results[6:]] == ["registered"] * 6
    assert await app.reports.count_documents({"state.status": "registering"}) == 6

    await app.close()
    app = await intake_factory(settings, clock)
    # the consumer redelivers three uncommitted messages; the sweeper finds the other three
    redelivered = await asyncio.gather(*(app.submitted(inbound) for inbound in victims[:3]))
    assert [result["outcome"] for result in redelivered] == ["registered"] * 3
    await app.relayed()  # a timer fires once its document's events are out
    clock.advance(LATER)
    assert await app.sweeper.sweep_once() == 3
    numbers = await assert_series_is_contiguous(app, 12)
    for receipt, drawn in crashing.drawn.items():
        assert numbers[receipt] == drawn
    assert await app.reports.count_documents({"next_due_at": {"$ne": None}}) == 0


@pytest.mark.parametrize("rounds, reports_per_round", [(3, 40)])
async def test_a_supplement_racing_the_completion_deadline_ends_the_report_one_way_and_leaves_no_gap(
        intake_settings, intake_factory, kit, rounds, reports_per_round):
    settings, clock = intake_settings(), ManualClock(T0)
    app = await intake_factory(settings, clock)
    ends: Counter[str] = Counter()
    for round_no in range(rounds):
        clock.set(T0 + timedelta(minutes=round_no))
        inbounds = [kit.submitted(kit.submission(0, f"race-{round_no}-{n}", evidence=[]))
                    for n in range(reports_per_round)]
        results = await asyncio.gather(*(app.submitted(inbound) for inbound in inbounds))
        assert {result["outcome"] for result in results} == {"completion_requested"}
        due = clock.now() + timedelta(hours=48)
        clock.set(due)  # supplied a minute before the deadline, processed exactly as the deadline fires
        racers = []
        for result in results:
            receipt = result["receipt_no"]
            supplied = due - timedelta(minutes=1)
            racers += [app.supplemented(kit.supplemented(receipt, "sigap-lapor", supplied, evidence=EVIDENCE)),
                       app.deadline(receipt, due)]
        random.Random(round_no).shuffle(racers)
        await asyncio.gather(*racers)
        clock.advance(LATER)
        await app.sweeper.sweep_once()  # anything the race left half-way would be finished here
        for result in results:
            document = await app.reports.find_one({"_id": result["receipt_no"]})
            state, types = document["state"], Counter(kit.outbox_types(document))
            assert state["status"] in ("registered", "not_registered"), state["status"]
            assert types[REGISTERED] + types[NOT_REGISTERED] == 1, types  # one ending, never both
            if state["status"] == "registered":
                assert state["registration_no"] and types[REGISTERED] == 1
            else:
                assert (state["reason"], state["registration_no"]) == ("incomplete", None)
                assert document["keys"].get("registration_no") is None
            ends[state["status"]] += 1
    total_registered = ends["registered"]
    assert total_registered + ends["not_registered"] == rounds * reports_per_round
    await assert_series_is_contiguous(app, total_registered)
    rejected = await app.refusals.count_documents({"state.reason": "not_registered"})
    assert rejected == ends["not_registered"]  # each losing supplement was told why
    print(f"supplement-vs-deadline race: {dict(ends)}")
