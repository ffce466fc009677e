"""Lowercase ASCII words and the reference data's patterns over them (a description's reading: passage.py)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .literals import may_match

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(text: str | None) -> str:
    """Lowercase ASCII words separated by single spaces, padded with one space at each end."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " " + _NOT_ALNUM.sub(" ", ascii_text.lower()).strip() + " "


def standard_words(normalised: str, forms: dict[str, str]) -> str:
    """Normalised text with each word in its standard form (padded like `normalise`)."""
    words = [forms.get(word, word) for word in normalised.split()]
    return " " + " ".join(word for word in words if word) + " "


@lru_cache(maxsize=None)
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def hits(patterns: Iterable[str], text: str) -> list[str]:
    """The text each matching pattern found (first occurrence), in pattern order, without repeats."""
    found: list[str] = []
    for pattern in patterns:
        match = compiled(pattern).search(text) if may_match(pattern, text) else None
        if match and (word := match.group(0).strip()) and word not in found:
            found.append(word)
    return found


def matches(patterns: Iterable[str], text: str) -> bool:
    return any(may_match(pattern, text) and compiled(pattern).search(text) for pattern in patterns)


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
