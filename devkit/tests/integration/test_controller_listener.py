"""The local runner's KRaft controller listener is authenticated: only the broker's own login (admin) gets in.

It used to be PLAINTEXT with ``User:ANONYMOUS`` as a super user, so anything that reached the controller port could
create ACLs and topics there directly (controllers serve admin requests since KIP-919): a service could grant itself
READ on ``intake.contacts``. Now it is SASL_PLAINTEXT with PLAIN and one static JAAS user, ``admin`` (SCRAM cannot
serve there: its credentials live in the metadata the controller itself serves), and ``admin`` is the only super user.

Each request below goes to the controller port on a raw connection, so that what decides is the listener's
authentication, never a client library's bootstrap (controllers do not answer Metadata).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import create_conn
from aiokafka.errors import KafkaError
from aiokafka.protocol.admin import CreateAclsRequest, CreateTopicsRequest
from netra_devkit.infra import LocalInfra
from netra_shared.contracts.access import ADMIN, Grant, Operation, Pattern, Resource
from netra_shared.provisioning.acls import ALLOW, OPERATION, PATTERN_TYPE, RESOURCE_TYPE, describe_acls

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def infra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalInfra]:
    with LocalInfra(tmp_path_factory.mktemp("controller-listener"), kafka_heap="512m") as li:
        yield li


def read_contacts(principal: str) -> Grant:
    """The grant an intruder wants most: READ on the topic of reporters' contact details."""
    return Grant(principal, Resource.topic, "intake.contacts", Pattern.literal, Operation.read)


def create_acl(grant: Grant) -> CreateAclsRequest:
    return CreateAclsRequest(RESOURCE_TYPE[grant.resource], grant.name, PATTERN_TYPE[grant.pattern],
                             f"User:{grant.principal}", "*", OPERATION[grant.operation], ALLOW)


def create_topic(name: str) -> CreateTopicsRequest:
    return CreateTopicsRequest([(name, 1, 1, [], [])], timeout=10_000, validate_only=False)


async def on_controller(infra: LocalInfra, request: Any, **login: str) -> Any:
    """Send one request to the controller port, as ``login`` (create_conn's sasl_* keywords) or anonymously."""
    security = {"security_protocol": "SASL_PLAINTEXT", **login} if login else {}
    conn = await create_conn("127.0.0.1", infra.controller_port, request_timeout_ms=10_000, **security)
    try:
        return await conn.send(request)
    finally:
        conn.close()


def plain(name: str, password: str) -> dict[str, str]:
    return {"sasl_mechanism": "PLAIN", "sasl_plain_username": name, "sasl_plain_password": password}


async def broker_acls(infra: LocalInfra) -> set[Grant]:
    return await describe_acls(infra.kafka_bootstrap, infra.kafka_credentials)


async def broker_topics(infra: LocalInfra) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap, **infra.kafka_credentials.aiokafka())
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def test_clients_and_admin_still_work_through_the_broker(infra: LocalInfra) -> None:
    """The broker reaches its controller with its own login: topic creation (done by the controller) works."""
    topic = f"it-controller-{uuid.uuid4().hex[:8]}"
    admin = infra.kafka_credentials.aiokafka()
    client = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap, **admin)
    await client.start()
    try:
        await client.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    finally:
        await client.close()
    producer = AIOKafkaProducer(bootstrap_servers=infra.kafka_bootstrap, **admin)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"through the broker", key=b"r-1")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=infra.kafka_bootstrap, auto_offset_reset="earliest",
                                group_id=None, **admin)
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), timeout=30)
    finally:
        await consumer.stop()
    assert record.value == b"through the broker"


async def test_unauthenticated_client_on_the_controller_port_cannot_create_an_acl_or_a_topic(
        infra: LocalInfra) -> None:
    intruder = read_contacts("intruder")
    topic = f"it-intruder-{uuid.uuid4().hex[:8]}"

    with pytest.raises(KafkaError):  # the listener wants a SASL handshake first and drops the connection
        await on_controller(infra, create_acl(intruder))
    with pytest.raises(KafkaError):
        await on_controller(infra, create_topic(topic))

    assert intruder not in await broker_acls(infra)
    assert topic not in await broker_topics(infra)


async def test_only_the_brokers_own_login_passes_the_controller_listener(infra: LocalInfra) -> None:
    intake = infra.credentials["intake"]
    with pytest.raises(KafkaError):  # SCRAM is not enabled there
        await on_controller(infra, create_acl(read_contacts("intake")), sasl_mechanism="SCRAM-SHA-512",
                            sasl_plain_username=intake.username, sasl_plain_password=intake.password)
    with pytest.raises(KafkaError):  # PLAIN knows one user: admin
        await on_controller(infra, create_acl(read_contacts("intake")), **plain(intake.username, intake.password))
    assert read_contacts("intake") not in await broker_acls(infra)

    # The same request as admin is served: the refusals above come from authentication, not from the API.
    probe = read_contacts(f"probe-{uuid.uuid4().hex[:8]}")
    response = await on_controller(infra, create_acl(probe), **plain(ADMIN, infra.kafka_credentials.password))
    assert [code for code, _message in response.creation_responses] == [0]
    for _ in range(50):  # the broker learns it from the metadata log
        if probe in await broker_acls(infra):
            break
        await asyncio.sleep(0.2)
    assert probe in await broker_acls(infra)


def test_super_users_name_admin_alone(infra: LocalInfra) -> None:
    """From the file the broker runs with (DescribeConfigs hides super.users: the authorizer's, so 'sensitive')."""
    lines = (infra.state_dir / "server.properties").read_text().splitlines()
    props = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    assert props["super.users"] == f"User:{ADMIN}"
    assert props["listener.security.protocol.map"].endswith("CONTROLLER:SASL_PLAINTEXT")
