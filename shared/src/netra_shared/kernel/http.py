"""/healthz (the process is alive), /readyz (broker and database reachable, workers running, nothing stuck),
/metrics."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from faststream.asgi import AsgiResponse, get
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

Check = Callable[[], Awaitable[str | None]]  # returns None when fine, else what is wrong


def health_routes(checks: dict[str, Check]) -> list[tuple[str, object]]:
    @get(include_in_schema=False)
    async def healthz(scope: object) -> AsgiResponse:
        return AsgiResponse(b'{"status":"ok"}', 200, headers={"content-type": "application/json"})

    @get(include_in_schema=False)
    async def readyz(scope: object) -> AsgiResponse:
        problems = {}
        for name, check in checks.items():
            try:
                problem = await asyncio.wait_for(check(), 3)
            except Exception as exc:
                problem = type(exc).__name__
            if problem:
                problems[name] = problem
        if problems:
            body = json.dumps({"status": "not_ready", **problems})
            return AsgiResponse(body.encode(), 503, headers={"content-type": "application/json"})
        return AsgiResponse(b'{"status":"ready"}', 200, headers={"content-type": "application/json"})

    @get(include_in_schema=False)
    async def metrics(scope: object) -> AsgiResponse:
        return AsgiResponse(generate_latest(), 200, headers={"content-type": CONTENT_TYPE_LATEST})

    return [("/healthz", healthz), ("/readyz", readyz), ("/metrics", metrics)]


def with_prefix_routes(app: Any, prefix_routes: list[tuple[str, Any]]) -> Any:
    """`app` with extra ASGI apps answering every HTTP path under a prefix (e.g. "/reports/")."""
    if not prefix_routes:
        return app

    async def dispatch(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            for prefix, route in prefix_routes:
                if scope["path"].startswith(prefix):
                    await route(scope, receive, send)
                    return
        await app(scope, receive, send)

    return dispatch
