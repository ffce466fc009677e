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

    async def find(self, receipt_no: str) -> Contact | None:
        card = await self.cards.get(receipt_no)
        if card is None:
            return None
        details = self.sealer.open(card.sealed)
        return Contact(card.contact_preference, card.channel, card.submission_id, details.get("full_name", ""),
                       details.get("email", ""), details.get("phone", ""))
