"""Automatic recusal: a Pokja member may not review a case about its own institution (conflict of interest)."""

from __future__ import annotations

from collections.abc import Sequence

from netra_shared.contracts.schemas.review import Agency
from netra_shared.contracts.schemas.submission import ReportedParty

from .reference import ReferenceData
from .subjects import normalise_subject
from .text import hits, normalise


def recusals(party: ReportedParty, members: Sequence[Agency], reference: ReferenceData) -> dict[str, str]:
    """Member agency -> why it is recused, for the members the reported party's institution belongs to."""
    subject_type = normalise_subject(party, reference).subject_type.value
    text = normalise(f"{party.agency} {party.position}")
    recused = {}
    for member in members:
        rule = reference.recusal.get(member.value)
        if rule is None:
            continue
        if subject_type in rule.subject_types:
            recused[member.value] = f"konflik kepentingan: terlapor berjenis {subject_type}"
        elif found := hits(rule.patterns, text):
            recused[member.value] = f"konflik kepentingan: instansi terlapor '{found[0]}'"
    return recused
