"""The contact cards a delivery pass reads at once are that pass's: the sweeper's pass and a batch's first attempts
run at once on one event loop, and neither sees (or replaces) what the other read."""

from __future__ import annotations

import asyncio

from cryptography.fernet import Fernet
from netra_shared.kernel.sealing import Sealer
from notify.adapters.contact_book import ContactBook
from notify.domain.contact import ContactCard

SEALER = Sealer(Fernet.generate_key().decode())


def _card(receipt_no: str, email: str) -> dict:
    return {"_id": receipt_no, "state": ContactCard(
        receipt_no=receipt_no, reporter_ref=f"rr-{receipt_no}", submission_id="s", channel="sigap-lapor",
        contact_preference="email", sealed=SEALER.seal({"email": email})).model_dump()}


class Cursor:
    def __init__(self, documents):
        self.documents = documents

    async def to_list(self, _):
        return self.documents


class Cards:
    """A contact collection whose content changes between two reads (a card arriving meanwhile)."""

    def __init__(self):
        self.documents: dict[str, dict] = {}
        self.store = self
        self.collection = self
        self.reads = 0

    def find(self, query, projection=None):
        self.reads += 1
        return Cursor([self.documents[i] for i in query["_id"]["$in"] if i in self.documents])

    async def get(self, receipt_no):
        self.reads += 1
        found = self.documents.get(receipt_no)
        return ContactCard.model_validate(found["state"]) if found else None


async def test_two_passes_at_once_each_keep_what_they_read():
    cards = Cards()
    book = ContactBook(cards, SEALER)
    cards.documents["RCP-1"] = _card("RCP-1", "satu@example.id")
    sweeper_read, first_read = asyncio.Event(), asyncio.Event()

    async def sweeper_pass():
        await book.read_ahead({"RCP-1", "RCP-2"})  # RCP-2's card has not arrived yet
        sweeper_read.set()
        await first_read.wait()  # the other pass reads meanwhile, after RCP-2's card arrived
        return await book.find("RCP-1"), await book.find("RCP-2")

    async def first_attempts():
        await sweeper_read.wait()
        cards.documents["RCP-2"] = _card("RCP-2", "dua@example.id")
        await book.read_ahead({"RCP-2"})
        first_read.set()
        return await book.find("RCP-2")

    (one, two), mine = await asyncio.gather(sweeper_pass(), first_attempts())
    assert one.email == "satu@example.id" and two is None  # the sweeper's own reading, not replaced
    assert mine.email == "dua@example.id"
    assert cards.reads == 2  # neither pass read a card again one by one
