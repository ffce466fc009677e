"""A local SMTP server for `make run`: every message notify sends is saved as .eml under a folder, so a newcomer
can read what reporters, Pokja members, recipients and operators receive. Logs the subject only (never an address).
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path
from typing import Any

import structlog

from .local import free_ports

# Who gets e-mail in `make run` (fictional addresses; notify's *_EMAILS settings).
DEV_ADDRESSES = {
    "POKJA_EMAILS": {agency: f"pokja-{agency.lower()}@bawaslu.example"
                     for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL", "BAWASLU")},
    "RECIPIENT_EMAILS": {r: f"rujukan@{r}.example" for r in ("bkn", "pemda", "gakkumdu", "tni", "polri", "dkpp",
                                                               "kpu")},
    "OPERATOR_EMAILS": {"piket": "piket@bawaslu.example"},
}


class LocalMailbox:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_ports(1)[0]
        self.received = 0
        self._controller: Any = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.received += 1
        path = self.folder / f"{self.received:04d}.eml"
        path.write_bytes(envelope.content)
        subject = str(email.message_from_bytes(envelope.content, policy=email.policy.default)["Subject"] or "")
        structlog.get_logger().info("email_delivered", subject=subject[:120], saved_as=str(path))
        return "250 OK"

    def start(self) -> LocalMailbox:
        from aiosmtpd.controller import Controller

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
        """The environment notify needs to send here (NETRA_NOTIFY_<KEY>)."""
        return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(self.port), "SMTP_STARTTLS": "false",
                **{key: json.dumps(value) for key, value in DEV_ADDRESSES.items()}}
