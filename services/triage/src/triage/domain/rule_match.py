"""A rule of the reference data matched against a passage: per group of phrases, the first one the report asserts."""

from __future__ import annotations

from dataclasses import dataclass

from .passage import Passage
from .reference import Rule


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    phrases: list[str]
    negated: list[str]
    hedged: bool  # every group's evidence is hedged somewhere... see `evidence_hedged`
    denied: bool = False  # the rule would match but for a negation: every group occurs, some only negated


def rule_match(rule: Rule, passage: Passage, own_acts: bool = False) -> RuleMatch | None:
    """The rule's evidence: per group the first phrase that is not negated (None: the rule does not match).
    Hedged when the evidence of some group occurs only in hedged sentences. A `none_of` phrase voids the rule only
    where the report asserts it: not negated, not only asked ("apakah polisi itu berpihak?") and not only the reporter's
    opinion ("kesannya polisi mendukung paslon 2", round 26), and not only told of someone else in a relative clause
    ("orang yang memakai kaos paslon 2 adalah sopir truk": a relative clause that opens its clause as its subject tells
    that person's act, which voids no reading of the party's own duty; round 28), while one about the object of the
    party's act ("mendata warga yang siap mendukung") still does. `own_acts`: the act
    (the first group) told of someone else in a relative clause ("muridnya yang memakai kaos paslon") does not count;
    the target of an act may be ("mencabut bantuan warga yang tidak memilih petahana")."""
    if any(not f.negated and not f.asked and not f.opinion and not f.other_subject
           for pattern in rule.none_of for f in passage.find(pattern)):
        return None
    if any(passage.find(pattern) for pattern in rule.unless_mentioned):
        return None
    phrases, negated, hedged = [], [], False
    for index, group in enumerate(rule.all_of):
        found = [f for pattern in group for f in passage.find(pattern) if not (own_acts and index == 0 and f.others)]
        live = [f for f in found if not f.negated]
        negated += [f.phrase for f in found if f.negated and f.phrase not in negated]
        if not live:
            return RuleMatch(rule, [], negated, False, _occurs(rule.all_of[index + 1:], passage)) if negated else None
        firm = [f for f in live if not f.hedged]
        hedged = hedged or not firm
        best = (firm or live)[0].phrase
        if best not in phrases:
            phrases.append(best)
    return RuleMatch(rule, phrases, negated, hedged)


def _occurs(groups: list[list[str]], passage: Passage) -> bool:
    """Whether every group has an occurrence, negated or not."""
    return all(any(passage.find(pattern) for pattern in group) for group in groups)
