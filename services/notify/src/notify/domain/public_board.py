"""The public status board of one report: its published timeline, in words, with no personal data.

Only the fields listed here leave notify: numbers, statuses, times, reasons, outcomes, recipients, deadlines.
"""

from __future__ import annotations

import re
from typing import Any

from netra_shared.contracts.schemas.submission import RECEIPT_NO_PATTERN

from .notified_report import NotifiedReport
from .wording import (
    KIND_WORDS,
    OUTCOME_WORDS,
    REASON_WORDS,
    RECIPIENT_WORDS,
    STATUS_WORDS,
    joined,
    local_time,
)

RECEIPT_NO = re.compile(RECEIPT_NO_PATTERN)


def is_receipt_no(text: str) -> bool:
    return RECEIPT_NO.fullmatch(text) is not None


def board(report: NotifiedReport) -> dict[str, Any]:
    region = report.region_code
    steps = []
    for status in report.timeline:
        recipients = status.recipients or []
        steps.append({
            "status": status.status.value,
            "status_words": STATUS_WORDS.get(status.status.value, status.status.value),
            "occurred_at": status.occurred_at.isoformat(),
            "occurred_at_local": local_time(status.occurred_at, region),
            "reason": status.reason,
            "reason_words": REASON_WORDS.get(status.reason or "") if status.reason else None,
            "reason_detail": status.reason_detail,
            "outcome": status.outcome,
            "outcome_words": OUTCOME_WORDS.get(status.outcome or "") if status.outcome else None,
            "recipients": recipients,
            "recipients_words": joined([RECIPIENT_WORDS.get(name, name.upper()) for name in recipients]) or None,
            "due_at": status.due_at.isoformat() if status.due_at else None,
            "due_at_local": local_time(status.due_at, region) or None,
            "case_id": status.case_id,
        })
    latest = steps[-1] if steps else None
    return {
        "receipt_no": report.receipt_no,
        "registration_no": report.registration_no,
        "kind": KIND_WORDS.get(report.kind or "", "laporan"),
        "region_name": report.region_name,
        "status": latest["status"] if latest else None,
        "status_words": latest["status_words"] if latest else None,
        "timeline": steps,
    }
