"""A stand-in for the Pokja member agencies: reads review packets and answers with opinions.

Used by `make run` (scripted, realistic verdicts per sample) and by the benchmark (everyone agrees).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import structlog
from aiokafka import AIOKafkaConsumer
from netra_shared.contracts.schemas.review import Agency
from netra_shared.contracts.topics import POKJA_OPINIONS, POKJA_REVIEW_REQUESTS, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs

from .kafka_probe import Producer
from .samples import opinion_message

MEMBERS = tuple(agency.value for agency in Agency if agency is not Agency.BAWASLU)  # the coordinator decides ties
Vote = tuple[str, str, str | None]  # agency, verdict, proposed outcome
Script = Callable[[dict], list[Vote]]

# make run: what each agency thinks of each sample case (by submission id); the rest agree on a violation.
SAMPLE_VERDICTS: dict[str, list[Vote]] = {
    "sigap-000123": [(a, "violation", "election_crime") for a in MEMBERS],
    "gowaslu-2024-0457": [("TNI", "violation", "neutrality_violation"), ("POLRI", "violation", "neutrality_violation"),
                          ("BKD", "no_violation", None), ("KESBANGPOL", "no_violation", None),
                          ("BAWASLU", "violation", "neutrality_violation")],
    "pkd-kkr-0088": [("TNI", "violation", "election_crime"), ("POLRI", "violation", "election_crime"),
                     ("BKD", "violation", "election_crime"), ("KESBANGPOL", "no_violation", None)],
}


def unanimous(packet: dict) -> list[Vote]:
    return [(agency, "violation", "neutrality_violation") for agency in MEMBERS]


def scripted(packet: dict) -> list[Vote]:
    return SAMPLE_VERDICTS.get(packet["reports"][0]["submission_id"], unanimous(packet))


class AutoPokja:
    def __init__(self, bootstrap: str, topics: Topics, script: Script = unanimous, *,
                 credentials: KafkaCredentials | None = None) -> None:
        """`credentials`: one Pokja member's principal (e.g. bawaslu); it answers for every member."""
        self.bootstrap = bootstrap
        self.topics = topics
        self.script = script
        self.credentials = credentials
        self.answered = 0
        self.log = structlog.get_logger()

    async def run(self) -> None:
        # a principal may only use consumer groups named after itself (netra_shared.contracts.access)
        owner = f"{self.credentials.username}." if self.credentials else ""
        consumer = AIOKafkaConsumer(self.topics.name(POKJA_REVIEW_REQUESTS), bootstrap_servers=self.bootstrap,
                                    group_id=f"{owner}{self.topics.prefix}auto-pokja", auto_offset_reset="earliest",
                                    **aiokafka_kwargs(self.credentials))
        producer = await Producer(self.bootstrap, credentials=self.credentials).start()
        await consumer.start()
        try:
            async for record in consumer:
                packet = json.loads(record.value)["data"]
                for agency, verdict, proposed in self.script(packet):
                    key, value = opinion_message(packet["case_id"], agency, verdict, proposed)
                    await producer.send(self.topics.name(POKJA_OPINIONS), key, value)
                self.answered += 1
                self.log.info("pokja_answered", case_id=packet["case_id"],
                              category=packet["classification"]["category"])
        except asyncio.CancelledError:
            pass
        finally:
            await consumer.stop()
            await producer.stop()
