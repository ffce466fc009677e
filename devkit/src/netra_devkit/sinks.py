"""Real servers that record what notify sends: one SMTP sink (aiosmtpd) and one HTTP sink (uvicorn).

- `SmtpSink()` keeps every message in memory (tests); `SmtpSink(folder)` also saves each as .eml and logs its
  subject (never an address), so that `make run` shows what reporters, Pokja members and agencies receive.
- `HttpSink` answers each path by plan: `fail(path, times=3)` answers 503 three times then 200; `down(path)`
  answers 500 until `up(path)`.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import signal
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import structlog
import uvicorn
from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.schemas.review import Agency

from .infra.ports import free_port

# Who gets e-mail in `make run` and the bench (fictional addresses; notify's *_EMAILS settings).
DEV_ADDRESSES = {
    "POKJA_EMAILS": {agency.value: f"pokja-{agency.value.lower()}@bawaslu.example" for agency in Agency},
    "RECIPIENT_EMAILS": {r.value: f"rujukan@{r.value}.example" for r in Recipient},
    "OPERATOR_EMAILS": {"piket": "piket@bawaslu.example"},
}


class SmtpSink:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.messages: list[EmailMessage] = []
        self.port = free_port()
        self._controller: Any = None

    @property
    def received(self) -> int:
        return len(self.messages)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)
        if self.folder is not None:
            path = self.folder / f"{len(self.messages):04d}.eml"
            path.write_bytes(envelope.content)
            structlog.get_logger().info("email_delivered", subject=str(message["Subject"] or "")[:120],
                                        saved_as=str(path))
        return "250 OK"

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in self.folder.glob("*.eml"):
                old.unlink()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()

    def notify_settings(self) -> dict[str, str]:
        """The environment notify needs to send here (NETRA_NOTIFY_<KEY>), with the fictional addresses."""
        return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(self.port), "SMTP_STARTTLS": "false",
                **{key: json.dumps(value) for key, value in DEV_ADDRESSES.items()}}

    def to(self, address: str) -> list[EmailMessage]:
        return [message for message in self.messages if message["To"] == address]

    async def wait_for(self, address: str, count: int = 1, timeout: float = 30.0) -> list[EmailMessage]:
        for _ in range(int(timeout * 10)):
            if len(self.to(address)) >= count:
                return self.to(address)
            await asyncio.sleep(0.1)
        raise AssertionError(f"wanted {count} messages to {address}, got {len(self.to(address))}")


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class HttpSink:
    requests: list[Received] = field(default_factory=list)
    failures_left: dict[str, int] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)
    port: int = field(default_factory=free_port)
    _server: Any = None
    _task: Any = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def fail(self, path: str, times: int) -> None:
        self.failures_left[path] = times

    def down(self, path: str) -> None:
        self.broken.add(path)

    def up(self, path: str) -> None:
        self.broken.discard(path)

    def accepted(self, path: str) -> list[Received]:
        return [request for request in self.requests if request.path == path and request.status == 200]

    def to(self, path: str) -> list[Received]:
        return [request for request in self.requests if request.path == path]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        path = scope["path"]
        status = 200
        if path in self.broken:
            status = 500
        elif self.failures_left.get(path, 0) > 0:
            self.failures_left[path] -= 1
            status = 503
        headers = {key.decode(): value.decode() for key, value in scope["headers"]}
        self.requests.append(Received(path, headers, body, status))
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"ok" if status == 200 else b"unavailable"})

    async def wait_accepted(self, path: str, count: int = 1, timeout: float = 30.0) -> list[Received]:
        for _ in range(int(timeout * 10)):
            if len(self.accepted(path)) >= count:
                return self.accepted(path)
            await asyncio.sleep(0.1)
        raise AssertionError(f"wanted {count} accepted requests on {path}, got {len(self.accepted(path))}")

    async def start(self) -> HttpSink:
        config = uvicorn.Config(self, host="127.0.0.1", port=self.port, lifespan="off", log_config=None,
                                access_log=False)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            await asyncio.sleep(0.02)
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            await self._task


async def _serve_counting(port: int, count_file: Path) -> None:
    """An SMTP server in a process of its own (no thread sharing an interpreter with a benchmark): it accepts every
    message and keeps the count in `count_file`."""
    from aiosmtpd.smtp import SMTP

    received = 0

    class Counter:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
            nonlocal received
            received += 1
            if received % 50 == 0:
                count_file.write_text(str(received))
            return "250 OK"

    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Counter(), hostname="127.0.0.1"), "127.0.0.1", port)
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    count_file.write_text("0")
    await stop.wait()
    server.close()
    count_file.write_text(str(received))


if __name__ == "__main__":  # python -m netra_devkit.sinks <port> <count file>
    import sys

    asyncio.run(_serve_counting(int(sys.argv[1]), Path(sys.argv[2])))
