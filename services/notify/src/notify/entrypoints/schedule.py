"""Background steps that act on a schedule of their own (the kernel's loop calls them every second or so)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable


class Every:
    """A background step that acts at most every `seconds` (the kernel's loop comes back sooner)."""

    def __init__(self, seconds: float, action: Callable[[], Awaitable[object]]) -> None:
        self.seconds = seconds
        self.action = action
        self.next_at = 0.0

    async def __call__(self) -> float | None:
        if time.monotonic() >= self.next_at:
            await self.action()
            self.next_at = time.monotonic() + self.seconds
        return None
