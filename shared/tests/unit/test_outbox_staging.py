"""A batch's outbox entries for one document: a newer event marked `latest` (a review packet superseded by a newer one
of the same case) replaces the older of the same type, topic and key before either is written, so reports linking to
one case in one batch send each reader one update, not one per report; everything else is kept, in order."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from netra_shared.contracts.topics import POKJA_REVIEW_REQUESTS, REVIEW_UPDATED, TRIAGE_EVENTS, REVIEW_EXTENDED
from netra_shared.kernel.aggregates import Cause, to_change
from netra_shared.kernel.decision import Decision, Emit
from netra_shared.kernel.unit_of_work import Staged
from pydantic import BaseModel

NOW = datetime(2024, 10, 3, tzinfo=UTC)


class State(BaseModel):
    n: int


class Packet(BaseModel):
    case_id: str
    version: int


def _add(staged: Staged, version: int, *, case: str = "CASE-1", latest: bool = True) -> None:
    emits = [Emit(POKJA_REVIEW_REQUESTS["bkd"], REVIEW_UPDATED, case, Packet(case_id=case, version=version),
                  f"updated_{version}", latest=latest),
             Emit(TRIAGE_EVENTS, REVIEW_EXTENDED, case, Packet(case_id=case, version=version), f"event_{version}")]
    change = to_change(Decision(State(n=version), emits), source="/netra/triage", cause=Cause.internal(f"m{version}"),
                       now=NOW)
    staged.add(f"m{version}", change, version)


def _versions(staged: Staged, topic: str) -> list[tuple[str, int]]:
    return [(entry["key"], json.loads(entry["value"])["data"]["version"]) for entry in staged.outbox
            if entry["topic"] == topic]


def test_a_newer_packet_of_the_same_case_replaces_the_older_in_the_same_write():
    staged = Staged(None, "CASE-1", None, None)
    for version in (1, 2, 3):
        _add(staged, version)
    assert _versions(staged, "pokja.review-requests.bkd") == [("CASE-1", 3)]
    assert _versions(staged, "triage.events") == [("CASE-1", 1), ("CASE-1", 2), ("CASE-1", 3)]  # not marked: all kept
    assert staged.operation()._doc["outbox"] == staged.outbox  # what is written


def test_other_cases_and_unmarked_events_are_never_replaced():
    staged = Staged(None, "CASE-1", None, None)
    _add(staged, 1, latest=False)
    _add(staged, 2, latest=False)
    _add(staged, 3, case="CASE-2")
    _add(staged, 4, case="CASE-2")
    assert _versions(staged, "pokja.review-requests.bkd") == [("CASE-1", 1), ("CASE-1", 2), ("CASE-2", 4)]
