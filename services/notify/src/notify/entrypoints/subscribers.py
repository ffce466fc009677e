"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import (
    INTAKE_CONTACTS,
    INTAKE_EVENTS,
    NOTIFY_NOTIFICATIONS,
    REFERRAL_EVENTS,
    TRIAGE_EVENTS,
)
from netra_shared.runtime import Runtime

from ..handlers.on_notification_requested import OnNotificationRequested
from ..handlers.on_report_event import OnReportEvent
from ..handlers.on_reporter_contact import OnReporterContact


def register(runtime: Runtime, on_report_event: OnReportEvent, on_notification_requested: OnNotificationRequested,
             on_reporter_contact: OnReporterContact) -> None:
    for spec in (INTAKE_EVENTS, TRIAGE_EVENTS, REFERRAL_EVENTS):
        runtime.subscribe(spec, on_report_event)
    runtime.subscribe(NOTIFY_NOTIFICATIONS, on_notification_requested)
    runtime.subscribe(INTAKE_CONTACTS, on_reporter_contact)
