"""What makes intake act: which event feeds which handler, and whose deadlines the sweeper fires."""

from __future__ import annotations

from netra_shared.contracts.topics import (
    REPORT_SUBMITTED,
    REPORT_SUPPLEMENTED,
    REPORT_WITHDRAWAL_REQUESTED,
    REPORTS_SUBMITTED,
)
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.runtime import Entrypoints

from ..handlers import Handlers
from ..settings import IntakeSettings


def entrypoints(handlers: Handlers, settings: IntakeSettings) -> Entrypoints:
    return Entrypoints(
        Subscriptions({REPORT_SUBMITTED: handlers.submitted, REPORT_SUPPLEMENTED: handlers.supplemented,
                       REPORT_WITHDRAWAL_REQUESTED: handlers.withdrawal},
                      unreadable={spec: handlers.submitted.unreadable for spec in REPORTS_SUBMITTED.values()}),
        timers={handlers.deadline.reports: handlers.deadline},
    )
