"""The one Playwright setup of the browser test and the console screenshots: the system's Chromium (Debian's
`chromium` package, which `make setup` installs), never a browser Playwright downloads."""

from __future__ import annotations

import os
from pathlib import Path

ENV_CHROMIUM = "NETRA_CHROMIUM"
SYSTEM_CHROMIUM = "/usr/bin/chromium"


def chromium_executable() -> str:
    """NETRA_CHROMIUM, else /usr/bin/chromium; a clear error when neither is there (never a silent skip)."""
    path = os.environ.get(ENV_CHROMIUM) or SYSTEM_CHROMIUM
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        raise FileNotFoundError(f"no Chromium at {path}: run `make setup` (it installs Debian's chromium package) "
                                f"or point {ENV_CHROMIUM} at a Chromium binary")
    return path


async def launch_chromium(playwright):
    """A headless Chromium from the system: `async with async_playwright() as p: browser = await launch_chromium(p)`."""
    return await playwright.chromium.launch(executable_path=chromium_executable(), headless=True,
                                            args=["--no-sandbox", "--disable-dev-shm-usage"])
