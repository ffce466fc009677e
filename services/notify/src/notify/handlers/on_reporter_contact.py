"""intake told how to reach a reporter: seal the details, keep the card, and release the notices that waited
for it. Nothing personal is logged: the log line carries the receipt and the preference only."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.intake_events import ReporterContact
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..adapters.contact_book import Sealer
from ..adapters.notification_queue import NotificationQueue
from ..domain.contact import ContactCard, register
from ..domain.notification import Notification, release
from .on_report_event import SOURCE


class OnReporterContact:
    def __init__(self, contacts: AggregateStore, sealer: Sealer, queue: NotificationQueue, clock: Clock,
                 released: Callable[[], None]) -> None:
        self.contacts = contacts
        self.sealer = sealer
        self.queue = queue
        self.clock = clock
        self.released = released

    async def __call__(self, inbound: Inbound) -> dict:
        contact: ReporterContact = inbound.data
        card = ContactCard(
            receipt_no=contact.receipt_no, reporter_ref=contact.reporter_ref, submission_id=contact.submission_id,
            channel=contact.channel, contact_preference=contact.contact_preference,
            sealed=self.sealer.seal({"full_name": contact.full_name, "email": contact.email, "phone": contact.phone}))
        now = self.clock.now()
        cause = Cause.of(inbound.event)
        outcome = await apply_decision(self.contacts, contact.receipt_no, cause, ContactCard,
                                       lambda existing: register(existing, card), source=SOURCE, now=now,
                                       written=lambda: None)
        waiting = await self.queue.awaiting_contact(contact.receipt_no)
        for notification_id in waiting:
            await apply_decision(self.queue.store, notification_id, Cause(f"{notification_id}/contact:{cause.id}"),
                                 Notification, lambda n: release(n, now=now) if n else None, source=SOURCE, now=now,
                                 written=lambda: None)
        if waiting:
            self.released()
        return {"outcome": outcome, "receipt_no": contact.receipt_no, "preference": contact.contact_preference,
                "released": len(waiting)}
