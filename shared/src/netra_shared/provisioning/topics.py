"""Creates the registry's topics and their DLQs (idempotent), with the configs a deployment's `TopicPlan` derives.

The registry gives each topic its partitions and retention; the plan adds what depends on the cluster: replication
and `min.insync.replicas` (3 and 2 on a cluster: with `acks=all` a write survives losing a broker; 1 and 1 on the
single local broker), and optionally a cap on partitions (a test suite's broker that creates topics by the
hundred). The Kubernetes manifests' KafkaTopics (`netra_devkit.kubernetes`) are derived from the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

from ..contracts.topics import ALL_TOPICS, DLQ_PARTITIONS, DLQ_RETENTION_DAYS, DAY_MS, TopicSpec, Topics
from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs


class TopicError(RuntimeError):
    """The broker refused to create topics."""


@dataclass(frozen=True)
class TopicPlan:
    replication: int = 1
    min_insync_replicas: int = 1
    max_partitions: int | None = None  # None: the registry's counts; else no topic gets more

    def __post_init__(self) -> None:
        if not 1 <= self.min_insync_replicas <= self.replication:
            raise ValueError(f"min.insync.replicas {self.min_insync_replicas} must be 1..{self.replication} "
                             "(the replication factor): a produce with acks=all would never succeed")
        if self.max_partitions is not None and self.max_partitions < 1:
            raise ValueError(f"max_partitions {self.max_partitions} must be at least 1")

    def partitions(self, spec: TopicSpec) -> int:
        return spec.partitions if self.max_partitions is None else min(spec.partitions, self.max_partitions)

    def configs(self, spec: TopicSpec) -> dict[str, str]:
        return {"retention.ms": str(spec.retention_ms), "min.insync.replicas": str(self.min_insync_replicas)}

    def dlq_configs(self) -> dict[str, str]:
        return {"retention.ms": str(DLQ_RETENTION_DAYS * DAY_MS), "min.insync.replicas": str(self.min_insync_replicas)}

    def new_topics(self, topics: Topics) -> list[NewTopic]:
        """Every topic and DLQ of the registry as this plan creates them (names with the deployment's prefix)."""
        out = []
        for spec in ALL_TOPICS:
            out.append(NewTopic(topics.name(spec), self.partitions(spec), self.replication, None, self.configs(spec)))
            out.append(NewTopic(topics.dlq(spec), DLQ_PARTITIONS, self.replication, None, self.dlq_configs()))
        return out


LOCAL = TopicPlan()  # one broker: the local runner, docker-compose, the tests
CLUSTER = TopicPlan(replication=3, min_insync_replicas=2)  # three brokers or more: the Kubernetes manifests


async def ensure_topics(bootstrap: str, topics: Topics, *, plan: TopicPlan = LOCAL,
                        credentials: KafkaCredentials | None = None) -> list[str]:
    """Create what is missing; existing topics are left as they are (their partitions are never changed: more
    partitions would move keys to other partitions). Needs a principal allowed to CREATE topics (on a secured
    broker: admin; services do not have it). Returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in plan.new_topics(topics) if topic.name not in existing]
        if missing:
            try:
                response = await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                return [topic.name for topic in missing]
            refused = [f"{error[0]}: {for_code(error[1]).__name__} {error[2] if len(error) > 2 else ''}".strip()
                       for error in response.topic_errors if error[1] not in (0, TopicAlreadyExistsError.errno)]
            if refused:  # e.g. a replication factor above the broker count, or a config the broker rejects
                raise TopicError(f"{len(refused)} topics not created: {'; '.join(refused[:5])}")
        return [topic.name for topic in missing]
    finally:
        await admin.close()
