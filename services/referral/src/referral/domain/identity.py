"""What a referral says about who reported: the identity only of reporters who consented to its disclosure."""

from __future__ import annotations

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure

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
