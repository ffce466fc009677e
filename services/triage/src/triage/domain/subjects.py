"""Who the reported party is: the subject type normalised from the submission, the stated position and agency.

"Sekretaris Desa" is a village official and "Camat" is ASN whatever the channel said; the agency fills in when
the channel said "other"; without either the channel's subject type stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.common import SubjectType
from netra_shared.contracts.schemas.submission import ReportedParty

from .reference import ReferenceData, SubjectTable
from .text import hits, matches, normalise


@dataclass(frozen=True)
class Subject:
    subject_type: SubjectType
    official: bool  # a "pejabat" in the sense of UU 10/2016 Pasal 71(1): structural office, village head, lurah
    senior: bool  # sekda, kepala dinas, camat, kepala desa ...: weighs in the priority
    reason: str


def _lookup(tables: list[SubjectTable], text: str) -> tuple[str, str] | None:
    for table in tables:
        if found := hits(table.patterns, text):
            return table.subject_type, found[0]
    return None


def _resolve_asn(submitted: SubjectType, position: str) -> SubjectType:
    if submitted in (SubjectType.asn_pns, SubjectType.asn_pppk):
        return submitted
    return SubjectType.asn_pppk if " pppk " in position else SubjectType.asn_pns


def normalise_subject(party: ReportedParty, reference: ReferenceData) -> Subject:
    submitted = party.subject_type
    position, agency = normalise(party.position), normalise(party.agency)
    found = _lookup(reference.positions, position)
    source = "jabatan"
    if found is None and submitted is SubjectType.other:
        found, source = _lookup(reference.agencies, agency), "instansi"
    if found is None:
        subject_type, reason = submitted, f"jenis terlapor: {submitted.value} (dari kanal)"
    else:
        kind, word = found
        subject_type = _resolve_asn(submitted, position) if kind == "asn" else SubjectType(kind)
        reason = f"jenis terlapor: {subject_type.value} ({source} '{word}')"
        if subject_type is not submitted:
            reason += f"; kanal menyebut {submitted.value}"
    official = (subject_type.value in reference.election_crime.pasal_71.official_subjects
                or matches(reference.official_positions, position))
    senior = subject_type is SubjectType.regional_official or matches(reference.senior_positions, position)
    return Subject(subject_type, official, senior, reason)
