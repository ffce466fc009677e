"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import REPORTS_SUBMITTED, REPORTS_SUPPLEMENTED, REPORTS_WITHDRAWALS
from netra_shared.runtime import Runtime

from ..handlers.on_report_submitted import OnReportSubmitted
from ..handlers.on_report_supplemented import OnReportSupplemented
from ..handlers.on_withdrawal_requested import OnWithdrawalRequested


def register(runtime: Runtime, submitted: OnReportSubmitted, supplemented: OnReportSupplemented,
             withdrawal: OnWithdrawalRequested) -> None:
    runtime.subscribe(REPORTS_SUBMITTED, submitted, on_unreadable=submitted.unreadable)
    runtime.subscribe(REPORTS_SUPPLEMENTED, supplemented)
    runtime.subscribe(REPORTS_WITHDRAWALS, withdrawal)
