"""Provisioning on the real broker: the topics it creates have the registry's partitions and the plan's configs."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from netra_shared.contracts.topics import ALL_TOPICS, DAY_MS, DLQ_RETENTION_DAYS, Topics
from netra_shared.kernel.kafka_auth import aiokafka_kwargs
from netra_shared.provisioning.topics import LOCAL, TopicError, TopicPlan, ensure_topics

pytestmark = pytest.mark.integration
KEPT = ("retention.ms", "min.insync.replicas")


async def described(servers, names: list[str]) -> dict[str, tuple[int, int, dict[str, str]]]:
    """name -> (partitions, replicas of partition 0, the KEPT configs) as the broker describes them."""
    admin = AIOKafkaAdminClient(bootstrap_servers=servers.kafka_bootstrap, **aiokafka_kwargs(servers.kafka_credentials))
    await admin.start()
    try:
        deadline = asyncio.get_running_loop().time() + 15
        while True:  # a topic just created may not be in every broker's metadata yet
            topics = {t["topic"]: t for t in await admin.describe_topics(names)}
            if all(t["partitions"] and not t["error_code"] for t in topics.values()) or \
                    asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.2)
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name) for name in names])
    finally:
        await admin.close()
    configs = {resource[3]: {entry[0]: entry[1] for entry in resource[4] if entry[0] in KEPT}
               for response in responses for resource in response.resources}
    return {name: (len(topics[name]["partitions"]), len(topics[name]["partitions"][0]["replicas"]), configs[name])
            for name in names}


async def test_created_topics_have_the_registrys_partitions_and_retention_and_dlqs_keep_longer(servers, prefix):
    topics = Topics(prefix)
    created = await ensure_topics(servers.kafka_bootstrap, topics, plan=LOCAL, credentials=servers.kafka_credentials)
    assert sorted(created) == sorted(n for spec in ALL_TOPICS for n in (topics.name(spec), topics.dlq(spec)))
    found = await described(servers, created)
    for spec in ALL_TOPICS:
        assert found[topics.name(spec)] == (spec.partitions, 1, {"retention.ms": str(spec.retention_ms),
                                                                 "min.insync.replicas": "1"}), spec.name
        assert found[topics.dlq(spec)] == (1, 1, {"retention.ms": str(DLQ_RETENTION_DAYS * DAY_MS),
                                                  "min.insync.replicas": "1"}), spec.dlq
    # idempotent: a second run creates nothing and changes nothing
    assert await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials) == []
    assert await described(servers, created) == found


async def test_a_partition_cap_applies_to_every_topic_it_creates(servers, prefix):
    topics = Topics(prefix)
    plan = TopicPlan(max_partitions=2)
    created = await ensure_topics(servers.kafka_bootstrap, topics, plan=plan, credentials=servers.kafka_credentials)
    found = await described(servers, created)
    assert {spec.name: found[topics.name(spec)][0] for spec in ALL_TOPICS} == {
        spec.name: min(spec.partitions, 2) for spec in ALL_TOPICS}


async def test_a_cluster_plan_on_one_broker_is_refused_rather_than_left_half_done(servers, prefix):
    with pytest.raises(TopicError, match="InvalidReplicationFactor"):
        await ensure_topics(servers.kafka_bootstrap, Topics(prefix), plan=TopicPlan(3, 2),
                            credentials=servers.kafka_credentials)
