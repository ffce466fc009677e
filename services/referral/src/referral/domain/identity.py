"""What a referral says about who reported: the identity only of reporters who consented to its disclosure."""

from __future__ import annotations

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.kernel.decision import Decision
from pydantic import BaseModel

WITHHELD = ("Identitas pelapor dirahasiakan oleh Bawaslu (UU 10/2016); pelapor tidak menyetujui "
            "pengungkapan identitasnya.")


def reporter_identity(reporter_refs: list[str], consenting: list[str],
                      disclosures: dict[str, ReporterDisclosure]) -> str:
    lines = []
    for ref in reporter_refs:
        disclosure = disclosures.get(ref) if ref in consenting else None
        if disclosure is None:
            lines.append(WITHHELD)
        else:
            lines.append(f"Pelapor (menyetujui pengungkapan identitas): {disclosure.full_name}, NIK {disclosure.nik or '-'}, "
                         f"alamat {disclosure.address or '-'}, telepon {disclosure.phone or '-'}, "
                         f"email {disclosure.email or '-'}")
    return "\n".join(dict.fromkeys(lines)) or WITHHELD


class Disclosure(BaseModel):
    """A consenting reporter's identity, kept by reporter_ref until a referral package needs it: sealed (the
    service's disclosure key), so referral's database and its backups hold no identity in the clear."""

    sealed: str


def keep(existing: Disclosure | None, sealed: str) -> Decision | None:
    return None if existing else Decision(Disclosure(sealed=sealed), outcome="disclosure_kept")
