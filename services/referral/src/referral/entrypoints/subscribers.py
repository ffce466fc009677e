"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import TRIAGE_EVENTS
from netra_shared.runtime import Runtime

from ..handlers.on_case_decided import OnCaseDecided


def register(runtime: Runtime, on_case_decided: OnCaseDecided) -> None:
    runtime.subscribe(TRIAGE_EVENTS, on_case_decided)
