"""Access control on the real secured broker: SASL/SCRAM principals and the ACLs of contracts/access.py.

The topics and ACLs of a fresh prefix are provisioned as admin (as before any deployment starts); then each
principal tries what it may and may not do with its own credentials.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import (
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    TopicAuthorizationFailedError,
)
from netra_devkit.kafka_probe import Producer
from netra_shared.contracts.access import Resource, acl_table
from netra_shared.contracts.topics import (
    POKJA_OPINIONS,
    POKJA_REVIEW_REQUESTS,
    REFERRALS,
    REFERRALS_RESPONSES,
    REPORTS_REJECTIONS,
    REPORTS_SUBMITTED,
    REPORTS_SUPPLEMENTED,
    REPORTS_WITHDRAWALS,
    Topics,
)
from netra_shared.kernel.kafka_auth import KafkaCredentials
from netra_shared.provisioning.acls import describe_acls
from netra_shared.provisioning.provision import provision

pytestmark = pytest.mark.integration


@dataclass(frozen=True)
class Deployment:
    bootstrap: str
    topics: Topics
    creds: dict[str, KafkaCredentials]
    admin: KafkaCredentials

    def topic(self, spec) -> str:
        return self.topics.name(spec)


@pytest.fixture(scope="module")
async def deployment(servers) -> Deployment:
    if not servers.secured:
        pytest.skip(f"needs the secured broker (the local runner, or NETRA_TEST_KAFKA_SECURITY=sasl_scram512); "
                    f"these {servers.how} servers are plaintext")
    topics = Topics(f"acl{uuid.uuid4().hex[:8]}.")
    await provision(servers, topics.prefix, plan=servers.topic_plan)
    admin = servers.kafka_credentials
    producer = await Producer(servers.kafka_bootstrap, credentials=admin).start()
    try:
        for recipient in ("bkn", "pemda", "tni"):
            await producer.send(topics.name(REFERRALS[recipient]), b"ref-1", json.dumps({"for": recipient}).encode())
        for member in ("bkd", "tni"):
            await producer.send(topics.name(POKJA_REVIEW_REQUESTS[member]), b"case-1", b'{"review": "packet"}')
    finally:
        await producer.stop()
    return Deployment(servers.kafka_bootstrap, topics, dict(servers.kafka_principals), admin)


async def read_one(d: Deployment, creds: KafkaCredentials, topic: str, group: str | None = None) -> bytes:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=d.bootstrap, group_id=group, auto_offset_reset="earliest",
                                enable_auto_commit=False, request_timeout_ms=10_000, **creds.aiokafka())
    try:
        await consumer.start()
        record = await asyncio.wait_for(consumer.getone(), 20)
        return record.value
    finally:
        await consumer.stop()


async def write(d: Deployment, creds: KafkaCredentials, topic: str, value: bytes = b"{}") -> None:
    producer = AIOKafkaProducer(bootstrap_servers=d.bootstrap, acks="all", enable_idempotence=True,
                                request_timeout_ms=10_000, **creds.aiokafka())
    try:
        await producer.start()
        await asyncio.wait_for(producer.send_and_wait(topic, value, key=b"k"), 20)
    finally:
        await producer.stop()


# --- an agency: its own referrals, nothing else -----------------------------------------------------------------

async def test_agency_reads_its_own_referrals(deployment: Deployment) -> None:
    d = deployment
    value = await read_one(d, d.creds["bkn"], d.topic(REFERRALS["bkn"]), group=f"bkn.{d.topics.prefix}desk")
    assert json.loads(value) == {"for": "bkn"}


async def test_agency_is_refused_another_agencys_referrals(deployment: Deployment) -> None:
    d = deployment
    with pytest.raises(TopicAuthorizationFailedError):
        await read_one(d, d.creds["bkn"], d.topic(REFERRALS["pemda"]), group=f"bkn.{d.topics.prefix}desk")


async def test_agency_is_refused_writing_to_a_referral_topic(deployment: Deployment) -> None:
    d = deployment
    for topic in (REFERRALS["bkn"], REFERRALS["pemda"]):
        with pytest.raises(TopicAuthorizationFailedError):
            await write(d, d.creds["bkn"], d.topic(topic), b'{"forged": "referral"}')


async def test_agency_writes_its_responses(deployment: Deployment) -> None:
    d = deployment
    await write(d, d.creds["bkn"], d.topic(REFERRALS_RESPONSES["bkn"]), b'{"status": "acknowledged"}')
    assert await read_one(d, d.admin, d.topic(REFERRALS_RESPONSES["bkn"])) == b'{"status": "acknowledged"}'
    with pytest.raises(TopicAuthorizationFailedError):  # another recipient's responses: the broker refuses
        await write(d, d.creds["bkn"], d.topic(REFERRALS_RESPONSES["gakkumdu"]), b'{"status": "declined"}')


async def test_agency_may_not_read_under_another_principals_consumer_group(deployment: Deployment) -> None:
    d = deployment
    with pytest.raises(GroupAuthorizationFailedError):
        await read_one(d, d.creds["bkn"], d.topic(REFERRALS["bkn"]), group="pemda-desk")


# --- Pokja members ----------------------------------------------------------------------------------------------

async def test_pokja_member_reads_review_requests_and_writes_opinions_but_reads_no_referrals(
        deployment: Deployment) -> None:
    d = deployment
    bkd = d.creds["bkd"]
    assert await read_one(d, bkd, d.topic(POKJA_REVIEW_REQUESTS["bkd"]), group=f"bkd.{d.topics.prefix}pokja") == (
        b'{"review": "packet"}')
    with pytest.raises(TopicAuthorizationFailedError):  # another member's packets (it may be recused from them)
        await read_one(d, bkd, d.topic(POKJA_REVIEW_REQUESTS["tni"]))
    await write(d, bkd, d.topic(POKJA_OPINIONS["bkd"]))
    for other in ("tni", "polri", "kesbangpol", "bawaslu"):  # another member's, or the coordinator's, opinions
        with pytest.raises(TopicAuthorizationFailedError):
            await write(d, bkd, d.topic(POKJA_OPINIONS[other]))
    with pytest.raises(TopicAuthorizationFailedError):
        await read_one(d, bkd, d.topic(REFERRALS["bkn"]))
    with pytest.raises(TopicAuthorizationFailedError):
        await write(d, bkd, d.topic(REFERRALS_RESPONSES["bkn"]))


async def test_tni_is_a_pokja_member_and_a_recipient(deployment: Deployment) -> None:
    d = deployment
    tni = d.creds["tni"]
    assert json.loads(await read_one(d, tni, d.topic(REFERRALS["tni"]))) == {"for": "tni"}
    assert await read_one(d, tni, d.topic(POKJA_REVIEW_REQUESTS["tni"])) == b'{"review": "packet"}'
    await write(d, tni, d.topic(REFERRALS_RESPONSES["tni"]))
    await write(d, tni, d.topic(POKJA_OPINIONS["tni"]))
    with pytest.raises(TopicAuthorizationFailedError):  # TNI cannot answer Gakkumdu's criminal referral (C3)
        await write(d, tni, d.topic(REFERRALS_RESPONSES["gakkumdu"]))
    with pytest.raises(TopicAuthorizationFailedError):
        await read_one(d, tni, d.topic(REFERRALS["polri"]))


# --- channels ---------------------------------------------------------------------------------------------------

async def test_a_channel_writes_only_its_own_topics(deployment: Deployment) -> None:
    """C1: one principal per channel; gowaslu cannot submit, supplement or withdraw as SIGAP Lapor."""
    d = deployment
    gowaslu = d.creds["gowaslu"]
    for family in (REPORTS_SUBMITTED, REPORTS_SUPPLEMENTED, REPORTS_WITHDRAWALS):
        await write(d, gowaslu, d.topic(family["gowaslu"]))
        with pytest.raises(TopicAuthorizationFailedError):
            await write(d, gowaslu, d.topic(family["sigap-lapor"]))
    with pytest.raises(TopicAuthorizationFailedError):  # nor read SIGAP Lapor's refusals
        await read_one(d, gowaslu, d.topic(REPORTS_REJECTIONS["sigap-lapor"]), group=f"gowaslu.{d.topics.prefix}x")


# --- services ---------------------------------------------------------------------------------------------------

async def test_a_service_cannot_read_what_it_does_not_consume(deployment: Deployment) -> None:
    d = deployment
    with pytest.raises(TopicAuthorizationFailedError):  # reports.submitted holds reporters' identities: intake's
        await read_one(d, d.creds["triage"], d.topic(REPORTS_SUBMITTED["gowaslu"]), group="netra-triage")


async def test_a_service_cannot_create_topics(deployment: Deployment) -> None:
    d = deployment
    admin = AIOKafkaAdminClient(bootstrap_servers=d.bootstrap, **d.creds["triage"].aiokafka())
    await admin.start()
    try:
        response = await admin.create_topics([NewTopic(f"{d.topics.prefix}triage.own", 1, 1)])
        codes = [error["error_code"] for error in response.to_object()["topic_errors"]]
    finally:
        await admin.close()
    assert codes == [TopicAuthorizationFailedError.errno]


# --- authentication ---------------------------------------------------------------------------------------------

async def test_wrong_password_is_refused(deployment: Deployment) -> None:
    d = deployment
    with pytest.raises(KafkaConnectionError):
        await read_one(d, KafkaCredentials("bkn", "not-the-password"), d.topic(REFERRALS["bkn"]))


async def test_unauthenticated_client_is_refused(deployment: Deployment) -> None:
    d = deployment
    consumer = AIOKafkaConsumer(d.topic(REFERRALS["bkn"]), bootstrap_servers=d.bootstrap, group_id=None,
                                request_timeout_ms=10_000)  # PLAINTEXT against the SASL listener
    try:
        with pytest.raises(KafkaConnectionError):
            await consumer.start()
    finally:
        await consumer.stop()


# --- the broker holds exactly the table -------------------------------------------------------------------------

async def test_broker_holds_the_access_table_for_the_prefix(deployment: Deployment) -> None:
    d = deployment
    held = await describe_acls(d.bootstrap, d.admin)
    wanted = set(acl_table(d.topics.prefix))
    ours = {grant for grant in held if grant.resource is Resource.topic and grant.name.startswith(d.topics.prefix)}
    assert ours == {grant for grant in wanted if grant.resource is Resource.topic}
    assert {grant for grant in wanted if grant.resource is Resource.group} <= held
