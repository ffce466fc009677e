"""A regression guard over the blind labelled set (classification_corpus_blind.json): written by another session
from the law alone, never shown to the rules' author before round 1 (see its "measurements").

The targets are issue 14's: category accuracy >= 75 %, confident wrong answers <= 5 %, no lawful report given a
violation category, crime-indication false positives <= 5 %."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from triage.adapters.reference_file import load_reference

_spec = importlib.util.spec_from_file_location("corpus_metrics", Path(__file__).with_name("corpus_metrics.py"))
corpus_metrics = sys.modules.setdefault("corpus_metrics", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(corpus_metrics)  # a plain file beside the tests (pytest runs with --import-mode=importlib)
items_of, measure = corpus_metrics.items_of, corpus_metrics.measure

REFERENCE = load_reference()
BLIND = items_of(json.loads(Path(__file__).with_name("classification_corpus_blind.json").read_text(encoding="utf-8")))
OLDER = json.loads(Path(__file__).with_name("classification_corpus.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def blind():
    return measure(BLIND, REFERENCE)


def test_the_blind_set_is_large_enough_and_covers_lawful_conduct_and_manual_classification():
    assert len(BLIND) >= 40
    categories = {item["category"] for item in BLIND}
    assert {"lawful_conduct", "needs_manual_classification", "election_crime_official_action"} <= categories


def test_category_accuracy_on_the_blind_set_is_at_least_75_percent(blind):
    assert blind.rate(blind.category_right) >= 0.75, blind.summary()


def test_confident_wrong_answers_on_the_blind_set_are_at_most_5_percent(blind):
    """A category that is neither right nor needs_manual_classification, at confidence >= confident_at."""
    assert blind.rate(blind.confident_wrong) <= 0.05, blind.summary()


def test_no_lawful_report_of_the_blind_set_gets_a_violation_category(blind):
    assert blind.lawful_items and blind.lawful_given_violation == 0, blind.summary()


def test_crime_indication_false_positives_on_the_blind_set_are_at_most_5_percent(blind):
    assert blind.rate(blind.crime_false_positives, blind.not_crime_items) <= 0.05, blind.summary()


def test_the_blind_set_is_not_classified_by_sending_everything_to_manual_classification(blind):
    assert blind.rate(blind.manual) <= 0.25, blind.summary()


def test_the_older_corpus_meets_the_same_targets():
    items = [{**item, "occurred_at": None} for part in ("tuning", "held_out", "fresh") for item in OLDER[part]]
    older = measure(items, REFERENCE)
    assert older.rate(older.category_right) >= 0.75 and older.rate(older.confident_wrong) <= 0.05, older.summary()
