"""intake told how to reach a reporter: seal the details, keep the card, and release the notices that waited
for it. Nothing personal is logged: the log line carries the receipt and the preference only."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.intake_events import ReporterContact
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from netra_shared.kernel.sealing import Sealer
from ..adapters.notification_queue import NotificationQueue
from ..domain.contact import ContactCard, register
from ..domain.notification import Notification, release


@dataclass(frozen=True)
class OnReporterContact:
    contacts: Aggregates[ContactCard]
    notifications: Aggregates[Notification]
    queue: NotificationQueue
    sealer: Sealer

    def touches(self, contact: ReporterContact) -> list:
        return [(self.contacts, contact.receipt_no)]

    async def read_ahead(self, contacts: list[ReporterContact]) -> None:
        await self.queue.read_ahead_awaiting({contact.receipt_no for contact in contacts})

    async def __call__(self, inbound: Inbound) -> dict:
        contact: ReporterContact = inbound.data
        card = ContactCard(
            receipt_no=contact.receipt_no, reporter_ref=contact.reporter_ref, submission_id=contact.submission_id,
            channel=contact.channel, contact_preference=contact.contact_preference,
            sealed=self.sealer.seal({"full_name": contact.full_name, "email": contact.email, "phone": contact.phone}))
        applied = await self.contacts.apply(contact.receipt_no, inbound, lambda existing, now: register(existing, card))
        waiting = await self.queue.awaiting_contact(contact.receipt_no)
        for notification_id in waiting:
            await self.notifications.apply(notification_id, inbound.cause.then("contact"),
                                           lambda n, now: release(n, now=now) if n else None)
        return {"outcome": applied.outcome, "receipt_no": contact.receipt_no,
                "preference": contact.contact_preference, "released": len(waiting)}
