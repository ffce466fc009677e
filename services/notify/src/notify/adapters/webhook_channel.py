"""Signed webhooks (httpx). Each POST carries

    X-Netra-Notification-Id: <notification id>   (the same on every attempt: drop a copy you already have)
    X-Netra-Timestamp: <unix seconds>            (refuse one too old or from the future: replays)
    X-Netra-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the channel's shared secret>

`verify` is what a receiver does (see docs/channels.md)."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

import httpx

from ..domain.notification import AttemptResult

SIGNATURE = "X-Netra-Signature"
TIMESTAMP = "X-Netra-Timestamp"
NOTIFICATION_ID = "X-Netra-Notification-Id"
RETRYABLE_4XX = {408, 425, 429}


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, headers: dict[str, str], body: bytes, *, now: float, tolerance_seconds: int = 300) -> bool:
    """True for a genuine, fresh request. Header names are matched case-insensitively."""
    lower = {key.lower(): value for key, value in headers.items()}
    try:
        timestamp = int(lower[TIMESTAMP.lower()])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > tolerance_seconds:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), lower.get(SIGNATURE.lower(), ""))


@dataclass(frozen=True)
class WebhookEndpoint:
    url: str
    secret: str


def body_of(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


class WebhookChannel:
    def __init__(self, timeout_seconds: float = 10.0) -> None:
        self.client = httpx.AsyncClient(timeout=timeout_seconds, follow_redirects=False)

    async def send(self, endpoint: WebhookEndpoint, payload: dict[str, Any], notification_id: str,
                   timestamp: int) -> AttemptResult:
        body = body_of(payload)
        headers = {"content-type": "application/json; charset=utf-8", NOTIFICATION_ID: notification_id,
                   TIMESTAMP: str(timestamp), SIGNATURE: sign(endpoint.secret, timestamp, body)}
        try:
            response = await self.client.post(endpoint.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return AttemptResult(False, f"http_{type(exc).__name__}")
        if 200 <= response.status_code < 300:
            return AttemptResult(True)
        code = response.status_code
        return AttemptResult(False, f"http_{code}", permanent=400 <= code < 500 and code not in RETRYABLE_4XX)

    async def close(self) -> None:
        await self.client.aclose()
