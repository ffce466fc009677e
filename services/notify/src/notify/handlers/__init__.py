"""notify's use cases, one module each. `Handlers` is what bootstrap.wire builds and the entry points mount."""

from __future__ import annotations

from dataclasses import dataclass

from .on_console_request import OnConsoleRequest
from .on_gauges_due import OnGaugesDue
from .on_notification_due import OnNotificationDue
from .on_notification_requested import OnNotificationRequested
from .on_operator_alert import OnOperatorAlert
from .on_operator_login import OnOperatorLogin
from .on_reminder_due import OnReminderDue
from .on_report_event import OnReportEvent
from .on_reporter_contact import OnReporterContact
from .on_status_request import OnStatusRequest


@dataclass(frozen=True)
class Handlers:
    report_event: OnReportEvent
    notification_requested: OnNotificationRequested
    reporter_contact: OnReporterContact
    reminder_due: OnReminderDue
    notification_due: OnNotificationDue
    status_request: OnStatusRequest
    operator_alert: OnOperatorAlert
    console_request: OnConsoleRequest
    operator_login: OnOperatorLogin
    gauges_due: OnGaugesDue
