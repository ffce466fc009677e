"""What makes notify act: which event feeds which handler, whose deadlines the sweepers fire (notifications in
order per recipient and report, many recipients at once), and the public status board."""

from __future__ import annotations

from netra_shared.contracts.topics import (
    INTAKE_EVENTS,
    NOTIFICATION_REQUESTED,
    OPERATOR_ALERT_RAISED,
    REFERRAL_EVENTS,
    REPORTER_CONTACT,
    TRIAGE_EVENTS,
)
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.runtime import Entrypoints, Route
from netra_shared.kernel.timers import Sweep

from ..adapters.templates import Templates
from ..handlers import Handlers
from ..settings import NotifySettings
from .status_board import PREFIX, StatusBoard


def entrypoints(handlers: Handlers, settings: NotifySettings) -> Entrypoints:
    report_events = {event: handlers.report_event for spec in (INTAKE_EVENTS, TRIAGE_EVENTS, REFERRAL_EVENTS)
                     for event in spec.events}
    return Entrypoints(
        Subscriptions({**report_events, NOTIFICATION_REQUESTED: handlers.notification_requested,
                       REPORTER_CONTACT: handlers.reporter_contact,
                       OPERATOR_ALERT_RAISED: handlers.operator_alert}),  # the others' alerts, passed on
        timers={handlers.reminder_due.reports: handlers.reminder_due,
                handlers.notification_due.notifications: Sweep(
                    handlers.notification_due, lane="keys.conversation", order="keys.sequence",
                    read_ahead=handlers.notification_due.read_ahead,
                    concurrency=settings.delivery_concurrency, batch=500)},
        routes=[Route(PREFIX, StatusBoard(handlers.status_request, Templates(settings.status_url)), prefix=True)],
    )
