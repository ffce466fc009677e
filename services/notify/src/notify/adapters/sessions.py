"""The operator console's session: a cookie signed with HMAC-SHA256 (the secret from the settings), holding the
operator's name, a session id and when it expires; and the session's CSRF token for the forms that change something
(log out, mark an alert handled). Nothing is stored server-side: logging out clears the cookie in the browser."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

COOKIE = "netra_console"
PATH = "/console"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Session:
    operator: str
    session_id: str
    expires: int  # unix seconds


class Sessions:
    def __init__(self, secret: bytes, *, lifetime_seconds: float = 12 * 3600, secure: bool = False) -> None:
        if len(secret) < 16:
            raise ValueError("the console's session secret needs at least 16 bytes")
        self.secret = secret
        self.lifetime = int(lifetime_seconds)
        self.secure = secure

    def _sign(self, purpose: bytes, payload: bytes) -> str:
        return _b64(hmac.new(self.secret, purpose + b"\0" + payload, hashlib.sha256).digest())

    def issue(self, operator: str, now: float | None = None) -> tuple[Session, str]:
        """A new session and its cookie header value."""
        session = Session(operator, _b64(os.urandom(18)), int((now or time.time()) + self.lifetime))
        payload = _b64(json.dumps({"u": operator, "s": session.session_id, "e": session.expires}).encode())
        value = f"{payload}.{self._sign(b'session', payload.encode())}"
        return session, self._cookie(value, self.lifetime)

    def clear(self) -> str:
        return self._cookie("", 0)

    def _cookie(self, value: str, max_age: int) -> str:
        secure = "; Secure" if self.secure else ""
        return f"{COOKIE}={value}; Path={PATH}; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"

    def read(self, cookie_header: str, now: float | None = None) -> Session | None:
        """The valid, unexpired session in a Cookie header, or None."""
        for part in cookie_header.split(";"):
            name, _, value = part.strip().partition("=")
            if name != COOKIE or "." not in value:
                continue
            payload, _, signature = value.partition(".")
            if not hmac.compare_digest(signature, self._sign(b"session", payload.encode())):
                return None
            try:
                data = json.loads(_unb64(payload))
                session = Session(str(data["u"]), str(data["s"]), int(data["e"]))
            except (ValueError, KeyError, TypeError):
                return None
            return session if session.expires > (now or time.time()) else None
        return None

    def csrf_token(self, session: Session) -> str:
        return self._sign(b"csrf", session.session_id.encode())

    def csrf_ok(self, session: Session, token: str) -> bool:
        return hmac.compare_digest(token, self.csrf_token(session))
