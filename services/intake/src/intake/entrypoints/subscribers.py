"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import REPORTS_SUBMITTED
from netra_shared.runtime import Runtime

from ..handlers.on_report_submitted import OnReportSubmitted


def register(runtime: Runtime, on_report_submitted: OnReportSubmitted) -> None:
    runtime.subscribe(REPORTS_SUBMITTED, on_report_submitted)
