"""An operator logs in: refused while their name or address is locked out after failed attempts; else the password
is checked against the stored hash and a signed session is issued. No password, and no name that failed, is logged
(a password typed into the name field must not end up in a log line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import structlog
from netra_shared.kernel.clock import Clock

from ..adapters.operator_accounts import OperatorAccounts
from ..adapters.sessions import Session, Sessions
from ..domain.login_throttle import LoginThrottle


@dataclass(frozen=True)
class LoggedIn:
    session: Session
    cookie: str


@dataclass(frozen=True)
class Refused:
    until: datetime | None = None  # locked out until then; None: wrong name or password


@dataclass(frozen=True)
class OnOperatorLogin:
    accounts: OperatorAccounts
    sessions: Sessions
    throttle: LoginThrottle
    clock: Clock

    async def __call__(self, username: str, password: str, client: str) -> LoggedIn | Refused:
        now, log = self.clock.now(), structlog.get_logger()
        keys = [f"name:{username}", f"client:{client}"]
        until = self.throttle.refused_until(keys, now)
        if until is not None:
            log.warning("operator_login_locked_out", client=client, until=until.isoformat())
            return Refused(until)
        if not username or not password or not await self.accounts.verify(username, password):
            self.throttle.failed(keys, now)
            log.warning("operator_login_failed", client=client)
            return Refused()
        self.throttle.succeeded(keys[0])
        session, cookie = self.sessions.issue(username)  # wall-clock time, as the browser and the cookie count it
        log.info("operator_logged_in", operator=username, client=client)
        return LoggedIn(session, cookie)
