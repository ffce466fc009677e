"""GET /assets/<file>: the console's own stylesheet and script and the vendored htmx (src/notify/assets). Public:
they hold no data, and the login page needs them before anyone is logged in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from faststream.asgi import AsgiResponse

PREFIX = "/assets/"
ASSETS = Path(__file__).resolve().parent.parent / "assets"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


class Assets:
    def __init__(self, folder: Path = ASSETS) -> None:
        self.files = {path.name: (path.read_bytes(), TYPES[path.suffix]) for path in folder.iterdir()
                      if path.suffix in TYPES}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        found = self.files.get(scope["path"][len(PREFIX):]) if scope["method"] in ("GET", "HEAD") else None
        if found is None:
            response = AsgiResponse(b"not found", 404, headers={"content-type": "text/plain"})
        else:
            body, content_type = found
            response = AsgiResponse(body, 200, headers={"content-type": content_type, "cache-control": "max-age=3600",
                                                        "x-content-type-options": "nosniff"})
        await response(scope, receive, send)
