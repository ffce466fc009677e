"""Failed logins are rate limited: after `max_failures` failures within `window` for one user name, or from one
client address, that name or address is refused until `lockout` has passed since its last failure. A success clears
the name's count (not the address's). Pure: the moment is given; the state is this process's (per replica)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

MAX_KEYS = 10_000  # bounded memory: the oldest keys go first


@dataclass
class LoginThrottle:
    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)
    failures: dict[str, list[datetime]] = field(default_factory=dict)

    def _recent(self, key: str, now: datetime) -> list[datetime]:
        kept = [moment for moment in self.failures.get(key, []) if now - moment < max(self.window, self.lockout)]
        if kept:
            self.failures[key] = kept
        else:
            self.failures.pop(key, None)
        return kept

    def refused_until(self, keys: list[str], now: datetime) -> datetime | None:
        """None when a login may be tried now; else until when the keys are locked out."""
        until = None
        for key in keys:
            recent = self._recent(key, now)
            in_window = [moment for moment in recent if now - moment < self.window]
            if len(in_window) >= self.max_failures:
                ends = recent[-1] + self.lockout
                until = max(until, ends) if until else ends
        return until

    def failed(self, keys: list[str], now: datetime) -> None:
        for key in keys:
            self.failures.setdefault(key, []).append(now)
            self.failures[key] = self.failures[key][-self.max_failures * 2:]
        while len(self.failures) > MAX_KEYS:
            self.failures.pop(next(iter(self.failures)))

    def succeeded(self, key: str) -> None:
        self.failures.pop(key, None)
