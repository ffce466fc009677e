"""Which replica does a service's own work (relay, sweepers, deliveries): the one Kafka gave the aggregate's shard.

Every aggregate document carries a `shard`, a stable hash of its id modulo the registry's PARTITIONS, written when
it is created. A replica owns shard s while its consumer group assigned it partition (s mod n) of the service's
anchor topic (the first topic it consumes with the most partitions; n its actual partition count). So ownership
follows the group: a replica that dies loses its partitions at the rebalance, and the survivors take its shards.

On revoke the replica stops before the revoke completes: the passes still running on a revoked shard are awaited.
On assign it starts, and its loops are woken. A stale owner (one the group dropped before it noticed) may act once
more: its outbox entries carry stable event ids that every consumer dedupes, and its timer fires are guarded writes
of which one wins. More replicas than the anchor's partitions: the extra ones own no shard and stand by, and every
shard still has an owner, since every partition has one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterable, Sequence

import structlog
from aiokafka import ConsumerRebalanceListener

from ..contracts.topics import PARTITIONS, TopicSpec

SHARDS = PARTITIONS  # fixed for good: a document's shard is written once


def shard_of(aggregate_id: str) -> int:
    """The aggregate's shard: the same on every replica and every run (not Python's salted hash)."""
    return zlib.crc32(aggregate_id.encode()) % SHARDS


def owned_shards(assigned: Iterable[int], partition_count: int) -> frozenset[int]:
    """The shards a replica owns when it holds these partitions of an anchor topic of `partition_count`."""
    held = set(assigned)
    return frozenset(shard for shard in range(SHARDS) if shard % partition_count in held)


def anchor_topic(consumed: Sequence[TopicSpec]) -> TopicSpec:
    """The topic whose assignment decides ownership: the first (registry order) of those with the most partitions."""
    most = max(spec.partitions for spec in consumed)
    return next(spec for spec in consumed if spec.partitions == most)


class Ownership(ConsumerRebalanceListener):
    """The shards this replica owns now, kept by the consumer group's rebalances (a rebalance listener)."""

    def __init__(self, on_gain: Callable[[], None] = lambda: None, *, revoke_timeout: float = 60.0) -> None:
        self.shards: frozenset[int] = frozenset()
        self.on_gain = on_gain
        self.before_revoke: Callable[[], Awaitable[None]] | None = None  # the consumer's: commit what it handled
        self.revoke_timeout = revoke_timeout
        self.topic: str | None = None
        self._partition_count: Callable[[], int | None] = lambda: None
        self._fallback_count = PARTITIONS
        self._running: dict[int, frozenset[int]] = {}  # a pass in progress -> the shards it works on
        self._changed = asyncio.Condition()
        self._tokens = itertools.count()
        self.log = structlog.get_logger()

    def follow(self, topic: str, partition_count: Callable[[], int | None], fallback_count: int) -> None:
        """Ownership follows this topic's assignment; `partition_count` reads its actual count from the client."""
        self.topic, self._partition_count, self._fallback_count = topic, partition_count, fallback_count

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[frozenset[int]]:
        """One pass of work on the shards owned as it starts; a revoke waits for it to end."""
        shards = self.shards
        token = next(self._tokens)
        self._running[token] = shards
        try:
            yield shards
        finally:
            del self._running[token]
            async with self._changed:
                self._changed.notify_all()

    async def on_partitions_revoked(self, revoked: Collection) -> None:
        if self.before_revoke is not None:  # the handled offsets go first: the next owner starts after them
            try:
                await asyncio.wait_for(self.before_revoke(), self.revoke_timeout)
            except Exception as exc:  # it re-delivers them, and the guarded writes ignore them
                self.log.warning("commit_before_revoke_failed", error_type=type(exc).__name__)
        lost = self.shards
        self.shards = frozenset()
        if not lost:
            return
        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(
                    lambda: not any(shards & lost for shards in self._running.values())), self.revoke_timeout)
        except TimeoutError:  # a pass hangs (broker or database away): its repeat would be identical, so go on
            self.log.warning("ownership_revoke_timed_out", shards=sorted(lost))
        self.log.info("shards_revoked", shards=sorted(lost))

    async def on_partitions_assigned(self, assigned: Collection) -> None:
        partitions = [tp.partition for tp in assigned if tp.topic == self.topic]
        count = self._partition_count()
        if not count:
            self.log.warning("anchor_partition_count_unknown", topic=self.topic, assumed=self._fallback_count)
            count = self._fallback_count
        self.shards = owned_shards(partitions, count)
        self.log.info("shards_assigned", topic=self.topic, partitions=sorted(partitions), shards=sorted(self.shards))
        if self.shards:
            self.on_gain()
