"""The SKB 2022 reference data as the rules see it: categories, subject tables, crime rules, priority weights.

Parsed from a data file by the adapter (`adapters/reference_file.py`); nothing here reads files.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from netra_shared.contracts.schemas.common import SubjectType
from pydantic import BaseModel, ConfigDict, model_validator

MANUAL = "needs_manual_classification"


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(_Data):
    """Matches when every group has at least one matching pattern and no `none_of` pattern matches."""

    all_of: list[list[str]]
    none_of: list[str] = []


class Category(_Data):
    code: str
    name: str
    group: str
    sanction_class: str
    legal_basis: dict[str, list[str]]  # subject type (or "*") -> legal basis
    subjects: list[str] | None = None  # only for these subject types (None: any)
    pasal_71: Literal["any_subject", "officials"] | None = None  # an act Pasal 71(1) may cover
    always_criminal: bool = False  # e.g. a candidate involving ASN in its campaign (Pasal 70)
    rules: list[Rule] = []

    def basis_for(self, subject_type: str) -> list[str]:
        return self.legal_basis.get(subject_type, self.legal_basis.get("*", []))


class SubjectTable(_Data):
    subject_type: str  # a SubjectType, or "asn" (PNS or PPPK, resolved from the submission)
    patterns: list[str]


class SubjectRule(_Data):
    """How an act category applies to a subject type: kept as it is, mapped, or replaced by `otherwise`."""

    keep: Literal["*"] | list[str] = []
    map: dict[str, str] = {}
    otherwise: str | None = None  # None: nothing applies -> manual classification


class Pasal71(_Data):
    legal_basis: str
    subjects: list[str]
    official_subjects: list[str]


class Pasal70(_Data):
    legal_basis: str
    subjects: list[str]
    rules: list[Rule]


class ElectionCrime(_Data):
    pasal_71: Pasal71
    pasal_70: Pasal70


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


class RecusalRule(_Data):
    subject_types: list[str] = []
    patterns: list[str] = []


class ReferenceData(_Data):
    version: str
    source: str = ""
    voting_day: date
    name_titles: list[str]
    positions: list[SubjectTable]
    agencies: list[SubjectTable]
    official_positions: list[str]
    senior_positions: list[str]
    categories: list[Category]
    subject_rules: dict[str, SubjectRule]
    election_crime: ElectionCrime
    hint_aliases: dict[str, str] = {}
    mass_mobilisation: list[str]
    incumbent_words: list[str]
    priority: PriorityWeights
    recusal: dict[str, RecusalRule]

    def category(self, code: str) -> Category | None:
        return next((category for category in self.categories if category.code == code), None)

    @model_validator(mode="after")
    def _consistent(self) -> ReferenceData:
        codes = {category.code for category in self.categories}
        for pattern in _all_patterns(self):
            re.compile(pattern)
        for subject, rule in self.subject_rules.items():
            SubjectType(subject)
            targets = [*rule.map.values(), *([rule.otherwise] if rule.otherwise else [])]
            targets += [] if rule.keep == "*" else rule.keep
            if unknown := set(targets) - codes:
                raise ValueError(f"subject_rules.{subject} names unknown categories {sorted(unknown)}")
        if missing := {s.value for s in SubjectType} - set(self.subject_rules):
            raise ValueError(f"subject_rules lacks {sorted(missing)}")
        if unknown := set(self.hint_aliases.values()) - codes:
            raise ValueError(f"hint_aliases name unknown categories {sorted(unknown)}")
        return self


def _all_patterns(data: ReferenceData) -> list[str]:
    rules = [rule for category in data.categories for rule in category.rules] + data.election_crime.pasal_70.rules
    return [
        *(p for table in [*data.positions, *data.agencies] for p in table.patterns),
        *data.official_positions, *data.senior_positions, *data.mass_mobilisation, *data.incumbent_words,
        *(p for rule in rules for group in rule.all_of for p in group), *(p for rule in rules for p in rule.none_of),
        *(p for recusal in data.recusal.values() for p in recusal.patterns),
    ]
