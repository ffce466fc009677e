"""Builders for intake's unit tests: submissions from the shared samples, with overrides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.testing import samples


def _build(index: int = 0, *, region: str | None = None, level: str | None = None, kind: str | None = None,
           received_at: str | None = None, known_at: str | None = None, occurred_at: str | None = None,
           **reporter: Any) -> ReportSubmission:
    data = samples.submission(index)
    if region is not None:
        data["election"]["region_code"] = region
    if level is not None:
        data["election"]["level"] = level
    if kind is not None:
        data["kind"] = kind
    if received_at is not None:
        data["received_at"] = received_at
    if known_at is not None:
        data["incident"]["known_at"] = known_at
        data["incident"]["occurred_at"] = occurred_at or known_at
    elif occurred_at is not None:
        data["incident"]["occurred_at"] = occurred_at
    data["reporter"].update(reporter)
    return ReportSubmission.model_validate(data)


@pytest.fixture
def make_submission() -> Callable[..., ReportSubmission]:
    """make_submission(index=0, region=, level=, kind=, received_at=, known_at=, occurred_at=, **reporter_fields)"""
    return _build
