"""Classification of a report with its reasons: subject type, SKB 2022 category, legal basis, crime indication.

The category comes from the channel's structured hint when it sends a known one, else from the reference data's
rules over the Indonesian description (first matching category in the data's order: the most serious first),
then applied to the subject (village heads, TNI, Polri, organisers have their own law). Nothing matching: the
report is marked for manual classification, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from netra_shared.contracts.schemas.review import Classification
from netra_shared.contracts.schemas.submission import Incident, ReportedParty

from .reference import MANUAL, Category, ReferenceData
from .subjects import Subject, normalise_subject
from .text import any_rule_hits, normalise

CLASSIFIED_CHARS = 4000  # of each description: matching costs about 6 microseconds per character
CLASSIFIED_REPORTS = 20  # of a case's reports, the first ones


def incident_text(incidents: Sequence[Incident]) -> str:
    return normalise(" . ".join(f"{incident.description[:CLASSIFIED_CHARS]} . {incident.place}"
                                for incident in incidents[:CLASSIFIED_REPORTS]))


def _act_from_hints(hints: Sequence[str], reference: ReferenceData, reasons: list[str]) -> Category | None:
    for hint in hints:
        category = reference.category(reference.hint_aliases.get(hint, hint))
        if category is not None:
            reasons.append(f"kategori dari petunjuk terstruktur kanal: {hint}")
            return category
        reasons.append(f"petunjuk kanal tidak dikenal, diabaikan: {hint[:40]}")
    return None


def _act_from_text(text: str, subject: Subject, reference: ReferenceData,
                   reasons: list[str]) -> Category | None:
    matched = [(category, found) for category in reference.categories
               if category.subjects is None or subject.subject_type.value in category.subjects
               if (found := any_rule_hits(category.rules, text))]
    if not matched:
        return None
    (act, found), others = matched[0], [category.code for category, _ in matched[1:]]
    reasons.append(f"perbuatan: {act.code} (kata kunci: {', '.join(found)})")
    if others:
        reasons.append(f"juga cocok: {', '.join(others)}")
    return act


def _for_subject(act: Category, subject: Subject, reference: ReferenceData) -> Category | None:
    rule = reference.subject_rules[subject.subject_type.value]
    if rule.keep == "*" or act.code in rule.keep:
        return act
    code = rule.map.get(act.code, rule.otherwise)
    return reference.category(code) if code else None


def _crime_bases(act: Category, subject: Subject, text: str, reference: ReferenceData,
                 reasons: list[str]) -> list[str]:
    bases = []
    pasal_71, pasal_70 = reference.election_crime.pasal_71, reference.election_crime.pasal_70
    subject_type = subject.subject_type.value
    if act.pasal_71 and subject_type in pasal_71.subjects and (act.pasal_71 == "any_subject" or subject.official):
        bases.append(pasal_71.legal_basis)
        reasons.append(f"indikasi pidana: {pasal_71.legal_basis} ({act.code} oleh {subject_type}"
                       + (", pejabat)" if subject.official else ")"))
    if subject_type in pasal_70.subjects and (found := any_rule_hits(pasal_70.rules, text)):
        bases.append(pasal_70.legal_basis)
        reasons.append(f"indikasi pidana bagi pasangan calon: {pasal_70.legal_basis} (kata kunci: {', '.join(found)})")
    return bases


def classify(party: ReportedParty, incidents: Sequence[Incident], reference: ReferenceData,
             hints: Sequence[str] = ()) -> Classification:
    subject = normalise_subject(party, reference)
    reasons = [subject.reason]
    text = incident_text(incidents)
    act = _act_from_hints(hints, reference, reasons) or _act_from_text(text, subject, reference, reasons)
    category = _for_subject(act, subject, reference) if act else None
    if act is None or category is None:
        reasons.append("tidak ada aturan yang cocok untuk perbuatan dan jenis terlapor ini; perlu klasifikasi manual"
                       if act else "tidak ada aturan yang cocok; perlu klasifikasi manual")
        return Classification(subject_type=subject.subject_type.value, category=MANUAL, reasons=reasons,
                               manual_classification_needed=True, reference_version=reference.version)
    if category is not act:
        reasons.append(f"kategori untuk {subject.subject_type.value}: {category.code}")
    if category.always_criminal:
        reasons.append(f"indikasi pidana: {', '.join(category.basis_for(subject.subject_type.value))}")
    bases = _crime_bases(act, subject, text, reference, reasons)
    legal_basis = list(dict.fromkeys([*category.basis_for(subject.subject_type.value), *bases]))
    return Classification(
        subject_type=subject.subject_type.value, category=category.code, legal_basis=legal_basis,
        crime_indication=category.always_criminal or bool(bases), reasons=reasons, category_name=category.name,
        sanction_class=category.sanction_class, reference_version=reference.version)
