"""Supplements, withdrawals and the 2 x 24 h deadline through the real handlers and database: clear rejections on
reports.rejections, recorded once; the deadline ends an incomplete report; identity stays on personal topics."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.topics import TOPICS_BY_NAME
from netra_shared.kernel.clock import ManualClock

pytestmark = pytest.mark.integration

T0 = datetime(2024, 10, 3, 3, 0, tzinfo=UTC)
EVIDENCE = [{"kind": "screenshot", "uri": "https://evidence.example.id/susulan.png"}]


@pytest.fixture
async def app(intake_settings, intake_factory):
    return await intake_factory(intake_settings(), ManualClock(T0))


async def _rejections(app, channel: str | None = None) -> list[dict]:
    """Every request.rejected event waiting in the rejections' outboxes (each on its channel's own topic)."""
    found = []
    async for document in app.refusals.find():
        for entry in document["outbox"]:
            data = json.loads(entry["value"])["data"]
            assert entry["topic"] == f"reports.rejections.{data['channel']}"
            if channel in (None, data["channel"]):
                found.append(data)
    return found


async def test_a_supplement_for_an_unknown_receipt_is_rejected_once_even_if_redelivered(app, kit):
    inbound = kit.supplemented("RCP-AAAA-BBBB-CC", "sigap-lapor", T0, evidence=EVIDENCE)
    assert (await app.supplemented(inbound))["outcome"] == "supplement_rejected_unknown_receipt"
    assert (await app.supplemented(inbound))["outcome"] == "supplement_rejected_unknown_receipt"
    (rejection,) = await _rejections(app)
    assert (rejection["reason"], rejection["request"], rejection["receipt_no"]) == (
        "unknown_receipt", "supplement", "RCP-AAAA-BBBB-CC")
    assert "RCP-AAAA-BBBB-CC" in rejection["detail"]
    assert await app.reports.count_documents({}) == 0


async def test_a_withdrawal_for_an_unknown_receipt_is_rejected(app, kit):
    result = await app.withdrawal(kit.withdrawn("RCP-AAAA-BBBB-CC", "gowaslu", T0))
    assert result["outcome"] == "withdrawal_rejected_unknown_receipt"
    assert [item["reason"] for item in await _rejections(app)] == ["unknown_receipt"]


async def test_a_supplement_completes_the_report_then_later_requests_are_refused_as_already_registered(app, kit):
    data = kit.submission(0, "chan-1", evidence=[])
    first = await app.submitted(kit.submitted(data))
    assert first["outcome"] == "completion_requested"
    receipt = first["receipt_no"]
    app.clock.advance(timedelta(hours=20))
    wrong = await app.supplemented(kit.supplemented(receipt, "gowaslu", app.clock.now(), evidence=EVIDENCE))
    assert wrong["outcome"] == "supplement_rejected_wrong_channel"
    claimed = await app.supplemented(kit.supplemented(receipt, "sigap-lapor", app.clock.now(), sender="gowaslu",
                                                      evidence=EVIDENCE))
    assert claimed["outcome"] == "supplement_rejected_channel_mismatch"
    assert [item["reason"] for item in await _rejections(app, "gowaslu")] == ["wrong_channel", "channel_mismatch"]
    done = await app.supplemented(kit.supplemented(receipt, "sigap-lapor", app.clock.now(), evidence=EVIDENCE))
    assert done["outcome"] == "registered"
    report = await app.report(receipt)
    assert report["registration_no"] == "001/Reg/LP/PB/Kab/15.04/X/2024"
    again = await app.supplemented(kit.supplemented(receipt, "sigap-lapor", app.clock.now(), evidence=EVIDENCE))
    withdrawal = await app.withdrawal(kit.withdrawn(receipt, "sigap-lapor", app.clock.now()))
    assert (again["outcome"], withdrawal["outcome"]) == ("supplement_rejected_already_registered",
                                                         "withdrawal_rejected_already_registered")
    reasons = sorted(item["reason"] for item in await _rejections(app))
    assert reasons == ["already_registered", "already_registered", "channel_mismatch", "wrong_channel"]
    assert (await app.report(receipt))["status"] == "registered"


async def test_a_withdrawn_report_refuses_a_later_supplement_as_not_registered(app, kit):
    receipt = (await app.submitted(kit.submitted(kit.submission(0, "chan-2", evidence=[]))))["receipt_no"]
    assert (await app.withdrawal(kit.withdrawn(receipt, "sigap-lapor", T0)))["outcome"] == "not_registered_withdrawn"
    late = await app.supplemented(kit.supplemented(receipt, "sigap-lapor", T0, evidence=EVIDENCE))
    assert late["outcome"] == "supplement_rejected_not_registered"
    report = await app.report(receipt)
    assert (report["status"], report["reason"]) == ("not_registered", "withdrawn")
    assert await app.reports.count_documents({"next_due_at": {"$ne": None}}) == 0  # no deadline left to fire


async def test_the_sweeper_ends_an_incomplete_report_at_48_hours_not_a_minute_before(app, kit):
    data = kit.submission(0, "chan-3", evidence=[], incident__place="")
    receipt = (await app.submitted(kit.submitted(data)))["receipt_no"]
    assert await app.relayed()  # the report's events are out, so only the clock holds its deadline back
    sweeper = app.sweeper
    app.clock.set(T0 + timedelta(hours=47, minutes=59))
    assert await sweeper.sweep_once() == 0
    assert (await app.report(receipt))["status"] == "awaiting_completion"
    app.clock.set(T0 + timedelta(hours=48))
    assert await sweeper.sweep_once() == 1
    document = await app.reports.find_one({"_id": receipt})
    assert (document["state"]["status"], document["state"]["reason"]) == ("not_registered", "incomplete")
    assert document["next_due_at"] is None
    ended = [json.loads(entry["value"]) for entry in document["outbox"]
             if json.loads(entry["value"])["type"] == "id.bawaslu.report.not-registered.v1"]
    assert len(ended) == 1 and "tempat kejadian" in ended[0]["data"]["detail"] and "bukti" in ended[0]["data"]["detail"]
    assert await sweeper.sweep_once() == 0  # fired once


@pytest.mark.parametrize("index", [0, 1, 2, 3])
async def test_reporter_identity_is_held_only_in_events_for_personal_data_topics(app, kit, index):
    data = kit.submission(index, f"chan-id-{index}", reporter__consents_to_disclosure=True)
    app.clock.set(datetime.fromisoformat(data["received_at"]) + timedelta(hours=1))
    assert (await app.submitted(kit.submitted(data)))["outcome"] == "registered"
    document = await app.reports.find_one({"_id": kit.receipt(data)})
    reporter = samples.SAMPLE_SUBMISSIONS[index]["reporter"]
    secrets = [reporter[key] for key in ("full_name", "nik", "phone", "email")]
    topics = []
    for entry in document["outbox"]:
        topics.append(entry["topic"])
        if not TOPICS_BY_NAME[entry["topic"]].personal_data:
            assert not [secret for secret in secrets if secret in entry["value"]], entry["topic"]
    assert sorted(topics) == sorted(["intake.contacts", "intake.events", "intake.events", "intake.disclosures"])
