"""What the description shows: for each category (and each lawful-conduct rule) the best rule that matches, with the
phrases that matched, those that were negated, whether the evidence is hedged, and a confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from .passage import Passage
from .reference import ACTING_HEAD, Category, LawfulRule, ReferenceData, Rule
from .rule_match import RuleMatch, rule_match
from .subjects import Subject


@dataclass(frozen=True)
class Evidence:
    code: str  # a category code, or "lawful:<name>"
    rule: Rule
    phrases: list[str]
    negated: list[str] = field(default_factory=list)
    hedged: bool = False
    confidence: float = 0.0
    unnamed_pair: bool = False  # capped: a pair-linked act, and the text names no pair, team or campaign
    denied: bool = False  # no phrases: some rule would have matched but for a negation (not just a negated word)

    @property
    def rule_name(self) -> str:
        return self.rule.name or self.code


def _applies_to(subjects: list[str] | None, subject: Subject) -> bool:
    return (subjects is None or subject.subject_type.value in subjects
            or (subject.acting_head and ACTING_HEAD in subjects))


def _best(code: str, rules: list[Rule], passage: Passage, reference: ReferenceData,
          own_acts: bool = False) -> Evidence | None:
    """The most confident matching rule; rules whose evidence was negated leave a trace but never match."""
    best, negated, denied = None, [], False
    for rule in rules:
        found: RuleMatch | None = rule_match(rule, passage, own_acts)
        if found is None:
            continue
        negated += [phrase for phrase in found.negated if phrase not in negated]
        denied = denied or found.denied
        if not found.phrases:
            continue
        confidence = rule.confidence * (reference.confidence.hedge_factor if found.hedged else 1.0)
        if best is None or confidence > best.confidence:
            best = Evidence(code, rule, found.phrases, [], found.hedged, round(confidence, 2))
    if best is None:
        return Evidence(code, rules[0], [], negated, denied=denied) if negated else None
    return Evidence(best.code, best.rule, best.phrases, negated, best.hedged, best.confidence)


def names_a_pair(passage: Passage, reference: ReferenceData) -> bool:
    """Whether the text names a pair, a candidate, a campaign team, a campaign event only pairs hold, or a partisan
    purpose ('menangkan nomor 2'), not negated. 'kampanye' alone does not: health and anti-drug campaigns exist."""
    return any(not f.negated for pattern in reference.pair_named for f in passage.find(pattern))


def category_evidence(passage: Passage, subject: Subject, reference: ReferenceData) -> list[Evidence]:
    """Matches in the reference data's order (the most serious first), only for categories this subject can
    commit; an entry with no phrases records negated evidence only. A pair-linked act is never confident when the
    text names no pair (`unnamed_pair_cap`)."""
    out = []
    named: bool | None = None
    for category in reference.categories:
        if category.rules and _applies_to(category.subjects, subject):
            if (evidence := _best(category.code, category.rules, passage, reference, own_acts=True)) is not None:
                if evidence.phrases and category.pair_link and reference.pair_named:
                    named = names_a_pair(passage, reference) if named is None else named
                    cap = reference.confidence.unnamed_pair_cap
                    if not named and evidence.confidence > cap:
                        evidence = Evidence(evidence.code, evidence.rule, evidence.phrases, evidence.negated,
                                            evidence.hedged, cap, unnamed_pair=True)
                out.append(evidence)
    return out


def lawful_evidence(passage: Passage, subject: Subject, reference: ReferenceData) -> list[tuple[LawfulRule, Evidence]]:
    out = []
    for lawful in reference.lawful_conduct:
        if _applies_to(lawful.subjects, subject):
            evidence = _best(f"lawful:{lawful.name}", lawful.rules, passage, reference)
            if evidence is not None and evidence.phrases:
                confidence = lawful.confidence * (reference.confidence.hedge_factor if evidence.hedged else 1.0)
                out.append((lawful, Evidence(evidence.code, evidence.rule, evidence.phrases, evidence.negated,
                                             evidence.hedged, round(confidence, 2))))
    return out


def found(evidence: list[Evidence]) -> list[Evidence]:
    return [e for e in evidence if e.phrases]


def category_of(evidence: Evidence, reference: ReferenceData) -> Category:
    category = reference.category(evidence.code)
    assert category is not None
    return category
