"""Classification of a report with its reasons: subject type, SKB 2022 category, legal basis, crime indication, and
how sure the rules are.

The act comes from the channel's structured hint when it sends a known one, else from the reference data's rules
over the Indonesian description (negated phrases do not count, hedged ones count half; the first category in the
data's order that is confident enough: the most serious first). It is then applied to the subject (village heads,
TNI, Polri, organisers have their own law; a private person, a retiree or a BPD member campaigning is lawful
conduct), to the incident's date (Pasal 71(1) from candidate determination, Pasal 70 in the campaign, Pasal 188 for
TNI/Polri/pejabat daerah only from MK 136/PUU-XXII/2024) and to what the rules say is allowed. Thin or
contradictory evidence goes to manual classification: nothing is guessed. Every suggestion lists its phrases and
rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.review import Classification, Suggestion
from netra_shared.contracts.schemas.submission import Incident, ReportedParty

from .evidence import Evidence, category_evidence, found, lawful_evidence
from .reference import LAWFUL, MANUAL, Category, LawfulRule, ReferenceData, Rule
from .subjects import Subject, normalise_subject
from .text import Language, Passage, normalise, rule_match

CLASSIFIED_CHARS = 4000  # of each description: matching costs a few microseconds per character and pattern
CLASSIFIED_REPORTS = 20  # of a case's reports, the first ones
NEXT = "@next"  # a fallback that takes the next category the description matched


def raw_incident_text(incidents: Sequence[Incident]) -> str:
    return " . ".join(f"{incident.description[:CLASSIFIED_CHARS]} . {incident.place}"
                      for incident in incidents[:CLASSIFIED_REPORTS])


def incident_text(incidents: Sequence[Incident]) -> str:
    return normalise(raw_incident_text(incidents))


def language(reference: ReferenceData) -> Language:
    return Language(frozenset(reference.negators), frozenset(reference.negation_fillers), reference.negation_window,
                    tuple(reference.hedges), reference.negation_object_scope, frozenset(reference.negation_not_only),
                    frozenset(reference.negation_relatives))


def incident_day(incidents: Sequence[Incident], region_code: str | None) -> date:
    """The local date the dated rules look at: the first report's occurred_at, else its known_at."""
    incident = incidents[0]
    moment = incident.occurred_at or incident.known_at
    try:
        return moment.astimezone(local_timezone(region_code or "31")).date()
    except ValueError:
        return moment.astimezone(local_timezone("31")).date()


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

    @property
    def subject_type(self) -> str:
        return self.subject.subject_type.value

    def cite(self, rule: str) -> None:
        if rule and rule not in self.rules:
            self.rules.append(rule)

    def manual(self, reason: str) -> None:
        self.manual_reason = reason


# --- the act ---------------------------------------------------------------------------------------------------------

def _act_from_hints(hints: Sequence[str], draft: Draft) -> Category | None:
    reference = draft.reference
    for hint in hints:
        category = reference.category(reference.hint_aliases.get(hint, hint))
        if category is not None and category.code not in (LAWFUL,):
            draft.reasons.append(f"kategori dari petunjuk terstruktur kanal: {hint}")
            draft.confidence = reference.confidence.hint
            draft.cite(f"petunjuk kanal: {hint}")
            return category
        draft.reasons.append(f"petunjuk kanal tidak dikenal, diabaikan: {hint[:40]}")
    return None


def _act_from_text(draft: Draft) -> tuple[Category, Evidence] | None:
    reference = draft.reference
    live = found(draft.evidence)
    for evidence in draft.evidence:
        if evidence.negated and not evidence.phrases:
            draft.reasons.append(f"disangkal dalam uraian, tidak dihitung: {evidence.code} "
                                 f"({', '.join(evidence.negated)})")
    if not live:
        return None
    firm = [e for e in live if e.confidence >= reference.confidence.manual_below]
    chosen = firm[0] if firm else max(live, key=lambda e: e.confidence)
    others = [e.code for e in live if e is not chosen]
    hedge = "; bukti berupa kabar atau dugaan" if chosen.hedged else ""
    draft.reasons.append(f"perbuatan: {chosen.code} (kata kunci: {', '.join(chosen.phrases)}){hedge}")
    if others:
        draft.reasons.append(f"juga cocok: {', '.join(others)}")
    draft.confidence, draft.phrases = chosen.confidence, list(chosen.phrases)
    draft.cite(f"aturan {chosen.rule_name}")
    category = reference.category(chosen.code)
    assert category is not None
    return category, chosen


# --- the subject -----------------------------------------------------------------------------------------------------

def _live_phrase(patterns: list[str], passage: Passage) -> str | None:
    for pattern in patterns:
        for occurrence in passage.find(pattern):
            if not occurrence.negated:
                return occurrence.phrase
    return None


def _for_subject(act: Category, kind: str, draft: Draft) -> Category | None:
    """The category for this subject; None with `lawful_reason` set (lawful) or `manual_reason` (nothing applies)."""
    reference, subject = draft.reference, draft.subject
    rule = reference.subject_rules[draft.subject_type]
    by_kind = reference.subject_rules["regional_head"].map_by_kind if subject.acting_head else rule.map_by_kind
    if act.code == "election_crime_official_action" and kind in by_kind:
        return reference.category(by_kind[kind])
    if act.code in rule.map:
        return reference.category(rule.map[act.code])
    if rule.keep == "*" or act.code in rule.keep:
        return act
    if act.code in rule.lawful:
        if phrase := _live_phrase(rule.lawful_unless, draft.passage):
            draft.manual(f"{act.code} oleh {draft.subject_type} biasanya tidak dilarang, tetapi uraian menyebut "
                         f"'{phrase}': perlu klasifikasi manual")
            return None
        draft.lawful_reason, draft.lawful_basis = rule.lawful_reason, list(rule.lawful_basis)
        draft.confidence = min(draft.confidence, rule.lawful_confidence)
        return None
    if rule.otherwise:
        return reference.category(rule.otherwise)
    draft.manual(f"tidak ada aturan untuk {act.code} oleh {draft.subject_type}")
    return None


# --- dates and periods -----------------------------------------------------------------------------------------------

def _next_matched(act: Category, draft: Draft) -> Category | None:
    codes = [e.code for e in found(draft.evidence)]
    later = codes[codes.index(act.code) + 1:] if act.code in codes else codes
    for code in later:
        category = draft.reference.category(code)
        if category is not None and category.group not in ("election_crime", "regional_head"):
            mapped = _for_subject(category, "", draft)
            if mapped is not None:
                return mapped
            if draft.lawful_reason or draft.manual_reason:
                return None
    return None


def pasal_71_reaches(draft: Draft) -> str | None:
    """Why Pasal 71(1) jo. 188 does NOT reach this subject on this day, or None when it does."""
    crime, schedule, subject = draft.reference.election_crime, draft.reference.schedule, draft.subject
    reach = crime.pasal_71.subjects.get(draft.subject_type)
    if reach is None:
        return f"Pasal 71(1) tidak menyebut {draft.subject_type}"
    if reach.officials_only and not subject.official:
        return (f"Pasal 71(1) dan 188 menyebut 'pejabat ASN': {draft.subject_type} tanpa jabatan struktural "
                "bukan subjeknya")
    if not schedule.within(crime.pasal_71.period, draft.day):
        start = schedule.resolve(crime.pasal_71.period.start)
        return (f"kejadian {draft.day:%d-%m-%Y} sebelum pasangan calon ditetapkan ({start:%d-%m-%Y}): "
                "Pasal 71(1) melindungi pasangan calon")
    if reach.effective_from and draft.day < reach.effective_from:
        return (f"sanksi pidana Pasal 188 bagi {draft.subject_type} baru berlaku sejak {reach.ruling} "
                f"({reach.effective_from:%d-%m-%Y}); kejadian {draft.day:%d-%m-%Y}")
    return None


def _official_action(category: Category, draft: Draft, kind: str = "") -> Category | None:
    """Pasal 71(1) jo. 188 by subject, incident date and office; otherwise the act's non-criminal category."""
    why_not = pasal_71_reaches(draft)
    if why_not is None:
        return category
    draft.reasons.append(f"bukan indikasi pidana Pasal 71(1): {why_not}")
    draft.cite("UU 10/2016 Pasal 71(1) jo. Pasal 188 (tidak berlaku: " + why_not + ")")
    fallback = draft.reference.election_crime.pasal_71.fallback.get(draft.subject_type)
    if draft.subject.acting_head:
        fallback = draft.reference.election_crime.pasal_71.fallback.get("regional_head")
    if fallback == NEXT:
        by_kind = draft.reference.election_crime.pasal_71.fallback_by_kind.get(kind)
        if by_kind:
            return draft.reference.category(by_kind)
        return _next_matched(category, draft) or draft.reference.category("discipline_partisan_activity")
    if fallback:
        mapped = draft.reference.category(fallback)
        return _regional_head_window(mapped, draft) if mapped and mapped.group == "regional_head" else mapped
    draft.manual(f"perbuatan pejabat ({category.code}) di luar jangkauan Pasal 71(1) dan tanpa aturan lain untuk "
                 f"{draft.subject_type}")
    return None


def _regional_head_window(category: Category, draft: Draft) -> Category | None:
    window = draft.reference.election_crime.regional_head.window
    schedule = draft.reference.schedule
    if schedule.within(window, draft.day):
        return category
    start = schedule.resolve(window.start)
    if category.code == "regional_head_replacement_of_officials":
        draft.lawful_reason = (f"penggantian pejabat pada {draft.day:%d-%m-%Y}, sebelum larangan Pasal 71(2) berlaku "
                               f"({start:%d-%m-%Y}, 6 bulan sebelum penetapan pasangan calon)")
        draft.lawful_basis = ["UU 10/2016 Pasal 71(2)"]
        return None
    draft.manual(f"{category.code} pada {draft.day:%d-%m-%Y}, sebelum masa larangan Pasal 71(3) ({start:%d-%m-%Y})")
    return None


def _in_period(category: Category, draft: Draft) -> Category | None:
    period = draft.reference.election_crime.candidate_periods.get(category.code)
    if period is None or draft.reference.schedule.within(period, draft.day):
        return category
    draft.manual(f"{category.code}: kejadian {draft.day:%d-%m-%Y} di luar masa kampanye; pidana Pasal 70 jo. 189 "
                 "tidak berlaku, pelanggaran lain perlu dinilai")
    return None


def _dated(category: Category, draft: Draft, kind: str = "") -> Category | None:
    if category.code == "election_crime_official_action":
        return _official_action(category, draft, kind)
    if category.group == "regional_head":
        return _regional_head_window(category, draft)
    return _in_period(category, draft)


# --- lawful conduct --------------------------------------------------------------------------------------------------

def _lawful_reading(act: Category | None, draft: Draft) -> None:
    """A lawful-conduct rule that explains the act away makes the report lawful; one that does not, contradicts."""
    if not draft.lawful:
        return
    explaining = [(rule, e) for rule, e in draft.lawful
                  if act is None or rule.overrides == "*" or act.code in rule.overrides]
    if explaining:
        rule, evidence = max(explaining, key=lambda item: item[1].confidence)
        draft.lawful_reason, draft.lawful_basis = rule.reason, list(rule.legal_basis)
        draft.confidence = evidence.confidence if act is None else min(evidence.confidence, max(draft.confidence,
                                                                                                 evidence.confidence))
        draft.phrases = list(dict.fromkeys([*evidence.phrases, *draft.phrases]))
        draft.cite(f"perilaku sah: {rule.name}")
        return
    names = ", ".join(rule.name for rule, _ in draft.lawful)
    draft.confidence = round(draft.confidence - draft.reference.confidence.contradiction_penalty, 2)
    draft.reasons.append(f"uraian juga memuat perilaku yang sah ({names}): bukti saling bertentangan")


# --- crime -----------------------------------------------------------------------------------------------------------

SKB_GROUPS = ("discipline", "ethics", "village_law")  # acts an official may commit as a Pasal 71(1) "tindakan"


def _pasal_70_for_the_pair(draft: Draft) -> str:
    """UU 10/2016 Pasal 70(1) jo. 189: the PAIR commits the crime by involving the ASN, TNI, Polri or village official
    in its campaign (review A5). The reported party's own case carries no crime indication for it: the reasons and
    `crime_offender` say a report on the pair is needed."""
    crime, schedule = draft.reference.election_crime, draft.reference.schedule
    pasal_70 = crime.pasal_70
    if draft.subject_type not in pasal_70.subjects:
        return ""
    matched = [m for rule in pasal_70.rules if (m := rule_match(rule, draft.passage)) and m.phrases]
    if not matched:
        return ""
    if not schedule.within(pasal_70.period, draft.day):
        draft.reasons.append(f"bukan indikasi pidana Pasal 70(1): kejadian {draft.day:%d-%m-%Y} di luar masa kampanye")
        return ""
    draft.reasons.append(f"indikasi pidana bagi pasangan calon, bukan bagi terlapor: {pasal_70.legal_basis} "
                         f"(kata kunci: {', '.join(matched[0].phrases)}); perlu laporan atau temuan terhadap "
                         "pasangan calon")
    draft.cite(f"{pasal_70.legal_basis} (pelaku: pasangan calon)")
    return "candidate_pair"


def _crime_bases(act: Category, category: Category, rule: Rule | None, draft: Draft) -> tuple[list[str], str]:
    reference, subject = draft.reference, draft.subject
    crime = reference.election_crime
    bases: list[str] = []
    if category.always_criminal:
        bases += category.crime_basis_for(draft.subject_type, subject.acting_head)
        draft.reasons.append(f"indikasi pidana: {', '.join(bases)}")
    elif (category.pasal_71 or act.pasal_71) and category.group in SKB_GROUPS:
        if rule is not None and rule.pasal_71 is False:
            draft.reasons.append(f"bukan indikasi pidana Pasal 71(1): cara perbuatan ({rule.name}) "
                                 "bukan keputusan atau tindakan jabatan")
        elif subject.official and pasal_71_reaches(draft) is None:
            bases.append(crime.pasal_71.legal_basis)
            draft.reasons.append(f"indikasi pidana: {crime.pasal_71.legal_basis} ({act.code} oleh {draft.subject_type}"
                                 ", pejabat)")
    offender = _pasal_70_for_the_pair(draft)
    if bases and draft.confidence < reference.confidence.crime_min:
        draft.reasons.append(f"indikasi pidana tidak diberikan: bukti belum cukup kuat (keyakinan "
                             f"{draft.confidence:.2f} < {reference.confidence.crime_min:.2f}); Pokja menilai")
        return [], offender
    for basis in bases:
        draft.cite(basis)
    return list(dict.fromkeys(bases)), offender


def _incumbent_at_stake(category: Category, incidents: Sequence[Incident], draft: Draft) -> bool:
    if category.group != "regional_head" or draft.subject_type != "regional_head":
        return False
    flagged = any(incident.candidate and incident.candidate.is_incumbent for incident in incidents)
    words = _live_phrase(draft.reference.incumbent_words, draft.passage)
    if flagged or words:
        draft.reasons.append("kepala daerah petahana: KPU dapat membatalkan pencalonannya (UU 10/2016 Pasal 71(5))")
        return True
    return False


# --- the result ------------------------------------------------------------------------------------------------------

def _level(confidence: float, reference: ReferenceData) -> str:
    if confidence >= reference.confidence.confident_at:
        return "high"
    return "medium" if confidence >= reference.confidence.manual_below else "low"


def _suggestions(chosen: str, draft: Draft) -> list[Suggestion]:
    out = []
    for evidence in found(draft.evidence):
        category = draft.reference.category(evidence.code)
        basis = category.basis_for(draft.subject_type, draft.subject.acting_head) if category else []
        out.append(Suggestion(category=evidence.code, confidence=evidence.confidence, matched_phrases=evidence.phrases,
                              rules=[f"aturan {evidence.rule_name}", *basis], negated_phrases=evidence.negated,
                              hedged=evidence.hedged))
    for rule, evidence in draft.lawful:
        out.append(Suggestion(category=LAWFUL, confidence=evidence.confidence, matched_phrases=evidence.phrases,
                              rules=[f"perilaku sah: {rule.name}", *rule.legal_basis], hedged=evidence.hedged))
    out.sort(key=lambda s: (s.category != chosen, -s.confidence))
    return out


def _result(draft: Draft, code: str, category: Category | None, **extra) -> Classification:
    """A manual classification has no confidence of its own: its suggestions carry theirs."""
    reference = draft.reference
    confidence = None if code == MANUAL else round(max(min(draft.confidence, 1.0), 0.0), 2)
    return Classification(
        subject_type=draft.subject_type, category=code, reasons=draft.reasons, reference_version=reference.version,
        category_name=category.name if category else "", sanction_class=category.sanction_class if category else "",
        manual_classification_needed=code == MANUAL, confidence=confidence,
        confidence_level="" if confidence is None else _level(confidence, reference), matched_phrases=draft.phrases,
        rules=draft.rules,
        suggestions=_suggestions(code, draft), incident_date=draft.day.isoformat(), **extra)


def _manual(draft: Draft, reason: str) -> Classification:
    draft.reasons.append(reason)
    return _result(draft, MANUAL, None)


def _lawful(draft: Draft) -> Classification:
    reference = draft.reference
    draft.reasons.append(f"tidak ada indikasi pelanggaran: {draft.lawful_reason}")
    for basis in draft.lawful_basis:
        draft.cite(basis)
    return _result(draft, LAWFUL, reference.category(LAWFUL), legal_basis=draft.lawful_basis,
                   lawful_reason=draft.lawful_reason)


def classify(party: ReportedParty, incidents: Sequence[Incident], reference: ReferenceData,
             hints: Sequence[str] = (), region_code: str | None = None) -> Classification:
    passage = Passage(raw_incident_text(incidents), language(reference))
    subject = normalise_subject(party, reference, passage.text)
    draft = Draft(subject, reference, passage, incident_day(incidents, region_code), [subject.reason])
    draft.evidence = category_evidence(passage, subject, reference)
    draft.lawful = lawful_evidence(passage, subject, reference)
    hinted = _act_from_hints(hints, draft)
    picked = (hinted, None) if hinted else (_act_from_text(draft) or (None, None))
    act, evidence = picked
    if subject.source == "uraian":
        draft.confidence -= reference.confidence.description_subject_penalty
    _lawful_reading(act, draft)
    if draft.lawful_reason:
        return _lawful(draft) if draft.confidence >= reference.confidence.manual_below else _manual(
            draft, "bukti perilaku sah belum cukup kuat; perlu klasifikasi manual")
    if act is None:
        return _manual(draft, "tidak ada aturan yang cocok; perlu klasifikasi manual")
    kind = evidence.rule.kind if evidence else ""
    category = _for_subject(act, kind, draft)
    if category is not None:
        category = _dated(category, draft, kind)
    if draft.lawful_reason:
        return _lawful(draft) if draft.confidence >= reference.confidence.manual_below else _manual(
            draft, "bukti belum cukup kuat; perlu klasifikasi manual")
    if category is None:
        return _manual(draft, (draft.manual_reason or "tidak ada aturan yang cocok untuk perbuatan dan jenis terlapor "
                               "ini") + "; perlu klasifikasi manual")
    if draft.confidence < reference.confidence.manual_below:
        return _manual(draft, f"bukti tipis atau berupa kabar (keyakinan {draft.confidence:.2f}): "
                              "perlu klasifikasi manual")
    if category is not act:
        draft.reasons.append(f"kategori untuk {draft.subject_type}: {category.code}")
    legal_basis = category.basis_for(draft.subject_type, subject.acting_head)
    for basis in legal_basis:
        draft.cite(basis)
    bases, offender = _crime_bases(act, category, evidence.rule if evidence else None, draft)
    incumbent = _incumbent_at_stake(category, incidents, draft)
    if incumbent:
        legal_basis = [*legal_basis, reference.election_crime.regional_head.incumbent_basis]
        draft.cite(reference.election_crime.regional_head.incumbent_basis)
    return _result(draft, category.code, category, legal_basis=list(dict.fromkeys([*legal_basis, *bases])),
                   crime_indication=bool(bases), crime_bases=bases, crime_offender=offender,
                   incumbent_candidacy_at_stake=incumbent)


__all__ = ["classify", "incident_text", "incident_day", "MANUAL", "LAWFUL", "Rule"]
