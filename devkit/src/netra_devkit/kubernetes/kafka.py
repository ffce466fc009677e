"""Strimzi's resources from the registry: the Kafka cluster (KRaft, node pools), a KafkaTopic for every topic and DLQ,
a KafkaUser per principal with the ACLs of `netra_shared.contracts.access` (the ones the local broker applies)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from netra_shared.contracts.access import PRINCIPALS, SCRAM_MECHANISM, Pattern, grants_for
from netra_shared.contracts.topics import DAY_MS, RETENTION_DAYS, Topics
from netra_shared.provisioning.topics import CLUSTER, TopicPlan

from . import names

API = "kafka.strimzi.io/v1"
PATTERN = {Pattern.literal: "literal", Pattern.prefixed: "prefix"}


def kafka_cluster(plan: TopicPlan = CLUSTER) -> list[dict[str, Any]]:
    """Three controllers and three brokers (KRaft), one TLS listener with SCRAM-SHA-512, ACLs enforced."""
    def pool(name: str, role: str, size: str, requests: dict[str, str], limits: dict[str, str]) -> dict[str, Any]:
        return {"apiVersion": API, "kind": "KafkaNodePool",
                "metadata": {"name": name, "labels": names.strimzi_labels()},
                "spec": {"replicas": names.KAFKA_BROKERS, "roles": [role],
                         "storage": {"type": "jbod", "volumes": [{"id": 0, "type": "persistent-claim", "size": size,
                                                                  "deleteClaim": False, "kraftMetadata": "shared"}]},
                         "resources": {"requests": requests, "limits": limits}}}

    minutes = RETENTION_DAYS * DAY_MS // 60_000
    kafka = {"apiVersion": API, "kind": "Kafka", "metadata": {"name": names.KAFKA_CLUSTER, "labels": names.PART_OF},
             "spec": {"kafka": {
                 "version": names.KAFKA_VERSION, "metadataVersion": names.KAFKA_METADATA_VERSION,
                 "listeners": [{"name": "tls", "port": names.TLS_PORT, "type": "internal", "tls": True,
                                "authentication": {"type": SCRAM_MECHANISM.lower()}}],
                 "authorization": {"type": "simple"},  # StandardAuthorizer; no ACL found: denied
                 "config": {
                     "default.replication.factor": plan.replication, "min.insync.replicas": plan.min_insync_replicas,
                     "offsets.topic.replication.factor": plan.replication,
                     "transaction.state.log.replication.factor": plan.replication,
                     "transaction.state.log.min.isr": plan.min_insync_replicas,
                     "auto.create.topics.enable": False,  # topics come from the registry (KafkaTopic) alone
                     # a consumer group's offsets outlive a service down as long as the topics keep its messages
                     "offsets.retention.minutes": minutes}},
                 "entityOperator": {"topicOperator": {},
                                    "userOperator": {"secretPrefix": names.KAFKA_USER_SECRET_PREFIX}}}}
    return [pool("controller", "controller", "20Gi", {"cpu": "250m", "memory": "1Gi"}, {"memory": "1Gi"}),
            pool("broker", "broker", "100Gi", {"cpu": "500m", "memory": "2Gi"}, {"memory": "2Gi"}), kafka]


def kafka_topics(topic_prefix: str = "", plan: TopicPlan = CLUSTER) -> list[dict[str, Any]]:
    """The same topics, partitions and configs provisioning creates (`TopicPlan.new_topics`), as KafkaTopics."""
    docs = []
    for topic in plan.new_topics(Topics(topic_prefix)):
        configs = {key: int(value) for key, value in topic.topic_configs.items()}  # numbers, as Kafka's configs are
        docs.append({"apiVersion": API, "kind": "KafkaTopic",
                     "metadata": {"name": topic.name, "labels": names.strimzi_labels()},
                     "spec": {"topicName": topic.name, "partitions": topic.num_partitions,
                              "replicas": topic.replication_factor, "config": configs}})
    return docs


def kafka_users(topic_prefix: str = "") -> list[dict[str, Any]]:
    """One SCRAM-SHA-512 user per principal but the super user (the operators provision topics and users here)."""
    docs = []
    for name, principal in PRINCIPALS.items():
        if principal.is_super_user:
            continue
        operations: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for grant in grants_for(name, topic_prefix):
            operations[(grant.resource.value.lower(), grant.name, PATTERN[grant.pattern])].append(
                grant.operation.value.capitalize())
        acls = [{"resource": {"type": kind, "name": resource, "patternType": pattern},
                 "operations": sorted(ops), "host": "*"}
                for (kind, resource, pattern), ops in sorted(operations.items())]
        docs.append({"apiVersion": API, "kind": "KafkaUser",
                     "metadata": {"name": name, "labels": names.strimzi_labels()},
                     "spec": {"authentication": {"type": SCRAM_MECHANISM.lower()},
                              "authorization": {"type": "simple", "acls": acls}}})
    return docs
