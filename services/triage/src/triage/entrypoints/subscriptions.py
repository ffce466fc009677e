"""What makes triage act: which event feeds which handler, and whose deadlines the sweeper fires."""

from __future__ import annotations

from netra_shared.contracts.topics import OPINION_SUBMITTED, REPORT_REGISTERED
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.runtime import Entrypoints

from ..handlers import Handlers
from ..settings import TriageSettings


def entrypoints(handlers: Handlers, settings: TriageSettings) -> Entrypoints:
    return Entrypoints(
        Subscriptions({REPORT_REGISTERED: handlers.report_registered, OPINION_SUBMITTED: handlers.opinion_submitted}),
        timers={handlers.deadline.cases: handlers.deadline},
    )
