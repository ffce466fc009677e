"""Warm the group coordinator before any service starts.

Kafka creates its offsets topic (`__consumer_offsets`) on the first group request it gets, and answers
GROUP_COORDINATOR_NOT_AVAILABLE until it is ready: on a fresh broker every service's consumer would log that at
ERROR and mark the coordinator dead. Committing one offset for a throwaway group here, at provisioning, makes
the broker create and load it first, quietly (the failures are expected here, and only here).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterator

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs

WARM_UP_GROUP = "netra-provisioning"
COORDINATOR_LOGGER = "aiokafka.consumer.group_coordinator"


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


async def warm_group_coordinator(bootstrap: str, credentials: KafkaCredentials | None, topic: str, *,
                                 timeout: float = 60.0) -> float:
    """Commit offset 0 of `topic`'s partition 0 for a throwaway group: returns the seconds it took."""
    started = time.monotonic()
    partition = TopicPartition(topic, 0)
    with _quiet(COORDINATOR_LOGGER):
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=WARM_UP_GROUP, enable_auto_commit=False,
                                    **aiokafka_kwargs(credentials))
        await consumer.start()
        try:
            consumer.assign([partition])
            while True:
                try:
                    await asyncio.wait_for(consumer.commit({partition: 0}), timeout=10.0)
                    break
                except (KafkaError, TimeoutError):
                    if time.monotonic() - started > timeout:
                        raise
                    await asyncio.sleep(0.2)
        finally:
            await consumer.stop()
    return time.monotonic() - started
