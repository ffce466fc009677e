"""End to end, referral's follow-up through the four services as OS processes on the real servers: a village
head's election crime (UU 10/2016 Pasal 71) goes to Sentra Gakkumdu and to the regent (Pemda); their responses
close the case, the reporter's channel sees every step, and refused responses come back with the reason."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest
from netra_devkit.samples import envelope, submission, submission_message
from netra_shared.contracts.topics import REFERRALS_RESPONSES, REPORTS_SUBMITTED

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
VILLAGE_HEAD_BANSOS = 3  # a village head handing out social aid while naming a governor candidate (Kubu Raya)
RESPONSE = "id.bawaslu.referral.response.v1"


async def respond(pipeline, referral_id: str, agency: str, status: str, *, as_: str | None = None, **extra) -> None:
    """A response naming `agency`, sent with the credentials of `as_` (default: that agency) on its own topic."""
    sender = as_ or agency
    data = {"referral_id": referral_id, "agency": agency, "status": status,
            "responded_at": datetime.now(UTC).isoformat(), **extra}
    value = envelope(RESPONSE, data, source=f"/agencies/{sender}", subject=referral_id)
    await pipeline.send(REFERRALS_RESPONSES[sender], referral_id.encode(), json.dumps(value).encode())


async def decided_crime(pipeline) -> tuple[str, str]:
    data = submission(VILLAGE_HEAD_BANSOS, submission_id=f"pasal71-{uuid.uuid4().hex[:8]}")
    key, value = submission_message(data)
    await pipeline.send(REPORTS_SUBMITTED[data["channel"]], key, value)
    registered = (await pipeline.status.wait_for(
        lambda d: d["submission_id"] == data["submission_id"] and d["status"] == "registered"))[0]
    receipt_no = registered["receipt_no"]
    packet = (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"]))[0]
    assert packet["reported_party"]["subject_type"] == "village_head"
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        await pipeline.opinion(packet["case_id"], agency, "violation", "election_crime")
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
    await respond(pipeline, gakkumdu["referral_id"], "gakkumdu", "declined", as_="tni")  # C3: TNI as Gakkumdu
    await respond(pipeline, gakkumdu["referral_id"], "tni", "declined")  # TNI on its own name: not its referral
    await respond(pipeline, pemda["referral_id"], "pemda", "declined", detail="kewenangan bupati lain")
    await respond(pipeline, pemda["referral_id"], "pemda", "in_progress")  # after it was closed

    def refusal(topic: str, referral_id: str):
        return pipeline.referrals[topic].wait_for(
            lambda d: d.get("referral_id") == referral_id and "reason" in d and "rejected_at" in d)

    assert (await refusal("dkpp", f"{case_id}-dkpp"))[0]["reason"] == "unknown_referral"
    assert (await refusal("kpu", pemda["referral_id"]))[0]["reason"] == "unknown_referral"
    tni = await pipeline.referrals["tni"].wait_for(
        lambda d: d.get("referral_id") == gakkumdu["referral_id"] and "rejected_at" in d, count=2)
    assert sorted(d["reason"] for d in tni) == ["sender_mismatch", "unknown_referral"]  # told to TNI, not Gakkumdu
    assert not pipeline.referrals["gakkumdu"].data(lambda d: "rejected_at" in d)
    assert (await refusal("pemda", pemda["referral_id"]))[0]["reason"] == "referral_closed"
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "follow_up")
    await asyncio.sleep(2)  # time for a wrongly accepted response to show up too
    follow_ups = [d for d in pipeline.status.data(lambda d: d["receipt_no"] == receipt_no)
                  if d["status"] == "follow_up"]
    assert [d["reason"] for d in follow_ups] == ["declined"]  # only the accepted response reached the reporter
    assert not pipeline.status.data(lambda d: d["receipt_no"] == receipt_no and d["status"] == "closed")
    assert gakkumdu["referral_id"]  # Gakkumdu's referral stays open
