"""Builders for intake's unit tests: submissions from the shared samples, with overrides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from intake.domain.filing import FilingRules
from intake.domain.numbers import receipt_number
from intake.domain.report import Report, receive, supplement, withdraw
from netra_devkit import samples
from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.schemas.submission import ReportSubmission, ReportSupplement, WithdrawalRequest


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


# --- builders for the report lifecycle -----------------------------------------------------------------------------

DELETE = object()  # edited(..., {"reporter.nik": DELETE}) removes the key


def _edited(index: int = 0, changes: dict[str, Any] | None = None) -> ReportSubmission:
    """A sample with dotted paths set (or removed with DELETE): edited(0, {"reporter.nik": None, "evidence": []})."""
    data = samples.submission(index)
    for path, value in (changes or {}).items():
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[part]
        if value is DELETE:
            target.pop(last, None)
        else:
            target[last] = value
    return ReportSubmission.model_validate(data)


@pytest.fixture
def edited() -> Callable[..., ReportSubmission]:
    return _edited


@pytest.fixture
def delete_marker() -> object:
    return DELETE


class Lifecycle:
    """Calls the pure report rules the way the handlers do (same receipt and reporter_ref derivation)."""

    def __init__(self, rules: FilingRules | None = None) -> None:
        self.rules = rules or FilingRules()

    @staticmethod
    def receipt(submission: ReportSubmission, sender: str | None = None) -> str:
        return receipt_number(sender or submission.channel, submission.submission_id)

    def receive(self, submission: ReportSubmission, now: datetime, existing: Report | None = None, *,
                sender: str | None = None):
        """`sender`: the channel whose topic it came on (default: the one the submission names)."""
        receipt = self.receipt(submission, sender)
        return receive(existing, submission, sender=sender or submission.channel, receipt_no=receipt,
                       reporter_ref="rr-" + derive_event_id(receipt, "reporter_ref"), rules=self.rules, now=now)

    def supplement(self, report: Report, now: datetime, *, sender: str | None = None, channel: str | None = None,
                   **items: Any):
        """`sender`: the channel whose topic it came on (default: the report's); `channel`: the one it names."""
        sender = sender or report.channel
        patch = ReportSupplement.model_validate({"receipt_no": report.receipt_no, "channel": channel or sender,
                                                 "supplied_at": now.isoformat(), **items})
        return supplement(report, patch, sender=sender, rules=self.rules, now=now)

    @staticmethod
    def withdraw(report: Report, now: datetime, *, sender: str | None = None, channel: str | None = None):
        sender = sender or report.channel
        request = WithdrawalRequest(receipt_no=report.receipt_no, channel=channel or sender,
                                    requested_at=now, reason="salah lapor")
        return withdraw(report, request, sender=sender, now=now)


@pytest.fixture
def lifecycle() -> Lifecycle:
    return Lifecycle()


@pytest.fixture
def reporter_secrets() -> Callable[[ReportSubmission], list[str]]:
    """The reporter's identity as strings that must never appear on a non-personal topic."""
    def secrets(submission: ReportSubmission) -> list[str]:
        reporter = submission.reporter
        found = [reporter.full_name, reporter.nik, reporter.phone, reporter.email]
        if reporter.birth_date:
            found.append(reporter.birth_date.isoformat())
        if reporter.address and reporter.address != submission.reported_party.address:
            found.append(reporter.address)  # (sample 3's supervisor lives where the reported village head does)
        return [value for value in found if value]
    return secrets
