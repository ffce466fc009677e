"""`python -m netra_devkit.console_screenshots [docs]`: screenshots of the operator console for the README, taken with
the browser test's setup (the system's Chromium, Playwright) from the sample day of `console_samples.screenshot_story`
told to a real notify on real servers (NETRA_KAFKA_BOOTSTRAP + NETRA_MONGO_URL, Docker, or the local runner)."""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from datetime import timedelta
from pathlib import Path

from netra_shared.kernel.clock import SystemClock
from playwright.async_api import async_playwright, expect

from .browser import launch_chromium
from .console_run import running_console
from .console_samples import screenshot_story
from .servers import discover_servers

OPERATOR, PASSWORD = "piket", "contoh-kata-sandi-piket"
VIEWPORT = {"width": 1360, "height": 900}


async def take(folder: Path, work: Path) -> list[Path]:
    story, reports = screenshot_story(SystemClock().now())
    shots = []
    with discover_servers(work / "servers") as servers:
        async with running_console(servers, work / "notify.log", operator=OPERATOR, password=PASSWORD) as console:
            await console.tell(story)
            async with async_playwright() as playwright:
                browser = await launch_chromium(playwright)
                page = await (await browser.new_context(viewport=VIEWPORT, locale="id-ID")).new_page()
                await page.goto(f"{console.url}/console/login")
                shots.append(folder / "console-login.png")
                await page.screenshot(path=shots[-1])
                await page.get_by_label("Nama pengguna").fill(OPERATOR)
                await page.get_by_label("Kata sandi").fill(PASSWORD)
                await page.get_by_role("button", name="Masuk").click()
                await expect(page.locator("#deadlines tr.deadline")).to_have_count(9, timeout=60_000)
                await expect(page.locator("#alerts li.alert")).to_have_count(2, timeout=60_000)
                await page.wait_for_timeout(int(timedelta(seconds=3).total_seconds() * 1000))  # the pipeline section
                shots.append(folder / "console-overview.png")
                await page.screenshot(path=shots[-1], full_page=True)
                await page.goto(f"{console.url}/console/reports/{reports['near'].receipt_no}")
                shots.append(folder / "console-journey.png")
                await page.screenshot(path=shots[-1], full_page=True)
                await browser.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default="docs", type=Path)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="netra-screens-") as work:
        for shot in asyncio.run(take(args.folder, Path(work))):
            print(shot)


if __name__ == "__main__":
    main()
