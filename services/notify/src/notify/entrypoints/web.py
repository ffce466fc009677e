"""Small HTTP helpers for the console's ASGI routes: the request's parts, a bounded form body, and responses with
the security headers every console page carries (no caching, no framing, scripts and styles from this origin only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote

from faststream.asgi import AsgiResponse

FORM_LIMIT = 8192
SECURITY = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    # same-origin, not no-referrer: under no-referrer a browser's form POST says `Origin: null`, which same_origin
    # refuses; no address of the console leaves it either way (links out also carry rel="noreferrer")
    "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


@dataclass(frozen=True)
class Request:
    scope: dict[str, Any]
    receive: Any

    @property
    def method(self) -> str:
        return self.scope["method"]

    @property
    def path(self) -> str:
        return self.scope["path"]

    @property
    def headers(self) -> dict[str, str]:
        return {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in self.scope.get("headers", [])}

    @property
    def query(self) -> dict[str, str]:
        parsed = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        return {key: values[0] for key, values in parsed.items() if values}

    @property
    def client(self) -> str:
        client = self.scope.get("client")
        return client[0] if client else "unknown"

    @property
    def same_origin(self) -> bool:
        """A POST from our own pages: a browser's Origin (when it sends one) names this host."""
        headers = self.headers
        origin, host = headers.get("origin"), headers.get("host", "")
        if headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
            return False
        return origin is None or origin.split("://", 1)[-1] == host

    async def form(self) -> dict[str, str] | None:
        """The urlencoded body (None when larger than FORM_LIMIT)."""
        body, more = b"", True
        while more:
            message = await self.receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > FORM_LIMIT:
                return None
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {key: values[0] for key, values in parsed.items()}


def html(body: str, status: int = 200, headers: dict[str, str] | None = None) -> AsgiResponse:
    return AsgiResponse(body.encode(), status, headers={"content-type": "text/html; charset=utf-8", **SECURITY,
                                                        **(headers or {})})


def text(status: int, body: str, headers: dict[str, str] | None = None) -> AsgiResponse:
    return AsgiResponse(body.encode(), status, headers={"content-type": "text/plain; charset=utf-8", **SECURITY,
                                                        **(headers or {})})


def redirect(location: str, headers: dict[str, str] | None = None) -> AsgiResponse:
    return AsgiResponse(b"", 303, headers={"location": location, **SECURITY, **(headers or {})})


def login_url(next_path: str) -> str:
    return f"/console/login?next={quote(next_path, safe='/')}"
