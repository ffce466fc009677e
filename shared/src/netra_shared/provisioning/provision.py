"""Provision a deployment's Kafka before its services start: every registry topic and its DLQ, and the ACLs of
`netra_shared.contracts.access`, as the `admin` super user, and the group coordinator warmed (coordinator.py).
Services then run without CREATE rights.

    await provision(infra, "staging.")     # anything with .kafka_bootstrap and .kafka_credentials (admin or None)
    python -m netra_shared.provisioning.provision   # docker-compose's one-shot job; NETRA_PROVISION_* variables

On a plaintext broker (credentials None) only the topics are created: there is no authorizer to give ACLs to.
Idempotent: existing topics and identical ACLs are left as they are.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from ..contracts.access import ADMIN, Grant, acl_table
from ..contracts.topics import ALL_TOPICS, Topics
from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs
from .acls import create_acls, wait_for_acls
from .coordinator import warm_group_coordinator
from .topics import LOCAL, TopicPlan, ensure_topics


class KafkaTarget(Protocol):
    kafka_bootstrap: str
    kafka_credentials: KafkaCredentials | None


@dataclass(frozen=True)
class Provisioned:
    topics_created: list[str]
    acls: list[Grant]


async def _wait_topics(bootstrap: str, credentials: KafkaCredentials | None, topics: Topics, timeout: float) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    wanted = {name for spec in ALL_TOPICS for name in (topics.name(spec), topics.dlq(spec))}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        deadline = time.monotonic() + timeout
        while missing := wanted - set(await admin.list_topics()):
            if time.monotonic() > deadline:
                raise RuntimeError(f"topics not created after {timeout:.0f}s: {sorted(missing)[:5]}")
            await asyncio.sleep(0.2)
    finally:
        await admin.close()


async def provision_kafka(bootstrap: str, admin: KafkaCredentials | None, topic_prefix: str = "", *,
                          plan: TopicPlan = LOCAL, timeout: float = 30.0) -> Provisioned:
    topics = Topics(topic_prefix)
    created = await ensure_topics(bootstrap, topics, plan=plan, credentials=admin)
    await _wait_topics(bootstrap, admin, topics, timeout)
    # the offsets topic exists and its coordinator answers before any service's consumer asks (no startup errors)
    await warm_group_coordinator(bootstrap, admin, topics.name(ALL_TOPICS[0]), timeout=timeout)
    if admin is None:
        return Provisioned(created, [])
    grants = acl_table(topic_prefix)
    await create_acls(bootstrap, admin, grants, timeout=timeout)
    await wait_for_acls(bootstrap, admin, grants, timeout=timeout)  # described by the broker = enforced by it
    return Provisioned(created, grants)


async def provision(target: KafkaTarget | Any, topics_prefix: str = "", **kwargs: Any) -> Provisioned:
    """Provision the broker of a LocalInfra, a Servers (tests) or anything with those two attributes."""
    return await provision_kafka(target.kafka_bootstrap, target.kafka_credentials, topics_prefix, **kwargs)


class ProvisionSettings(BaseSettings):
    """The one-shot job's settings: NETRA_PROVISION_<FIELD>."""

    model_config = SettingsConfigDict(env_prefix="NETRA_PROVISION_", extra="ignore", frozen=True)

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_username: str = ADMIN
    kafka_password: SecretStr = SecretStr("")  # empty: a plaintext broker (topics only)
    topic_prefix: str = ""
    # the cluster's durability (TopicPlan): 1/1 on one broker; a cluster of 3 or more brokers sets 3 and 2
    replication: int = 1
    min_insync_replicas: int = 1
    max_partitions: int | None = None  # caps the registry's partition counts (None: as the registry says)
    timeout_seconds: float = 120.0  # how long to wait for the broker to answer, then for the ACLs to apply

    @property
    def topic_plan(self) -> TopicPlan:
        return TopicPlan(self.replication, self.min_insync_replicas, self.max_partitions)


async def _main(settings: ProvisionSettings) -> Provisioned:
    password = settings.kafka_password.get_secret_value()
    admin = KafkaCredentials(settings.kafka_username, password) if password else None
    deadline = time.monotonic() + settings.timeout_seconds
    while True:
        try:
            return await provision_kafka(settings.kafka_bootstrap, admin, settings.topic_prefix,
                                         plan=settings.topic_plan, timeout=30.0)
        except Exception as exc:  # noqa: BLE001 - the broker may still be starting; give up at the deadline
            if time.monotonic() > deadline:
                raise
            print(f"provision: {type(exc).__name__}: {exc}; retrying", file=sys.stderr, flush=True)
            await asyncio.sleep(2.0)


def main() -> None:
    settings = ProvisionSettings()
    done = asyncio.run(_main(settings))
    print(f"provision: {len(done.topics_created)} topics created, {len(done.acls)} ACLs in place "
          f"(prefix {settings.topic_prefix!r}, broker {settings.kafka_bootstrap})", flush=True)


if __name__ == "__main__":
    main()
