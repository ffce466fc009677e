"""How sure a suggestion may be. A confident one (confidence >= `confident_at`) needs independent evidence that
agrees: an act and a partisan target (evidence.py caps a pair-linked act when the text names no pair), a subject the
matched rule applies to, no competing category for this subject, nothing hedged, asked or denied in the report, and
evidence from the text itself rather than only the channel's hint. What is missing keeps the suggestion below
`confident_at` (at most `confidence.unconfirmed_cap`), and the reasons say what was missing.

Two kinds of doubt. Doubt about the FACTS (hearsay or guesswork anywhere in the report, a subject read only from the
description, a category only from the channel's hint, an official's act by someone Pasal 71(1) does not reach) also
withholds a crime indication. Doubt about WHICH CATEGORY (a second reading for this subject, a reading the report
denies, two provisions for the same act, a reporter who asks whether it is allowed) does not, as long as every
reading left carries the same crime: a kepala dinas's rally speech is a Pasal 71(1) act whether the Pokja files it as
active support or as partisan activity.

And a category must have earned confidence: only the categories whose confident answers proved right on text the
rules had never seen (`confidence.confident_categories`, measured on the blind sets) may be confident at all; in the
others agreeing evidence still makes a medium suggestion. This weighs neither the facts nor the crime indication.

A wrong answer at medium confidence is reviewed like any other; a confident wrong answer is what issue 14 forbids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .draft import Draft, for_subject
from .evidence import Evidence, found
from .legal_reach import SKB_GROUPS, dated, pasal_71_reaches
from .reference import LAWFUL, MANUAL, Category


@dataclass(frozen=True)
class Reading:
    """Another category the description supports for this subject, and whether it carries a crime indication."""

    code: str
    criminal: bool


def final_category(evidence: Evidence, draft: Draft) -> str:
    """What the act this evidence shows would be for this subject on this day: a category code, LAWFUL or MANUAL.
    Worked out on a scratch copy of the draft: nothing of it reaches the classification."""
    act = draft.reference.category(evidence.code)
    if act is None:
        return MANUAL
    scratch = replace(draft, reasons=[], rules=[], phrases=[], weak=[], unsettled=[], lawful_reason="",
                      lawful_basis=[], manual_reason="", confidence=evidence.confidence)
    category = for_subject(act, evidence.rule.kind, scratch)
    if category is not None:
        category = dated(category, scratch, evidence.rule.kind)
    if category is None:
        return LAWFUL if scratch.lawful_reason else MANUAL
    return category.code


def _criminal(code: str, evidence: Evidence, draft: Draft) -> bool:
    """Whether this reading carries a crime indication for this subject (as legal_reach.crime_bases decides)."""
    category, act = draft.reference.category(code), draft.reference.category(evidence.code)
    if category is None or act is None:
        return False
    if category.always_criminal:
        return True
    return (bool(category.pasal_71 or act.pasal_71) and category.group in SKB_GROUPS and evidence.rule.pasal_71
            is not False and draft.subject.official and pasal_71_reaches(draft) is None)


def included(codes: set[str], draft: Draft) -> set[str]:
    """The given categories and the acts their facts contain (`Category.includes`)."""
    out = set(codes)
    for code in codes:
        if (category := draft.reference.category(code)) is not None:
            out.update(category.includes)
    return out


def other_readings(code: str, act: Category | None, chosen: Evidence | None, draft: Draft,
                   explained: set[str] = frozenset()) -> list[Reading]:
    """Other categories the description also supports for this subject, at least at `manual_below`, that the answer
    neither is nor contains: a second reading of the same report. `explained`: acts a lawful reading accounts for."""
    reference = draft.reference
    own = included({code} | ({act.code} if act else set()), draft) | set(explained)
    readings: list[Reading] = []
    for evidence in found(draft.evidence):
        if evidence is chosen or evidence.confidence < reference.confidence.manual_below or evidence.code in own:
            continue
        final = final_category(evidence, draft)
        if final not in own and final not in (LAWFUL, MANUAL) and final not in [r.code for r in readings]:
            readings.append(Reading(final, _criminal(final, evidence, draft)))
    return readings


def denied_readings(code: str, act: Category | None, draft: Draft) -> list[Evidence]:
    """Categories a rule of which would have matched but for a negation ('tidak memakai kaos paslon' at a pair's
    rally), that would be a violation of another category for this subject: the answer hinges on how far the
    negation reaches."""
    own = included({code} | ({act.code} if act else set()), draft)
    return [e for e in draft.evidence if e.denied and not e.phrases and e.code not in own
            and final_category(e, draft) not in own | {LAWFUL, MANUAL}]


OFFICIAL_ACTS = ("election_crime_official_action", "regional_head_programme_use", "regional_head_replacement_of_officials")


def unread_office_means(code: str, draft: Draft) -> str:
    """The means of an office the description shows (its premises, an official forum, a programme, subordinates)
    when the answer is not an official's act although Pasal 71(1) reaches this official today: the phrase, or "".
    A camat's chat message to 'para kades' or a police officer's appeal at a 'Jumat Curhat' may be an act of the
    office the rules did not read as one; the Pokja weighs it."""
    if code in OFFICIAL_ACTS or pasal_71_reaches(draft) is not None:
        return ""
    for pattern in draft.reference.office_means:
        for occurrence in draft.passage.find(pattern):
            if not occurrence.negated:
                return occurrence.phrase
    return ""


def lesser_only(code: str, draft: Draft) -> str:
    """'cuma duduk', 'hanya like': the report says the party did only a lesser act, while the answer is a graver one
    that contains it (`Category.includes`): the phrase, or "". Attending is an ethics item, active support a
    discipline breach (SKB 2022); which one the facts show is the Pokja's call."""
    category = draft.reference.category(code)
    if category is None or not category.includes:
        return ""
    for pattern in draft.reference.lesser_only:
        for occurrence in draft.passage.find(pattern):
            if not occurrence.negated:
                return occurrence.phrase
    return ""


def calibrate(draft: Draft, code: str, act: Category | None, chosen: Evidence | None,
              explained: set[str] = frozenset()) -> None:
    """Caps a confident draft below `confident_at` when its evidence does not agree independently; records in
    `draft.crime_doubts` what also withholds a crime indication, and in `draft.act_confidence` the act's own
    confidence, which the crime indication is weighed by."""
    limits = draft.reference.confidence
    draft.act_confidence = draft.confidence
    facts = list(draft.weak)
    if draft.passage.hearsay_anywhere:
        facts.append("uraian memuat kabar atau dugaan")
    choice = list(draft.unsettled)
    if draft.passage.asks_anywhere:
        choice.append("pelapor bertanya, bukan hanya menyatakan")
    readings = other_readings(code, act, chosen, draft, explained)
    if readings:
        choice.append(f"kategori lain juga cocok untuk {draft.subject_type}: {', '.join(r.code for r in readings)}")
    if code != LAWFUL and (lesser := lesser_only(code, draft)):
        choice.append(f"uraian menyebut terlapor hanya melakukan perbuatan yang lebih ringan ('{lesser}')")
    if code != LAWFUL and (means := unread_office_means(code, draft)):
        choice.append(f"uraian menyebut sarana jabatan ('{means}') yang tidak terbaca sebagai tindakan pejabat "
                      "(Pasal 71(1))")
    if code != LAWFUL and (denied := denied_readings(code, act, draft)):
        choice.append("uraian menyangkal bacaan lain: " + ", ".join(
            f"{e.code} ({', '.join(e.negated[:2])})" for e in denied))
    draft.crime_doubts = facts + [f"bacaan lain tanpa indikasi pidana: {r.code}" for r in readings if not r.criminal]
    if draft.confidence >= limits.confident_at and (weak := list(dict.fromkeys(facts + choice))):
        draft.confidence = min(draft.confidence, limits.unconfirmed_cap)
        draft.reasons.append(f"keyakinan paling tinggi {limits.unconfirmed_cap:.2f}, bukti belum saling menguatkan: "
                             + "; ".join(weak))
    unproven = limits.confident_categories is not None and code not in limits.confident_categories
    if draft.confidence >= limits.confident_at and unproven:
        draft.confidence = limits.unconfirmed_cap
        draft.reasons.append(f"keyakinan paling tinggi {limits.unconfirmed_cap:.2f}: jawaban yakin untuk kategori "
                             f"{code} belum terbukti andal pada uraian uji yang belum pernah dilihat aturan; "
                             "Pokja menilai")
