"""triage's use cases, one module each. `Handlers` is what bootstrap.wire builds and the entry points mount."""

from __future__ import annotations

from dataclasses import dataclass

from .on_decision_deadline import OnDecisionDeadline
from .on_opinion_submitted import OnOpinionSubmitted
from .on_report_registered import OnReportRegistered


@dataclass(frozen=True)
class Handlers:
    report_registered: OnReportRegistered
    opinion_submitted: OnOpinionSubmitted
    deadline: OnDecisionDeadline
