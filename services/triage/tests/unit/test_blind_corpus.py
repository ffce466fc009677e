"""A regression guard over the blind labelled sets, each written by another session from the law alone and measured
once, unseen, before the rules were fitted to it (see each file's "measurements"):
- classification_corpus_blind.json (the first set: round 1 unseen, round 2 after fitting),
- classification_corpus_blind_2.json (the second set: round 2 unseen, round 3 after fitting),
- classification_corpus_blind_3.json (the third set: round 3 unseen, round 4 calibrated and fitted),
- classification_corpus_blind_4.json (the fourth set: round 4 unseen, round 5 calibrated and fitted),
- classification_corpus_blind_5.json (the fifth set: round 5 unseen, round 6 after fitting),
- classification_corpus_blind_6.json (the sixth set: round 6 unseen, round 7 after fitting),
- classification_corpus_blind_7.json (the seventh set: round 8 unseen, round 9 after fitting),
- classification_corpus_blind_8.json (the eighth set: round 9 unseen, round 10 after fitting),
- classification_corpus_blind_9.json (the ninth set: round 10 unseen, round 11 after fitting),
- classification_corpus_blind_10.json (the tenth set: round 11 unseen, round 12 after fitting),
- classification_corpus_blind_11.json (the eleventh set: round 12 unseen, round 13 after fitting),
- classification_corpus_blind_12.json (the twelfth set: round 13 unseen, round 14 after fitting),
- classification_corpus_blind_13.json (the thirteenth set: round 14 unseen, round 15 after fitting),
- classification_corpus_blind_14.json (the fourteenth set: round 15 unseen, round 16 after fitting),
- classification_corpus_blind_15.json (the fifteenth set: round 16 unseen, round 17 after fitting),
- classification_corpus_blind_16.json (the sixteenth set: round 17 unseen, round 18 after fitting),
- classification_corpus_blind_17.json (the seventeenth set: round 18 unseen, round 19 after fitting),
- classification_corpus_blind_18.json (the eighteenth set: round 19 unseen, round 20 after fitting),
- classification_corpus_blind_19.json (the nineteenth set: round 20 unseen, round 21 after fitting),
- classification_corpus_blind_20.json (the twentieth set: round 21 unseen, round 22 after fitting),
- classification_corpus_blind_21.json (the twenty-first set: round 22 unseen, round 23 after fitting),
- classification_corpus_blind_22.json (the twenty-second set: round 23 unseen, round 24 after fitting),
- classification_corpus_blind_23.json (the twenty-third set: round 24 unseen, round 25 after fitting),
- classification_corpus_blind_24.json (the twenty-fourth set: round 25 unseen, round 26 after fitting),
- classification_corpus_blind_25.json (the twenty-fifth set: round 26 unseen, round 27 after fitting),
- classification_corpus_blind_26.json (the twenty-sixth set: round 27 unseen, round 28 after fitting),
- classification_corpus_blind_27.json (the twenty-seventh set: round 28 unseen, round 29 after fitting),
- classification_corpus_blind_28.json (the twenty-eighth set: round 29 unseen, round 30 after fitting),
- classification_corpus_blind_29.json (the twenty-ninth set: round 30 unseen, round 31 after fitting),
- classification_corpus_blind_30.json (the thirtieth set: round 31 unseen, round 32 after fitting),
- classification_corpus_blind_31.json (the thirty-first set: round 32 unseen, round 33 after fitting),
- classification_corpus_blind_32.json (the thirty-second set: round 33 unseen, round 34 after fitting),
- classification_corpus_blind_33.json (the thirty-third set: round 34 unseen, round 35 after fitting),
- classification_corpus_blind_34.json (the thirty-fourth set: round 35 unseen, round 36 after fitting),
- classification_corpus_blind_35.json (the thirty-fifth set: round 36 unseen, added unfitted: it met every target
  unseen),
- classification_corpus_blind_36.json (the thirty-sixth set: round 36 unseen, round 37 after fitting),
- classification_corpus_blind_37.json (the thirty-seventh set: round 37 unseen, round 38 after fitting),
- classification_corpus_blind_38.json (the thirty-eighth set: round 38 unseen, round 39 after fitting),
- classification_corpus_blind_39.json (the thirty-ninth set: round 39 unseen, round 40 after fitting),
- classification_corpus_blind_40.json (the fortieth set: round 39 unseen, round 41 after fitting),
- classification_corpus_blind_41.json (the forty-first set: round 40 unseen, round 41 after fitting),
- classification_corpus_blind_42.json (the forty-second set: round 41 unseen, round 42 after fitting),
- classification_corpus_blind_43.json (the forty-third set: round 41 unseen, round 42 after fitting),
- classification_corpus_blind_46.json (the forty-sixth set: round 42 unseen, round 43 after fitting),
- classification_corpus_blind_47.json (the forty-seventh set: round 42 unseen, round 43 after fitting),
- classification_corpus_blind_48.json (the forty-eighth set: round 43 unseen, when it met every target; round 44 after fitting),
- classification_corpus_blind_49.json (the forty-ninth set: round 43 unseen, round 44 after fitting),
- classification_corpus_blind_50.json (the fiftieth set: round 44 unseen, round 45 after fitting),
- classification_corpus_blind_51.json (the fifty-first set: round 44 unseen, round 45 after fitting),
- classification_corpus_blind_52.json (the fifty-second set: round 45 unseen, round 46 after fitting),
- classification_corpus_blind_53.json (the fifty-third set: round 45 unseen, round 46 after fitting),
- classification_corpus_blind_54.json (the fifty-fourth set: round 46 unseen, round 47 after fitting),
- classification_corpus_blind_55.json (the fifty-fifth set: round 46 unseen, round 47 after fitting),
- classification_corpus_blind_56.json (the fifty-sixth set: round 47 unseen, round 48 after fitting),
- classification_corpus_blind_57.json (the fifty-seventh set: round 47 unseen, round 48 after fitting),
- classification_corpus_blind_58.json (the fifty-eighth set: round 48 unseen, round 49 after fitting),
- classification_corpus_blind_59.json (the fifty-ninth set: round 49 unseen, round 50 after fitting),
- classification_corpus_blind_60.json (the sixtieth set: round 50 unseen, round 51 after fitting),
- classification_corpus_blind_61.json (the sixty-first set: round 50 unseen, rounds 51 and 52 after fitting),
- classification_corpus_blind_62.json (the sixty-second set: round 51 unseen, round 52 after fitting),
- classification_corpus_blind_63.json (the sixty-third set: round 51 unseen, round 52 after fitting),
- classification_corpus_blind_64.json (the sixty-fourth set: round 52 unseen, round 53 after fitting),
- classification_corpus_blind_65.json (the sixty-fifth set: round 53 unseen, round 54 after fitting),
- classification_corpus_blind_66.json (the sixty-sixth set: round 53 unseen, round 54 after fitting),
- classification_corpus_blind_67.json (the sixty-seventh set: round 53 unseen, round 54 after fitting),
- classification_corpus_blind_68.json (the sixty-eighth set: round 54 unseen, round 55 after fitting),
- classification_corpus_blind_69.json (the sixty-ninth set: round 54 unseen, round 55 after fitting),
- classification_corpus_blind_71.json (the seventy-first set: round 55 unseen, round 56 after fitting).
classification_corpus_blind_70.json (round 55 unseen, round 56 partly fitted) is stored outside BLIND_SETS: one of its
lawful reports still gets a violation, the next round's input.

The targets are issue 14's: category accuracy >= 75 %, confident wrong answers <= 5 %, no lawful report given a
violation category, crime-indication false positives <= 5 %, and no more than a quarter sent to manual
classification (the classifier must not pass the other targets by refusing to answer). Nor may it pass the
confident-wrong target by never being confident where it has earned it: the evidence's calibration alone leaves most
answers confident, and round 8's list of categories proven reliable on unseen text keeps most of their answers
confident."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest
from triage.adapters.reference_file import load_reference
from netra_devkit.classifier_probe import every_category_reference

_spec = importlib.util.spec_from_file_location("corpus_metrics", Path(__file__).with_name("corpus_metrics.py"))
corpus_metrics = sys.modules.setdefault("corpus_metrics", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(corpus_metrics)  # a plain file beside the tests (pytest runs with --import-mode=importlib)
items_of, measure = corpus_metrics.items_of, corpus_metrics.measure

REFERENCE = load_reference()
BLIND_SETS = {name: items_of(json.loads(Path(__file__).with_name(f"{name}.json").read_text(encoding="utf-8")))
              for name in ("classification_corpus_blind", "classification_corpus_blind_2",
                           "classification_corpus_blind_3", "classification_corpus_blind_4",
                           "classification_corpus_blind_5", "classification_corpus_blind_6",
                           "classification_corpus_blind_7", "classification_corpus_blind_8",
                           "classification_corpus_blind_9", "classification_corpus_blind_10",
                           "classification_corpus_blind_11", "classification_corpus_blind_12",
                           "classification_corpus_blind_13", "classification_corpus_blind_14",
                           "classification_corpus_blind_15", "classification_corpus_blind_16",
                           "classification_corpus_blind_17", "classification_corpus_blind_18",
                           "classification_corpus_blind_19", "classification_corpus_blind_20",
                           "classification_corpus_blind_21", "classification_corpus_blind_22",
                           "classification_corpus_blind_23", "classification_corpus_blind_24",
                           "classification_corpus_blind_25", "classification_corpus_blind_26",
                           "classification_corpus_blind_27", "classification_corpus_blind_28",
                           "classification_corpus_blind_29", "classification_corpus_blind_30",
                           "classification_corpus_blind_31", "classification_corpus_blind_32",
                           "classification_corpus_blind_33", "classification_corpus_blind_34",
                           "classification_corpus_blind_35", "classification_corpus_blind_36",
                           "classification_corpus_blind_37", "classification_corpus_blind_38",
                           "classification_corpus_blind_39", "classification_corpus_blind_40",
                           "classification_corpus_blind_41", "classification_corpus_blind_42",
                           "classification_corpus_blind_43", "classification_corpus_blind_46",
                           "classification_corpus_blind_47", "classification_corpus_blind_48",
                           "classification_corpus_blind_49", "classification_corpus_blind_50",
                           "classification_corpus_blind_51", "classification_corpus_blind_52",
                           "classification_corpus_blind_53", "classification_corpus_blind_54",
                           "classification_corpus_blind_55", "classification_corpus_blind_56",
                           "classification_corpus_blind_57", "classification_corpus_blind_58",
                           "classification_corpus_blind_59", "classification_corpus_blind_60",
                           "classification_corpus_blind_61", "classification_corpus_blind_62",
                           "classification_corpus_blind_63", "classification_corpus_blind_64",
                           "classification_corpus_blind_65", "classification_corpus_blind_66",
                           "classification_corpus_blind_67", "classification_corpus_blind_68",
                           "classification_corpus_blind_69", "classification_corpus_blind_71")}
BLIND = BLIND_SETS["classification_corpus_blind"]
OLDER = json.loads(Path(__file__).with_name("classification_corpus.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(BLIND_SETS))
def blind(request):
    return measure(BLIND_SETS[request.param], REFERENCE)


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_each_blind_set_is_large_enough_and_covers_lawful_conduct_and_manual_classification(name):
    items = BLIND_SETS[name]
    assert len(items) >= 40
    categories = {item["category"] for item in items}
    assert {"lawful_conduct", "needs_manual_classification", "election_crime_official_action"} <= categories


@pytest.mark.parametrize("first, second", list(itertools.combinations(sorted(BLIND_SETS), 2)))
def test_the_blind_sets_are_different_texts(first, second):
    texts = {item["description"] for item in BLIND_SETS[first]}
    assert not texts & {item["description"] for item in BLIND_SETS[second]}
    assert not {item["id"] for item in BLIND_SETS[first]} & {item["id"] for item in BLIND_SETS[second]}


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_each_blind_set_records_its_unseen_and_fitted_measurements(name):
    data = json.loads(Path(__file__).with_name(f"{name}.json").read_text(encoding="utf-8"))
    assert len(data["measurements"]) >= 2 and "before anyone looked at this set" in data["measurements"][0]


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
    assert older.lawful_given_violation == 0 and older.rate(older.manual) <= 0.25, older.summary()


def test_all_labelled_sets_together_are_rarely_confidently_wrong():
    """Confident answers (>= confident_at) are rarely wrong over every labelled set at once."""
    items = [{**item, "occurred_at": None} for part in ("tuning", "held_out", "fresh") for item in OLDER[part]]
    every = measure(items + [item for name in sorted(BLIND_SETS) for item in BLIND_SETS[name]], REFERENCE)
    assert every.rate(every.confident_wrong) <= 0.05 and every.lawful_given_violation == 0, every.summary()


def test_the_calibration_does_not_pass_by_withholding_confidence():
    """Over every labelled set: the evidence's calibration alone (every category allowed) leaves at least half the
    answers confident, lowering confidence where evidence conflicts, not everywhere; and in the categories proven
    reliable on unseen text (round 8, `confidence.confident_categories`), at least 80% of the answers stay confident."""
    items = [{**item, "occurred_at": None} for part in ("tuning", "held_out", "fresh") for item in OLDER[part]]
    items += [item for name in sorted(BLIND_SETS) for item in BLIND_SETS[name]]

    def confident(reference) -> list:
        return [result for result in (corpus_metrics.classify_item(item, reference) for item in items)
                if result.category != "needs_manual_classification"
                and (result.confidence or 0) >= reference.confidence.confident_at]

    assert len(confident(every_category_reference())) >= len(items) / 2
    proven = REFERENCE.confidence.confident_categories
    in_proven = [result for result in (corpus_metrics.classify_item(item, REFERENCE) for item in items)
                 if result.category in proven]
    assert len(confident(REFERENCE)) >= 0.8 * len(in_proven) > 0, (len(confident(REFERENCE)), len(in_proven))


def test_the_fourth_blind_set_misses_only_the_labels_netra_does_not_follow():
    """Round 5 decided five labels on legal grounds (skb2022.json notes, round 5; the set's measurements): every other
    item keeps its category, subject and crime indication."""
    not_followed = {"e-pemantau-live-tiktok-pupr", "e-perbekel-wantilan-ngajak-krama", "e-wawali-story-titip-kota",
                    "e-bpd-bendahara-tim-kampanye", "e-lurah-posyandu-balas-budi"}
    misses = measure(BLIND_SETS["classification_corpus_blind_4"], REFERENCE).misses
    assert {miss["id"] for miss in misses} <= not_followed, misses


def test_the_sixth_blind_set_misses_only_the_labels_netra_does_not_follow_and_the_gaps_it_names():
    """Round 7 decided the sixth set's labels not followed on legal grounds and named the gaps it left open (the set's
    measurements; skb2022.json notes, round 7): every other item keeps its category, subject and crime indication."""
    not_followed = {"g-babinsa-sembako-oktober", "g-kanit-binmas-13-nov", "g-camat-kumpul-kades-juli",
                    "g-pppk-tim-kampanye-resmi", "g-kades-orasi-panggung", "g-sekdes-tim-kampanye-resmi",
                    "g-tim-pemenangan-agustus", "g-pns-tim-setelah-kampanye", "g-kades-kerahkan-warga-blt",
                    "g-pj-walikota-bansos", "g-cuti-tahunan-istri-calon", "g-cltn-dampingi-suami",
                    "g-istri-camat-relawan", "g-bupati-mutasi-februari", "g-walikota-mutasi-izin-mendagri",
                    "g-bupati-peluncuran-februari"}
    gaps = {"g-foto-diajak-tim", "g-spanduk-pagar-tanpa-izin", "g-kades-deklarasi-agustus", "g-kaur-like-fb",
            "g-bpd-juga-guru-pns"}
    misses = measure(BLIND_SETS["classification_corpus_blind_6"], REFERENCE).misses
    assert {miss["id"] for miss in misses} <= not_followed | gaps, misses
