"""Reporters' contact details at rest: sealed (netra_shared.kernel.sealing) under the key in
NETRA_NOTIFY_CONTACT_KEY, so a dump of notify's database or a backup shows no reporter identity."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.sealing import Sealer

from ..domain.contact import ContactCard

@dataclass(frozen=True)
class Contact:
    preference: str
    channel: str
    submission_id: str
    full_name: str = ""
    email: str = ""
    phone: str = ""

    def __repr__(self) -> str:  # never print the details, even by accident
        return f"Contact(preference={self.preference!r}, channel={self.channel!r})"


class ContactBook:
    def __init__(self, cards: Aggregates[ContactCard], sealer: Sealer) -> None:
        self.cards = cards
        self.sealer = sealer
        # the cards a delivery pass read at once (still sealed), for that pass's own task and the tasks it starts:
        # the sweeper's pass and a batch's first attempts each keep their own
        self._read: contextvars.ContextVar[dict[str, ContactCard | None]] = contextvars.ContextVar(
            f"contacts_read_{id(self)}", default={})

    async def read_ahead(self, receipt_nos: set[str]) -> None:
        """The cards a delivery pass will need, in one query; kept (sealed) for that pass only."""
        found = {doc["_id"]: ContactCard.model_validate(doc["state"]) for doc in await self.cards.store.collection.find(
            {"_id": {"$in": sorted(receipt_nos)}}, {"state": 1}).to_list(None)} if receipt_nos else {}
        self._read.set({receipt_no: found.get(receipt_no) for receipt_no in receipt_nos})

    async def find(self, receipt_no: str) -> Contact | None:
        read = self._read.get()
        card = read[receipt_no] if receipt_no in read else await self.cards.get(receipt_no)
        if card is None:
            return None
        details = self.sealer.open(card.sealed)
        return Contact(card.contact_preference, card.channel, card.submission_id, details.get("full_name", ""),
                       details.get("email", ""), details.get("phone", ""))
