"""The four services as separate OS processes on the real servers, with taps on the topics users see."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from netra_devkit.infra import free_ports
from netra_devkit.kafka_probe import Producer, TopicTap
from netra_devkit.samples import opinion_message
from netra_shared.contracts.access import ADMIN
from netra_devkit.services import SERVICES, System
from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.topics import (
    CHANNELS,
    POKJA_OPINIONS,
    POKJA_REJECTIONS,
    POKJA_REVIEW_REQUESTS,
    REFERRALS,
    REPORTS_REJECTIONS,
    REPORTS_STATUS,
    REPORTS_SUBMITTED,
    Topics,
    TopicSpec,
)
from netra_shared.kernel.kafka_auth import KafkaCredentials
from netra_shared.provisioning.provision import provision


@dataclass
class Pipeline:
    topics: Topics
    system: System
    producer: Producer  # admin: writes anywhere (a hostile or raw record)
    status: TopicTap
    reviews: TopicTap
    referrals: dict[str, TopicTap]
    submitted_dlq: TopicTap  # of sigap-lapor's submissions
    opinions_dlq: TopicTap  # of TNI's opinions
    log_dir: object
    databases: dict[str, str]
    rejections: dict[str, TopicTap]  # each channel's own reports.rejections.<channel>
    pokja_rejections: dict[str, TopicTap]  # each member's own pokja.rejections.<member>
    credentials: Callable[[str], KafkaCredentials | None]
    bootstrap: str
    producers: dict[str, Producer] = field(default_factory=dict)

    async def send(self, spec: TopicSpec, key: bytes, value: bytes, *, as_: str | None = None) -> None:
        """Send on `spec` with its sender's own credentials (or `as_`'s: the broker refuses what it may not)."""
        principal = as_ or spec.sender or ADMIN
        if principal not in self.producers:
            self.producers[principal] = await Producer(self.bootstrap, credentials=self.credentials(principal)).start()
        await self.producers[principal].send(self.topics.name(spec), key, value)

    async def opinion(self, case_id: str, agency: str, verdict: str = "violation",
                      proposed: str | None = "neutrality_violation") -> None:
        """One Pokja member's opinion, with that member's credentials on its own topic."""
        key, value = opinion_message(case_id, agency, verdict, proposed)
        await self.send(POKJA_OPINIONS[agency.lower()], key, value)


@pytest.fixture(scope="module")
def notify_extra() -> dict[str, str]:
    """Extra NETRA_NOTIFY_* settings (SMTP server, webhooks, addresses); a test module overrides this fixture."""
    return {}


@pytest.fixture(scope="module")
def service_extra() -> dict[str, str]:
    """Extra settings every service gets (e.g. where to export traces); a test module overrides this fixture."""
    return {}


@pytest.fixture(scope="module")
async def pipeline(servers, tmp_path_factory, notify_extra, service_extra):
    run = uuid.uuid4().hex[:8]
    topics = Topics(f"e2e{run}.")
    # as admin: every topic + DLQ, and (secured broker) the ACLs of every principal for this prefix
    await provision(servers, topics.prefix, plan=servers.topic_plan)

    def as_(principal: str):  # its own credentials on a secured broker (admin when unknown), None on plaintext
        return servers.kafka_principals.get(principal, servers.kafka_credentials)

    # each service runs as its own principal: only what the ACLs give it, no CREATE
    service_credentials = {service: servers.principal(service) for service in SERVICES} if servers.secured else None
    databases = {service: f"e2e_{run}_{service}" for service in SERVICES}
    extra = {service: {"MONGO_DB": databases[service], "CONSUMER_SESSION_TIMEOUT_MS": "6000",
                       "RELAY_POLL_SECONDS": "0.2", "SWEEP_INTERVAL_SECONDS": "0.5", **service_extra}
             for service in SERVICES}
    extra["notify"].update(notify_extra)
    log_dir = tmp_path_factory.mktemp("e2e-logs")
    system = System(kafka_bootstrap=servers.kafka_bootstrap, mongo_url=servers.mongo_url,
                    topic_prefix=topics.prefix, http_ports=free_ports(4), log_dir=log_dir, extra=extra,
                    kafka_credentials=service_credentials)
    bootstrap = servers.kafka_bootstrap
    admin = servers.kafka_credentials
    # the taps read as the outside party the topic is for (channels, a Pokja member, each recipient); DLQs as admin
    taps = [TopicTap(bootstrap, topics.name(REPORTS_STATUS), credentials=as_(CHANNELS[0])),
            TopicTap(bootstrap, topics.name(POKJA_REVIEW_REQUESTS["bawaslu"]), credentials=as_("bawaslu")),
            TopicTap(bootstrap, topics.dlq(REPORTS_SUBMITTED["sigap-lapor"]), credentials=admin),
            TopicTap(bootstrap, topics.dlq(POKJA_OPINIONS["tni"]), credentials=admin)]
    referral_taps = {r.value: TopicTap(bootstrap, topics.name(REFERRALS[r]), credentials=as_(r.value))
                     for r in Recipient}
    rejections = {channel: TopicTap(bootstrap, topics.name(spec), credentials=as_(channel))
                  for channel, spec in REPORTS_REJECTIONS.items()}
    pokja_rejections = {member: TopicTap(bootstrap, topics.name(spec), credentials=as_(member))
                        for member, spec in POKJA_REJECTIONS.items()}
    every_tap = [*taps, *referral_taps.values(), *rejections.values(), *pokja_rejections.values()]
    for tap in every_tap:
        await tap.start()
    producer = await Producer(bootstrap, credentials=admin).start()  # writes as any party: admin
    pipeline = Pipeline(topics, system, producer, taps[0], taps[1], referral_taps, taps[2], taps[3], log_dir,
                        databases, rejections, pokja_rejections, as_, bootstrap)
    try:
        await asyncio.to_thread(system.start)
        yield pipeline
    finally:
        await asyncio.to_thread(system.stop)
        for each in [producer, *pipeline.producers.values()]:
            await each.stop()
        for tap in every_tap:
            await tap.stop()
