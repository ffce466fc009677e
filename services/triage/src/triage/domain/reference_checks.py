"""The reference data read as one whole: each "@name" pattern expanded to its lexicon entry, then every part checked
against the others (patterns compile, tables name known categories and subjects, crime categories never rest on one
phrase, the schedule holds every date the periods name). A file that fails is refused at start-up, with the reason.
"""

from __future__ import annotations

import re
from typing import Any

from netra_shared.contracts.schemas.common import SubjectType

CRIMINAL_GROUPS = {"election_crime", "regional_head"}


def expand_lexicon(data: Any) -> Any:
    if isinstance(data, dict) and data.get("lexicon"):
        data = {**data, "categories": [_expanded(c, data["lexicon"]) for c in data.get("categories", [])],
                "lawful_conduct": [_expanded(r, data["lexicon"]) for r in data.get("lawful_conduct", [])],
                "doubts": [_expanded(r, data["lexicon"]) for r in data.get("doubts", [])]}
        data["subject_rules"] = {name: _flat_rule(rule, data["lexicon"])
                                 for name, rule in data.get("subject_rules", {}).items()}
        crime = data.get("election_crime")
        if isinstance(crime, dict) and isinstance(crime.get("pasal_70"), dict):
            data["election_crime"] = {**crime, "pasal_70": _expanded(crime["pasal_70"], data["lexicon"])}
    return data


def check_consistency(data: Any) -> None:
    """`data`: a ReferenceData (reference.py holds the models and calls this; it is not imported here, which would
    be a cycle)."""
    codes = {category.code for category in data.categories}
    for pattern in _all_patterns(data):
        re.compile(pattern)
    for subject, rule in data.subject_rules.items():
        SubjectType(subject)
        former = rule.former_asn.lawful if rule.former_asn else []
        targets = [*rule.map.values(), *rule.map_by_kind.values(), *rule.lawful, *former,
                   *([rule.otherwise] if rule.otherwise else [])]
        targets += [] if rule.keep == "*" else rule.keep
        if unknown := set(targets) - codes:
            raise ValueError(f"subject_rules.{subject} names unknown categories {sorted(unknown)}")
    if missing := {s.value for s in SubjectType} - set(data.subject_rules):
        raise ValueError(f"subject_rules lacks {sorted(missing)}")
    for category in data.categories:
        if unknown := set(category.includes) - codes:
            raise ValueError(f"{category.code}.includes names unknown categories {sorted(unknown)}")
    if not data.confidence.manual_below <= data.confidence.unconfirmed_cap < data.confidence.confident_at:
        raise ValueError("confidence.unconfirmed_cap must lie in [manual_below, confident_at)")
    if unknown := set(data.confidence.confident_categories or ()) - codes:
        raise ValueError(f"confidence.confident_categories names unknown categories {sorted(unknown)}")
    if unknown := set(data.hint_aliases.values()) - codes:
        raise ValueError(f"hint_aliases name unknown categories {sorted(unknown)}")
    for category in data.categories:
        if category.group in CRIMINAL_GROUPS and any(len(rule.all_of) < 2 for rule in category.rules):
            raise ValueError(f"{category.code}: one phrase is never enough for a crime category; every rule "
                             "needs at least two groups")
    for key in ("candidate_determination", "campaign_start", "campaign_end", "voting_day"):
        if key not in data.schedule.dates:
            raise ValueError(f"the election schedule lacks {key}")
    if data.schedule.dates["voting_day"] != data.voting_day:
        raise ValueError("voting_day differs from the election schedule's")
    crime = data.election_crime
    for period in [crime.pasal_71.period, crime.pasal_70.period, crime.regional_head.window,
                   *crime.candidate_periods.values()]:
        data.schedule.resolve(period.start), data.schedule.resolve(period.end)


def _flat(patterns: list[str], lexicon: dict[str, list[str]]) -> list[str]:
    return [p for pattern in patterns for p in (lexicon[pattern[1:]] if pattern.startswith("@") else [pattern])]


def _expanded(item: Any, lexicon: dict[str, list[str]]) -> Any:
    if not isinstance(item, dict) or "rules" not in item:
        return item
    rules = [{**rule, "all_of": [_flat(group, lexicon) for group in rule.get("all_of", [])],
              "none_of": _flat(rule.get("none_of", []), lexicon)} if isinstance(rule, dict) else rule
             for rule in item["rules"]]
    return {**item, "rules": rules}


def _flat_rule(rule: Any, lexicon: dict) -> Any:
    if not isinstance(rule, dict):
        return rule
    former = {"former_asn": _flat_rule(rule["former_asn"], lexicon)} if isinstance(rule.get("former_asn"), dict) else {}
    return {**rule, "lawful_unless": _flat(rule.get("lawful_unless", []), lexicon), **former}


def _all_patterns(data: Any) -> list[str]:
    rules = [rule for category in data.categories for rule in category.rules] + data.election_crime.pasal_70.rules
    rules += [rule for lawful in data.lawful_conduct for rule in lawful.rules]
    rules += [rule for doubt in data.doubts for rule in doubt.rules]
    tables = [*data.positions, *data.agencies, *data.description_subjects]
    subject_rules = [*data.subject_rules.values(), *(r.former_asn for r in data.subject_rules.values() if r.former_asn)]
    word_lists = [
        data.official_positions, data.non_official_positions, data.senior_positions, data.mass_mobilisation,
        data.incumbent_words, data.hedges, data.retirees, data.description_retirees, data.description_acting_heads,
        data.description_head_on_leave, data.description_resigned_candidates, data.description_running,
        data.description_determined_candidates,
        data.still_serving, data.description_pppk, data.description_pns, data.description_non_asn,
        data.description_status_corrections, data.asn_status, data.unknown_identity, data.pair_named,
        data.office_means, [sense.pattern for sense in data.senses], data.lesser_only, data.indefinite_party,
    ]
    return [
        *(p for table in tables for p in table.patterns),
        *(p for words in word_lists for p in words),
        *(p for rule in rules for group in rule.all_of for p in group), *(p for rule in rules for p in rule.none_of),
        *(p for rule in rules for p in rule.unless_mentioned),
        *(p for recusal in data.recusal.values() for p in recusal.patterns),
        *(p for rule in subject_rules for p in rule.lawful_unless),
        *(p for rule in subject_rules for p in rule.lawful_unsettled),
    ]
