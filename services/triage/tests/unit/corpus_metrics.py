"""Metrics of the classifier over a labelled set (issue 14): category accuracy, confident wrong answers, lawful
reports given a violation category, crime-indication false positives, the fraction sent to manual classification.

An item: position, agency, channel_subject, occurred_at (ISO, may be empty), is_incumbent, description, and the
labels category, subject, crime. Used by the tests and, as a script, to measure a new set once:
`python services/triage/tests/unit/corpus_metrics.py <file.json>`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from netra_shared.contracts.schemas.submission import Candidate, Incident, ReportedParty
from triage.domain.classification import classify
from triage.domain.reference import LAWFUL, MANUAL, ReferenceData

DEFAULT_WHEN = "2024-11-01T10:00:00+07:00"


@dataclass
class Metrics:
    items: int = 0
    category_right: int = 0
    subject_right: int = 0
    crime_right: int = 0
    confident_wrong: int = 0
    lawful_items: int = 0
    lawful_given_violation: int = 0
    not_crime_items: int = 0
    crime_false_positives: int = 0
    manual: int = 0
    misses: list[dict] = field(default_factory=list)

    def rate(self, count: int, of: int | None = None) -> float:
        total = self.items if of is None else of
        return count / total if total else 0.0

    def summary(self) -> dict:
        return {
            "items": self.items,
            "category_accuracy": round(self.rate(self.category_right), 3),
            "subject_accuracy": round(self.rate(self.subject_right), 3),
            "crime_accuracy": round(self.rate(self.crime_right), 3),
            "confident_wrong": round(self.rate(self.confident_wrong), 3),
            "lawful_given_violation": self.lawful_given_violation,
            "lawful_items": self.lawful_items,
            "crime_false_positive_rate": round(self.rate(self.crime_false_positives, self.not_crime_items), 3),
            "crime_false_positives": self.crime_false_positives,
            "manual_fraction": round(self.rate(self.manual), 3),
        }


def items_of(data) -> list[dict]:
    if isinstance(data, list):
        return data
    for key in ("items", "cases", "corpus", "blind"):
        if isinstance(data.get(key), list):
            return data[key]
    return [item for value in data.values() if isinstance(value, list) for item in value if isinstance(item, dict)]


# Answers already given, per reference (kept alive here, so its id stays its own) and item: the tests measure the same
# sets several ways (each set, all together, the calibration), and classifying is the slow part.
_ANSWERS: dict[int, tuple[ReferenceData, dict[tuple, object]]] = {}


def classify_item(item: dict, reference: ReferenceData):
    key = tuple(item.get(name) for name in ("description", "position", "agency", "channel_subject", "occurred_at",
                                            "is_incumbent", "region_code"))
    answers = _ANSWERS.setdefault(id(reference), (reference, {}))[1]
    if key not in answers:
        answers[key] = _classify(item, reference)
    return answers[key]


def _classify(item: dict, reference: ReferenceData):
    when = datetime.fromisoformat(item.get("occurred_at") or DEFAULT_WHEN)
    party = ReportedParty(full_name="Terlapor", subject_type=item.get("channel_subject") or "other",
                          position=item.get("position") or "", agency=item.get("agency") or "")
    candidate = Candidate(name="Pasangan calon", is_incumbent=bool(item.get("is_incumbent")))
    incident = Incident(occurred_at=when, known_at=when, description=item["description"], candidate=candidate)
    return classify(party, [incident], reference, region_code=item.get("region_code"))


def measure(items: list[dict], reference: ReferenceData) -> Metrics:
    metrics = Metrics()
    confident_at = reference.confidence.confident_at
    for item in items:
        result = classify_item(item, reference)
        metrics.items += 1
        right = result.category == item["category"]
        metrics.category_right += right
        metrics.subject_right += result.subject_type == item["subject"]
        metrics.crime_right += result.crime_indication == bool(item["crime"])
        if not right and result.category != MANUAL and (result.confidence or 0) >= confident_at:
            metrics.confident_wrong += 1
        if item["category"] == LAWFUL:
            metrics.lawful_items += 1
            metrics.lawful_given_violation += result.category not in (LAWFUL, MANUAL)
        if not item["crime"]:
            metrics.not_crime_items += 1
            metrics.crime_false_positives += result.crime_indication
        metrics.manual += result.category == MANUAL
        if not right or result.subject_type != item["subject"] or result.crime_indication != bool(item["crime"]):
            metrics.misses.append({"id": item.get("id"), "expected": [item["category"], item["subject"], item["crime"]],
                                   "got": [result.category, result.subject_type, result.crime_indication],
                                   "confidence": result.confidence, "reasons": result.reasons})
    return metrics


if __name__ == "__main__":
    from triage.adapters.reference_file import load_reference

    measured = measure(items_of(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))), load_reference())
    print(json.dumps(measured.summary(), indent=1))
    if "-v" in sys.argv:
        for miss in measured.misses:
            print(json.dumps(miss, ensure_ascii=False))
