"""The classification being worked out, and how an act applies to the subject who did it (subject_rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .evidence import Evidence, found
from .passage import Passage
from .reference import Category, LawfulRule, ReferenceData
from .subjects import Subject


@dataclass
class Draft:
    """The classification being worked out."""

    subject: Subject
    reference: ReferenceData
    passage: Passage
    day: date
    reasons: list[str]
    rules: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    confidence: float = 0.0
    lawful_reason: str = ""
    lawful_basis: list[str] = field(default_factory=list)
    manual_reason: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    lawful: list[tuple[LawfulRule, Evidence]] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)  # doubts about the facts: no confident answer, no crime indication
    unsettled: list[str] = field(default_factory=list)  # doubts about which category only (calibration.py)
    explained: set[str] = field(default_factory=set)  # acts the lawful reading accounts for
    crime_doubts: list[str] = field(default_factory=list)  # what withholds a crime indication (calibration.py)
    act_confidence: float | None = None  # the act's own confidence, before the calibration's cap
    lawful_by_date: bool = False  # the lawful reading is the incident's date: true or only rumoured, no rule reaches it

    @property
    def subject_type(self) -> str:
        return self.subject.subject_type.value

    def cite(self, rule: str) -> None:
        if rule and rule not in self.rules:
            self.rules.append(rule)

    def manual(self, reason: str) -> None:
        self.manual_reason = reason



def live_phrase(patterns: list[str], passage: Passage) -> str | None:
    for pattern in patterns:
        for occurrence in passage.find(pattern):
            if not occurrence.negated:
                return occurrence.phrase
    return None


OFFICE_GROUPS = ("election_crime", "regional_head")  # acts only an office holder commits (UU 10/2016 Pasal 70-71)


def _without_office(act: Category, draft: Draft) -> Category | None:
    """A retiree or former holder has no office: an act read as an official's ('pemberhentiannya ditetapkan dengan
    Keputusan Bupati' of his own discharge, a programme of the office he left) is none of his, and the next act the
    description shows is judged as a private person's (UU 10/2016 Pasal 71(1) names office holders; SKB 2022 binds
    serving ASN, review E3; round 25)."""
    codes = [e.code for e in found(draft.evidence)]
    later = codes[codes.index(act.code) + 1:] if act.code in codes else codes
    for code in later:
        category = draft.reference.category(code)
        if category is not None and category.group not in OFFICE_GROUPS:
            draft.reasons.append(f"{act.code} adalah perbuatan pemegang jabatan, dan terlapor tidak lagi memegangnya: "
                                 f"yang dinilai {category.code}")
            return for_subject(category, "", draft)
    draft.manual(f"{act.code} adalah perbuatan pemegang jabatan, dan terlapor tidak lagi memegangnya; uraian tidak "
                 "menunjukkan perbuatan lain")
    return None


def no_campaign_then(category: Category, draft: Draft, side: Literal["before", "after"]) -> bool:
    """Whether the act is taking part in a campaign on a day when there was none to take part in: lawful, with the
    reason. `before` the campaign began, for a village head's or official's act of ethics (being present, a photo, a
    like; UU 6/2014 Pasal 29 huruf j, 51 huruf j; round 42); `after` the vote, for any campaign act (round 34)."""
    acts = draft.reference.election_crime.campaign_acts
    if acts is None or category.code not in acts.categories:
        return False
    if side == "before":
        bound, when, reason = draft.reference.schedule.resolve(acts.starts), "sebelum masa kampanye", acts.before_reason
        outside = bound is not None and draft.day < bound
    else:
        bound, when, reason = draft.reference.schedule.resolve(acts.ends), "sesudah pemungutan suara", acts.reason
        outside = bound is not None and draft.day > bound
    if not outside:
        return False
    draft.lawful_reason = f"kejadian {draft.day:%d-%m-%Y}, {when} ({bound:%d-%m-%Y}): {reason}"
    draft.lawful_basis = list(acts.legal_basis)
    draft.lawful_by_date = True
    return True


def for_subject(act: Category, kind: str, draft: Draft) -> Category | None:
    """The category for this subject; None with `lawful_reason` set (lawful) or `manual_reason` (nothing applies)."""
    reference, subject = draft.reference, draft.subject
    if subject.retiree and act.group in OFFICE_GROUPS:
        return _without_office(act, draft)
    rule = reference.subject_rules[draft.subject_type]
    if subject.retiree and rule.former_asn is not None:  # he left the civil service to run (round 34)
        rule = rule.former_asn
    by_kind = reference.subject_rules["regional_head"].map_by_kind if subject.acting_head else rule.map_by_kind
    if act.code == "election_crime_official_action" and kind in by_kind:
        if subject.acting_head:
            draft.unsettled.append("penjabat kepala daerah: Pasal 71(1) jo. 188 (pejabat ASN) dan Pasal 71(2)-(3) jo. "
                                   "190 (Pasal 71(4)) sama-sama menjangkau perbuatan ini; Pokja memilih pasalnya")
        return reference.category(by_kind[kind])
    if act.code in rule.map:
        return reference.category(rule.map[act.code])
    if rule.keep == "*" or act.code in rule.keep:
        return act
    if act.code in rule.lawful:
        if phrase := live_phrase(rule.lawful_unless, draft.passage):
            draft.manual(f"{act.code} oleh {draft.subject_type} biasanya tidak dilarang, tetapi uraian menyebut "
                         f"'{phrase}': perlu klasifikasi manual")
            return None
        draft.lawful_reason, draft.lawful_basis = rule.lawful_reason, list(rule.lawful_basis)
        draft.confidence = min(draft.confidence, rule.lawful_confidence)
        if phrase := live_phrase(rule.lawful_unsettled, draft.passage):
            draft.unsettled.append(f"peran resmi yang tidak dinilai data rujukan ('{phrase}'): Pokja menilai")
        if subject.public_worker and rule.public_worker_note:
            draft.lawful_reason += f"; {rule.public_worker_note}"
            draft.confidence = min(draft.confidence, rule.public_worker_confidence)
        return None
    if rule.otherwise:
        otherwise = reference.category(rule.otherwise)
        if otherwise is not None and otherwise.group == "village_law" and act.group == "ethics":
            if no_campaign_then(otherwise, draft, "before"):
                return None
            draft.unsettled.append(f"{act.code} hanya pelanggaran etika bagi ASN; apakah itu 'ikut serta atau terlibat "
                                   "dalam kampanye' (UU 6/2014 Pasal 29 huruf j, 51 huruf j), Pokja menilai")
        return otherwise
    draft.manual(f"tidak ada aturan untuk {act.code} oleh {draft.subject_type}")
    return None


