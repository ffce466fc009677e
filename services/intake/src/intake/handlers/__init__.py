"""intake's use cases, one module each. `Handlers` is what bootstrap.wire builds and the entry points mount."""

from __future__ import annotations

from dataclasses import dataclass

from .on_intake_deadline import OnIntakeDeadline
from .on_report_submitted import OnReportSubmitted
from .on_report_supplemented import OnReportSupplemented
from .on_withdrawal_requested import OnWithdrawalRequested


@dataclass(frozen=True)
class Handlers:
    submitted: OnReportSubmitted
    supplemented: OnReportSupplemented
    withdrawal: OnWithdrawalRequested
    deadline: OnIntakeDeadline
