"""Find a Kafka broker and a MongoDB-wire server for integration tests.

Order (ARCHITECTURE.md, "Real infrastructure"):

a. ``NETRA_TEST_KAFKA_BOOTSTRAP`` and ``NETRA_TEST_MONGO_URL`` both set: use those servers (nothing is started);
   a plaintext broker unless ``NETRA_TEST_KAFKA_SECURITY=sasl_scram512``, then the principals' passwords are read
   from ``NETRA_KAFKA_PASSWORD_<PRINCIPAL>`` (ADMIN at least; the e2e tests need the four services' too): the
   variables of docker-compose's ``.env`` and of ``deploy/local_infra.py up``'s env file;
b. else a Docker engine answers: testcontainers (``confluentinc/cp-kafka`` in KRaft mode and ``mongo:7``;
   override the images with ``NETRA_TEST_KAFKA_IMAGE`` / ``NETRA_TEST_MONGO_IMAGE``); a plaintext broker;
c. else :class:`netra_devkit.infra.LocalInfra` (Kafka from Maven jars + SecantusDB) under ``tmp_root``:
   SASL/SCRAM with ACLs, a fresh password for every principal of ``netra_shared.contracts.access``.

On a secured broker ``kafka_credentials`` is the ``admin`` super user (what test taps and producers use) and
``kafka_principals`` holds every principal's credentials; on a plaintext one they are None and empty.

Usage in a conftest::

    @pytest.fixture(scope="session")
    def servers(tmp_path_factory):
        with discover_servers(tmp_path_factory.mktemp("servers")) as s:
            yield s

testcontainers and docker are imported only when (b) is tried; the local runner only when (c) is used.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from netra_shared.kernel.kafka_auth import (
    SECURITY_PLAINTEXT,
    SECURITY_SCRAM,
    KafkaCredentials,
    faststream_security,
    from_env,
    password_env_var,
)
from netra_shared.provisioning.topics import TopicPlan

__all__ = ["Servers", "discover_servers", "docker_available"]

ENV_KAFKA = "NETRA_TEST_KAFKA_BOOTSTRAP"
ENV_MONGO = "NETRA_TEST_MONGO_URL"
ENV_SECURITY = "NETRA_TEST_KAFKA_SECURITY"
DEFAULT_KAFKA_IMAGE = (
    "confluentinc/cp-kafka:7.6.0"  # testcontainers' KafkaContainer drives Confluent's image scripts
)
DEFAULT_MONGO_IMAGE = "mongo:7"
# The tests create the registry's topics for a fresh prefix dozens of times on one broker: at most 3 partitions each
# (the registry's 12 cost about a second more per prefix, measured on the local runner: 1.8-2.9 s against 1.0-1.3 s
# for the 46 topics and ACLs). test_topic_provisioning.py creates them at the registry's counts.
TEST_TOPIC_PLAN = TopicPlan(max_partitions=3)


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap: str  # "host:port"
    mongo_url: str  # a mongodb:// URL for pymongo's (Async)MongoClient
    how: Literal["env", "docker", "local"]
    kafka_credentials: KafkaCredentials | None = None  # the admin super user; None: a plaintext broker
    kafka_principals: Mapping[str, KafkaCredentials] = field(default_factory=dict)  # every known principal
    topic_plan: TopicPlan = TEST_TOPIC_PLAN  # how tests create topics: `ensure_topics(..., plan=servers.topic_plan)`

    @property
    def secured(self) -> bool:
        return self.kafka_credentials is not None

    @property
    def broker_security(self) -> Any:
        """`KafkaBroker(servers.kafka_bootstrap, security=servers.broker_security)`: as admin, or plaintext."""
        return faststream_security(self.kafka_credentials)

    def kafka_settings(self, principal: str | None = None) -> dict[str, Any]:
        """ServiceSettings fields to reach this broker: `IntakeSettings(**servers.kafka_settings(), ...)`.

        As the admin super user by default (it may also create the topics), or as `principal` (then without
        creating topics: provision them and the ACLs first, netra_shared.provisioning.provision).
        """
        fields: dict[str, Any] = {"kafka_bootstrap": self.kafka_bootstrap}
        credentials = self.principal(principal) if principal and self.secured else self.kafka_credentials
        if credentials is not None:
            fields.update({"kafka_security": SECURITY_SCRAM, "kafka_username": credentials.username,
                           "kafka_password": credentials.password})
        return fields

    def principal(self, name: str) -> KafkaCredentials:
        """One principal's credentials (fails clearly when the broker is plaintext or the password is unknown)."""
        if name not in self.kafka_principals:
            raise LookupError(f"no Kafka credentials for {name!r} ({self.how} servers, "
                              f"{'secured' if self.secured else 'plaintext'}): set {password_env_var(name)}")
        return self.kafka_principals[name]


def docker_available() -> bool:
    """True when a Docker engine answers ``ping`` (False also when the docker package is missing)."""
    try:
        import docker

        client = docker.from_env(timeout=5)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - any failure means "no usable engine"
        return False


def discover_servers(tmp_root: Path) -> contextlib.AbstractContextManager[Servers]:
    """Context manager yielding :class:`Servers`; servers it started are stopped on exit."""
    return _discover(Path(tmp_root))


@contextlib.contextmanager
def _discover(tmp_root: Path) -> Iterator[Servers]:
    kafka, mongo = os.environ.get(ENV_KAFKA), os.environ.get(ENV_MONGO)
    if kafka and mongo:
        yield _env_servers(kafka, mongo)
        return
    if kafka or mongo:
        print(
            f"discover_servers: only one of {ENV_KAFKA} / {ENV_MONGO} is set; ignoring it and starting servers",
            file=sys.stderr,
        )
    if docker_available():
        with _docker_servers() as servers:
            yield servers
        return
    from netra_devkit.infra import LocalInfra

    with LocalInfra(tmp_root / "local-infra", secured=True) as infra:
        yield Servers(kafka_bootstrap=infra.kafka_bootstrap, mongo_url=infra.mongo_url, how="local",
                      kafka_credentials=infra.kafka_credentials, kafka_principals=infra.credentials)


def _env_servers(kafka: str, mongo: str) -> Servers:
    security = os.environ.get(ENV_SECURITY, SECURITY_PLAINTEXT) or SECURITY_PLAINTEXT
    if security == SECURITY_PLAINTEXT:
        return Servers(kafka_bootstrap=kafka, mongo_url=mongo, how="env")
    if security != SECURITY_SCRAM:
        raise ValueError(f"{ENV_SECURITY}={security!r}: use {SECURITY_PLAINTEXT} or {SECURITY_SCRAM}")
    from netra_shared.contracts.access import ADMIN, principal_names

    principals = from_env(principal_names())
    if ADMIN not in principals:
        raise ValueError(f"{ENV_SECURITY}={SECURITY_SCRAM} needs {password_env_var(ADMIN)}")
    return Servers(kafka_bootstrap=kafka, mongo_url=mongo, how="env", kafka_credentials=principals[ADMIN],
                   kafka_principals=principals)


@contextlib.contextmanager
def _docker_servers() -> Iterator[Servers]:
    # testcontainers 4.15 keeps the modules under testcontainers.community.*; the old top-level
    # testcontainers.kafka / testcontainers.mongodb are deprecated shims that warn on import.
    from testcontainers.community.kafka import KafkaContainer
    from testcontainers.community.mongodb import MongoDbContainer

    kafka_image = os.environ.get("NETRA_TEST_KAFKA_IMAGE", DEFAULT_KAFKA_IMAGE)
    mongo_image = os.environ.get("NETRA_TEST_MONGO_IMAGE", DEFAULT_MONGO_IMAGE)
    with contextlib.ExitStack() as stack:
        # KafkaContainer defaults to ZooKeeper mode; with_kraft() needs a cp-kafka tag >= 7.0.0.
        kafka = stack.enter_context(KafkaContainer(kafka_image).with_kraft())
        mongo = stack.enter_context(MongoDbContainer(mongo_image))
        yield Servers(
            kafka_bootstrap=kafka.get_bootstrap_server(), mongo_url=mongo.get_connection_url(), how="docker"
        )
