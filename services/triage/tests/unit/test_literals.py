"""The substring test before each pattern's search (literals.py) skips only searches that could not have matched:
a classification reads the same with it as without it, at about half the time."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from triage.adapters.reference_file import load_reference
from triage.domain import literals, passage, text
from triage.domain.literals import may_match, required

_spec = importlib.util.spec_from_file_location("corpus_metrics", Path(__file__).with_name("corpus_metrics.py"))
corpus_metrics = sys.modules.setdefault("corpus_metrics", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(corpus_metrics)  # a plain file beside the tests (pytest runs with --import-mode=importlib)
_classify, items_of = corpus_metrics._classify, corpus_metrics.items_of

HERE = Path(__file__).parent
REFERENCE = load_reference()


def _labelled_items(every: int = 1) -> list[dict]:
    items = [item for path in sorted(HERE.glob("classification_corpus*.json"))
             for item in items_of(json.loads(path.read_text(encoding="utf-8")))]
    return items[::every]


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"\b(meng|di)ancam\b", {"ancam"}),  # the longest literal run after a group
    (r"\b(kampanye|deklarasi)\b", {"kampanye", "deklarasi"}),  # alternatives: any one of them
    (r"(?<!hak )(?<!cara )\bpilih(lah)?\b", {"pilih"}),  # a lookbehind and an optional suffix require nothing
    (r"(pelat|plat|nopol) merah", {" merah"}),
    (r"\b(tidak|tak) (\w+ )?(kelihatan|terlihat|tampak|jelas) (\w+ )?(wajah|muka)(nya)?\b",
     {"kelihatan", "terlihat", "tampak", "jelas"}),  # the group whose shortest word is longest
    (r"(ikut ){1,2}kampanye", {"kampanye"}),
])
def test_a_match_needs_the_words_the_pattern_spells_out(pattern, needed):
    assert required(pattern) == needed


@pytest.mark.parametrize("pattern", [
    r"a|bc",  # too short to filter anything
    r"x{0,3}yy",
    r"(?i)kampanye",  # a case-insensitive pattern could match other letters
    r"\b(?i:kampanye)\b",
    r"[abc]+",
    r"(",  # not a pattern at all: the search itself reports it, the filter stays out of the way
])
def test_a_pattern_the_analysis_cannot_use_is_always_searched(pattern):
    assert required(pattern) is None
    assert may_match(pattern, " tidak ada kata yang sama ")


def test_the_filter_skips_no_search_that_would_have_matched(monkeypatch):
    """Every pattern of the reference data, on every sixth labelled description: each search the filter skipped
    finds nothing when it is run."""
    skipped: list[tuple[str, str]] = []

    def recording(pattern: str, where: str) -> bool:
        verdict = may_match(pattern, where)
        if not verdict:
            skipped.append((pattern, where))
        return verdict

    monkeypatch.setattr(passage, "may_match", recording)
    monkeypatch.setattr(text, "may_match", recording)
    for item in _labelled_items(every=6):
        _classify(item, REFERENCE)
    assert len({pattern for pattern, _ in skipped}) > 500  # most of the reference data's patterns were filtered
    wrongly_skipped = [(pattern, where[:60]) for pattern, where in skipped if text.compiled(pattern).search(where)]
    assert wrongly_skipped == []


def test_every_labelled_description_reads_the_same_without_the_filter(monkeypatch):
    items = _labelled_items(every=4)
    with_filter = [_classify(item, REFERENCE).model_dump() for item in items]
    monkeypatch.setattr(literals, "_sre", None)
    literals.required.cache_clear()
    try:
        without = [_classify(item, REFERENCE).model_dump() for item in items]
    finally:
        monkeypatch.undo()
        literals.required.cache_clear()
    assert required(r"\b(meng|di)ancam\b") == {"ancam"}  # the filter is back for the other tests
    assert [a["category"] for a in with_filter] == [b["category"] for b in without]
    assert with_filter == without
