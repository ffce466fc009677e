"""A single-node KRaft Kafka on loopback: its server.properties, its storage format command, its readiness probe.

Secured (the default): the client port is SASL_PLAINTEXT with SCRAM-SHA-512 only, the StandardAuthorizer denies
what no ACL allows, every principal exists as a SCRAM user from the storage format on (``--add-scram``), and
``admin`` is the only super user. The broker talks to its controller over the CONTROLLER listener (loopback),
which is authenticated too: SASL_PLAINTEXT with PLAIN and one static user, ``admin`` (SCRAM cannot serve there:
its credentials live in the metadata the controller itself serves). Nothing unauthenticated reaches either port.
"""

from __future__ import annotations

import asyncio
import base64
import re
import uuid
from pathlib import Path
from typing import Any

from netra_shared.contracts.access import ADMIN, SCRAM_MECHANISM

from .jars import LocalInfraError
from .ports import LOOPBACK


def cluster_id() -> str:
    """A random UUID in unpadded URL-safe base64 (what ``StorageTool random-uuid`` prints), never starting with '-'."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):
            return cid


def heap_bytes(spec: str) -> int:
    m = re.fullmatch(r"(\d+)([kKmMgG]?)", spec.strip())
    if not m:
        raise ValueError(f"bad heap size {spec!r} (use e.g. '768m' or '1g')")
    return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]


def scram_format_args(passwords: dict[str, str]) -> list[str]:
    return [arg for name, password in passwords.items()
            for arg in ("--add-scram", f"{SCRAM_MECHANISM}=[name={name},password={password}]")]


PLAIN = "PLAIN"  # the controller listener's mechanism


def _listeners(port: int, controller_port: int, passwords: dict[str, str]) -> dict[str, str]:
    client = "SASL_PLAINTEXT" if passwords else "PLAINTEXT"
    props = {
        "listeners": f"{client}://{LOOPBACK}:{port},CONTROLLER://{LOOPBACK}:{controller_port}",
        "advertised.listeners": f"{client}://{LOOPBACK}:{port},CONTROLLER://{LOOPBACK}:{controller_port}",
        "listener.security.protocol.map": f"{client}:{client},CONTROLLER:{client}",
        "inter.broker.listener.name": client,
    }
    if not passwords:
        return props
    admin = passwords[ADMIN]
    return {
        **props,
        "sasl.enabled.mechanisms": SCRAM_MECHANISM,
        "sasl.mechanism.inter.broker.protocol": SCRAM_MECHANISM,
        # server side of SCRAM, and the broker's own login (as admin) when it connects to itself
        f"listener.name.sasl_plaintext.{SCRAM_MECHANISM.lower()}.sasl.jaas.config":
            "org.apache.kafka.common.security.scram.ScramLoginModule required "
            f'username="{ADMIN}" password="{admin}";',
        # the controller listener: PLAIN only, one user (admin), whom the broker logs in as (username/password)
        "listener.name.controller.sasl.enabled.mechanisms": PLAIN,
        "sasl.mechanism.controller.protocol": PLAIN,
        "listener.name.controller.plain.sasl.jaas.config":
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'username="{ADMIN}" password="{admin}" user_{ADMIN}="{admin}";',
        "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "allow.everyone.if.no.acl.found": "false",
        "super.users": f"User:{ADMIN}",
    }


def server_properties(data: Path, port: int, controller_port: int, passwords: dict[str, str]) -> str:
    """``passwords`` empty: a plaintext broker without authentication."""
    props = {
        # single node, KRaft, combined broker + controller, loopback only
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.bootstrap.servers": f"{LOOPBACK}:{controller_port}",
        **_listeners(port, controller_port, passwords),
        "controller.listener.names": "CONTROLLER",
        "log.dirs": str(data),
        # small machine
        "num.network.threads": "2",
        "num.io.threads": "2",
        "num.recovery.threads.per.data.dir": "1",
        "background.threads": "2",
        "log.cleaner.threads": "1",
        "log.cleaner.dedupe.buffer.size": str(16 << 20),  # default 128 MiB of heap
        # topics
        "num.partitions": "3",
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        "auto.create.topics.enable": "true",
        "delete.topic.enable": "true",
        # internal topics on one node (fewer partitions: faster first consumer group / transaction)
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "5",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "transaction.state.log.num.partitions": "5",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "share.coordinator.state.topic.num.partitions": "5",
        # tests: no 3 s wait before the first rebalance of every new consumer group
        "group.initial.rebalance.delay.ms": "0",
        # retention for a dev box: a day or 1 GiB per partition, 64 MiB segments
        "log.retention.hours": "24",
        "log.retention.bytes": str(1 << 30),
        "log.segment.bytes": str(64 << 20),
        "log.retention.check.interval.ms": "60000",
    }
    lines = ["# generated by the dev kit's local runner; rewritten on every start"]
    lines += [f"{k}={v}" for k, v in props.items()]
    return "\n".join(lines) + "\n"


async def probe(bootstrap: str, timeout: float, credentials: Any = None) -> None:
    """Raise unless the broker serves cluster metadata and its controller can create and delete a topic."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    sasl = credentials.aiokafka() if credentials is not None else {}

    async def attempt() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000), **sasl)
        try:
            await admin.start()
            cluster = await admin.describe_cluster()
            if not cluster.get("brokers"):
                raise LocalInfraError(f"no broker in metadata yet: {cluster}")
            topic = f"__netra_ready_{uuid.uuid4().hex[:12]}"
            created = await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
            result = created.to_object()
            errors = [t for t in result.get("topic_errors", result.get("topics", [])) if t.get("error_code")]
            if errors:
                raise LocalInfraError(f"readiness topic not created: {errors}")
            await admin.delete_topics([topic])
        finally:
            await admin.close()

    await asyncio.wait_for(attempt(), timeout)
