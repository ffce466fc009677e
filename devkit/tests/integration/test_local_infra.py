"""LocalInfra (Kafka from Maven jars + SecantusDB, no Docker): starts, serves real clients, stops without leftovers.

One start/stop for the whole module; the last test stops the servers and checks that no process is left.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from netra_devkit.infra import LocalInfra, LocalInfraError


def _alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] not in "ZX"


def _processes_mentioning(needle: str) -> list[tuple[int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if needle in cmdline and _alive(int(entry.name)):
            found.append((int(entry.name), cmdline))
    return found


@pytest.fixture(scope="module")
def infra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalInfra]:
    li = LocalInfra(tmp_path_factory.mktemp("local-infra"), kafka_heap="512m")
    li.start()
    try:
        yield li
    finally:
        li.stop()


@pytest.mark.integration
async def test_kafka_produce_and_consume(infra: LocalInfra) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    topic = f"it-local-{uuid.uuid4().hex[:8]}"  # auto-created on first produce (admin may create topics)
    admin = infra.kafka_credentials.aiokafka()  # the runner is secured by default: SASL/SCRAM as the super user
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap, **admin)
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, b'{"hello": "kafka"}', key=b"report-1")
        assert await producer.partitions_for(topic) == {0, 1, 2}  # num.partitions=3
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=infra.kafka_bootstrap,
        group_id=f"it-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **admin,
    )
    await consumer.start()
    try:
        msg = await asyncio.wait_for(consumer.getone(), timeout=30)
        await consumer.commit()  # exercises the group coordinator (__consumer_offsets, RF 1)
    finally:
        await consumer.stop()
    assert (msg.key, msg.value) == (b"report-1", b'{"hello": "kafka"}')
    assert (msg.partition, msg.offset) == (sent.partition, sent.offset)


@pytest.mark.integration
async def test_mongo_insert_find_and_unique_index(infra: LocalInfra) -> None:
    from pymongo import AsyncMongoClient
    from pymongo.errors import DuplicateKeyError

    client: AsyncMongoClient = AsyncMongoClient(infra.mongo_url, serverSelectionTimeoutMS=10_000)
    try:
        coll = client["it_local_infra"]["reports"]
        await coll.create_index("ref", unique=True)
        inserted = await coll.insert_one({"ref": "R-1", "status": "new"})
        doc = await coll.find_one({"ref": "R-1"})
        assert doc is not None and doc["_id"] == inserted.inserted_id and doc["status"] == "new"
        with pytest.raises(DuplicateKeyError):
            await coll.insert_one({"ref": "R-1", "status": "duplicate"})
        assert await coll.count_documents({}) == 1
    finally:
        await client.close()


@pytest.mark.integration
def test_port_in_use_fails_fast_without_starting_anything(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        li = LocalInfra(tmp_path / "busy", kafka_port=busy.getsockname()[1], verbose=False)
        with pytest.raises(LocalInfraError, match="already in use"):
            li.start()
    assert li.pids == {}


@pytest.mark.integration
def test_stop_leaves_no_server_process(infra: LocalInfra) -> None:
    pids = infra.pids
    assert set(pids) == {"kafka", "secantusd"}
    assert all(_alive(pid) for pid in pids.values())

    infra.stop()

    assert infra.pids == {}
    assert not any(_alive(pid) for pid in pids.values()), pids
    # nothing else (a reparented child, a stray JVM) still refers to this run's state dir
    assert _processes_mentioning(str(infra.state_dir)) == []
    assert not (infra.state_dir / "kafka.pid").exists() and not (infra.state_dir / "secantusd.pid").exists()
    infra.stop()  # idempotent


def test_discover_servers_uses_env_without_importing_docker(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from netra_devkit.servers import discover_servers

    monkeypatch.setenv("NETRA_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:1")
    monkeypatch.setenv("NETRA_TEST_MONGO_URL", "mongodb://127.0.0.1:2/")
    had_testcontainers = "testcontainers" in sys.modules
    with discover_servers(tmp_path) as servers:
        assert (servers.kafka_bootstrap, servers.mongo_url, servers.how) == (
            "127.0.0.1:1",
            "mongodb://127.0.0.1:2/",
            "env",
        )
    assert ("testcontainers" in sys.modules) == had_testcontainers
    assert not any(tmp_path.iterdir())
