"""Someone asks for a report's public status: its timeline, with no personal data (None: unknown receipt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netra_shared.kernel.aggregates import Aggregates

from ..domain.notified_report import NotifiedReport
from ..domain.public_board import board


@dataclass(frozen=True)
class OnStatusRequest:
    reports: Aggregates[NotifiedReport]

    async def __call__(self, receipt_no: str) -> dict[str, Any] | None:
        report = await self.reports.get(receipt_no)
        return board(report) if report is not None and report.timeline else None
