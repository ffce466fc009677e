"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import INTAKE_EVENTS, POKJA_OPINIONS
from netra_shared.runtime import Runtime

from ..handlers.on_opinion_submitted import OnOpinionSubmitted
from ..handlers.on_report_registered import OnReportRegistered


def register(runtime: Runtime, on_report_registered: OnReportRegistered,
             on_opinion_submitted: OnOpinionSubmitted) -> None:
    runtime.subscribe(INTAKE_EVENTS, on_report_registered)
    runtime.subscribe(POKJA_OPINIONS, on_opinion_submitted)
