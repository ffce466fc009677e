"""End to end, related reports: two people report the same camat at the same campaign stage. Triage links the two
registered reports into one case, the Pokja reviews it once, the decision reaches referral with both reports,
and each reporter follows the whole journey on reports.status."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from netra_devkit.samples import submission, submission_message
from netra_shared.contracts.topics import REPORTS_SUBMITTED

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
MEMBERS = ("TNI", "POLRI", "BKD", "KESBANGPOL")
LIFECYCLE = ["received", "registered", "under_review", "decided", "referred"]
CAMAT_CAMPAIGNING = 2  # sample: an ASN camat speaking on a mayoral candidate's stage (Kota Bengkulu)
REQUESTED, UPDATED = "id.bawaslu.review.requested.v1", "id.bawaslu.review.updated.v1"
WAIT = 120  # seconds; the services share this machine with other suites


def two_reports_of_one_incident() -> tuple[dict, dict]:
    tag = uuid.uuid4().hex[:8]
    first = submission(CAMAT_CAMPAIGNING, submission_id=f"terkait-a-{tag}")
    second = submission(CAMAT_CAMPAIGNING, submission_id=f"terkait-b-{tag}", channel="gowaslu")
    second["reporter"] = {**second["reporter"], "full_name": "Rahmat Hidayatullah", "nik": "1771030101900004",
                          "phone": "+6285266600444", "email": "rahmat.h@example.id",
                          "address": "Jl. Sudirman No. 4, Kota Bengkulu"}
    second["reported_party"]["full_name"] = "Drs. HENDRA WIJAYA, M.Si."  # the same camat, written another way
    second["incident"] = {**second["incident"], "occurred_at": "2024-11-01T16:10:00+07:00",
                          "description": "Saya melihat Camat Ratu Samban berorasi di panggung kampanye dan meminta "
                                         "warga memilih pasangan calon nomor 3; videonya saya lampirkan."}
    second["evidence"] = [{"kind": "video", "uri": "https://evidence.example.id/terkait-b/orasi.mp4",
                           "sha256": "e" * 64, "description": "Video orasi camat"}]
    return first, second


async def submit(pipeline, data: dict) -> None:
    key, value = submission_message(data)
    await pipeline.send(REPORTS_SUBMITTED[data["channel"]], key, value)


async def registered_receipt(pipeline, submission_id: str) -> str:
    found = await pipeline.status.wait_for(
        lambda d: d["submission_id"] == submission_id and d["status"] == "registered", timeout=WAIT)
    return found[0]["receipt_no"]


def statuses(pipeline, receipt_no: str) -> list[str]:
    return [d["status"] for d in pipeline.status.data(lambda d: d["receipt_no"] == receipt_no)]


async def test_two_related_reports_become_one_review_and_the_decision_reaches_referral_for_both(pipeline):
    first, second = two_reports_of_one_incident()
    await asyncio.gather(submit(pipeline, first), submit(pipeline, second))  # registered at about the same time
    receipts = [await registered_receipt(pipeline, data["submission_id"]) for data in (first, second)]

    packet = (await pipeline.reviews.wait_for(lambda d: set(receipts) <= set(d["receipt_nos"]), timeout=WAIT))[0]
    case_id = packet["case_id"]
    about_them = [event for event in pipeline.reviews.events() if set(receipts) & set(event["data"]["receipt_nos"])]
    assert {event["data"]["case_id"] for event in about_them} == {case_id}  # one case, one review
    assert sorted(event["type"] for event in about_them) == [REQUESTED, UPDATED]
    assert packet["classification"]["category"] == "discipline_campaign_attendance"
    assert packet["classification"]["crime_indication"] is True  # a camat campaigning: Pasal 71 indication
    assert packet["priority"]["score"] > 0 and packet["priority"]["reasons"]
    assert len(packet["linked_reports"]) == 1  # either report may have opened the case: both are in the packet
    descriptions = {packet["incident"]["description"], packet["linked_reports"][0]["incident"]["description"]}
    assert descriptions == {first["incident"]["description"], second["incident"]["description"]}

    for agency in MEMBERS:
        await pipeline.opinion(case_id, agency, "violation", "neutrality_violation")
    bkn = (await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] == case_id, timeout=WAIT))[0]
    assert sorted(bkn["receipt_nos"]) == sorted(receipts)
    assert len(bkn["registration_nos"]) == 2 and bkn["outcome"] == "neutrality_violation"
    assert {item["uri"] for item in bkn["evidence"]} >= {"https://evidence.example.id/terkait-b/orasi.mp4"}

    for receipt_no in receipts:  # every reporter hears every step of the one review
        await pipeline.status.wait_for(lambda d, r=receipt_no: d["receipt_no"] == r and d["status"] == "referred",
                                       timeout=WAIT)
        assert statuses(pipeline, receipt_no) == LIFECYCLE
        decided = pipeline.status.data(lambda d, r=receipt_no: d["receipt_no"] == r and d["status"] == "decided")
        assert (decided[0]["case_id"], decided[0]["outcome"]) == (case_id, "neutrality_violation")

    seen = b"".join(record.value for tap in (pipeline.status, pipeline.reviews, *pipeline.referrals.values())
                    for record in tap.records)
    for data in (first, second):
        for field in ("full_name", "nik", "phone", "email", "address"):
            assert data["reporter"][field].encode() not in seen


async def test_an_unrelated_report_keeps_its_own_case(pipeline):
    other = submission(CAMAT_CAMPAIGNING, submission_id=f"lain-{uuid.uuid4().hex[:8]}")
    other["reported_party"] = {**other["reported_party"], "full_name": "Siti Aminah", "position": "Lurah",
                               "agency": "Kelurahan Pasar Melintang"}
    await submit(pipeline, other)
    receipt_no = await registered_receipt(pipeline, other["submission_id"])
    packet = (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"], timeout=WAIT))[0]
    assert packet["receipt_nos"] == [receipt_no]
