"""A reporter's contact card as notify keeps it: how they want to hear (email, their channel's webhook, or not
at all) and their details, sealed (encrypted) by the adapter before they reach this model. One card per receipt."""

from __future__ import annotations

from netra_shared.kernel.decision import Decision
from pydantic import BaseModel


class ContactCard(BaseModel):
    receipt_no: str
    reporter_ref: str
    submission_id: str
    channel: str
    contact_preference: str  # email | webhook | none
    sealed: str  # the contact details (name, email, phone), encrypted; never logged, never in plain text at rest


def register(existing: ContactCard | None, card: ContactCard) -> Decision | None:
    if existing is not None and existing.model_dump(exclude={"sealed"}) == card.model_dump(exclude={"sealed"}):
        return None  # the same card again (a re-encryption of the same details changes nothing that matters)
    return Decision(card, outcome="contact_updated" if existing is not None else "contact_registered")


def reporter_channel(preference: str) -> str | None:
    """The channel a reporter asked for: "email", "webhook" (their reporting channel's), or None."""
    return preference if preference in ("email", "webhook") else None
