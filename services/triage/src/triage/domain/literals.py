"""The words a pattern cannot match without: a quick substring test before the regular expression runs.

A classification tries each of the reference data's ~1,300 patterns on the description, and few of them match; the
regular expression engine costs microseconds per pattern even when it fails, a substring test a fraction of that.
`required(r"\\b(meng|di)ancam\\b")` is {"ancam"}: a match holds "ancam". Alternatives give a set, any one of which
must occur (`r"\\b(kampanye|deklarasi)\\b"`: {"kampanye", "deklarasi"}). A pattern the analysis does not understand
requires nothing, so the test only ever skips searches that could not have matched (test_literals.py checks this
against every pattern of the reference data and every labelled description).
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the standard library's own parser of regular expressions (the `sre_parse` of Python < 3.11)
    from re import _parser as _sre
except ImportError:  # pragma: no cover - another Python: no prefilter, every pattern is searched
    _sre = None

SHORTEST = 3  # characters: a shorter required text is in almost every description, no use as a filter
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")  # consume nothing: literals on either side stay adjacent


@lru_cache(maxsize=None)
def required(pattern: str) -> frozenset[str] | None:
    """Texts one of which every match of the pattern contains, or None: no useful requirement."""
    if _sre is None:
        return None
    try:
        parsed = _sre.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _sequence(list(parsed))
    except Exception:  # noqa: BLE001 - an unfamiliar construct: no filter, never a wrong skip
        return None
    return found if found and min(map(len, found)) >= SHORTEST else None


def may_match(pattern: str, text: str) -> bool:
    """False only when the pattern cannot match the text (a required text is missing)."""
    needed = required(pattern)
    return needed is None or any(piece in text for piece in needed)


def _sequence(items: list) -> frozenset[str] | None:
    """The best requirement of a sequence: its longest run of literal characters, or the requirement of one of its
    mandatory parts (a group, a branch, a repeat of at least one), whichever has the longest shortest text."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(argument)
            continue
        if name in _ZERO_WIDTH:
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        if name == "SUBPATTERN":
            _, add_flags, _, inner = argument
            if add_flags & re.IGNORECASE:
                return None
            if (found := _sequence(list(inner))) is not None:
                candidates.append(found)
        elif name == "BRANCH":
            alternatives = [_sequence(list(branch)) for branch in argument[1]]
            if all(alternative is not None for alternative in alternatives):
                candidates.append(frozenset().union(*alternatives))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, inner = argument
            if low >= 1 and (found := _sequence(list(inner))) is not None:
                candidates.append(found)
        elif name == "ATOMIC_GROUP":
            if (found := _sequence(list(argument))) is not None:
                candidates.append(found)
    if run:
        candidates.append(frozenset({run}))
    return max(candidates, key=lambda texts: min(map(len, texts)), default=None)
