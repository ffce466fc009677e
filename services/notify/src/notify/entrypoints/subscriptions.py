"""What makes notify act: which event feeds which handler (report events; operator alerts from every service),
whose deadlines the sweepers fire (notifications in order per recipient and report, many recipients at once), the
public status board and the operator console."""

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
from . import assets, console, status_board
from .schedule import Every


def entrypoints(handlers: Handlers, settings: NotifySettings) -> Entrypoints:
    report_events = {event: handlers.report_event for spec in (INTAKE_EVENTS, TRIAGE_EVENTS, REFERRAL_EVENTS)
                     for event in spec.events}
    templates = Templates(settings.status_url)
    return Entrypoints(
        Subscriptions({**report_events, NOTIFICATION_REQUESTED: handlers.notification_requested,
                       REPORTER_CONTACT: handlers.reporter_contact, OPERATOR_ALERT_RAISED: handlers.operator_alert}),
        timers={handlers.reminder_due.reports: handlers.reminder_due,
                handlers.notification_due.notifications: Sweep(
                    handlers.notification_due, lane="keys.conversation", order="keys.sequence",
                    read_ahead=handlers.notification_due.read_ahead,
                    concurrency=settings.delivery_concurrency, batch=500,
                    continues_trace=True)},  # a delivery goes on in the trace of the event that asked for it
        workers={"deadline-gauges": Every(settings.deadline_gauges_seconds, handlers.gauges_due),
                 "pipeline-watch": Every(settings.pipeline_refresh_seconds,
                                         handlers.console_request.pipeline.refresh)},
        routes=[Route(status_board.PREFIX, status_board.StatusBoard(handlers.status_request, templates), prefix=True),
                Route(console.PREFIX, console.Console(
                    handlers.console_request, handlers.operator_login, handlers.operator_login.sessions, templates,
                    refresh_seconds=settings.console_refresh_seconds), prefix=True),
                Route(assets.PREFIX, assets.Assets(), prefix=True)],
    )
