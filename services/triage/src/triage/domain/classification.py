"""Classification of a report with its reasons: subject type, SKB 2022 category, legal basis, crime indication, and
how sure the rules are.

The act comes from the channel's structured hint when it sends a known one, else from the reference data's rules
over the Indonesian description (negated phrases do not count, hedged ones count half; the first category in the
data's order that is confident enough: the most serious first). It is then applied to the subject (village heads,
TNI, Polri, organisers have their own law; a private person, a retiree or a BPD member campaigning is lawful
conduct), to the incident's date (Pasal 71(1) from candidate determination, Pasal 70 in the campaign, Pasal 188 for
TNI/Polri/pejabat daerah only from MK 136/PUU-XXII/2024) and to what the rules say is allowed. Thin or
contradictory evidence goes to manual classification: nothing is guessed. A suggestion is confident only when its
evidence agrees independently (calibration.py). Every suggestion lists its phrases and rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.common import SubjectType
from netra_shared.contracts.schemas.review import Classification, Suggestion
from netra_shared.contracts.schemas.submission import Incident, ReportedParty

from .calibration import calibrate, final_category
from .draft import Draft, for_subject
from .evidence import Evidence, category_evidence, category_of, found, lawful_evidence
from .language import Language
from .legal_reach import crime_bases, dated, incumbent_at_stake
from .passage import Passage
from .reference import LAWFUL, MANUAL, Category, LawfulRule, ReferenceData, Rule
from .rule_match import rule_match
from .subjects import normalise_subject
from .text import matches, normalise

CLASSIFIED_CHARS = 4000  # of each description: matching costs a few microseconds per character and pattern
CLASSIFIED_REPORTS = 20  # of a case's reports, the first ones
REWRITES_SHOWN = 12  # regional or colloquial words and other-sense expressions named in the reasons
PROGRAMME, PROGRAMME_USE = "programme", "regional_head_programme_use"  # an act matched as a programme


def raw_incident_text(incidents: Sequence[Incident]) -> str:
    return " . ".join(f"{incident.description[:CLASSIFIED_CHARS]} . {incident.place}"
                      for incident in incidents[:CLASSIFIED_REPORTS])


def incident_text(incidents: Sequence[Incident]) -> str:
    return normalise(raw_incident_text(incidents))


def language(reference: ReferenceData) -> Language:
    return Language(frozenset(reference.negators), frozenset(reference.negation_fillers), reference.negation_window,
                    tuple(reference.hedges), reference.negation_object_scope, frozenset(reference.negation_not_only),
                    frozenset(reference.negation_relatives), tuple(sorted(reference.word_forms.items())),
                    tuple((sense.pattern, sense.read_as) for sense in reference.senses),
                    third_parties=frozenset(reference.third_parties))


def incident_day(incidents: Sequence[Incident], region_code: str | None) -> date:
    """The local date the dated rules look at: the first report's occurred_at, else its known_at."""
    incident = incidents[0]
    moment = incident.occurred_at or incident.known_at
    try:
        return moment.astimezone(local_timezone(region_code or "31")).date()
    except ValueError:
        return moment.astimezone(local_timezone("31")).date()


# --- the act ---------------------------------------------------------------------------------------------------------

def _act_from_hints(hints: Sequence[str], draft: Draft) -> Category | None:
    reference = draft.reference
    for hint in hints:
        category = reference.category(reference.hint_aliases.get(hint, hint))
        if category is not None and category.code not in (LAWFUL,):
            draft.reasons.append(f"kategori dari petunjuk terstruktur kanal: {hint}")
            draft.confidence = reference.confidence.hint
            draft.cite(f"petunjuk kanal: {hint}")
            if not any(e.code == category.code and e.confidence >= reference.confidence.confident_at
                       for e in found(draft.evidence)):
                draft.weak.append("kategori hanya dari petunjuk kanal: uraian sendiri tidak menunjukkannya")
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
    if chosen.unnamed_pair:
        hedge += (f"; uraian tidak menyebut pasangan calon, tim atau kampanye tertentu (keyakinan paling tinggi "
                  f"{reference.confidence.unnamed_pair_cap:.2f})")
    draft.reasons.append(f"perbuatan: {chosen.code} (kata kunci: {', '.join(chosen.phrases)}){hedge}")
    if others:
        draft.reasons.append(f"juga cocok: {', '.join(others)}")
    draft.confidence, draft.phrases = chosen.confidence, list(chosen.phrases)
    draft.cite(f"aturan {chosen.rule_name}")
    category = reference.category(chosen.code)
    assert category is not None
    return category, chosen


# --- lawful conduct --------------------------------------------------------------------------------------------------

def _lawful_reading(act: Category | None, draft: Draft, kind: str = "") -> None:
    """A lawful-conduct rule that explains the act away makes the report lawful; one that does not, contradicts. One
    the report itself only hedges ("mungkin laporan saya salah") clears nothing: it is a doubt about the facts.
    `kind`: the kind of the rule the act matched (a reading with `kinds` explains only those)."""
    if kind == PROGRAMME and (draft.subject.subject_type is SubjectType.regional_head or draft.subject.acting_head):
        # a head's programme: a reading about something else (an organiser's event, a debate, his leave) neither
        # explains nor contradicts it, whichever category the act was read under (UU 10/2016 Pasal 71(3); round 39)
        draft.lawful = [(rule, e) for rule, e in draft.lawful if _about_programme(rule)]
    if not draft.lawful:
        return
    limits = draft.reference.confidence
    if hedged := [(rule, e) for rule, e in draft.lawful if e.hedged and e.confidence < limits.manual_below]:
        firm = [rule for rule, e in draft.lawful if (rule, e) not in hedged and _explains(rule, act, kind)]
        if not firm and (on_record := [rule for rule, _ in hedged if rule.on_record and _explains(rule, act, kind)]):
            draft.manual(f"uraian menyebut, sebagai kabar, keadaan yang membuat perbuatan itu sah ({on_record[0].name}: "
                         f"{on_record[0].reason}): Pokja memeriksanya")
            return
        if act is None and len(hedged) == len(draft.lawful) and any(e.negated for e in draft.evidence):
            _impression_only(hedged, draft)
            return
        draft.weak.append("uraian sendiri meragukan laporannya (" + ", ".join(rule.name for rule, _ in hedged) + ")")
        draft.lawful = [(rule, e) for rule, e in draft.lawful if (rule, e) not in hedged]
        if not draft.lawful:
            return
    explaining = [(rule, e) for rule, e in draft.lawful if _explains(rule, act, kind)]
    if explaining:
        rule, evidence = max(explaining, key=lambda item: item[1].confidence)
        draft.lawful_reason, draft.lawful_basis = rule.reason, list(rule.legal_basis)
        # every lawful reading explains what it overrides, once one explains the act: a training day away and the
        # reporter's own correction of an upload together clear the attendance and the upload; a security order
        # clears the officer's presence and his refusal of the candidate's photo the online post of it (round 46)
        draft.explained = set().union(*({c.code for c in draft.reference.categories} if other.overrides == "*"
                                        else set(other.overrides) for other, _ in draft.lawful))
        draft.confidence = evidence.confidence if act is None else min(evidence.confidence, max(draft.confidence,
                                                                                                 evidence.confidence))
        draft.phrases = list(dict.fromkeys([*evidence.phrases, *draft.phrases]))
        draft.cite(f"perilaku sah: {rule.name}")
        return
    # a reading about another way of doing the act (`kinds`: a private car, when the act is a decree) says nothing
    # against it: no contradiction (round 21)
    if not (contradicting := [(rule, e) for rule, e in draft.lawful
                              if not (rule.kinds and act is not None and kind not in rule.kinds)]):
        return
    names = ", ".join(rule.name for rule, _ in contradicting)
    draft.confidence = round(draft.confidence - draft.reference.confidence.contradiction_penalty, 2)
    draft.reasons.append(f"uraian juga memuat perilaku yang sah ({names}): bukti saling bertentangan")


def _impression_only(hedged: list, draft: Draft) -> None:
    """No act of the party reads as a violation, the report denies one ("tidak ikut bersorak"), and the only
    reading is a lawful one the reporter gives as an impression ("kelihatannya jaga barisan"): no violation is
    indicated, at medium confidence, not manual."""
    rule, evidence = max(hedged, key=lambda item: item[1].confidence)
    draft.lawful_reason, draft.lawful_basis = rule.reason, list(rule.legal_basis)
    draft.explained = {c.code for c in draft.reference.categories} if rule.overrides == "*" else set(rule.overrides)
    draft.confidence = draft.reference.confidence.manual_below
    draft.phrases = list(evidence.phrases)
    draft.weak.append(f"perilaku sah ({rule.name}) hanya sebagai kesan pelapor, tetapi uraian tidak menunjukkan "
                      "perbuatan yang melanggar")
    draft.cite(f"perilaku sah: {rule.name}")


def _about_programme(rule: LawfulRule) -> bool:
    """Whether a lawful reading can speak of a programme: one about any act ('*': the report retracts itself, someone
    else did it), one that names programme use, or one whose `kinds` name a programme."""
    return rule.overrides == "*" or PROGRAMME_USE in rule.overrides or PROGRAMME in rule.kinds


def _explains(rule: LawfulRule, act: Category | None, kind: str = "") -> bool:
    """Whether the lawful reading accounts for the act: it overrides the act's category and, when it names `kinds`,
    the act was matched as one of them (a private car used instead of the service car refutes the use of a facility,
    not a decree; round 21)."""
    if act is None:
        return True
    return (rule.overrides == "*" or act.code in rule.overrides) and (not rule.kinds or kind in rule.kinds)


def _left_standing(act: Category | None, draft: Draft) -> Evidence | None:
    """After a lawful reading explains the act: another act the description shows at least at `manual_below`, that the
    reading does not account for and that is a violation for this subject (the most serious first), or None. A
    lawful attendance at a KPU debate does not explain a like on the pair's post the same evening."""
    if act is None or not draft.lawful_reason:
        return None
    for evidence in found(draft.evidence):
        if (evidence.code != act.code and evidence.code not in draft.explained
                and evidence.confidence >= draft.reference.confidence.manual_below
                and final_category(evidence, draft) not in (LAWFUL, MANUAL, *draft.explained)):
            return evidence
    return None


def _thin_text(draft: Draft, words: int, evidence: Evidence | None = None) -> None:
    """A description of a few words (no time, place or detail) is never confident, whatever it matched; a short one
    that identifies neither the person ('ada asn ...') nor the pair, for an act that is a violation only for a pair,
    goes to manual classification."""
    limits = draft.reference.confidence
    if (evidence is not None and evidence.unnamed_pair and words < limits.unnamed_short_words
            and matches(draft.reference.indefinite_party, draft.passage.text)):
        draft.confidence = min(draft.confidence, round(limits.manual_below - 0.01, 2))
        draft.reasons.append(f"uraian singkat ({words} kata) yang tidak mengenali terlapor maupun pasangan calon: "
                             "tidak cukup untuk dinilai")
        return
    if words < limits.thin_text_words and draft.confidence > limits.thin_text_cap:
        draft.confidence = limits.thin_text_cap
        draft.reasons.append(f"uraian sangat singkat ({words} kata): keyakinan paling tinggi {limits.thin_text_cap:.2f}")


def _doubt(draft: Draft, contradicting_only: bool = False) -> str:
    """The report's own account in doubt (the party placed elsewhere at the time): the reason, or "".
    `contradicting_only`: only a doubt that holds two contradicting accounts of the act (`Doubt.contradicting`): a
    lawful reading from one of them ("saksi kedua menyatakan ia hanya lewat") is that witness's word against the
    other's, not the report's own finding, so it clears nothing (round 21)."""
    for doubt in draft.reference.doubts:
        if contradicting_only and not doubt.contradicting:
            continue
        for rule in doubt.rules:
            if (found := rule_match(rule, draft.passage)) and found.phrases:
                draft.cite(f"keraguan: {doubt.name}")
                return f"{doubt.reason} (kata kunci: {', '.join(found.phrases)}); perlu klasifikasi manual"
    return ""


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
    subject = normalise_subject(party, reference, passage.text, passage.corrected_impressions)
    draft = Draft(subject, reference, passage, incident_day(incidents, region_code), [subject.reason])
    if passage.rewrites:
        read = ", ".join(f"'{word}' -> '{form}'" for word, form in passage.rewrites[:REWRITES_SHOWN])
        more = len(passage.rewrites) - REWRITES_SHOWN
        draft.reasons.append(f"uraian dibaca dalam bentuk baku: {read}" + (f" (dan {more} lagi)" if more > 0 else ""))
    draft.evidence = category_evidence(passage, subject, reference)
    draft.lawful = lawful_evidence(passage, subject, reference)
    if subject.unknown:
        return _manual(draft, "identitas terlapor tidak pasti (uraian tidak tahu apakah ia ASN, TNI, Polri atau warga "
                              "biasa): aturan yang berlaku bergantung padanya; perlu klasifikasi manual")
    hinted = _act_from_hints(hints, draft)
    picked = (hinted, None) if hinted else (_act_from_text(draft) or (None, None))
    act, evidence = picked
    if subject.source == "uraian":
        draft.confidence -= reference.confidence.description_subject_penalty
        draft.weak.append("jenis terlapor hanya terbaca dari uraian, bukan dari jabatan atau instansi")
    _lawful_reading(act, draft, evidence.rule.kind if evidence else "")
    if draft.manual_reason:
        return _manual(draft, f"{draft.manual_reason}; perlu klasifikasi manual")
    if standing := _left_standing(act, draft):
        draft.reasons.append(f"perilaku sah menjelaskan {act.code}, tetapi tidak {standing.code}: "
                             f"{standing.code} tetap dinilai (kata kunci: {', '.join(standing.phrases)})")
        draft.unsettled.append(f"perilaku sah menjelaskan sebagian uraian ({act.code})")
        act, evidence = category_of(standing, reference), standing
        draft.lawful_reason, draft.lawful_basis = "", []
        draft.confidence, draft.phrases = standing.confidence, list(standing.phrases)
        draft.cite(f"aturan {standing.rule_name}")
    _thin_text(draft, sum(len(normalise(incident.description).split()) for incident in incidents[:CLASSIFIED_REPORTS]),
               evidence)
    if draft.lawful_reason:
        if act is not None and (doubt := _doubt(draft, contradicting_only=True)):
            return _manual(draft, doubt)
        calibrate(draft, LAWFUL, act, evidence, draft.explained)
        return _lawful(draft) if draft.confidence >= reference.confidence.manual_below else _manual(
            draft, "bukti perilaku sah belum cukup kuat; perlu klasifikasi manual")
    if act is None:
        return _manual(draft, "tidak ada aturan yang cocok; perlu klasifikasi manual")
    if doubt := _doubt(draft):
        return _manual(draft, doubt)
    kind = evidence.rule.kind if evidence else ""
    category = for_subject(act, kind, draft)
    if category is not None:
        category = dated(category, draft, kind)
    if draft.lawful_reason:
        calibrate(draft, LAWFUL, act, evidence, draft.explained)
        # a private person's act is lawful however thinly it is told: no hedge makes it a violation; not one employed
        # by a government body or BUMD, whose own rules may bind him (round 32)
        private = subject.subject_type is SubjectType.other and not subject.public_worker
        if draft.lawful_by_date and draft.confidence < reference.confidence.manual_below:
            # a rumour of an act no rule reaches on that day is lawful whether or not it happened (round 42)
            draft.confidence = reference.confidence.manual_below
            draft.reasons.append("uraian berupa kabar atau dugaan, tetapi pada tanggal kejadian perbuatan itu, "
                                 "sekalipun benar, tidak dilarang")
        sure = draft.confidence >= reference.confidence.manual_below or private
        return _lawful(draft) if sure else _manual(draft, "bukti belum cukup kuat; perlu klasifikasi manual")
    if category is None:
        return _manual(draft, (draft.manual_reason or "tidak ada aturan yang cocok untuk perbuatan dan jenis terlapor "
                               "ini") + "; perlu klasifikasi manual")
    if draft.confidence < reference.confidence.manual_below:
        return _manual(draft, f"bukti tipis atau berupa kabar (keyakinan {draft.confidence:.2f}): "
                              "perlu klasifikasi manual")
    if category is not act:
        draft.reasons.append(f"kategori untuk {draft.subject_type}: {category.code}")
    calibrate(draft, category.code, act, evidence, draft.explained)
    legal_basis = category.basis_for(draft.subject_type, subject.acting_head)
    for basis in legal_basis:
        draft.cite(basis)
    bases, offender = crime_bases(act, category, evidence.rule if evidence else None, draft)
    if offender and draft.confidence >= reference.confidence.confident_at:
        draft.confidence = reference.confidence.unconfirmed_cap
        draft.reasons.append(f"keyakinan paling tinggi {draft.confidence:.2f}: uraian juga menunjukkan pidana pasangan "
                             "calon (UU 10/2016 Pasal 70(1) jo. 189), pelaku kedua dengan jalur sendiri (Gakkumdu); "
                             "Pokja menentukan laporan mana yang didaftar")
    incumbent = incumbent_at_stake(category, incidents, draft)
    if incumbent:
        legal_basis = [*legal_basis, reference.election_crime.regional_head.incumbent_basis]
        draft.cite(reference.election_crime.regional_head.incumbent_basis)
    return _result(draft, category.code, category, legal_basis=list(dict.fromkeys([*legal_basis, *bases])),
                   crime_indication=bool(bases), crime_bases=bases, crime_offender=offender,
                   incumbent_candidacy_at_stake=incumbent)


__all__ = ["classify", "incident_text", "incident_day", "MANUAL", "LAWFUL", "Rule"]
