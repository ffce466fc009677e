"""The SKB 2022 reference data as the rules see it: categories, subject tables, crime rules with their dates and
periods, lawful conduct, the election schedule, confidence thresholds, priority weights.

Parsed from data files by the adapter (`adapters/reference_file.py`); nothing here reads files. A pattern written
"@name" stands for the lexicon entry `name` (a list of patterns shared by many rules); `reference_checks.py` expands
the lexicon and checks the parts against each other.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, model_validator

from .reference_checks import check_consistency, expand_lexicon

MANUAL = "needs_manual_classification"
LAWFUL = "lawful_conduct"
ACTING_HEAD = "acting_head"  # a Pj/Plt/Pjs governor, regent or mayor: ASN, yet bound by Pasal 71(2)-(3) (71(4))


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(_Data):
    """Matches when every group has a matching phrase that is not negated, and no `none_of` pattern matches."""

    all_of: list[list[str]]
    none_of: list[str] = []
    name: str = ""
    confidence: float = 0.8  # how sure a match makes the rules (the reference data's thresholds say what counts)
    kind: str = ""  # what sort of act it is (e.g. "programme", "replacement"): subject mappings may depend on it
    pasal_71: bool | None = None  # False: this way of doing the act is no Pasal 71(1) "tindakan" even by an official
    unless_mentioned: list[str] = []  # void wherever these occur, even negated or hedged: the report speaks of an
    # element this rule does not weigh (e.g. the Minister's approval), so the rule that weighs it decides


class Category(_Data):
    code: str
    name: str
    group: str
    sanction_class: str
    legal_basis: dict[str, list[str]]  # subject type (or "*") -> legal basis
    subjects: list[str] | None = None  # only for these subject types (None: any); "acting_head" for Pj heads
    pasal_71: Literal["any_subject", "officials"] | None = None  # an act Pasal 71(1) may cover
    always_criminal: bool = False  # e.g. a candidate involving ASN in its campaign (Pasal 70)
    period: str | None = None  # the election_crime period it is criminal in (always_criminal categories)
    crime_basis: dict[str, list[str]] = {}  # always_criminal: the criminal provisions, by subject type (or "*")
    rules: list[Rule] = []
    basis_note: str = ""  # where the basis comes from, and what is not verified
    pair_link: bool = False  # the act is a violation only for a pair: unconfident when no pair or campaign is named
    includes: list[str] = []  # acts whose facts this one contains (active support at a rally contains attending it):
    # matching them as well is no competing reading (calibration.py)

    def basis_for(self, subject_type: str, acting_head: bool = False) -> list[str]:
        return _by_subject(self.legal_basis, subject_type, acting_head)

    def crime_basis_for(self, subject_type: str, acting_head: bool = False) -> list[str]:
        return _by_subject(self.crime_basis, subject_type, acting_head)


def _by_subject(table: dict[str, list[str]], subject_type: str, acting_head: bool) -> list[str]:
    if acting_head and ACTING_HEAD in table:
        return table[ACTING_HEAD]
    return table.get(subject_type, table.get("*", []))


class SubjectTable(_Data):
    subject_type: str  # a SubjectType, or "asn" (PNS or PPPK, resolved from the submission)
    patterns: list[str]
    acting_head: bool = False  # a Pj/Plt/Pjs regional head (an ASN)
    public_worker: bool = False  # not ASN, yet employed by the state (honorary or contract staff, BUMD/BUMN staff)
    note: str = ""


class SubjectRule(_Data):
    """How an act category applies to a subject type: kept, mapped, lawful for this subject, or `otherwise`."""

    keep: Literal["*"] | list[str] = []
    map: dict[str, str] = {}
    map_by_kind: dict[str, str] = {}  # the matched rule's kind -> category (e.g. a regent's programme use)
    lawful: list[str] = []  # acts this subject may lawfully do (no SKB or village-law bar applies)
    lawful_reason: str = ""
    lawful_basis: list[str] = []
    lawful_confidence: float = 0.75
    lawful_unless: list[str] = []  # phrases that void the lawful reading: then manual classification
    lawful_unsettled: list[str] = []  # phrases that keep the lawful reading below confident (a formal role the
    # reference data does not weigh, e.g. a BPD member in a registered campaign team)
    public_worker_confidence: float = 0.6  # the lawful reading for state-employed non-ASN staff: rules of their own
    public_worker_note: str = ""  # said with the lawful reason for them
    otherwise: str | None = None  # None: nothing applies -> manual classification
    former_asn: SubjectRule | None = None  # one who resigned as ASN to run (Pasal 7(2) huruf t; round 34)


class Period(_Data):
    start: str | None = None  # a schedule key or an ISO date; None: open
    end: str | None = None


class SubjectReach(_Data):
    """Whom a crime provision reaches, from when."""

    officials_only: bool = False  # Pasal 71(1)/188 "pejabat ASN": not every ASN
    effective_from: date | None = None
    ruling: str = ""


class Pasal71(_Data):
    legal_basis: str
    period: Period
    subjects: dict[str, SubjectReach]
    official_subjects: list[str]
    fallback: dict[str, str | None] = {}  # out of its reach: subject type -> category ("@next": the next match)
    fallback_by_kind: dict[str, str] = {}  # instead of "@next", by the matched rule's kind (pressure -> partisan)
    note: str = ""


class Pasal70(_Data):
    legal_basis: str
    period: Period
    subjects: list[str]
    rules: list[Rule]
    note: str = ""


class RegionalHead(_Data):
    """Pasal 71(2)-(5) and 190: a governor, regent or mayor (and a Pj, Pasal 71(4)) from 6 months before
    determination; an incumbent's breach lets the KPU cancel the candidacy (71(5))."""

    window: Period
    incumbent_basis: str
    acting_basis: str
    note: str = ""


class CampaignActs(_Data):
    """Acts that are taking part in a campaign (UU 6/2014 Pasal 29 huruf j, 51 huruf j; SKB 2022): after `ends` (a
    schedule key: voting day) no campaign is left to take part in (round 34). Before `starts` (campaign start) there is
    none yet: a village head's or official's presence at a prospective pair's event, an act only of ethics for an ASN,
    is no part in a campaign (`before_reason`; round 42)."""
    categories: list[str]
    ends: str
    reason: str
    legal_basis: list[str] = []
    starts: str | None = None
    before_reason: str = ""


class ElectionCrime(_Data):
    pasal_71: Pasal71
    pasal_70: Pasal70
    regional_head: RegionalHead
    candidate_periods: dict[str, Period] = {}  # always_criminal category -> period (see Category.period)
    campaign_acts: CampaignActs | None = None  # acts that are taking part in a campaign: none after the vote


class LawfulRule(_Data):
    """Conduct the rules say is allowed: an official in the audience of a KPU debate, a spouse on CLTN ..."""

    name: str
    reason: str
    legal_basis: list[str] = []
    rules: list[Rule]
    subjects: list[str] | None = None
    overrides: list[str] | Literal["*"] = []  # act categories this lawful reading explains away
    confidence: float = 0.75
    on_record: bool = False  # a fact the Pokja can check (a leave decree, the Minister's approval, his refusal): told
    # only as hearsay and not otherwise shown, it neither clears the party nor leaves the violation standing (manual)
    kinds: list[str] = []  # when set, it explains an overridden act only when the act's matched rule is of one of these
    # kinds (Rule.kind): a private car used instead of the service car refutes a facility's use, not a decree (round 21);
    # "" is the kind of a rule that names none (the SKB items): a post by the pair's volunteers that the party did not
    # share explains the post, and says nothing of a programme the photo shows (round 22)


class Doubt(_Data):
    """What makes the report doubt its own account (the party was elsewhere at the time): manual classification."""

    name: str
    reason: str
    rules: list[Rule]
    contradicting: bool = False  # two accounts of the act that contradict each other: a lawful reading that one
    # of them gives clears nothing either (round 21)


class Confidence(_Data):
    confident_at: float = 0.7  # from here a suggestion counts as confident
    manual_below: float = 0.5  # below it, the report goes to manual classification
    hedge_factor: float = 0.5  # evidence only in hearsay or guesswork is worth this much
    hint: float = 0.75  # the channel's structured category
    contradiction_penalty: float = 0.2  # lawful and violating readings both found
    crime_min: float = 0.7  # a crime indication needs at least this
    description_subject_penalty: float = 0.1  # the subject came from the description, not the position
    unnamed_pair_cap: float = 0.6  # a pair-linked act when the text names no pair, candidate, team or campaign
    thin_text_words: int = 6  # a description shorter than this (in words) says too little to be confident about
    thin_text_cap: float = 0.6
    unnamed_short_words: int = 12  # a description shorter than this that names neither the pair (for a pair-linked
    # act) nor the person ('ada asn ...') says too little to assess (Perbawaslu 8/2020: time, place, description)
    unconfirmed_cap: float = 0.65  # a suggestion whose evidence does not agree independently (calibration.py)
    # The categories a suggestion may be confident in: those whose confident answers proved right on text the rules
    # had never seen (None: every category). Measured, not assumed: see the note in skb2022.json.
    confident_categories: frozenset[str] | None = None


class Schedule(_Data):
    name: str
    dates: dict[str, date]
    sources: list[str] = []
    notes: list[str] = []

    def resolve(self, key: str | None) -> date | None:
        if key is None:
            return None
        return self.dates[key] if key in self.dates else date.fromisoformat(key)

    def within(self, period: Period, day: date) -> bool:
        start, end = self.resolve(period.start), self.resolve(period.end)
        return (start is None or day >= start) and (end is None or day <= end)


class DaysPoints(_Data):
    within_days: int
    points: int


class PriorityWeights(_Data):
    incumbent_candidate: int
    crime_indication: int
    senior_position: int
    repeat_subject: int
    repeat_subject_max: int
    mass_mobilisation: int
    manual_classification: int
    days_to_voting: list[DaysPoints]


class Sense(_Data):
    """An expression in which an election word has another sense ("kampanye imunisasi": health information), read as
    `read_as` before any rule looks at the text. `pattern` is matched within one normalised clause."""

    pattern: str
    read_as: str
    note: str = ""


class RecusalRule(_Data):
    subject_types: list[str] = []
    patterns: list[str] = []


class ReferenceData(_Data):
    version: str
    source: str = ""
    notes: list[str] = []  # decisions on the legal review's points that are not a rule (rejections, open points)
    voting_day: date
    schedule: Schedule
    name_titles: list[str]
    lexicon: dict[str, list[str]] = {}
    negators: list[str]  # single words
    negation_fillers: list[str] = []  # single words that may stand between a negator and its phrase
    negation_window: int = 3
    negation_object_scope: int = 3  # words after the negated word it also covers ("tidak menyebut program ...")
    negation_not_only: list[str] = ["hanya", "sekadar", "cuma", "semata", "saja"]  # "tidak hanya": no negation
    negation_relatives: list[str] = ["yang", "yg"]  # "yang tidak memilih calon": only the verb is negated
    third_parties: list[str] = []  # single words for other people ("murid", "warga"): "<word> yang <act>" is theirs
    hedges: list[str]
    word_forms: dict[str, str] = {}  # regional or colloquial word -> standard Indonesian ("ora" -> "tidak")
    senses: list[Sense] = []
    retirees: list[str]
    description_retirees: list[str] = []
    still_serving: list[str] = []  # the report itself shows a claimed retiree or former holder still serving
    description_subjects: list[SubjectTable] = []
    description_acting_heads: list[str] = []  # the description names the regional head an acting one ('Penjabat (Pj)
    # Bupati'): he is an ASN (UU 10/2016 Pasal 71(4); round 17)
    description_head_on_leave: list[str] = []  # the head on campaign leave, a Pjs his stand-in (Pasal 70(3)-(4))
    description_resigned_candidates: list[str] = []  # the party left the civil service or his office to run
    description_running: list[str] = []  # ... and runs: he is a candidate (UU 10/2016 Pasal 7(2) huruf t; round 34)
    description_determined_candidates: list[str] = []  # the party is a candidate KPU determined ('beliau sekarang
    # calon wakil bupati nomor urut 3'): an ASN resigned once determined (UU 10/2016 Pasal 7(2) huruf t; round 40)
    description_pppk: list[str] = []  # the description says the party is PPPK ("ternyata dia PPPK", "guru PPPK ...")
    description_pns: list[str] = []  # ... or PNS: either decides when the position does not say
    description_non_asn: list[str] = []  # ... or neither: honorary or contract staff ('ternyata masih honorer, bukan
    # PNS'): a position that only names a post (guru, perawat) then is not an ASN's (round 11)
    description_status_corrections: list[str] = []  # the description corrects the status the reporter wrote in the
    # position ('Penyuluh (PNS)'; "saya tulis PNS, belakangan saya tahu dia PPPK", "... bukan PNS dan bukan PPPK"):
    # the status the report establishes decides, not the form's (round 23)
    asn_status: list[str] = []  # a civil servant's status named in a position that also names a BPD seat
    unknown_identity: list[str] = []  # the description says who the party is, is not known ("polisi atau satpol")
    positions: list[SubjectTable]
    agencies: list[SubjectTable]
    official_positions: list[str]
    non_official_positions: list[str] = []  # "pegawai kantor lurah", "staf camat": no office of their own
    senior_positions: list[str]
    categories: list[Category]
    pair_named: list[str] = []  # what names a pair, a candidate, a campaign team or a partisan purpose
    indefinite_party: list[str] = []  # the description does not identify the person ("ada asn ...", "seorang oknum")
    lesser_only: list[str] = []  # the report says the party ONLY did the lesser act ("cuma duduk", "hanya like")
    office_means: list[str] = []  # the means of an office (premises, official forums, programmes, state money,
    # vehicles, subordinates, letters): an official's act that shows them may be a Pasal 71(1) act (calibration.py)
    lawful_conduct: list[LawfulRule]
    doubts: list[Doubt] = []
    subject_rules: dict[str, SubjectRule]
    election_crime: ElectionCrime
    confidence: Confidence = Confidence()
    hint_aliases: dict[str, str] = {}
    mass_mobilisation: list[str]
    incumbent_words: list[str]
    priority: PriorityWeights
    recusal: dict[str, RecusalRule]

    def category(self, code: str) -> Category | None:
        return next((category for category in self.categories if category.code == code), None)

    @model_validator(mode="before")
    @classmethod
    def _expand_lexicon(cls, data: Any) -> Any:
        return expand_lexicon(data)

    @model_validator(mode="after")
    def _consistent(self) -> ReferenceData:
        check_consistency(self)
        if LAWFUL not in {category.code for category in self.categories}:
            raise ValueError("the categories lack lawful_conduct")
        return self
