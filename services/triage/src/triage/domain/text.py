"""Matching the reference data's patterns against Indonesian free text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .reference import Rule

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(text: str | None) -> str:
    """Lowercase ASCII words separated by single spaces, padded with one space at each end."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " " + _NOT_ALNUM.sub(" ", ascii_text.lower()).strip() + " "


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def hits(patterns: Iterable[str], text: str) -> list[str]:
    """The text each matching pattern found (first occurrence), in pattern order, without repeats."""
    found: list[str] = []
    for pattern in patterns:
        match = _compiled(pattern).search(text)
        if match and (word := match.group(0).strip()) and word not in found:
            found.append(word)
    return found


def matches(patterns: Iterable[str], text: str) -> bool:
    return any(_compiled(pattern).search(text) for pattern in patterns)


def rule_hits(rule: Rule, text: str) -> list[str]:
    """What made the rule match (empty: it does not match)."""
    if matches(rule.none_of, text):
        return []
    found: list[str] = []
    for group in rule.all_of:
        group_hits = hits(group, text)
        if not group_hits:
            return []
        found += [word for word in group_hits if word not in found]
    return found


def any_rule_hits(rules: Iterable[Rule], text: str) -> list[str]:
    for rule in rules:
        if found := rule_hits(rule, text):
            return found
    return []


def normalise_name(full_name: str | None, titles: Iterable[str]) -> str:
    """A reported party's name without titles: "H. Darmawan Saputra, S.Pd., M.Si." -> "darmawan saputra".

    Degrees follow the first comma; honorifics and degrees written without a comma are dropped at either end."""
    drop = set(titles)
    words = normalise((full_name or "").split(",", 1)[0]).split()
    while words and words[0] in drop:
        words.pop(0)
    while words and words[-1] in drop:
        words.pop()
    return " ".join(words)
