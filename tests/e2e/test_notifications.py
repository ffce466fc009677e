"""End to end: what people are told. The four services as processes on the real servers; notify sends to a real
SMTP server and a real HTTP server (webhooks) running in this test, and serves the public status board."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from netra_devkit.console_samples import new_receipt
from netra_devkit.samples import REPORTER_SECRETS, envelope, submission, submission_message
from netra_devkit.sinks import HttpSink, SmtpSink
from netra_shared.contracts.topics import REPORTS_SUBMITTED, TRIAGE_EVENTS
from notify.adapters.webhook_channel import NOTIFICATION_ID, verify

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
SECRET = "e2e-webhook-secret"
MEMBERS = ("TNI", "POLRI", "BKD", "KESBANGPOL")
POKJA = {agency: f"pokja.{agency.lower()}@example.go.id" for agency in MEMBERS}
BATANGHARI_VILLAGE_SECRETARY = 0  # sample: a village secretary mobilising residents (sigap-lapor, Kab. Batanghari)
BELITUNG_TIMUR_ASN_POST = 1  # sample: an ASN posting for a candidate on Facebook (gowaslu, Kab. Belitung Timur)
VILLAGE_HEAD_BANSOS = 3  # sample: a village head handing out social aid while naming a candidate (Kubu Raya)
OPERATOR = "piket@example.go.id"


@pytest.fixture(scope="module")
async def sinks():
    smtp, http = SmtpSink().start(), await HttpSink().start()
    yield smtp, http
    await http.stop()
    smtp.stop()


@pytest.fixture(scope="module")
def notify_extra(sinks) -> dict[str, str]:
    smtp, http = sinks
    return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.port), "SMTP_STARTTLS": "false",
            "WEBHOOKS": json.dumps({"gowaslu": {"url": http.url("/gowaslu"), "secret": SECRET}}),
            "POKJA_EMAILS": json.dumps(POKJA), "RECIPIENT_EMAILS": json.dumps({"pemda": "bkpsdm@example.go.id"}),
            "OPERATOR_EMAILS": json.dumps({"piket": OPERATOR}),
            "CONTACT_KEY": Fernet.generate_key().decode(), "RETRY_BASE_SECONDS": "0.2",
            "DELIVERY_POLL_SECONDS": "0.2"}


def new_id(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}"


async def file_report(pipeline, preference: str, sample: int) -> tuple[dict, str]:
    data = submission(sample, submission_id=new_id(f"notif-{preference}"))
    data["reporter"].update(contact_preference=preference, email=f"{data['submission_id']}@example.id")
    key, value = submission_message(data)
    await pipeline.send(REPORTS_SUBMITTED[data["channel"]], key, value)
    found = await pipeline.status.wait_for(
        lambda d: d["submission_id"] == data["submission_id"] and d["status"] == "registered")
    return data, found[0]["receipt_no"]


async def conclude(pipeline, receipt_no: str, verdict: str) -> str:
    packet = (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"]))[0]
    for agency in MEMBERS:
        await pipeline.opinion(packet["case_id"], agency, verdict)
    return packet["case_id"]


def http_get(port: int, path: str, accept: str = "application/json") -> tuple[int, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


async def test_a_reporter_hears_each_step_once_from_receipt_to_closure_and_the_board_shows_it(pipeline, sinks):
    smtp, _ = sinks
    data, receipt_no = await file_report(pipeline, "email", BATANGHARI_VILLAGE_SECRETARY)
    case_id = await conclude(pipeline, receipt_no, "no_violation")
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "closed")
    address = data["reporter"]["email"]
    messages = await smtp.wait_for(address, count=5, timeout=60)
    await asyncio.sleep(2)  # time for any duplicate to arrive
    messages = smtp.to(address)
    subjects = [message["Subject"] for message in messages]
    assert len(messages) == 5, subjects
    assert subjects[0] == f"Laporan Anda telah diterima ({receipt_no})"
    assert subjects[1].startswith("Laporan Anda telah diregistrasi (")
    assert subjects[2].startswith("Laporan Anda sedang dikaji, keputusan paling lambat ")
    assert subjects[2].endswith(" WIB")
    assert subjects[3].startswith("Keputusan atas laporan Anda") and "bukan pelanggaran" in messages[3].get_content()
    assert subjects[4].startswith("Penanganan laporan Anda selesai")
    assert len({message["Message-ID"] for message in messages}) == 5
    registration_no = messages[1]["Subject"].removeprefix("Laporan Anda telah diregistrasi (").removesuffix(")")
    assert registration_no.endswith("/Reg/LP/PB/Kab/15.04/X/2024")
    assert all(message.get_content().startswith(f"Yth. {data['reporter']['full_name']},") for message in messages)

    for agency, pokja_address in POKJA.items():  # each member is asked once to review the case
        review = [m for m in smtp.to(pokja_address) if case_id in m["Subject"]]
        assert len(review) == 1, agency
        assert data["reporter"]["full_name"] not in review[0].get_content()

    port = pipeline.system["notify"].http_port
    status, body = http_get(port, f"/reports/{receipt_no}")
    assert status == 200
    board = json.loads(body)
    assert [step["status"] for step in board["timeline"]] == ["received", "registered", "under_review", "decided",
                                                              "closed"]
    assert board["registration_no"] == registration_no and board["status_words"] == "Selesai"
    assert board["timeline"][3]["outcome_words"] == "bukan pelanggaran"
    status, page = http_get(port, f"/reports/{receipt_no}", accept="text/html")
    assert status == 200 and "Riwayat" in page and receipt_no in page
    for text in (body, page):
        for secret in (*REPORTER_SECRETS, address, data["submission_id"]):
            assert secret not in text
    assert http_get(port, "/reports/RCP-AAAA-BBBB-CC")[0] == 404
    assert http_get(port, "/reports/not-a-receipt")[0] == 400


async def test_a_webhook_reporter_gets_signed_messages_and_the_recipient_its_referral_notice(pipeline, sinks):
    smtp, http = sinks
    data, receipt_no = await file_report(pipeline, "webhook", BELITUNG_TIMUR_ASN_POST)
    case_id = await conclude(pipeline, receipt_no, "violation")
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "referred")

    def mine():
        return [r for r in http.accepted("/gowaslu") if json.loads(r.body)["receipt_no"] == receipt_no]

    for _ in range(600):
        if len(mine()) >= 5:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(2)
    requests = mine()
    assert [json.loads(r.body)["trigger"] for r in requests] == ["received", "registered", "under_review", "decided",
                                                                 "referred"]
    assert all(verify(SECRET, r.headers, r.body, now=time.time()) for r in requests)
    assert len({r.headers[NOTIFICATION_ID.lower()] for r in requests}) == 5
    for request in requests:
        for secret in (data["reporter"]["full_name"], data["reporter"]["email"], data["reporter"]["phone"]):
            assert secret.encode() not in request.body
    referral = await smtp.wait_for("bkpsdm@example.go.id")
    assert [m for m in referral if case_id in m["Subject"]], [m["Subject"] for m in referral]


async def operator_mail(smtp, case_id: str, timeout: float = 60.0):
    for _ in range(int(timeout * 10)):
        found = [m for m in smtp.to(OPERATOR) if case_id in m["Subject"]]
        if found:
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"no mail to the operators about {case_id}: {[m['Subject'] for m in smtp.to(OPERATOR)]}")


async def test_a_tie_reaches_the_operators_mailbox_as_triages_casting_vote_alert(pipeline, sinks):
    """Review M11: a casting-vote request was a log line; now triage raises an operator alert that notify mails."""
    smtp, _ = sinks
    _, receipt_no = await file_report(pipeline, "none", BATANGHARI_VILLAGE_SECRETARY)
    packet = (await pipeline.reviews.wait_for(lambda d: receipt_no in d["receipt_nos"]))[0]
    for agency, verdict in zip(MEMBERS, ("violation", "violation", "no_violation", "no_violation"), strict=True):
        await pipeline.opinion(packet["case_id"], agency, verdict)
    (mail,) = await operator_mail(smtp, packet["case_id"])
    assert mail["Subject"] == f"[Netra] Perhatian: Suara penentu koordinator Bawaslu diperlukan ({packet['case_id']})"
    body = mail.get_content()
    assert "suara anggota Pokja seri" in body and "Kabupaten Batanghari" in body and receipt_no in body


async def test_a_late_criminal_referral_reaches_the_operators_mailbox_as_referrals_alert(pipeline, sinks):
    """A decision on an election crime that reaches referral more than 1 x 24 hours late (here told by a stand-in
    for triage, 30 hours after the decision): referral escalates it as an operator alert, notify mails it."""
    smtp, _ = sinks
    data = submission(VILLAGE_HEAD_BANSOS)
    receipt_no = new_receipt()
    case_id = "CASE-" + receipt_no.removeprefix("RCP-")
    ref = {"receipt_no": receipt_no, "registration_no": "009/Reg/LP/PG/Prov/61.12/X/2024",
           "submission_id": new_id("late"), "channel": "sigap-lapor"}
    decided = {"case_id": case_id, "reports": [ref], "outcome": "election_crime", "subject_type": "village_head",
               "classification": {"subject_type": "village_head", "category": "election_crime_official_action"},
               "reported_party": data["reported_party"], "election": data["election"], "incident": data["incident"],
               "votes": {"TNI": "violation", "POLRI": "violation", "BKD": "violation"},
               "decided_at": (datetime.now(UTC) - timedelta(hours=30)).isoformat(), "decided_by": "majority"}
    value = envelope("id.bawaslu.case.decided.v1", decided, source="/netra/triage", subject=case_id)
    await pipeline.send(TRIAGE_EVENTS, case_id.encode(), json.dumps(value).encode())
    (mail,) = await operator_mail(smtp, case_id)
    assert mail["Subject"] == f"[Netra] Mendesak: Rujukan pidana ke Gakkumdu terlambat ({case_id})"
    assert "1 x 24 jam sejak putusan" in mail.get_content()


async def test_no_reporter_contact_detail_reaches_a_log_line(pipeline, sinks):
    """Runs after the journeys above (file order): their reporters' names, e-mails and phones are in no log."""
    smtp, _ = sinks
    logs = "".join(path.read_text() for path in pipeline.log_dir.iterdir())
    assert "notification_delivered" in logs
    delivered_to = {message["To"] for message in smtp.messages}
    assert delivered_to
    for secret in (*REPORTER_SECRETS, *delivered_to):
        assert secret not in logs
