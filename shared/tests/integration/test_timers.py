"""Timers on the real database: a due deadline fires once, through the owner's guarded write."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.store import Change
from netra_shared.kernel.timers import Timer, TimerSweeper

pytestmark = pytest.mark.integration
T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


async def test_a_deadline_fires_once_when_the_clock_passes_it(store):
    clock = ManualClock(T0)
    due = T0 + timedelta(days=3)
    await store.apply("CASE-1", "opened", lambda state: Change({"alerts": 0}, next_due_at=due))

    async def fire(timer: Timer) -> str:
        return await store.apply(timer.aggregate_id, timer.cause.id,
                                 lambda state: Change({"alerts": state["alerts"] + 1}, next_due_at=None))

    sweeper = TimerSweeper(store, clock, fire)
    assert await sweeper.sweep_once() == 0
    clock.advance(timedelta(days=2, hours=23))
    assert await sweeper.sweep_once() == 0
    clock.advance(timedelta(hours=1))
    assert await sweeper.sweep_once() == 1
    assert await sweeper.sweep_once() == 0
    assert (await store.load("CASE-1"))["state"]["alerts"] == 1


async def test_two_sweepers_racing_on_one_deadline_fire_its_effect_once(store):
    clock = ManualClock(T0 + timedelta(days=4))
    due = T0 + timedelta(days=3)
    await store.apply("CASE-2", "opened", lambda state: Change({"alerts": 0}, next_due_at=due))

    async def fire(timer: Timer) -> str:
        return await store.apply(timer.aggregate_id, timer.cause.id,
                                 lambda state: Change({"alerts": state["alerts"] + 1}, next_due_at=None))

    first, second = TimerSweeper(store, clock, fire), TimerSweeper(store, clock, fire)
    await asyncio.gather(first.sweep_once(), second.sweep_once())
    assert (await store.load("CASE-2"))["state"]["alerts"] == 1


async def test_a_deadline_with_microseconds_never_fires_before_it_though_the_database_keeps_milliseconds(store):
    """Review L1: MongoDB truncates to milliseconds; the deadline is stored rounded up, never down."""
    clock = ManualClock(T0)
    due = T0 + timedelta(days=3, microseconds=1500)  # 1.5 ms past the whole second
    await store.apply("CASE-L1", "opened", lambda state: Change({"fired_at": None}, next_due_at=due))

    async def fire(timer: Timer) -> str:
        now = clock.now()
        return await store.apply(timer.aggregate_id, timer.cause.id, lambda state: (
            Change({"fired_at": now.isoformat()}, next_due_at=None) if now >= due else None))

    sweeper = TimerSweeper(store, clock, fire)
    clock.set(due - timedelta(microseconds=300))  # after the truncated instant (1 ms), before the deadline
    assert await sweeper.sweep_once() == 0
    clock.set(due + timedelta(microseconds=500))
    assert await sweeper.sweep_once() == 1
    assert (await store.load("CASE-L1"))["state"]["fired_at"] == (due + timedelta(microseconds=500)).isoformat()


async def test_a_timer_set_again_to_the_moment_it_just_fired_at_fires_again(store):
    """Review L2: the timer's id names its document version, so the same moment set again is a new firing, not a
    duplicate of the last one (triage: an extension ending at a reminder's moment)."""
    clock = ManualClock(T0 + timedelta(days=3))
    due = T0 + timedelta(days=3)
    await store.apply("CASE-L2", "opened", lambda state: Change({"fired": 0}, next_due_at=due))

    async def fire(timer: Timer) -> str:
        return await store.apply(timer.aggregate_id, timer.cause.id, lambda state: Change(
            {"fired": state["fired"] + 1}, next_due_at=due if state["fired"] == 0 else None))

    sweeper = TimerSweeper(store, clock, fire)
    assert await sweeper.sweep_once() == 1
    assert await sweeper.sweep_once() == 1  # the same moment, set again by the first firing
    assert await sweeper.sweep_once() == 0
    document = await store.load("CASE-L2")
    assert document["state"]["fired"] == 2 and document.get("next_due_at") is None


async def test_a_pass_fires_what_is_due_and_sleeps_until_the_next_timer_it_saw(store):
    clock = ManualClock(T0)
    for name, hours in (("CASE-5", -1), ("CASE-6", -2), ("CASE-7", 5), ("CASE-8", 9)):
        await store.apply(name, "opened", lambda state, hours=hours: Change(
            {"n": 0}, next_due_at=T0 + timedelta(hours=hours)))
    fired: list[str] = []

    async def fire(timer: Timer) -> str:
        fired.append(timer.aggregate_id)
        return await store.apply(timer.aggregate_id, timer.cause.id, lambda state: Change(state, next_due_at=None))

    sweeper = TimerSweeper(store, clock, fire)
    assert await sweeper.step() == timedelta(hours=5).total_seconds()  # one query: the due ones and the next
    assert sorted(fired) == ["CASE-5", "CASE-6"]
    clock.advance(timedelta(hours=10))
    assert await sweeper.step() is None and sorted(fired) == ["CASE-5", "CASE-6", "CASE-7", "CASE-8"]


async def test_a_pass_looks_only_as_far_ahead_as_its_horizon_and_a_later_pass_fires_the_further_timer(store):
    """The due query reads the timers due by the pass's horizon (its loop's idle interval), not every timer set: one
    due in 30 s is the next wake-up; one due in three days is not read until a pass within a second of it."""
    clock = ManualClock(T0)
    await store.apply("SOON", "opened", lambda state: Change({"alerts": 0}, next_due_at=T0 + timedelta(seconds=30)))
    await store.apply("LATER", "opened", lambda state: Change({"alerts": 0}, next_due_at=T0 + timedelta(days=3)))

    async def fire(timer: Timer) -> str:
        return await store.apply(timer.aggregate_id, timer.cause.id,
                                 lambda state: Change({"alerts": state["alerts"] + 1}, next_due_at=None))

    near, far = TimerSweeper(store, clock, fire, horizon=timedelta(seconds=1)), \
        TimerSweeper(store, clock, fire, horizon=timedelta(minutes=1))
    assert await near.step() is None  # nothing within a second: the loop sleeps its idle interval
    assert await far.step() == 30.0
    clock.advance(timedelta(seconds=30))
    assert await near.step() is None and (await store.load("SOON"))["state"]["alerts"] == 1
    clock.advance(timedelta(days=3))
    assert await near.step() is None
    assert [(await store.load(name))["state"]["alerts"] for name in ("SOON", "LATER")] == [1, 1]
