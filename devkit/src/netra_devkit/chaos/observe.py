"""What a chaos run reads back: every record on the services' own topics, and notify's notifications."""

from __future__ import annotations

import json

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from netra_shared.contracts.access import SERVICES
from netra_shared.contracts.topics import ALL_TOPICS, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs
from pymongo import AsyncMongoClient

from .verdict import Publish

PENDING = ["queued", "awaiting_contact"]
OWN_TOPICS = [spec for spec in ALL_TOPICS if set(spec.producers) & set(SERVICES)]  # what the services publish


async def notification_counts(mongo: AsyncMongoClient, database: str) -> tuple[int, int]:
    notifications = mongo[database]["notifications"]
    return (await notifications.estimated_document_count(),
            await notifications.count_documents({"keys.phase": {"$in": PENDING}}))


async def own_partitions(kafka: str, credentials: KafkaCredentials | None, topics: Topics) -> list[TopicPartition]:
    """Every partition of the topics the services publish to (as they exist in the cluster)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        names = [topics.name(spec) for spec in OWN_TOPICS if topics.name(spec) in existing]
        described = await admin.describe_topics(names)
    finally:
        await admin.close()
    return [TopicPartition(topic["topic"], p["partition"]) for topic in described for p in topic["partitions"]]


async def read_all(kafka: str, partitions: list[TopicPartition], credentials: KafkaCredentials | None,
                   ) -> list[Publish]:
    """Every record of these partitions, from the beginning to their current end: each event id and when."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka, group_id=None, enable_auto_commit=False,
                                **aiokafka_kwargs(credentials))
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        found: list[Publish] = []
        while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
            for tp, records in (await consumer.getmany(timeout_ms=1000, max_records=5000)).items():
                for record in records:
                    try:
                        event_id = json.loads(record.value)["id"]
                    except (ValueError, TypeError, KeyError):
                        continue
                    found.append(Publish(event_id, tp.topic, record.timestamp / 1000))
        return found
    finally:
        await consumer.stop()
