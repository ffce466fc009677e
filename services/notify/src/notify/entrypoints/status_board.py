"""GET /reports/{receipt_no}: the public status board (JSON; HTML with ?format=html or Accept: text/html).
400 for a malformed receipt number, 404 for an unknown one, 503 when the database does not answer."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import structlog
from faststream.asgi import AsgiResponse

from ..adapters.templates import Templates
from ..domain.public_board import is_receipt_no

PREFIX = "/reports/"
HEADERS = {"cache-control": "no-cache", "x-content-type-options": "nosniff"}


def _json(status: int, body: dict[str, Any]) -> AsgiResponse:
    return AsgiResponse(json.dumps(body, ensure_ascii=False).encode(), status,
                        headers={"content-type": "application/json; charset=utf-8", **HEADERS})


def _wants_html(scope: dict[str, Any]) -> bool:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if query.get("format") == ["html"]:
        return True
    accept = dict(scope.get("headers") or []).get(b"accept", b"").decode("latin-1")
    return accept.startswith("text/html")


class StatusBoard:
    def __init__(self, lookup: Callable[[str], Awaitable[dict[str, Any] | None]], templates: Templates) -> None:
        self.lookup = lookup
        self.templates = templates
        self.log = structlog.get_logger()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        response = await self.respond(scope)
        await response(scope, receive, send)

    async def respond(self, scope: dict[str, Any]) -> AsgiResponse:
        if scope["method"] not in ("GET", "HEAD"):
            return _json(405, {"error": "method_not_allowed"})
        receipt_no = scope["path"][len(PREFIX):]
        if not is_receipt_no(receipt_no):
            return _json(400, {"error": "invalid_receipt_no", "detail": "expected RCP-XXXX-XXXX-XX"})
        try:
            public = await self.lookup(receipt_no)
        except Exception as exc:
            self.log.warning("status_board_unavailable", error_type=type(exc).__name__)
            return _json(503, {"error": "unavailable"})
        if public is None:
            return _json(404, {"error": "unknown_receipt_no", "receipt_no": receipt_no})
        if _wants_html(scope):
            page = self.templates.page("status_board.html.j2", board=public)
            return AsgiResponse(page.encode(), 200, headers={"content-type": "text/html; charset=utf-8", **HEADERS})
        return _json(200, public)
