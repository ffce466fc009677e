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
from netra_shared.contracts.topics import CASTING_VOTE_REQUESTED, POKJA_OPINIONS, POKJA_REVIEW_REQUESTS, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs

from .kafka_probe import Producer
from .samples import opinion_message

MEMBERS = tuple(agency.value for agency in Agency if agency is not Agency.BAWASLU)  # the coordinator decides ties
COORDINATOR = Agency.BAWASLU.value
Vote = tuple[str, str, str | None]  # agency, verdict, proposed outcome
Script = Callable[[dict], list[Vote]]

# make run: what each agency thinks of each sample case (by submission id); the rest agree on a violation. The
# coordinator's vote is given only when the review asks for it (a tie, no majority).
SAMPLE_VERDICTS: dict[str, list[Vote]] = {
    "sigap-000123": [(a, "violation", "election_crime") for a in MEMBERS],
    "gowaslu-2024-0457": [("TNI", "violation", "neutrality_violation"), ("POLRI", "violation", "neutrality_violation"),
                          ("BKD", "no_violation", None), ("KESBANGPOL", "no_violation", None),
                          (COORDINATOR, "violation", "neutrality_violation")],
    "pkd-kkr-0088": [("TNI", "violation", "election_crime"), ("POLRI", "violation", "election_crime"),
                     ("BKD", "violation", "election_crime"), ("KESBANGPOL", "no_violation", None)],
}


def unanimous(packet: dict) -> list[Vote]:
    return [(agency, "violation", "neutrality_violation") for agency in (*MEMBERS, COORDINATOR)]


def scripted(packet: dict) -> list[Vote]:
    return SAMPLE_VERDICTS.get(packet["reports"][0]["submission_id"], unanimous(packet))


class AutoPokja:
    def __init__(self, bootstrap: str, topics: Topics, script: Script = unanimous, *,
                 credentials: Callable[[str], KafkaCredentials | None] = lambda member: None) -> None:
        """`credentials(member)`: that member's own principal (tni, polri, ..., bawaslu). Each member reads its own
        review requests (none for a case it is recused from) and answers on its own topic with its own credentials;
        the coordinator answers only a casting-vote request."""
        self.bootstrap = bootstrap
        self.topics = topics
        self.script = script
        self.credentials = credentials
        self.answered = 0
        self.log = structlog.get_logger()

    async def run(self) -> None:
        await asyncio.gather(*(self._member(agency) for agency in (*MEMBERS, COORDINATOR)))

    async def _member(self, agency: str) -> None:
        member = agency.lower()
        credentials = self.credentials(member)
        # a principal may only use consumer groups named after itself (netra_shared.contracts.access)
        owner = f"{credentials.username}." if credentials else ""
        consumer = AIOKafkaConsumer(self.topics.name(POKJA_REVIEW_REQUESTS[member]), bootstrap_servers=self.bootstrap,
                                    group_id=f"{owner}{self.topics.prefix}auto-pokja", auto_offset_reset="earliest",
                                    **aiokafka_kwargs(credentials))
        producer = await Producer(self.bootstrap, credentials=credentials).start()
        packets: dict[str, dict] = {}  # case -> its latest packet (the coordinator votes on it when asked)
        await consumer.start()
        try:
            async for record in consumer:
                message = json.loads(record.value)
                case_id = message["data"]["case_id"]
                asked = message["type"] == CASTING_VOTE_REQUESTED.type
                if not asked:
                    packets[case_id] = message["data"]
                if (agency == COORDINATOR) != asked or case_id not in packets:
                    continue  # members answer packets; the coordinator only a request for its casting vote
                for voter, verdict, proposed in self.script(packets[case_id]):
                    if voter == agency:
                        key, value = opinion_message(case_id, agency, verdict, proposed)
                        await producer.send(self.topics.name(POKJA_OPINIONS[member]), key, value)
                        self.answered += 1
                        self.log.info("pokja_answered", case_id=case_id, member=agency, request=message["type"])
        except asyncio.CancelledError:
            pass
        finally:
            await consumer.stop()
            await producer.stop()
