"""The operator console in a real browser: Debian's Chromium driven by Playwright, against the real notify (an OS
process) on the real broker and database. An operator logs in, watches the deadlines refresh by themselves until a
report whose Pokja decision is due in under 24 hours leads the list, marked; sees the casting-vote alert triage
raised; opens the report's journey with its trace links. A client without a session is refused every console path,
while the public status board stays open. No Chromium is a failure, never a skip (`make setup` installs it)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from netra_devkit.browser import launch_chromium
from netra_devkit.console_run import TRACE_VIEWER, running_console
from netra_devkit.console_samples import ConsoleStory
from netra_shared.kernel.clock import SystemClock
from playwright.async_api import async_playwright, expect

pytestmark = pytest.mark.integration
OPERATOR, PASSWORD = "piket", "kata-sandi-piket-uji"
WAIT_MS = 45_000  # notify consumes the story and the console's next refresh shows it (every 2 s here)


@pytest.fixture(scope="module")
async def console(servers, tmp_path_factory):
    log = tmp_path_factory.mktemp("browser") / "notify.log"
    async with running_console(servers, log, operator=OPERATOR, password=PASSWORD) as running:
        yield running


@pytest.fixture(scope="module")
async def browser():
    async with async_playwright() as playwright:
        chromium = await launch_chromium(playwright)
        yield chromium
        await chromium.close()


async def test_an_operator_sees_the_nearest_decision_first_its_alert_and_its_journey(console, browser):
    page = await (await browser.new_context(locale="id-ID")).new_page()
    await page.goto(f"{console.url}/console")
    await expect(page).to_have_url(re.compile(r"/console/login\?next=/console$"))
    await page.get_by_label("Nama pengguna").fill(OPERATOR)
    await page.get_by_label("Kata sandi").fill("salah")
    await page.get_by_role("button", name="Masuk").click()
    await expect(page.get_by_role("alert")).to_contain_text("Nama pengguna atau kata sandi salah")
    await page.get_by_label("Nama pengguna").fill(OPERATOR)
    await page.get_by_label("Kata sandi").fill(PASSWORD)
    await page.get_by_role("button", name="Masuk").click()
    await expect(page).to_have_url(f"{console.url}/console")
    await expect(page.locator("#deadlines")).to_contain_text("Tidak ada tenggat terbuka")

    # the events arrive after the page is open: the console shows them without a reload
    story = ConsoleStory(SystemClock().now())
    later = story.report("52.01", received_ago=timedelta(hours=22))
    story.under_review(later, due_in=timedelta(days=2, hours=4))
    waiting = story.report("61.12", registered=False)
    story.completion_requested(waiting, due_in=timedelta(hours=30))
    near = story.report("15.04", received_ago=timedelta(days=2, hours=22))
    story.under_review(near, due_in=timedelta(hours=2, minutes=40))
    story.casting_vote(near, due_in=timedelta(hours=2, minutes=40))
    await console.tell(story)

    rows = page.locator("#deadlines tr.deadline")
    await expect(rows).to_have_count(3, timeout=WAIT_MS)
    first = rows.first
    await expect(first).to_have_attribute("data-receipt", near.receipt_no)
    await expect(first).to_have_attribute("data-mark", "soon")
    await expect(first).to_have_class(re.compile(r"\bsoon\b"))
    await expect(first).to_contain_text("Kurang dari 24 jam")
    await expect(first).to_contain_text("Kabupaten Batanghari")
    assert await rows.nth(1).get_attribute("data-receipt") == waiting.receipt_no
    assert await rows.nth(2).get_attribute("data-receipt") == later.receipt_no
    assert await rows.nth(2).get_attribute("data-mark") == "later"
    alert = page.locator("#alerts li.alert[data-alert=casting_vote_requested]")
    await expect(alert).to_contain_text("Suara penentu koordinator Bawaslu diperlukan", timeout=WAIT_MS)
    await expect(alert).to_contain_text(near.receipt_no)

    await first.get_by_role("link", name=near.receipt_no).click()
    await expect(page).to_have_url(f"{console.url}/console/reports/{near.receipt_no}")
    steps = page.locator("table.journey tr.step")
    await expect(steps).to_have_count(5)  # received, registered, review opened, casting vote, the alert
    events = [await steps.nth(n).get_attribute("data-event") for n in range(5)]
    assert events == ["report.received", "report.registered", "review.opened", "review.casting-vote-requested",
                      "operator.alert-raised"]
    await expect(steps.nth(0)).to_contain_text("intake")
    await expect(steps.nth(4)).to_contain_text("triage")
    trace = steps.nth(3).get_by_role("link", name="lihat jejak")
    await expect(trace).to_have_attribute("href", f"{TRACE_VIEWER}/zipkin/traces/{near.trace_id}")
    await expect(page.locator("ul.alerts")).to_contain_text("Suara penentu koordinator Bawaslu diperlukan")
    await expect(page.locator("ul.open-deadlines")).to_contain_text("Kurang dari 24 jam")

    await page.get_by_role("button", name="Keluar").click()
    await expect(page).to_have_url(re.compile(r"/console/login"))
    await page.goto(f"{console.url}/console")
    await expect(page).to_have_url(re.compile(r"/console/login\?next=/console$"))
    await page.context.close()


async def test_a_public_client_is_refused_the_console_but_not_the_status_board(console, browser):
    context = await browser.new_context()
    page = await context.new_page()
    for path in ("/console", "/console/reports/RCP-AAAA-BBBB-CC"):
        await page.goto(f"{console.url}{path}")
        await expect(page).to_have_url(re.compile(r"/console/login\?next="))
        await expect(page.get_by_role("heading", name="Masuk sebagai operator")).to_be_visible()
    for fragment in ("deadlines", "alerts", "summary", "pipeline", "journey/RCP-AAAA-BBBB-CC"):
        response = await context.request.get(f"{console.url}/console/fragments/{fragment}", max_redirects=0)
        assert response.status == 401, fragment
    story = ConsoleStory(SystemClock().now())
    public = story.report("73.71")
    await console.tell(story)
    await page.goto(f"{console.url}/reports/{public.receipt_no}")  # the public status board: no login asked
    for _ in range(WAIT_MS // 500):
        if await page.locator("body").inner_text() and "Diregistrasi" in await page.content():
            break
        await page.wait_for_timeout(500)
        await page.reload()
    await expect(page).to_have_url(f"{console.url}/reports/{public.receipt_no}")
    await expect(page.locator("body")).to_contain_text("Diregistrasi")
    await context.close()
