"""Finds the earlier cases of one reported party through the unique index on keys.subject_case."""

from __future__ import annotations

from typing import Any

from netra_shared.kernel.store import AggregateStore

from ..domain.case import CaseStatus
from ..domain.linking import SUBJECT_CASE_KEY, CaseSummary

_FIELD = f"keys.{SUBJECT_CASE_KEY}"
_PROJECTION = {_FIELD: 1, "state.status": 1, "state.reports.receipt_no": 1, "state.incident_from": 1,
               "state.incident_to": 1, "state.registered.incident": 1}


def _summary(document: dict[str, Any]) -> CaseSummary:
    state = document["state"]
    incident = state["registered"]["incident"]
    first = incident.get("occurred_at") or incident["known_at"]
    return CaseSummary(
        case_id=document["_id"], sequence=int(document["keys"][SUBJECT_CASE_KEY].rsplit("#", 1)[1]),
        decided=state["status"] == CaseStatus.decided.value,
        receipt_nos=[report["receipt_no"] for report in state["reports"]],
        incident_from=state.get("incident_from") or first, incident_to=state.get("incident_to") or first)


class SubjectCases:
    def __init__(self, cases: AggregateStore) -> None:
        self.collection = cases.collection

    async def of(self, subject_key: str) -> list[CaseSummary]:
        """Every case of the reported party, oldest first (a range scan of the unique index)."""
        cursor = self.collection.find({_FIELD: {"$gte": f"{subject_key}#", "$lt": f"{subject_key}$"}},
                                      _PROJECTION).sort(_FIELD, 1)
        return [_summary(document) for document in await cursor.to_list(length=None)]
