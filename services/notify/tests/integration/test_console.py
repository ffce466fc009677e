"""The operator console on real servers: notify in-process reads intake's, triage's and referral's events from Kafka
and builds its read model in the database; the console's pages and fragments are asked over its ASGI app, as a
logged-in operator. Each test uses its own region, so the tests of the module do not see each other's reports."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import httpx
import pytest
from faststream.asgi import AsgiResponse
from netra_shared.kernel.http import with_prefix_routes
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from netra_devkit.console_samples import ConsoleStory
from netra_shared.kernel.clock import SystemClock
from notify.adapters.console_queries import ConsoleQueries
from notify.handlers.on_gauges_due import OnGaugesDue

from .conftest import OPERATOR, OPERATOR_PASSWORD

pytestmark = pytest.mark.integration


def routes_of(kernel):
    """The service's HTTP routes as its app mounts them (not the whole app: that would take over the running
    broker's context), and /metrics."""
    async def metrics(scope, receive, send):
        await AsgiResponse(generate_latest(), 200, headers={"content-type": CONTENT_TYPE_LATEST})(scope, receive, send)

    return with_prefix_routes(metrics, [(route.path, route.app) for route in kernel.routes if route.prefix])


@pytest.fixture(scope="module")
async def console(notify_service):
    transport = httpx.ASGITransport(app=routes_of(notify_service.kernel))
    async with httpx.AsyncClient(transport=transport, base_url="http://notify.test") as client:
        response = await client.post("/console/login", data={"username": OPERATOR, "password": OPERATOR_PASSWORD,
                                                              "next": "/console"})
        assert response.status_code == 303 and "HttpOnly" in response.headers["set-cookie"]
        yield client


async def told(notify_service, story: ConsoleStory, receipt_nos: list[str], steps: int) -> None:
    """Send the story and wait until notify has taken every step into the reports' journeys."""
    await story.send(notify_service.producer, notify_service.topics)
    reports = notify_service.database["tracked_reports"]
    for _ in range(300):
        found = await reports.find({"_id": {"$in": receipt_nos}}, {"state.journey": 1}).to_list(None)
        if sum(len(doc["state"].get("journey", [])) for doc in found) >= steps:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"notify did not record {steps} steps for {receipt_nos}")


async def mails_about(notify_service, case_id: str, timeout: float = 30.0) -> list:
    for _ in range(int(timeout * 10)):
        found = [m for m in notify_service.smtp.to("piket@example.go.id") if case_id in m["Subject"]]
        if found:
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"no operator mail about {case_id}")


def receipts_in_order(page: str) -> list[str]:
    return re.findall(r'<tr class="deadline [a-z]+" data-receipt="([A-Z0-9-]+)"', page)


async def test_open_deadlines_are_sorted_by_time_left_marked_and_filtered(notify_service, console):
    story = ConsoleStory(SystemClock().now())
    later, soon, late = (story.report("52.01") for _ in range(3))
    story.under_review(later, due_in=timedelta(days=2))
    story.under_review(soon, due_in=timedelta(hours=3))
    story.under_review(late, due_in=-timedelta(hours=1))
    waiting = story.report("52.01", registered=False)
    story.completion_requested(waiting, due_in=timedelta(hours=30))
    await told(notify_service, story, [r.receipt_no for r in (later, soon, late, waiting)], 3 * 3 + 2)

    page = (await console.get("/console/fragments/deadlines?region=52.01")).text
    assert receipts_in_order(page) == [late.receipt_no, soon.receipt_no, waiting.receipt_no, later.receipt_no]
    marks = dict(re.findall(r'data-receipt="([A-Z0-9-]+)" data-kind="[a-z_]+" data-mark="([a-z]+)"', page))
    assert marks == {late.receipt_no: "overdue", soon.receipt_no: "soon", waiting.receipt_no: "later",
                     later.receipt_no: "later"}
    assert "Terlambat" in page and "Kurang dari 24 jam" in page and "Kabupaten Lombok Barat" in page
    reviews = (await console.get("/console/fragments/deadlines?region=52&stage=review&agency=bawaslu")).text
    assert receipts_in_order(reviews) == [late.receipt_no, soon.receipt_no, later.receipt_no]
    reporters = (await console.get("/console/fragments/deadlines?region=52.01&agency=reporter")).text
    assert receipts_in_order(reporters) == [waiting.receipt_no]
    assert "Kelengkapan laporan (2 x 24 jam)" in reporters
    elsewhere = (await console.get("/console/fragments/deadlines?region=94.71")).text
    assert late.receipt_no not in elsewhere

    stores = notify_service.kernel.stores  # the gauges read the same model
    gauges = OnGaugesDue(ConsoleQueries(stores["tracked_reports"], stores["operator_alerts"], stores["notifications"]),
                         SystemClock())
    counts = await gauges()
    assert counts[("decision", "overdue")] >= 1 and counts[("decision", "soon")] >= 1
    metrics = (await console.get("/metrics")).text
    assert re.search(r'netra_deadlines_overdue\{kind="decision"\} [1-9]', metrics)
    assert re.search(r'netra_deadlines_due_within_24h\{kind="decision"\} [1-9]', metrics)


async def test_a_reports_journey_shows_every_step_its_service_time_and_trace_link(notify_service, console):
    story = ConsoleStory(SystemClock().now())
    report = story.report("73.71", received_ago=timedelta(days=2, hours=2))  # review opened 2 days ago
    story.under_review(report, due_in=timedelta(days=1))
    story.decided(report, ago=timedelta(minutes=1))
    story.referred(report, {"bkn": timedelta(days=7), "pemda": timedelta(days=14)}, ago=timedelta(seconds=30))
    await told(notify_service, story, [report.receipt_no], 5)

    page = (await console.get(f"/console/reports/{report.receipt_no}")).text
    events = re.findall(r'<tr class="step[^"]*" data-event="([a-z.-]+)">', page)
    assert events == ["report.received", "report.registered", "review.opened", "case.decided", "case.referred"]
    services = re.findall(r"</td>\s*<td>(intake|triage|referral)</td>", page)
    assert services == ["intake", "intake", "triage", "triage", "referral"]
    assert page.count(f"http://traces.example:9411/zipkin/traces/{report.trace_id}") == 5
    assert "Diteruskan kepada Badan Kepegawaian Negara (BKN) dan Pemerintah Daerah" in page
    assert "Tindak lanjut rujukan" in page and "WITA" in page  # Makassar keeps its own time
    assert "Tokoh Rekaan" not in page  # the reported party, like the reporter, is never on the console
    assert (await console.get("/console/reports/RCP-AAAA-BBBB-CC")).status_code == 404
    assert (await console.get("/console/reports?receipt_no=" + report.receipt_no.lower())).headers["location"] == (
        f"/console/reports/{report.receipt_no}")


async def test_an_alert_is_mailed_to_operators_once_shown_while_open_and_gone_when_handled(notify_service, console):
    story = ConsoleStory(SystemClock().now())
    report = story.report("94.71")
    story.under_review(report, due_in=timedelta(hours=5))
    alert_id = story.casting_vote(report, due_in=timedelta(hours=5))
    redelivered = story.messages[-1]
    await told(notify_service, story, [report.receipt_no], 4)
    await mails_about(notify_service, report.case_id)
    story.messages.append(redelivered)  # the same alert again (a redelivery): kept and mailed once
    await story.send(notify_service.producer, notify_service.topics)

    page = (await console.get("/console/fragments/alerts")).text
    assert f"triage-{alert_id}" in page and "Suara penentu koordinator Bawaslu diperlukan" in page
    journey = (await console.get(f"/console/reports/{report.receipt_no}")).text
    assert 'data-event="operator.alert-raised"' in journey and "suara anggota Pokja seri" in journey
    await asyncio.sleep(1.5)
    mails = await mails_about(notify_service, report.case_id)
    assert len(mails) == 1 and mails[0]["Subject"] == (
        f"[Netra] Perhatian: Suara penentu koordinator Bawaslu diperlukan ({report.case_id})")

    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    refused = await console.post(f"/console/alerts/triage-{alert_id}/handled", data={"csrf": "forged"})
    assert refused.status_code == 403
    handled = await console.post(f"/console/alerts/triage-{alert_id}/handled", data={"csrf": csrf, "back": "/console"})
    assert handled.status_code == 303
    assert f"triage-{alert_id}" not in (await console.get("/console/fragments/alerts")).text
    kept = await notify_service.database["operator_alerts"].find_one({"_id": f"triage-{alert_id}"})
    assert kept["state"]["handled_by"] == OPERATOR  # the name comes from the session, not from the form


async def test_the_backlog_and_the_days_milestones_count_open_reports_by_region_and_stage(notify_service, console):
    story = ConsoleStory(SystemClock().now())
    reviewing = [story.report("19.06", received_ago=timedelta(0)) for _ in range(2)]
    for report in reviewing:
        story.under_review(report, due_in=timedelta(days=3))
    waiting = story.report("19.06", registered=False, received_ago=timedelta(0))
    await told(notify_service, story, [r.receipt_no for r in (*reviewing, waiting)], 2 * 3 + 1)

    summary = (await console.get("/console/fragments/summary")).text
    row = re.search(r'<tr data-region="19.06">(.*?)</tr>', summary).group(1)
    assert re.findall(r'<td class="number">(\d+)</td>', row) == ["1", "2", "0", "0", "3"]
    received = int(re.search(r'data-milestone="received">(\d+)<', summary).group(1))
    assert received >= 3
