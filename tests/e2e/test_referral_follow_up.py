"""End to end, referral's follow-up through the four services as OS processes on the real servers: a village
head's election crime (UU 10/2016 Pasal 71) goes to Sentra Gakkumdu and to the regent (Pemda); their responses
close the case, the reporter's channel sees every step, and refused responses come back with the reason."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest
from netra_devkit.samples import envelope, opinion_message, submission, submission_message
from netra_shared.contracts.topics import POKJA_OPINIONS, REFERRALS_RESPONSES, REPORTS_SUBMITTED

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
VILLAGE_HEAD_BANSOS = 3  # a village head handing out social aid while naming a governor candidate (Kubu Raya)
RESPONSE = "id.bawaslu.referral.response.v1"


async def respond(pipeline, referral_id: str, agency: str, status: str, **extra) -> None:
    data = {"referral_id": referral_id, "agency": agency, "status": status,
            "responded_at": datetime.now(UTC).isoformat(), **extra}
    value = envelope(RESPONSE, data, source=f"/agencies/{agency}", subject=referral_id)
    await pipeline.producer.send(pipeline.topics.name(REFERRALS_RESPONSES), referral_id.encode(),
                                 json.dumps(value).encode())


async def decided_crime(pipeline) -> tuple[str, str]:
    data = submission(VILLAGE_HEAD_BANSOS, submission_id=f"pasal71-{uuid.uuid4().hex[:8]}")
    key, value = submission_message(data)
    await pipeline.producer.send(pipeline.topics.name(REPORTS_SUBMITTED), key, value)
    registered = (await pipeline.status.wait_for(
        lambda d: d["submission_id"] == data["submission_id"] and d["status"] == "registered"))[0]
    receipt_no = registered["receipt_no"]
    packet = (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"]))[0]
    assert packet["reported_party"]["subject_type"] == "village_head"
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        key, value = opinion_message(packet["case_id"], agency, "violation", "election_crime")
        await pipeline.producer.send(pipeline.topics.name(POKJA_OPINIONS), key, value)
    return receipt_no, packet["case_id"]


async def test_a_village_heads_crime_goes_to_gakkumdu_and_pemda_and_their_responses_close_it(pipeline):
    receipt_no, case_id = await decided_crime(pipeline)
    gakkumdu = (await pipeline.referrals["gakkumdu"].wait_for(lambda d: d["case_id"] == case_id))[0]
    pemda = (await pipeline.referrals["pemda"].wait_for(lambda d: d["case_id"] == case_id))[0]
    assert gakkumdu["outcome"] == pemda["outcome"] == "election_crime"
    assert gakkumdu["receipt_nos"] == [receipt_no]
    assert not pipeline.referrals["bkn"].data(lambda d: d["case_id"] == case_id)

    await respond(pipeline, gakkumdu["referral_id"], "gakkumdu", "acknowledged", detail="diterima Sentra Gakkumdu")
    await respond(pipeline, pemda["referral_id"], "pemda", "sanctioned",
                  sanction="pemberhentian sementara kepala desa", detail="SK Bupati")
    await respond(pipeline, gakkumdu["referral_id"], "gakkumdu", "sanctioned",
                  sanction="putusan pengadilan negeri: pidana percobaan")
    closed = await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "closed")
    assert "selesai" in closed[0]["reason"]
    steps = [d["status"] for d in pipeline.status.data(lambda d: d["receipt_no"] == receipt_no)]
    assert steps == ["received", "registered", "under_review", "decided", "referred",
                     "follow_up", "follow_up", "follow_up", "closed"]


async def test_responses_for_unknown_foreign_or_closed_referrals_are_refused_on_the_senders_topic(pipeline):
    receipt_no, case_id = await decided_crime(pipeline)
    pemda = (await pipeline.referrals["pemda"].wait_for(lambda d: d["case_id"] == case_id))[0]
    gakkumdu = (await pipeline.referrals["gakkumdu"].wait_for(lambda d: d["case_id"] == case_id))[0]

    await respond(pipeline, f"{case_id}-dkpp", "dkpp", "acknowledged")  # no such referral
    await respond(pipeline, pemda["referral_id"], "kpu", "sanctioned")  # not KPU's referral
    await respond(pipeline, pemda["referral_id"], "pemda", "declined", detail="kewenangan bupati lain")
    await respond(pipeline, pemda["referral_id"], "pemda", "in_progress")  # after it was closed

    def refusal(topic: str, referral_id: str):
        return pipeline.referrals[topic].wait_for(
            lambda d: d.get("referral_id") == referral_id and "reason" in d and "rejected_at" in d)

    assert (await refusal("dkpp", f"{case_id}-dkpp"))[0]["reason"] == "unknown_referral"
    assert (await refusal("kpu", pemda["referral_id"]))[0]["reason"] == "not_the_recipient"
    assert (await refusal("pemda", pemda["referral_id"]))[0]["reason"] == "referral_closed"
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "follow_up")
    await asyncio.sleep(2)  # time for a wrongly accepted response to show up too
    follow_ups = [d for d in pipeline.status.data(lambda d: d["receipt_no"] == receipt_no)
                  if d["status"] == "follow_up"]
    assert [d["reason"] for d in follow_ups] == ["declined"]  # only the accepted response reached the reporter
    assert not pipeline.status.data(lambda d: d["receipt_no"] == receipt_no and d["status"] == "closed")
    assert gakkumdu["referral_id"]  # Gakkumdu's referral stays open
