"""End to end, intake's legal rules through the four services as OS processes on the real servers:
completion requests and supplements, withdrawals, refused requests, consent to disclosure, and the search for
reporters' identities in every topic, every other database and every log line."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime

import pytest
from aiokafka.errors import TopicAuthorizationFailedError
from netra_devkit.kafka_probe import dump_topics
from netra_devkit.samples import envelope, submission, submission_message
from netra_shared.contracts.topics import (
    REPORTS_SUBMITTED,
    REPORTS_SUPPLEMENTED,
    REPORTS_WITHDRAWALS,
)

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
MEMBERS = ("TNI", "POLRI", "BKD", "KESBANGPOL")
SUPPLEMENTED = "id.bawaslu.report.supplemented.v1"
WITHDRAWAL = "id.bawaslu.report.withdrawal-requested.v1"
SECRETS: list[str] = []  # every reporter identity these tests submit without consent


def incomplete_report(tag: str) -> dict:
    """A camat campaigning (Kota Bengkulu), sent without NIK, evidence or the channel's attestation."""
    data = submission(2, submission_id=f"{tag}-{uuid.uuid4().hex[:10]}")
    data["reporter"] = {**data["reporter"], "nik": None, "full_name": f"Pelapor {uuid.uuid4().hex[:6]}"}
    data["evidence"] = []
    data.pop("attestation")
    remember(data)
    return data


def remember(data: dict) -> None:
    reporter = data["reporter"]
    SECRETS.extend(v for v in (reporter["full_name"], reporter.get("nik"), reporter["phone"], reporter["email"],
                               reporter["address"]) if v)


async def submit(pipeline, data: dict) -> None:
    key, value = submission_message(data)
    await pipeline.send(REPORTS_SUBMITTED[data["channel"]], key, value)


async def send(pipeline, specs, type_: str, data: dict, *, as_: str | None = None) -> None:
    """On the topic of the channel the data names, with the credentials of `as_` (default: that channel)."""
    channel = as_ or data["channel"]
    value = envelope(type_, data, source=f"/channels/{channel}", subject=data["receipt_no"])
    await pipeline.send(specs[channel], data["receipt_no"].encode(), json.dumps(value).encode())


async def status_of(pipeline, submission_id: str, status: str) -> dict:
    found = await pipeline.status.wait_for(lambda d: d["submission_id"] == submission_id and d["status"] == status)
    return found[0]


def now() -> str:
    return datetime.now(UTC).isoformat()


async def test_an_incomplete_report_is_asked_for_its_missing_items_and_registered_once_supplied(pipeline):
    data = incomplete_report("lengkapi")
    await submit(pipeline, data)
    asked = await status_of(pipeline, data["submission_id"], "completion_requested")
    assert asked["reason"] == "incomplete" and asked["due_at"]
    for words in ("NIK pelapor", "bukti", "tanda tangan"):
        assert words in asked["reason_detail"]

    await send(pipeline, REPORTS_SUPPLEMENTED, SUPPLEMENTED, {
        "receipt_no": asked["receipt_no"], "channel": data["channel"], "supplied_at": now(),
        "reporter": {"nik": "1771036108920099"},
        "evidence": [{"kind": "photo", "uri": "https://evidence.example.id/foto-panggung.jpg"}],
        "attestation": {"signed": True, "method": "formulir ditandatangani"}})
    registered = await status_of(pipeline, data["submission_id"], "registered")
    assert registered["registration_no"].endswith("/Reg/LP/PW/Kota/17.71/XI/2024")
    steps = [d["status"] for d in pipeline.status.data(lambda d: d["submission_id"] == data["submission_id"])]
    assert steps[:3] == ["received", "completion_requested", "registered"]


async def test_a_withdrawal_before_registration_ends_the_report_and_after_it_is_refused(pipeline):
    pending = incomplete_report("cabut")
    await submit(pipeline, pending)
    asked = await status_of(pipeline, pending["submission_id"], "completion_requested")
    await send(pipeline, REPORTS_WITHDRAWALS, WITHDRAWAL, {
        "receipt_no": asked["receipt_no"], "channel": pending["channel"], "requested_at": now()})
    withdrawn = await status_of(pipeline, pending["submission_id"], "not_registered")
    assert withdrawn["reason"] == "withdrawn"

    complete = submission(2, submission_id=f"cabut-terlambat-{uuid.uuid4().hex[:8]}")
    remember(complete)
    await submit(pipeline, complete)
    registered = await status_of(pipeline, complete["submission_id"], "registered")
    await send(pipeline, REPORTS_WITHDRAWALS, WITHDRAWAL, {
        "receipt_no": registered["receipt_no"], "channel": complete["channel"], "requested_at": now()})
    refused = (await pipeline.rejections[complete["channel"]].wait_for(
        lambda d: d["receipt_no"] == registered["receipt_no"]))[0]
    assert (refused["request"], refused["reason"]) == ("withdrawal", "already_registered")
    assert registered["registration_no"] in refused["detail"]


async def test_supplements_for_unknown_registered_or_foreign_receipts_are_refused_with_the_reason(pipeline):
    await send(pipeline, REPORTS_SUPPLEMENTED, SUPPLEMENTED, {
        "receipt_no": "RCP-AAAA-BBBB-CC", "channel": "sigap-lapor", "supplied_at": now()})
    unknown = (await pipeline.rejections["sigap-lapor"].wait_for(lambda d: d["receipt_no"] == "RCP-AAAA-BBBB-CC"))[0]
    assert unknown["reason"] == "unknown_receipt"

    data = incomplete_report("asing")  # submitted by office-desk
    await submit(pipeline, data)
    asked = await status_of(pipeline, data["submission_id"], "completion_requested")
    takeover = {"receipt_no": asked["receipt_no"], "supplied_at": now(), "reporter": {"nik": "1771036108920098"},
                "attestation": {"signed": True, "method": "palsu"}}
    # gowaslu's own credentials on its own topic: not its report
    await send(pipeline, REPORTS_SUPPLEMENTED, SUPPLEMENTED, {**takeover, "channel": "gowaslu"})
    foreign = (await pipeline.rejections["gowaslu"].wait_for(lambda d: d["receipt_no"] == asked["receipt_no"]))[0]
    assert foreign["reason"] == "wrong_channel" and data["channel"] not in foreign["detail"]
    # gowaslu's credentials claiming to be the report's channel: refused as a mismatch, told to gowaslu
    await send(pipeline, REPORTS_SUPPLEMENTED, SUPPLEMENTED, {**takeover, "channel": data["channel"]}, as_="gowaslu")
    await send(pipeline, REPORTS_WITHDRAWALS, WITHDRAWAL, {"receipt_no": asked["receipt_no"],
                                                          "channel": data["channel"], "requested_at": now()},
               as_="gowaslu")
    claims = await pipeline.rejections["gowaslu"].wait_for(
        lambda d: d["receipt_no"] == asked["receipt_no"] and d["reason"] == "channel_mismatch", count=2)
    assert {claim["request"] for claim in claims} == {"supplement", "withdrawal"}
    # and the broker itself refuses gowaslu writing office-desk's topic
    with pytest.raises(TopicAuthorizationFailedError):
        await pipeline.send(REPORTS_WITHDRAWALS[data["channel"]], b"k", b"{}", as_="gowaslu")
    still = [d["status"] for d in pipeline.status.data(lambda d: d["receipt_no"] == asked["receipt_no"])]
    assert "registered" not in still and "not_registered" not in still
    assert not pipeline.rejections[data["channel"]].data(lambda d: d["receipt_no"] == asked["receipt_no"])


async def test_a_channel_cannot_squat_another_channels_submission_ids(pipeline):
    """gowaslu pre-submits office-desk's next submission id with an attacker's e-mail: the genuine report is
    received and registered as office-desk's own, with its own receipt."""
    genuine = submission(2, submission_id=f"desk-{uuid.uuid4().hex[:8]}")
    remember(genuine)
    squat = {**genuine, "channel": "gowaslu", "reporter": {**genuine["reporter"], "email": "penyerobot@example.id"}}
    key, value = submission_message(squat)
    await pipeline.send(REPORTS_SUBMITTED["gowaslu"], key, value)
    squatted = await status_of(pipeline, genuine["submission_id"], "received")
    await submit(pipeline, genuine)
    real = await pipeline.status.wait_for(lambda d: d["submission_id"] == genuine["submission_id"]
                                          and d["status"] == "registered" and d["channel"] == "office-desk")
    assert real[0]["receipt_no"] != squatted["receipt_no"]


async def test_a_consenting_reporters_identity_reaches_the_referral_and_nothing_public(pipeline, servers):
    data = submission(2, submission_id=f"setuju-{uuid.uuid4().hex[:8]}")
    data["reporter"] = {**data["reporter"], "consents_to_disclosure": True, "full_name": "Maria Ulfah Setuju",
                        "nik": "1771036108920077", "phone": "+6281100007777", "email": "maria.setuju@example.id",
                        "address": "Jl. Setuju No. 7, Kota Bengkulu"}
    await submit(pipeline, data)
    registered = await status_of(pipeline, data["submission_id"], "registered")
    packet = (await pipeline.reviews.wait_for(lambda d: registered["receipt_no"] in d["receipt_nos"]))[0]
    for agency in MEMBERS:
        await pipeline.opinion(packet["case_id"], agency)
    referral = (await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] == packet["case_id"]))[0]
    assert "Maria Ulfah Setuju" in referral["reporter_identity"] and "1771036108920077" in referral["reporter_identity"]
    public = b"".join(r.value for tap in (pipeline.status, pipeline.reviews) for r in tap.records)
    assert b"Maria Ulfah Setuju" not in public and b"1771036108920077" not in public
    # referral keeps the disclosure sealed (its disclosure key), and the package leaves its outbox once published
    from pymongo import AsyncMongoClient

    client = AsyncMongoClient(servers.mongo_url)
    referral_db = client[pipeline.databases["referral"]]

    async def referral_dump() -> str:
        return "".join([json.dumps(await referral_db[name].find().to_list(None), default=str)
                        for name in await referral_db.list_collection_names()])
    assert packet["case_id"] in await referral_dump()
    for _ in range(50):
        dump = await referral_dump()
        if "Maria Ulfah" not in dump and "1771036108920077" not in dump:
            break
        await asyncio.sleep(0.2)
    await client.close()
    for secret in ("Maria Ulfah", "1771036108920077", "+6281100007777", "maria.setuju@example.id", "Jl. Setuju"):
        assert secret not in dump, "referral's database holds a reporter's identity in the clear"


async def test_no_reporter_identity_in_any_topic_other_database_or_log_line(pipeline, servers):
    """Runs last in this module: everything the tests above submitted without consent must appear nowhere but
    intake's database and the restricted intake.contacts topic (and the channels' own inbound topics)."""
    from pymongo import AsyncMongoClient

    assert SECRETS
    inbound = {name for family in (REPORTS_SUBMITTED, REPORTS_SUPPLEMENTED) for spec in family.values()
               for name in (spec.name, spec.dlq)}
    dumps = await dump_topics(servers.kafka_bootstrap, pipeline.topics.prefix, exclude=inbound | {"intake.contacts"},
                              credentials=servers.kafka_credentials)
    assert any(name.endswith("reports.status") for name in dumps) and any(dumps.values())
    for name, dump in dumps.items():
        for secret in SECRETS:
            assert secret.encode() not in dump, f"{name} carries a reporter's identity"
    client = AsyncMongoClient(servers.mongo_url)
    try:
        for service in ("triage", "referral", "notify"):
            database = client[pipeline.databases[service]]
            dump = "".join([json.dumps(await database[name].find().to_list(None), default=str)
                            for name in await database.list_collection_names()])
            for secret in SECRETS:
                assert secret not in dump, f"{service}'s database holds a reporter's identity"
    finally:
        await client.close()
    logs = "".join(path.read_text() for path in pipeline.log_dir.iterdir())
    assert "message_handled" in logs
    for secret in SECRETS:
        assert secret not in logs, "a reporter's identity reached a log line"
