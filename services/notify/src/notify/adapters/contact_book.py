"""Reporters' contact details at rest: sealed with Fernet (AES-128-CBC + HMAC-SHA256) under the key in
NETRA_NOTIFY_CONTACT_KEY, so a dump of notify's database or a backup shows no reporter identity."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from netra_shared.kernel.aggregates import Aggregates

from ..domain.contact import ContactCard

# Only for development and tests; production sets its own key(s) (comma-separated, newest first, for rotation).
DEVELOPMENT_KEY = "bmV0cmEtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ="


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


class Sealer:
    def __init__(self, keys: str) -> None:
        self.fernet = MultiFernet([Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()])

    def seal(self, details: dict[str, str]) -> str:
        return self.fernet.encrypt(json.dumps(details).encode()).decode()

    def open(self, sealed: str) -> dict[str, str]:
        try:
            return json.loads(self.fernet.decrypt(sealed.encode()))
        except InvalidToken:
            raise ValueError("contact details sealed with an unknown key") from None


class ContactBook:
    def __init__(self, cards: Aggregates[ContactCard], sealer: Sealer) -> None:
        self.cards = cards
        self.sealer = sealer
        self._read: dict[str, ContactCard | None] = {}  # the cards a delivery pass read at once (still sealed)

    async def read_ahead(self, receipt_nos: set[str]) -> None:
        """The cards a delivery pass will need, in one query; kept (sealed) for that pass only."""
        found = {doc["_id"]: ContactCard.model_validate(doc["state"]) for doc in await self.cards.store.collection.find(
            {"_id": {"$in": sorted(receipt_nos)}}, {"state": 1}).to_list(None)} if receipt_nos else {}
        self._read = {receipt_no: found.get(receipt_no) for receipt_no in receipt_nos}

    async def find(self, receipt_no: str) -> Contact | None:
        card = self._read[receipt_no] if receipt_no in self._read else await self.cards.get(receipt_no)
        if card is None:
            return None
        details = self.sealer.open(card.sealed)
        return Contact(card.contact_preference, card.channel, card.submission_id, details.get("full_name", ""),
                       details.get("email", ""), details.get("phone", ""))
