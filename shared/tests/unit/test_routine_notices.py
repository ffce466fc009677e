"""aiokafka's routine notices are info lines; the same messages about a real problem, and everything else, keep
their level."""

from __future__ import annotations

import logging

import pytest
from netra_shared.kernel.logging import routine_as_info


def record(name: str, level: int, msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


@pytest.mark.parametrize(("entry", "level"), [
    (record("aiokafka.consumer.group_coordinator", logging.WARNING,
            "Heartbeat failed for group %s because it is rebalancing", "netra-intake"), "INFO"),
    (record("aiokafka", logging.ERROR, "Unable connect to node with id %s: %s", None, "StaleMetadata"), "INFO"),
    # a broker the metadata names that cannot be reached is a real problem
    (record("aiokafka", logging.ERROR, "Unable connect to node with id %s: %s", 1, "ConnectionError"), "ERROR"),
    (record("aiokafka.consumer.group_coordinator", logging.ERROR, "Group Coordinator Request failed: %s", "x"),
     "ERROR"),
    (record("aiokafka.consumer.group_coordinator", logging.WARNING, "Heartbeat failed for group %s: generation id "
            "is not  current.", "netra-intake"), "WARNING"),
    (record("netra.broker", logging.WARNING, "Heartbeat failed for group %s because it is rebalancing", "g"),
     "WARNING"),
])
def test_only_routine_kafka_notices_are_lowered_to_info(entry, level):
    assert routine_as_info(entry) is True  # never dropped
    assert entry.levelname == level
