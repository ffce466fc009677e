"""What a referral says about who reported: the identity only of reporters who consented to its disclosure."""

from __future__ import annotations

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.kernel.decision import Decision
from pydantic import BaseModel

WITHHELD = ("Identitas pelapor dirahasiakan oleh Bawaslu (UU 10/2016); pelapor tidak menyetujui "
            "pengungkapan identitasnya.")
NOT_RECEIVED = ("Pelapor menyetujui pengungkapan identitas, tetapi identitasnya belum diterima Bawaslu saat rujukan "
                "ini dibuat; operator telah diberi tahu.")


def reporter_identity(reporter_refs: list[str], consenting: list[str],
                      disclosures: dict[str, ReporterDisclosure]) -> str:
    """One line per distinct reporter (every report of a case: ReporterIdentities holds them all, review H4)."""
    lines = []
    for ref in reporter_refs:
        disclosure = disclosures.get(ref) if ref in consenting else None
        if ref in consenting and disclosure is None:
            lines.append(NOT_RECEIVED)
        elif disclosure is None:
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
