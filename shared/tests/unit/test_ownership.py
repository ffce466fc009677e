"""Who does a service's own work: the shard rule, the anchor topic, and hand-over at a rebalance."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest
from aiokafka import TopicPartition
from netra_shared.contracts.topics import PARTITIONS, consumed_by
from netra_shared.kernel.ownership import SHARDS, Ownership, anchor_topic, owned_shards, shard_of

SERVICES = ("intake", "triage", "referral", "notify")


def split(partitions: int, members: int) -> list[list[int]]:
    """Partitions dealt round-robin to the members of a group, as Kafka's round-robin assignor does."""
    return [list(range(partitions))[member::members] for member in range(members)]


@pytest.mark.parametrize(("partitions", "members"), [(12, 1), (12, 3), (12, 5), (12, 12), (3, 2), (3, 3), (1, 1)])
def test_every_shard_has_exactly_one_owner(partitions, members):
    owners = [owned_shards(held, partitions) for held in split(partitions, members)]
    for shard in range(SHARDS):
        assert sum(shard in owned for owned in owners) == 1, shard


def test_members_beyond_the_partitions_own_nothing_and_the_others_cover_every_shard():
    owners = [owned_shards(held, 3) for held in split(3, 5)]
    assert owners[3] == owners[4] == frozenset()
    assert frozenset().union(*owners) == frozenset(range(SHARDS))


def test_a_survivor_of_a_rebalance_owns_the_dead_members_shards():
    before = [owned_shards(held, 12) for held in split(12, 3)]
    after = [owned_shards(held, 12) for held in split(12, 2)]
    assert frozenset().union(*after) == frozenset(range(SHARDS))
    assert before[2] <= after[0] | after[1]


def test_an_aggregates_shard_is_the_same_in_every_process():
    ids = ["RCP-ABCD-EFGH-JK", "case-0001", "0b0e6c1e-5c4f-4c2e-9a43-1f1e0c7a5d10"]
    script = f"from netra_shared.kernel.ownership import shard_of; print([shard_of(i) for i in {ids!r}])"
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert seen == {str([shard_of(i) for i in ids])}
    assert all(0 <= shard_of(i) < SHARDS for i in ids)


def test_shards_spread_over_all_partitions():
    counts = [0] * SHARDS
    for number in range(6000):
        counts[shard_of(f"RCP-{number:04d}")] += 1
    assert min(counts) > 6000 / SHARDS * 0.8


@pytest.mark.parametrize("service", SERVICES)
def test_each_service_anchors_on_a_topic_it_consumes_with_the_most_partitions(service):
    anchor = anchor_topic(consumed_by(service))
    assert service in anchor.consumers
    assert anchor.partitions == PARTITIONS == max(spec.partitions for spec in consumed_by(service))


async def test_assign_owns_the_anchors_shards_and_wakes_the_loops():
    woken = []
    ownership = Ownership(on_gain=lambda: woken.append(True))
    ownership.follow("intake.events", lambda: 3, 12)
    await ownership.on_partitions_assigned({TopicPartition("intake.events", 1), TopicPartition("triage.events", 0)})
    assert ownership.shards == frozenset({1, 4, 7, 10})
    assert woken == [True]


async def test_unknown_partition_count_falls_back_to_the_registry():
    ownership = Ownership()
    ownership.follow("intake.events", lambda: None, 12)
    await ownership.on_partitions_assigned({TopicPartition("intake.events", 5)})
    assert ownership.shards == frozenset({5})


async def test_revoke_waits_for_the_pass_working_on_a_revoked_shard():
    ownership = Ownership()
    ownership.follow("intake.events", lambda: 12, 12)
    await ownership.on_partitions_assigned({TopicPartition("intake.events", 0)})
    finish = asyncio.Event()
    order = []

    async def a_pass():
        async with ownership.held() as shards:
            assert shards == frozenset({0})
            await finish.wait()
            order.append("pass ended")

    running = asyncio.create_task(a_pass())
    await asyncio.sleep(0)
    revoking = asyncio.create_task(ownership.on_partitions_revoked(set()))
    await asyncio.sleep(0.05)
    assert not revoking.done()  # the revoke has not completed while the pass still works on shard 0
    assert ownership.shards == frozenset()  # and no new pass takes shard 0
    async with ownership.held() as shards:
        assert shards == frozenset()
    finish.set()
    await asyncio.wait_for(revoking, 1)
    order.append("revoked")
    await running
    assert order == ["pass ended", "revoked"]


async def test_a_hanging_pass_does_not_hold_the_revoke_forever():
    ownership = Ownership(revoke_timeout=0.05)
    ownership.follow("intake.events", lambda: 12, 12)
    await ownership.on_partitions_assigned({TopicPartition("intake.events", 0)})
    async with ownership.held():
        await asyncio.wait_for(ownership.on_partitions_revoked(set()), 1)
    assert ownership.shards == frozenset()
