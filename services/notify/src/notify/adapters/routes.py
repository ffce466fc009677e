"""Where a notification goes, and the attempt itself: the reporter by their chosen channel (sealed contact card),
Pokja members, recipients and operators by the addresses in the settings. Looked up at delivery time, never stored.
An attempt has one deadline for all of it (connect, send, the reply), so a slow endpoint cannot hold the others."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import structlog
from netra_shared.kernel.clock import Clock

from ..adapters.contact_book import ContactBook
from ..adapters.email_channel import EmailChannel
from ..adapters.templates import RenderedMessage, Templates
from ..adapters.webhook_channel import WebhookChannel, WebhookEndpoint
from ..domain.contact import reporter_channel
from ..domain.notification import AttemptResult, Notification, NotSent, Sent
from ..domain.wording import RECIPIENT_WORDS

Send = Callable[[], Awaitable[AttemptResult]]


@dataclass(frozen=True)
class Addresses:
    pokja: dict[str, str] = field(default_factory=dict)
    recipients: dict[str, str] = field(default_factory=dict)
    operators: dict[str, str] = field(default_factory=dict)
    webhooks: dict[str, WebhookEndpoint] = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    endpoint: str  # "email" | "webhook:<channel>"
    send: Send


@dataclass(frozen=True)
class NoRoute:
    outcome: str  # "await_contact" | "skip" | "dead_letter"
    reason: str


class Routes:
    def __init__(self, contacts: ContactBook, templates: Templates, email: EmailChannel | None,
                 webhooks: WebhookChannel, addresses: Addresses, clock: Clock, attempt_seconds: float = 30.0) -> None:
        self.contacts = contacts
        self.templates = templates
        self.email = email
        self.webhooks = webhooks
        self.addresses = addresses
        self.clock = clock
        self.attempt_seconds = attempt_seconds
        self.log = structlog.get_logger()

    async def deliver(self, n: Notification) -> Sent | NotSent:
        """Find where `n` goes and try once; or say why no attempt can be made."""
        return await self.attempt(await self(n))

    async def attempt(self, route: Route | NoRoute, seconds: float | None = None) -> Sent | NotSent:
        """Try a route once, within `seconds` (the attempt deadline unless shorter)."""
        if isinstance(route, NoRoute):
            return NotSent(route.outcome, route.reason)
        started_at, started = self.clock.now(), time.perf_counter()
        try:
            result = await asyncio.wait_for(route.send(), min(seconds or self.attempt_seconds, self.attempt_seconds))
        except TimeoutError:
            result = AttemptResult(False, "timeout")
        return Sent(route.endpoint, result, round((time.perf_counter() - started) * 1000, 1), started_at)

    async def __call__(self, n: Notification) -> Route | NoRoute:
        role, _, label = n.recipient.partition(":")
        if role == "reporter":
            return await self._reporter(n)
        book = {"pokja": self.addresses.pokja, "recipient": self.addresses.recipients,
                "operator": self.addresses.operators}.get(role, {})
        greeting = {"pokja": f"Anggota Pokja Netralitas unsur {label}", "operator": "Operator Netra Bawaslu",
                    "recipient": f"Pimpinan {RECIPIENT_WORDS.get(label, label.upper())}"}.get(role, label)
        address = book.get(label)
        if not address:
            return NoRoute("dead_letter", "no_address_configured")
        return self._email(n, address, greeting)

    async def _reporter(self, n: Notification) -> Route | NoRoute:
        try:
            contact = await self.contacts.find(n.facts.receipt_no)
        except ValueError:
            return NoRoute("dead_letter", "contact_unreadable")
        if contact is None:
            return NoRoute("await_contact", "contact_unknown")
        channel = reporter_channel(contact.preference)
        if channel is None:
            return NoRoute("skip", "reporter_declined")
        if channel == "email":
            if not contact.email:
                return NoRoute("dead_letter", "no_email_address")
            return self._email(n, contact.email, contact.full_name or "Pelapor")
        target = self.addresses.webhooks.get(contact.channel)
        if target is None:
            return NoRoute("dead_letter", "no_webhook_for_channel")
        return self._webhook(n, target, f"webhook:{contact.channel}")

    def _render(self, n: Notification, greeting: str) -> RenderedMessage | None:
        try:
            return self.templates.render(n.template, n.facts, greeting=greeting)
        except Exception:  # a broken template is a bug to fix, not a reason to retry
            self.log.error("template_failed", template=n.template, notification_id=n.notification_id, exc_info=True)
            return None

    def _email(self, n: Notification, address: str, greeting: str) -> Route | NoRoute:
        if self.email is None:
            return NoRoute("dead_letter", "email_not_configured")
        email = self.email

        async def send() -> AttemptResult:
            message = self._render(n, greeting)
            if message is None:
                return AttemptResult(False, "render_failed", permanent=True)
            return await email.send(address, message, n.notification_id)

        return Route("email", send)

    def _webhook(self, n: Notification, target: WebhookEndpoint, endpoint: str) -> Route:
        async def send() -> AttemptResult:
            message = self._render(n, "Pelapor")
            if message is None:
                return AttemptResult(False, "render_failed", permanent=True)
            facts = n.facts
            payload = {"notification_id": n.notification_id, "trigger": n.trigger, "template": n.template,
                       "receipt_no": facts.receipt_no, "registration_no": facts.registration_no,
                       "submission_id": facts.submission_id, "channel": facts.channel, "status": facts.status,
                       "requested_at": n.requested_at.isoformat(), "subject": message.subject, "text": message.body}
            return await self.webhooks.send(target, payload, n.notification_id, int(self.clock.now().timestamp()))

        return Route(endpoint, send)
