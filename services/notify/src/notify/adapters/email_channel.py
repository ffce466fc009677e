"""E-mail over SMTP (aiosmtplib). At-least-once: a message sent but not recorded (crash, lost reply) is sent again
with the same Message-ID (<notification id@domain>), so mail clients and archives can drop the copy."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib

from ..domain.notification import AttemptResult
from .templates import RenderedMessage


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    username: str = ""
    password: str = ""
    starttls: bool = False
    timeout_seconds: float = 10.0
    sender: str = "Netra Bawaslu <no-reply@netra.bawaslu.go.id>"
    message_id_domain: str = "netra.bawaslu.go.id"


def build_message(settings: SmtpSettings, to: str, message: RenderedMessage, notification_id: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = settings.sender
    email["To"] = to
    email["Subject"] = message.subject
    email["Date"] = formatdate(localtime=False)
    email["Message-ID"] = f"<{notification_id}@{settings.message_id_domain}>"
    email["X-Netra-Notification-Id"] = notification_id
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(message.body, charset="utf-8")
    return email


class EmailChannel:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    async def send(self, to: str, message: RenderedMessage, notification_id: str) -> AttemptResult:
        email = build_message(self.settings, to, message, notification_id)
        s = self.settings
        try:
            await aiosmtplib.send(email, hostname=s.host, port=s.port, username=s.username or None,
                                  password=s.password or None, start_tls=s.starttls, use_tls=False,
                                  timeout=s.timeout_seconds)
        except aiosmtplib.SMTPResponseException as exc:  # a reply code; never keep the message (it may echo the address)
            return AttemptResult(False, f"smtp_{exc.code}", permanent=500 <= exc.code < 600)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [error.code for error in exc.recipients]
            return AttemptResult(False, f"smtp_{codes[0] if codes else 'refused'}",
                                 permanent=all(500 <= code < 600 for code in codes))
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            return AttemptResult(False, f"smtp_{type(exc).__name__}")
        return AttemptResult(True)
