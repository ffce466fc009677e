"""Merging the items a reporter supplies into the stored submission."""

from __future__ import annotations

from typing import Any

from netra_shared.contracts.schemas.submission import ReportSubmission, ReportSupplement
from pydantic import BaseModel


def _patched(current: BaseModel, patch: BaseModel | None) -> BaseModel:
    if patch is None:
        return current
    given: dict[str, Any] = {key: value for key, value in patch.model_dump().items() if value is not None}
    return current.model_copy(update=given)


def merge(submission: ReportSubmission, items: ReportSupplement) -> ReportSubmission:
    """Supplied values replace missing or earlier ones; evidence is added to what was already sent."""
    return submission.model_copy(update={
        "reporter": _patched(submission.reporter, items.reporter),
        "reported_party": _patched(submission.reported_party, items.reported_party),
        "incident": _patched(submission.incident, items.incident),
        "evidence": [*submission.evidence, *items.evidence][:50],
        "attestation": items.attestation or submission.attestation,
    })
