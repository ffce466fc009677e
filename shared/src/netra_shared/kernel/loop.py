"""The one background loop: the outbox relay, the timer sweepers and notify's delivery worker all run in it.

`step()` does one pass and says when to come back: 0 for "at once" (more work waits), a number of seconds (the next
known deadline), or None (nothing known: sleep `idle_seconds`, a safety net for work another process left). A
`wake()` ends any sleep at once. A failing pass is retried with exponential backoff and jitter; the loop never dies.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import structlog

from .failures import backoff_seconds

Step = Callable[[], Awaitable[float | None]]


class Loop:
    def __init__(self, name: str, step: Step, *, idle_seconds: float) -> None:
        self.name = name
        self.step = step
        self.idle_seconds = idle_seconds
        self._wakeup = asyncio.Event()
        self.log = structlog.get_logger()

    def wake(self) -> None:
        self._wakeup.set()

    async def run(self) -> None:
        failures = 0
        while True:
            self._wakeup.clear()
            try:
                pause = await self.step()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database down: the work stays where it is, try again
                failures += 1
                self.log.warning("worker_retrying", worker=self.name, error_type=type(exc).__name__,
                                 attempt=failures)
                pause = backoff_seconds(failures)
            if pause == 0:
                continue
            timeout = self.idle_seconds if pause is None else min(pause, self.idle_seconds)
            try:
                await asyncio.wait_for(self._wakeup.wait(), timeout)
            except TimeoutError:
                pass
