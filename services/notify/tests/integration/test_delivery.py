"""Delivery on real servers: notify in-process on Kafka and the database, a real SMTP server, a real HTTP server."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from netra_devkit.samples import REPORTER_SECRETS
from notify.adapters.webhook_channel import NOTIFICATION_ID, verify

from .conftest import WEBHOOK_SECRET, new_receipt

pytestmark = pytest.mark.integration


async def _notification(service, receipt_no: str, template: str, phase: str | None = None, timeout: float = 30):
    collection = service.database["notifications"]
    for _ in range(int(timeout * 10)):
        found = await collection.find_one({"keys.receipt_no": receipt_no, "state.template": template})
        if found and (phase is None or found["state"]["phase"] == phase):
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {template} notification for {receipt_no} in phase {phase}")


async def test_a_reporter_who_chose_email_gets_each_message_with_the_right_text(notify_service):
    receipt = new_receipt()
    address = f"{receipt.lower()}@example.id"
    await notify_service.contact(receipt, "kanal_ok", "email", address)
    await notify_service.received(receipt, "kanal_ok")
    (message,) = await notify_service.smtp.wait_for(address)
    assert message["Subject"] == f"Laporan Anda telah diterima ({receipt})"
    body = message.get_content()
    assert body.startswith("Yth. Siti Rahmawati,")
    assert f"nomor tanda terima {receipt}" in body and "Langkah selanjutnya:" in body
    assert f"https://netra.example/reports/{receipt}" in body
    notification = await _notification(notify_service, receipt, "reporter/received", "delivered")
    assert message["Message-ID"] == f"<{notification['_id']}@netra.bawaslu.go.id>"
    (attempt,) = await notify_service.delivery_log.for_notification(notification["_id"])
    assert attempt["delivered"] and attempt["endpoint"] == "email" and attempt["latency_ms"] >= 0


async def test_a_notice_delivered_at_its_first_attempt_is_written_once(notify_service):
    """Its attempt is made while its request is handled and recorded in its insert: one write, no timer left."""
    receipt = new_receipt()
    address = f"{receipt.lower()}@example.id"
    await notify_service.contact(receipt, "kanal_ok", "email", address)
    await asyncio.sleep(0.5)  # the contact is stored before the report's notices are asked for
    await notify_service.received(receipt, "kanal_ok")
    await notify_service.smtp.wait_for(address)
    notification = await _notification(notify_service, receipt, "reporter/received", "delivered")
    assert notification["version"] == 1 and notification["next_due_at"] is None
    assert notification["state"]["attempts"] == 1


async def test_the_contact_arriving_after_the_report_releases_the_waiting_message(notify_service):
    receipt = new_receipt()
    address = f"{receipt.lower()}@example.id"
    await notify_service.received(receipt, "kanal_ok")
    await _notification(notify_service, receipt, "reporter/received", "awaiting_contact")
    await notify_service.contact(receipt, "kanal_ok", "email", address)
    (message,) = await notify_service.smtp.wait_for(address)
    assert receipt in message["Subject"]


async def test_a_reporter_who_declined_messages_gets_none(notify_service):
    receipt = new_receipt()
    await notify_service.contact(receipt, "kanal_ok", "none")
    await notify_service.received(receipt, "kanal_ok")
    notification = await _notification(notify_service, receipt, "reporter/received", "skipped")
    assert notification["state"]["last_error"] == "reporter_declined"


async def test_webhook_messages_are_signed_and_carry_the_notification_id(notify_service):
    receipt = new_receipt()
    await notify_service.contact(receipt, "kanal_ok", "webhook")
    await notify_service.received(receipt, "kanal_ok")
    requests = await notify_service.http.wait_accepted("/kanal_ok")
    (request,) = [r for r in requests if json.loads(r.body)["receipt_no"] == receipt]
    assert verify(WEBHOOK_SECRET, request.headers, request.body, now=time.time())
    payload = json.loads(request.body)
    assert payload["notification_id"] == request.headers[NOTIFICATION_ID.lower()]
    assert payload["template"] == "reporter/received" and payload["text"].startswith("Yth. Pelapor,")
    assert not verify("wrong-secret", request.headers, request.body, now=time.time())


async def test_a_server_that_fails_three_times_then_recovers_receives_exactly_one_copy(notify_service):
    receipt = new_receipt()
    notify_service.http.fail("/kanal_flaky", times=3)
    await notify_service.contact(receipt, "kanal_flaky", "webhook")
    await notify_service.received(receipt, "kanal_flaky")
    await notify_service.http.wait_accepted("/kanal_flaky")
    await asyncio.sleep(1.0)  # time for any extra copy to arrive
    assert len(notify_service.http.accepted("/kanal_flaky")) == 1
    tries = notify_service.http.to("/kanal_flaky")
    assert [r.status for r in tries] == [503, 503, 503, 200]
    assert len({r.headers[NOTIFICATION_ID.lower()] for r in tries}) == 1
    assert all(verify(WEBHOOK_SECRET, r.headers, r.body, now=time.time()) for r in tries)
    notification = await _notification(notify_service, receipt, "reporter/received", "delivered")
    log = await notify_service.delivery_log.for_notification(notification["_id"])
    assert [(a["attempt"], a["delivered"], a["error"]) for a in log] == [
        (1, False, "http_503"), (2, False, "http_503"), (3, False, "http_503"), (4, True, None)]


async def test_a_server_that_never_recovers_ends_in_the_dead_letter_record_with_an_alert(notify_service):
    receipt = new_receipt()
    notify_service.http.down("/kanal_down")
    await notify_service.contact(receipt, "kanal_down", "webhook")
    await notify_service.received(receipt, "kanal_down")
    notification = await _notification(notify_service, receipt, "reporter/received", "dead_lettered")
    assert notification["state"]["attempts"] == 5 and notification["state"]["last_error"] == "http_500"
    assert len(notify_service.http.to("/kanal_down")) == 5
    (dead,) = [d for d in await notify_service.delivery_log.dead_letters() if d["notification_id"] == notification["_id"]]
    assert dead["endpoint"] == "webhook:kanal_down" and dead["attempts"] == 5 and dead["recipient"] == "reporter"
    (alert,) = await notify_service.alerts.wait_for(lambda d: d["notification_id"] == notification["_id"])
    assert alert["alert"] == "notification_dead_lettered" and alert["receipt_no"] == receipt


async def test_a_recovered_endpoint_gets_its_backlog_once_each(notify_service):
    receipts = [new_receipt() for _ in range(3)]
    notify_service.http.down("/kanal_backlog")
    for receipt in receipts:
        await notify_service.contact(receipt, "kanal_backlog", "webhook")
        await notify_service.received(receipt, "kanal_backlog")
    for receipt in receipts:
        await _notification(notify_service, receipt, "reporter/received")
    while len(notify_service.http.to("/kanal_backlog")) < 3:
        await asyncio.sleep(0.05)
    notify_service.http.up("/kanal_backlog")
    await notify_service.http.wait_accepted("/kanal_backlog", count=3)
    await asyncio.sleep(1.0)
    accepted = [json.loads(r.body)["receipt_no"] for r in notify_service.http.accepted("/kanal_backlog")]
    assert sorted(accepted) == sorted(receipts)


async def test_a_redelivered_event_sends_no_second_message(notify_service):
    receipt = new_receipt()
    address = f"{receipt.lower()}@example.id"
    await notify_service.contact(receipt, "kanal_ok", "email", address)
    event_id = await notify_service.received(receipt, "kanal_ok")
    await notify_service.received(receipt, "kanal_ok", event_id=event_id)  # the same event again
    await notify_service.received(receipt, "kanal_ok")  # sent again under a new id
    await notify_service.smtp.wait_for(address)
    await asyncio.sleep(1.5)
    assert len(notify_service.smtp.to(address)) == 1


async def test_contact_details_are_sealed_at_rest(notify_service):
    receipt = new_receipt()
    address = f"sealed-{receipt.lower()}@example.id"
    await notify_service.contact(receipt, "kanal_ok", "email", address)
    await notify_service.received(receipt, "kanal_ok")
    await notify_service.smtp.wait_for(address)
    dump = ""
    for name in await notify_service.database.list_collection_names():
        dump += json.dumps(await notify_service.database[name].find().to_list(None), default=str)
    assert receipt in dump
    for secret in (address, "Siti Rahmawati", "+6281234500123", *REPORTER_SECRETS):
        assert secret not in dump
