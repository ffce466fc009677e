"""Find a Kafka broker and a MongoDB-wire server for integration tests.

Order (ARCHITECTURE.md, "Real infrastructure"):

a. ``NETRA_TEST_KAFKA_BOOTSTRAP`` and ``NETRA_TEST_MONGO_URL`` both set: use those servers (nothing is started);
b. else a Docker engine answers: testcontainers (``confluentinc/cp-kafka`` in KRaft mode and ``mongo:7``;
   override the images with ``NETRA_TEST_KAFKA_IMAGE`` / ``NETRA_TEST_MONGO_IMAGE``);
c. else :class:`netra_shared.devinfra.local.LocalInfra` (Kafka from Maven jars + SecantusDB) under ``tmp_root``.

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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = ["Servers", "discover_servers", "docker_available"]

ENV_KAFKA = "NETRA_TEST_KAFKA_BOOTSTRAP"
ENV_MONGO = "NETRA_TEST_MONGO_URL"
DEFAULT_KAFKA_IMAGE = (
    "confluentinc/cp-kafka:7.6.0"  # testcontainers' KafkaContainer drives Confluent's image scripts
)
DEFAULT_MONGO_IMAGE = "mongo:7"


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap: str  # "host:port"
    mongo_url: str  # a mongodb:// URL for pymongo's (Async)MongoClient
    how: Literal["env", "docker", "local"]


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
        yield Servers(kafka_bootstrap=kafka, mongo_url=mongo, how="env")
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
    from netra_shared.devinfra.local import LocalInfra

    with LocalInfra(tmp_root / "local-infra") as infra:
        yield Servers(kafka_bootstrap=infra.kafka_bootstrap, mongo_url=infra.mongo_url, how="local")


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
