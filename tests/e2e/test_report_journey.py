"""End to end: the four services as OS processes on real Kafka and the real database.

A submission on reports.submitted is registered by intake, triage opens a review on pokja.review-requests,
four opinions on pokja.opinions conclude it, referral publishes on referrals.<recipient>, and notify publishes
every status change on reports.status.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
import uuid

import pytest
from netra_devkit.kafka_probe import header
from netra_devkit.samples import opinion_message, submission, submission_message
from netra_shared.contracts.topics import POKJA_OPINIONS, REPORTS_SUBMITTED

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
MEMBERS = ("TNI", "POLRI", "BKD", "KESBANGPOL")
LIFECYCLE = ["received", "registered", "under_review", "decided", "referred"]
CAMAT_CAMPAIGNING = 2  # sample: an ASN camat speaking on a mayoral candidate's stage (Kota Bengkulu)


def new_id(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}"


async def submit(pipeline, data: dict, event_id: str | None = None) -> None:
    key, value = submission_message(data, event_id=event_id)
    await pipeline.send(REPORTS_SUBMITTED[data["channel"]], key, value)


async def give_opinions(pipeline, case_id: str, verdict: str = "violation") -> None:
    for agency in MEMBERS:
        await pipeline.opinion(case_id, agency, verdict)


async def registered_receipt(pipeline, submission_id: str, timeout: float = 60) -> str:
    found = await pipeline.status.wait_for(
        lambda d: d["submission_id"] == submission_id and d["status"] == "registered", timeout=timeout)
    return found[0]["receipt_no"]


async def review_case(pipeline, receipt_no: str) -> dict:
    return (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"]))[0]


def statuses(pipeline, receipt_no: str) -> list[str]:
    return [d["status"] for d in pipeline.status.data(lambda d: d["receipt_no"] == receipt_no)]


def ready(process) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{process.http_port}/readyz", timeout=3) as response:
        return response.status == 200


async def test_a_report_travels_from_submission_to_referral_and_every_step_is_public(pipeline):
    data = submission(CAMAT_CAMPAIGNING, submission_id=new_id("desk"))
    await submit(pipeline, data)
    receipt_no = await registered_receipt(pipeline, data["submission_id"])
    packet = await review_case(pipeline, receipt_no)
    assert packet["reported_party"]["position"] == "Camat"
    assert packet["members"] == list(MEMBERS)
    registration_no = packet["registration_nos"][0]
    assert registration_no.endswith("/Reg/LP/PW/Kota/17.71/XI/2024")

    await give_opinions(pipeline, packet["case_id"])
    bkn = (await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] == packet["case_id"]))[0]
    pemda = (await pipeline.referrals["pemda"].wait_for(lambda d: d["case_id"] == packet["case_id"]))[0]
    assert (bkn["recipient"], bkn["outcome"]) == ("bkn", "neutrality_violation")
    assert pemda["recipient"] == "pemda"
    assert bkn["receipt_nos"] == [receipt_no] and bkn["registration_nos"] == [registration_no]
    assert bkn["referral_id"] != pemda["referral_id"]
    assert "dirahasiakan" in bkn["reporter_identity"]

    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "referred")
    assert statuses(pipeline, receipt_no) == LIFECYCLE  # in this order, each once
    referred = pipeline.status.data(lambda d: d["receipt_no"] == receipt_no and d["status"] == "referred")[0]
    assert referred["recipients"] == ["bkn", "pemda"]
    assert referred["registration_no"] == registration_no and referred["channel"] == data["channel"]

    reporter = data["reporter"]
    seen = b"".join(r.value for tap in (pipeline.status, pipeline.reviews, *pipeline.referrals.values())
                    for r in tap.records)
    for secret in (reporter["full_name"], reporter["nik"], reporter["phone"], reporter["email"], reporter["address"]):
        assert secret.encode() not in seen


async def test_the_same_submission_delivered_twice_is_registered_once_and_referred_once(pipeline):
    data = submission(CAMAT_CAMPAIGNING, submission_id=new_id("dup"))
    event_id = str(uuid.uuid4())
    await submit(pipeline, data, event_id=event_id)
    await submit(pipeline, data, event_id=event_id)  # redelivered by the channel's outbox
    await submit(pipeline, data)  # sent again by the channel with a new event id
    receipt_no = await registered_receipt(pipeline, data["submission_id"])
    packet = await review_case(pipeline, receipt_no)
    await give_opinions(pipeline, packet["case_id"])
    await give_opinions(pipeline, packet["case_id"])  # every member presses "send" twice
    await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] == packet["case_id"])
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "referred")
    await asyncio.sleep(3)  # give any duplicate time to show up

    assert statuses(pipeline, receipt_no) == LIFECYCLE
    # No crash here, so not even a redelivered copy: count raw records, not distinct events.
    raw_status = [e for e in pipeline.status.all_events() if e["data"]["receipt_no"] == receipt_no]
    assert len(raw_status) == len(LIFECYCLE)
    assert len([e for e in pipeline.reviews.all_events() if receipt_no in e["data"]["receipt_nos"]]) == 1
    assert len([e for e in pipeline.referrals["bkn"].all_events() if e["data"]["case_id"] == packet["case_id"]]) == 1


async def test_malformed_and_invalid_messages_land_on_the_dlq_and_the_next_report_still_goes_through(pipeline):
    submitted, opinions = REPORTS_SUBMITTED["sigap-lapor"], POKJA_OPINIONS["tni"]
    marker = new_id("hostile")
    await pipeline.send(submitted, marker.encode(), b'{"specversion": "1.0", "data": {')
    invalid = submission(0, submission_id=marker)
    invalid["reported_party"]["subject_type"] = "bupati"  # not a subject type
    invalid["reporter"]["nik"] = "16040"
    key, value = submission_message(invalid)
    await pipeline.send(submitted, key, value)
    ghost_case = f"CASE-{marker}"
    key, value = opinion_message(ghost_case, "TNI")
    await pipeline.send(opinions, key, value)

    dead = await pipeline.submitted_dlq.wait_records(lambda r: r.key == marker.encode(), count=2)
    reasons = {header(r, "x-dlq-reason"): header(r, "x-dlq-detail") for r in dead}
    assert set(reasons) == {"not_json", "invalid_data"}
    assert "reported_party.subject_type" in reasons["invalid_data"] and "reporter.nik" in reasons["invalid_data"]
    assert "16040" not in reasons["invalid_data"]
    ghost = await pipeline.opinions_dlq.wait_records(lambda r: r.key == ghost_case.encode())
    assert header(ghost[0], "x-dlq-reason") == "unknown_case"

    good = submission(CAMAT_CAMPAIGNING, submission_id=new_id("after-hostile"))
    await submit(pipeline, good)
    await registered_receipt(pipeline, good["submission_id"])
    # The invalid one still named itself: its channel sees a receipt and why it was not registered.
    told = await pipeline.status.wait_for(lambda d: d["submission_id"] == marker, count=2)
    assert [d["status"] for d in told] == ["received", "not_registered"]
    assert told[1]["reason"] == "invalid"
    assert "reported_party.subject_type" in told[1]["reason_detail"] and "16040" not in json.dumps(told)
    for process in pipeline.system.processes.values():
        assert process.alive() and ready(process)


async def test_services_killed_mid_flow_and_restarted_lose_nothing_and_duplicate_nothing(pipeline):
    batch = [submission(CAMAT_CAMPAIGNING, submission_id=new_id("kill"),
                        election={"level": "mayor", "region_code": "73.71", "region_name": "Kota Makassar"})
             for _ in range(30)]
    for n, data in enumerate(batch):  # thirty different officials: unrelated reports, thirty cases
        data["reported_party"] = {**data["reported_party"], "full_name": f"Camat Kecamatan {n + 1:02d}",
                                  "agency": f"Kecamatan {n + 1:02d}, Kota Makassar"}
    ids = {data["submission_id"] for data in batch}
    for data in batch:
        await submit(pipeline, data)
    await pipeline.status.wait_for(lambda d: d["submission_id"] in ids and d["status"] == "received")
    pipeline.system["intake"].kill()  # SIGKILL in the middle of the batch
    await asyncio.to_thread(pipeline.system["intake"].start().wait_ready, 60)

    registered = await pipeline.status.wait_for(
        lambda d: d["submission_id"] in ids and d["status"] == "registered", count=30, timeout=120)
    assert len(registered) == 30
    assert len({d["receipt_no"] for d in registered}) == 30
    sequence = sorted(int(d["registration_no"].split("/")[0]) for d in registered)
    assert sequence == list(range(1, 31))  # contiguous, no gap, no duplicate

    receipts = [d["receipt_no"] for d in registered[:10]]
    cases = [(await review_case(pipeline, receipt))["case_id"] for receipt in receipts]
    for case_id in cases:
        await give_opinions(pipeline, case_id)
    await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] in cases)
    pipeline.system["referral"].kill()  # SIGKILL while decisions are being referred
    await asyncio.to_thread(pipeline.system["referral"].start().wait_ready, 60)
    referred = await pipeline.referrals["bkn"].wait_for(lambda d: d["case_id"] in cases, count=10, timeout=120)
    await pipeline.status.wait_for(lambda d: d["receipt_no"] in receipts and d["status"] == "referred", count=10)
    await asyncio.sleep(3)

    # At-least-once: a relay killed between publishing and clearing its outbox publishes the same event again
    # on restart. Every copy carries the same CloudEvent id and content, so each referral is ONE event.
    assert sorted(d["case_id"] for d in referred) == sorted(cases)
    assert len(pipeline.referrals["bkn"].data(lambda d: d["case_id"] in cases)) == 10
    for tap in (pipeline.status, pipeline.reviews, *pipeline.referrals.values()):
        assert tap.redelivered_copies_differ() == []
    for data in batch:
        assert len(pipeline.status.data(
            lambda d, sid=data["submission_id"]: d["submission_id"] == sid and d["status"] == "registered")) == 1
    for receipt in receipts:
        assert statuses(pipeline, receipt) == LIFECYCLE


def http_get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


async def test_every_service_answers_health_readiness_and_metrics(pipeline):
    # a report through the intake that runs now (an earlier test restarted it, and its counters with it)
    data = submission(CAMAT_CAMPAIGNING, submission_id=new_id("metrics"))
    await submit(pipeline, data)
    await registered_receipt(pipeline, data["submission_id"], timeout=120)
    for name, process in pipeline.system.processes.items():
        assert http_get(process.http_port, "/healthz")[0] == 200, name
        status, body = http_get(process.http_port, "/readyz")
        assert (status, json.loads(body)["status"]) == (200, "ready"), name
        status, metrics = http_get(process.http_port, "/metrics")
        assert status == 200 and "netra_messages_total" in metrics, name
    # a report handled by this intake process (an earlier test killed and restarted it: its counters began again)
    data = submission(CAMAT_CAMPAIGNING, submission_id=new_id("metrics"))
    await submit(pipeline, data)
    await pipeline.status.wait_for(lambda d: d["submission_id"] == data["submission_id"] and d["status"] == "registered")
    intake_metrics = http_get(pipeline.system["intake"].http_port, "/metrics")[1]
    assert 'netra_messages_total{outcome="complete",topic="reports.submitted.' in intake_metrics, [
        line for line in intake_metrics.splitlines() if line.startswith("netra_messages_total")]
    # a complete report's registration is the sweeper's step, right after the submission's write
    assert 'netra_timers_fired_total{collection="reports",outcome="registered"}' in intake_metrics


async def test_no_reporter_identity_in_any_log_line_or_outside_intake(pipeline, servers):
    """Runs after the journeys above (file order): their reporters' identities must appear nowhere else."""
    from netra_devkit.samples import REPORTER_SECRETS
    from pymongo import AsyncMongoClient

    logs = "".join(path.read_text() for path in pipeline.log_dir.iterdir())
    assert "message_handled" in logs  # the logs are really there
    client = AsyncMongoClient(servers.mongo_url)
    try:
        for service in ("triage", "referral", "notify"):
            database = client[pipeline.databases[service]]
            dump = ""
            for name in await database.list_collection_names():
                dump += json.dumps(await database[name].find().to_list(None), default=str)
            assert dump, service
            for secret in REPORTER_SECRETS:
                assert secret not in dump, f"{service}'s database holds a reporter's identity"
        intake_db = client[pipeline.databases["intake"]]
        intake_dump = json.dumps(await intake_db["reports"].find().to_list(None), default=str)
        assert any(secret in intake_dump for secret in REPORTER_SECRETS)  # intake alone keeps it
    finally:
        await client.close()
    for secret in REPORTER_SECRETS:
        assert secret not in logs, "a reporter's identity reached a log line"
