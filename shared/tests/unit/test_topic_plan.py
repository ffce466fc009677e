"""How topics are kept: partitions and retention from the registry, durability from the deployment's TopicPlan."""

from __future__ import annotations

import math
import os
from unittest import mock

import pytest
from netra_shared.contracts.access import SERVICES
from netra_shared.contracts.topics import (
    ALL_TOPICS,
    DAY_MS,
    DLQ_RETENTION_DAYS,
    NOTIFY_ALERTS,
    REPORTS_REJECTIONS,
    REPORTS_SUBMITTED as SUBMITTED_BY_CHANNEL,
    Topics,
    Visibility,
    consumed_by,
    replica_limit,
)
from netra_shared.provisioning.provision import ProvisionSettings
from netra_shared.provisioning.topics import CLUSTER, LOCAL, TopicPlan
from referral.settings import DEFAULT_FOLLOW_UP_DAYS, ReferralSettings

REPLICAS_WANTED = 12  # issue 12: each service must run as up to 12 replicas


@pytest.mark.parametrize("service", SERVICES)
def test_up_to_twelve_replicas_of_each_service_find_a_partition_of_every_topic_it_reads(service):
    assert replica_limit(service) >= REPLICAS_WANTED
    # every topic of the service has the same count: a key lands on the same partition number in each of them
    assert {spec.partitions for spec in consumed_by(service)} == {replica_limit(service)}, [
        (spec.name, spec.partitions) for spec in consumed_by(service)]


REPORTS_SUBMITTED = SUBMITTED_BY_CHANNEL["sigap-lapor"]


def test_only_topics_that_outside_parties_alone_read_have_fewer_partitions():
    fewer = [spec for spec in ALL_TOPICS if spec.partitions < REPLICAS_WANTED]
    assert fewer and all(not set(spec.consumers) & set(SERVICES) for spec in fewer), [s.name for s in fewer]
    assert REPORTS_REJECTIONS["gowaslu"] in fewer and REPORTS_SUBMITTED not in fewer
    assert NOTIFY_ALERTS not in fewer  # operators read it, and so does notify (to mail and show its own alerts)


def test_inbound_topics_keep_messages_longer_than_the_longest_legal_clock_plus_margin():
    # the longest clock the services run: a follow-up counted in working days (at most 5 in every 7 calendar
    # days), then the escalation; the criminal process at Sentra Gakkumdu runs past it (about 44 calendar days)
    escalate_after_days = ReferralSettings.model_fields["escalate_after_days"].default
    follow_up = math.ceil(max(DEFAULT_FOLLOW_UP_DAYS.values()) * 7 / 5) + escalate_after_days
    gakkumdu = math.ceil((14 + 5) * 7 / 5) + 7 + 3 + 7
    inbound = [spec for spec in ALL_TOPICS if spec.visibility is Visibility.external_in]
    assert inbound
    for spec in inbound:
        assert spec.retention_days >= max(30, follow_up, gakkumdu) + 7, spec.name
        assert spec.retention_ms == spec.retention_days * 24 * 3600 * 1000


def test_a_cluster_plan_replicates_three_times_and_acknowledges_a_write_on_two():
    topics = Topics("prod.")
    created = {topic.name: topic for topic in CLUSTER.new_topics(topics)}
    assert len(created) == 2 * len(ALL_TOPICS)
    for spec in ALL_TOPICS:
        main, dlq = created[topics.name(spec)], created[topics.dlq(spec)]
        assert (main.num_partitions, main.replication_factor) == (spec.partitions, 3)
        assert main.topic_configs == {"retention.ms": str(spec.retention_ms), "min.insync.replicas": "2"}
        assert (dlq.num_partitions, dlq.replication_factor) == (1, 3)
        assert dlq.topic_configs == {"retention.ms": str(DLQ_RETENTION_DAYS * DAY_MS), "min.insync.replicas": "2"}
    assert DLQ_RETENTION_DAYS > max(spec.retention_days for spec in ALL_TOPICS)  # time to notice, fix, redrive


def test_the_single_local_broker_keeps_one_copy_and_asks_for_one():
    topic = next(t for t in LOCAL.new_topics(Topics()) if t.name == REPORTS_SUBMITTED.name)
    assert (topic.num_partitions, topic.replication_factor) == (REPORTS_SUBMITTED.partitions, 1)
    assert topic.topic_configs["min.insync.replicas"] == "1"


def test_a_partition_cap_lowers_counts_and_never_raises_one():
    plan = TopicPlan(max_partitions=3)
    assert plan.partitions(REPORTS_SUBMITTED) == 3
    rejections = REPORTS_REJECTIONS["gowaslu"]
    assert TopicPlan(max_partitions=6).partitions(rejections) == rejections.partitions == 3
    assert TopicPlan(max_partitions=100).partitions(REPORTS_SUBMITTED) == REPORTS_SUBMITTED.partitions


@pytest.mark.parametrize(("replication", "min_insync"), [(1, 2), (3, 4), (3, 0)])
def test_a_plan_whose_writes_could_never_be_acknowledged_is_refused(replication, min_insync):
    with pytest.raises(ValueError, match="min.insync.replicas"):
        TopicPlan(replication=replication, min_insync_replicas=min_insync)


def test_the_provisioning_job_reads_the_cluster_durability_from_its_environment():
    env = {"NETRA_PROVISION_REPLICATION": "3", "NETRA_PROVISION_MIN_INSYNC_REPLICAS": "2",
           "NETRA_PROVISION_MAX_PARTITIONS": "6"}
    with mock.patch.dict(os.environ, env):
        plan = ProvisionSettings().topic_plan
    assert plan == TopicPlan(replication=3, min_insync_replicas=2, max_partitions=6)
    assert ProvisionSettings().topic_plan == LOCAL
