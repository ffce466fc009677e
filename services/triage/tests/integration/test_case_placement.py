"""Triage's handlers on the real database: related reports racing into one case, redelivery, repeat subjects, and
the review timers fired by the sweeper under a manual clock."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_devkit.outbox import relay_everything
from netra_shared.contracts.envelope import CloudEvent
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import Opinion
from netra_shared.kernel.clock import ManualClock
from netra_shared.kernel.consumer import Inbound
from netra_shared.kernel.runtime import Kernel
from netra_shared.kernel.store import AggregateStore
from netra_shared.kernel.timers import TimerSweeper
from triage.bootstrap import wire
from triage.domain.linking import SUBJECT_CASE_KEY
from triage.settings import TriageSettings

pytestmark = pytest.mark.integration
REGISTERED_AT = datetime(2024, 11, 4, 3, 0, tzinfo=UTC)


class Cases:
    """triage's cases collection, and its handlers as bootstrap wires them (no relay: outboxes stay put)."""

    def __init__(self, settings: TriageSettings) -> None:
        self.settings = settings
        self.kernels: list[Kernel] = []
        self.store: AggregateStore | None = None

    async def handlers(self, clock: ManualClock):
        kernel = Kernel.create("triage", self.settings, clock)
        self.kernels.append(kernel)
        wired = wire(kernel, self.settings)
        self.store = kernel.stores["cases"]
        await self.store.ensure_indexes()
        return wired.report_registered, wired.opinion_submitted, wired.deadline

    async def load(self, case_id: str) -> dict | None:
        return await self.store.load(case_id)

    @property
    def collection(self):
        return self.store.collection


@pytest.fixture
async def cases(servers):
    found = Cases(TriageSettings(mongo_url=servers.mongo_url, mongo_db=f"netra_triage_tests_{uuid.uuid4().hex[:8]}"))
    yield found
    for kernel in found.kernels:
        await kernel.mongo.drop_database(found.settings.mongo_db)
        await kernel.close()


def registered(party_name: str, number: int, *, occurred_at: str = "2024-11-01T15:00:00+07:00") -> ReportRegistered:
    data = samples.submission(2)  # a camat campaigning in Kota Bengkulu
    data["reported_party"]["full_name"] = party_name
    data["incident"]["occurred_at"] = occurred_at
    return ReportRegistered.model_validate({
        "receipt_no": f"RCP-T{number:03d}-{uuid.uuid4().hex[:4].upper()}", "registration_no": f"{number:03d}/Reg/X",
        "submission_id": f"it-{uuid.uuid4().hex[:8]}", "channel": "office-desk", "kind": "public_report",
        "election": data["election"], "reported_party": data["reported_party"], "incident": data["incident"],
        "evidence": data["evidence"], "reporter_ref": f"rr-{number}", "registered_at": REGISTERED_AT.isoformat()})


def inbound(data, event_id: str | None = None) -> Inbound:
    """As the consumer hands it over; an opinion came on its member's own topic (the member is its sender)."""
    event = CloudEvent(specversion="1.0", id=event_id or str(uuid.uuid4()), type="id.bawaslu.x.v1", source="/test",
                       time=REGISTERED_AT, subject="s", data={})
    sender = data.agency.value.lower() if isinstance(data, Opinion) else None
    return Inbound(event, data, "t", 0, 0, sender)


async def handlers(cases: Cases, clock: ManualClock):
    return await cases.handlers(clock)


async def test_related_reports_registered_at_the_same_moment_open_one_case(cases):
    on_registered, _, _ = await handlers(cases, ManualClock(REGISTERED_AT))
    for round_ in range(3):
        name = f"Hendra Wijaya {round_}"
        reports = [registered(name, number) for number in range(6)]
        results = await asyncio.gather(*(on_registered(inbound(report)) for report in reports))
        assert len({result["case_id"] for result in results}) == 1
        assert sorted(result["outcome"] for result in results) == ["report_linked"] * 5 + ["review_opened"]
        document = await cases.load(results[0]["case_id"])
        assert sorted(ref["receipt_no"] for ref in document["state"]["reports"]) == sorted(
            report.receipt_no for report in reports)
        # each reader (four members and the coordinator) gets the first packet and the newest update: the updates
        # decided in the same write replace one another before they are published
        types = [entry["value"] for entry in document["outbox"]]
        assert sum('"id.bawaslu.review.requested.v1"' in value for value in types) == 5
        assert sum('"id.bawaslu.review.updated.v1"' in value for value in types) <= 5 * 5
        newest = [json.loads(value)["data"] for value in types if '"id.bawaslu.review.updated.v1"' in value]
        assert {len(packet["receipt_nos"]) for packet in newest[-5:]} == {6}


async def test_a_redelivered_report_changes_nothing_even_after_its_case_was_decided(cases):
    clock = ManualClock(REGISTERED_AT)
    on_registered, on_opinion, _ = await handlers(cases, clock)
    first, second = registered("Yuliana Pratiwi", 1), registered("Yuliana Pratiwi", 2)
    await on_registered(inbound(first))
    delivery = inbound(second)
    case_id = (await on_registered(delivery))["case_id"]
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        await on_opinion(inbound(Opinion(case_id=case_id, agency=agency, member="x", verdict="violation",
                                         submitted_at=REGISTERED_AT)))
    again = await on_registered(inbound(second, event_id=delivery.event.id))
    assert (again["outcome"], again["case_id"]) == ("duplicate", case_id)
    with_new_id = await on_registered(inbound(second))  # the same report under a new event id
    assert (with_new_id["outcome"], with_new_id["case_id"]) == ("duplicate", case_id)
    assert await cases.collection.count_documents({}) == 1


async def test_a_report_after_the_decision_opens_the_partys_next_case_with_repeat_priority(cases):
    clock = ManualClock(REGISTERED_AT)
    on_registered, on_opinion, _ = await handlers(cases, clock)
    first = await on_registered(inbound(registered("Agus Salim", 1)))
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        await on_opinion(inbound(Opinion(case_id=first["case_id"], agency=agency, member="x",
                                         verdict="no_violation", submitted_at=REGISTERED_AT)))
    later = await on_registered(inbound(registered("Agus Salim", 2)))
    assert later["outcome"] == "review_opened" and later["case_id"] != first["case_id"]
    document = await cases.load(later["case_id"])
    assert document["keys"][SUBJECT_CASE_KEY].endswith("#0002")
    assert "terlapor sudah 1 kali dilaporkan sebelumnya (+10)" in document["state"]["priority"]["reasons"]


async def test_an_incident_far_apart_opens_its_own_case_and_later_reports_find_the_right_one(cases):
    on_registered, _, _ = await handlers(cases, ManualClock(REGISTERED_AT))
    early = await on_registered(inbound(registered("Suparman", 1, occurred_at="2024-10-20T09:00:00+07:00")))
    late = await on_registered(inbound(registered("Suparman", 2, occurred_at="2024-11-01T09:00:00+07:00")))
    assert late["outcome"] == "review_opened" and late["case_id"] != early["case_id"]
    joins_early = await on_registered(inbound(registered("Suparman", 3, occurred_at="2024-10-21T09:00:00+07:00")))
    joins_late = await on_registered(inbound(registered("Suparman", 4, occurred_at="2024-10-31T09:00:00+07:00")))
    assert (joins_early["case_id"], joins_late["case_id"]) == (early["case_id"], late["case_id"])


async def test_the_sweeper_sends_the_reminder_then_concludes_at_the_deadline_with_a_quorum(cases):
    clock = ManualClock(REGISTERED_AT)
    on_registered, on_opinion, on_timer = await handlers(cases, clock)
    sweeper = TimerSweeper(cases.store, clock, on_timer)
    case_id = (await on_registered(inbound(registered("Darmawan Saputra", 1))))["case_id"]
    for agency in ("TNI", "POLRI"):
        await on_opinion(inbound(Opinion(case_id=case_id, agency=agency, member="x", verdict="violation",
                                         proposed_outcome="election_crime", submitted_at=REGISTERED_AT)))
    published = await relay_everything(cases.store)  # a timer fires once its case's events are out
    clock.advance(timedelta(days=2))
    assert await sweeper.sweep_once() == 1
    published += await relay_everything(cases.store)
    assert await sweeper.sweep_once() == 0  # fired once
    clock.advance(timedelta(days=1))
    assert await sweeper.sweep_once() == 1
    published += await relay_everything(cases.store)
    document = await cases.load(case_id)
    assert (document["state"]["status"], document["state"]["outcome"]) == ("decided", "election_crime")
    assert document["next_due_at"] is None
    types = [entry["value"] for entry in published]
    assert sum('"id.bawaslu.review.reminder-due.v1"' in value for value in types) == 1
    assert sum('"id.bawaslu.case.decided.v1"' in value for value in types) == 1
