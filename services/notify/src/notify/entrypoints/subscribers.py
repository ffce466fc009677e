"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import INTAKE_EVENTS, REFERRAL_EVENTS, TRIAGE_EVENTS
from netra_shared.runtime import Runtime

from ..handlers.on_report_event import OnReportEvent


def register(runtime: Runtime, on_report_event: OnReportEvent) -> None:
    for spec in (INTAKE_EVENTS, TRIAGE_EVENTS, REFERRAL_EVENTS):
        runtime.subscribe(spec, on_report_event)
