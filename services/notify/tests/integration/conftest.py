"""notify in-process on the real servers, with a real SMTP server and a real HTTP server beside it."""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from netra_devkit.kafka_probe import Producer, TopicTap
from netra_devkit.samples import envelope
from netra_devkit.services import DEVELOPMENT_KEYS
from netra_devkit.sinks import HttpSink, SmtpSink
from netra_shared.contracts.topics import INTAKE_CONTACTS, INTAKE_EVENTS, NOTIFY_ALERTS, Topics
from netra_shared.kernel.runtime import Kernel
from netra_shared.provisioning.topics import ensure_topics
from notify.adapters.delivery_log import DeliveryLog
from notify.adapters.operator_accounts import hash_password
from notify.bootstrap import build
from notify.settings import NotifySettings

WEBHOOK_SECRET = "test-webhook-secret"
OPERATOR, OPERATOR_PASSWORD = "siti", "kata-sandi-uji-siti"
CHANNELS = ("kanal_ok", "kanal_flaky", "kanal_down", "kanal_backlog")


@dataclass
class NotifyUnderTest:
    kernel: Kernel
    topics: Topics
    producer: Producer
    alerts: TopicTap
    smtp: SmtpSink
    http: HttpSink

    @property
    def database(self):
        return self.kernel.database

    @property
    def delivery_log(self):
        return DeliveryLog(self.kernel.stores["notifications"])

    async def send(self, spec, key: str, type_: str, data: dict, event_id: str | None = None) -> str:
        event_id = event_id or str(uuid.uuid4())
        value = envelope(type_, data, source="/netra/intake", subject=key, event_id=event_id)
        await self.producer.send(self.topics.name(spec), key.encode(), json.dumps(value).encode())
        return event_id

    async def contact(self, receipt_no: str, channel: str, preference: str, email: str = "") -> None:
        await self.send(INTAKE_CONTACTS, f"rr-{receipt_no}", "id.bawaslu.reporter.contact-registered.v1", {
            "reporter_ref": f"rr-{receipt_no}", "receipt_no": receipt_no, "submission_id": f"sub-{receipt_no}",
            "channel": channel, "full_name": "Siti Rahmawati", "contact_preference": preference, "email": email,
            "phone": "+6281234500123"})

    async def received(self, receipt_no: str, channel: str, event_id: str | None = None) -> str:
        return await self.send(INTAKE_EVENTS, receipt_no, "id.bawaslu.report.received.v1", {
            "receipt_no": receipt_no, "registration_no": None, "submission_id": f"sub-{receipt_no}",
            "channel": channel, "kind": "public_report", "received_at": datetime.now(UTC).isoformat()},
            event_id=event_id)


def new_receipt() -> str:
    code = base64.b32encode(os.urandom(10)).decode()[:10]
    return f"RCP-{code[:4]}-{code[4:8]}-{code[8:]}"


@pytest.fixture(scope="module")
async def notify_service(servers):
    run = uuid.uuid4().hex[:8]
    smtp, http = SmtpSink().start(), await HttpSink().start()
    settings = NotifySettings(
        **servers.kafka_settings(), mongo_url=servers.mongo_url, mongo_db=f"notify_it_{run}",
        topic_prefix=f"nt{run}.", relay_poll_seconds=0.1, sweep_interval_seconds=0.2, consumer_session_timeout_ms=6000,
        smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_starttls=False,
        webhooks={channel: {"url": http.url(f"/{channel}"), "secret": WEBHOOK_SECRET} for channel in CHANNELS},
        pokja_emails={"TNI": "pokja.tni@example.go.id"}, operator_emails={"piket": "piket@example.go.id"},
        max_attempts=5, retry_base_seconds=0.1, retry_max_seconds=0.4,
        contact_recheck_seconds=0.3, status_url="https://netra.example/reports/{receipt_no}",
        contact_key=DEVELOPMENT_KEYS["notify"]["CONTACT_KEY"],
        operator_accounts={OPERATOR: hash_password(OPERATOR_PASSWORD)}, console_session_secret="s" * 32,
        trace_viewer_url="http://traces.example:9411", deadline_gauges_seconds=3600, pipeline_refresh_seconds=3600)
    topics = Topics(settings.topic_prefix)
    await ensure_topics(servers.kafka_bootstrap, topics, plan=servers.topic_plan,
                        credentials=servers.kafka_credentials)
    kernel = build(settings)  # notify as it runs, in this process
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    alerts = await TopicTap(servers.kafka_bootstrap, topics.name(NOTIFY_ALERTS),
                            credentials=servers.kafka_credentials).start()
    await kernel.prepare()
    await kernel.broker.start()
    await kernel.start_loops()
    try:
        yield NotifyUnderTest(kernel, topics, producer, alerts, smtp, http)
    finally:
        await kernel.stop_loops()
        await kernel.broker.stop()
        await kernel.mongo.drop_database(settings.mongo_db)
        await kernel.close()
        await producer.stop()
        await alerts.stop()
        await http.stop()
        smtp.stop()
