"""Creates the registry's topics and their DLQs (idempotent)."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from ..contracts.topics import ALL_TOPICS, Topics
from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs


async def ensure_topics(bootstrap: str, topics: Topics, *, replication: int = 1,
                        credentials: KafkaCredentials | None = None) -> list[str]:
    """Needs a principal allowed to CREATE topics (on a secured broker: admin; services do not have it)."""
    wanted = {}
    for spec in ALL_TOPICS:
        wanted[topics.name(spec)] = spec.partitions
        wanted[topics.dlq(spec)] = 1
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [NewTopic(name, partitions, replication) for name, partitions in wanted.items() if name not in existing]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
        return [topic.name for topic in missing]
    finally:
        await admin.close()
