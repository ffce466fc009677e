"""Review H7 on the real broker and database, with referral's kernel as it runs in production: a decided case
whose consenting reporter's identity never comes waits in its own state (awaiting_disclosure, on its own timer),
the next decided case on the same partition is referred meanwhile, and once the wait is over the first is referred
without that identity and operators are alerted (operator.alert-raised.v1, disclosure_missing, on referral.events).
"""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest
import uvicorn
from aiokafka import AIOKafkaProducer
from netra_devkit import samples
from netra_devkit.infra.ports import free_port
from netra_devkit.kafka_probe import TopicTap
from netra_devkit.services import DEVELOPMENT_KEYS
from netra_shared.contracts.topics import CASE_DECIDED, REFERRAL_EVENTS, REFERRALS, TRIAGE_EVENTS, Topics
from netra_shared.kernel.kafka_auth import aiokafka_kwargs
from netra_shared.provisioning.topics import ensure_topics
from pymongo import AsyncMongoClient
from referral.bootstrap import build
from referral.domain.identity import NOT_RECEIVED
from referral.settings import ReferralSettings

pytestmark = pytest.mark.integration


def decided(case_id: str, consenting: list[str]) -> dict:
    data = samples.submission(1)
    data["reported_party"]["subject_type"] = "asn_pns"
    return {"case_id": case_id, "reports": [{"receipt_no": f"RCP-{case_id[5:]}", "submission_id": case_id,
                                             "channel": data["channel"], "registration_no": "001/Reg/X/2024"}],
            "outcome": "neutrality_violation", "subject_type": "asn_pns",
            "classification": {"subject_type": "asn_pns", "category": "ethics_social_media"},
            "reported_party": data["reported_party"], "election": data["election"], "incident": data["incident"],
            "evidence": data["evidence"], "reporter_refs": ["rr-a", *consenting], "reporters_consenting": consenting,
            "votes": {"TNI": "violation", "POLRI": "violation", "BKD": "violation"},
            "decided_at": datetime.now(UTC).isoformat()}


async def test_a_case_waiting_for_a_disclosure_does_not_hold_the_partition(servers):
    run = uuid.uuid4().hex[:8]
    prefix = f"t{run}."
    settings = ReferralSettings(**servers.kafka_settings(), mongo_url=servers.mongo_url, mongo_db=f"referral_{run}",
                                topic_prefix=prefix, consumer_group=f"{prefix}referral", http_port=free_port(),
                                relay_poll_seconds=0.1, sweep_interval_seconds=0.2, consumer_session_timeout_ms=6000,
                                disclosure_wait_minutes=0.1, disclosure_recheck_seconds=0.5,
                                disclosure_key=DEVELOPMENT_KEYS["referral"]["DISCLOSURE_KEY"])
    topics = Topics(prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, credentials=servers.kafka_credentials)
    kernel = build(settings)
    server = uvicorn.Server(uvicorn.Config(kernel.app(), host="127.0.0.1", port=settings.http_port, log_config=None,
                                           lifespan="on"))
    task = asyncio.create_task(server.serve())
    events = await TopicTap(servers.kafka_bootstrap, topics.name(REFERRAL_EVENTS),
                            credentials=servers.kafka_credentials).start()
    packages = await TopicTap(servers.kafka_bootstrap, topics.name(REFERRALS["bkn"]),
                              credentials=servers.kafka_credentials).start()
    producer = AIOKafkaProducer(bootstrap_servers=servers.kafka_bootstrap, **aiokafka_kwargs(servers.kafka_credentials))
    await producer.start()
    try:
        for case_id, consenting in (("CASE-WAIT-0001-AA", ["rr-never"]), ("CASE-NEXT-0002-BB", [])):
            value = samples.envelope(CASE_DECIDED.type, decided(case_id, consenting), source="/netra/triage",
                                     subject=case_id)
            await producer.send_and_wait(topics.name(TRIAGE_EVENTS), json.dumps(value).encode(),
                                         key=case_id.encode(), partition=0)  # one partition: one after the other
        referred = await events.wait_for(lambda data: "recipients" in data, count=2, timeout=120)
        # the case behind the waiting one went first; the waiting one only once its wait was over
        assert [data["case_id"] for data in referred] == ["CASE-NEXT-0002-BB", "CASE-WAIT-0001-AA"]
        [alert] = await events.wait_for(lambda data: data.get("alert") == "disclosure_missing", timeout=60)
        assert alert["case_id"] == "CASE-WAIT-0001-AA" and alert["service"] == "referral"
        waited = [p for p in await packages.wait_for(lambda data: True, count=2, timeout=60)
                  if p["case_id"] == "CASE-WAIT-0001-AA"]
        assert waited and NOT_RECEIVED in waited[0]["reporter_identity"]
    finally:
        await producer.stop()
        await packages.stop()
        await events.stop()
        server.should_exit = True
        await asyncio.wait_for(task, 30)
        client = AsyncMongoClient(settings.mongo_url)
        await client.drop_database(settings.mongo_db)
        await client.close()
