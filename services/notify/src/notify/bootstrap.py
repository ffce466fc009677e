"""Composition root: settings -> kernel -> aggregates and adapters -> handlers -> entry points."""

from __future__ import annotations

from datetime import timedelta

from netra_shared.kernel.clock import Clock
from netra_shared.kernel.runtime import Kernel

from .adapters.contact_book import ContactBook, Sealer
from .adapters.email_channel import EmailChannel, SmtpSettings
from .adapters.notification_queue import NotificationQueue
from .adapters.routes import Addresses, Routes
from .adapters.templates import Templates
from .adapters.webhook_channel import WebhookChannel, WebhookEndpoint
from .domain.contact import ContactCard
from .domain.notice_rules import Directory
from .domain.notification import Notification, RetryPolicy
from .domain.notified_report import NoticePolicy, NotifiedReport
from .domain.operator_alerts import PassedOnAlert
from .entrypoints.subscriptions import entrypoints
from .handlers import Handlers
from .handlers.on_notification_due import OnNotificationDue
from .handlers.on_notification_requested import OnNotificationRequested
from .handlers.on_reminder_due import OnReminderDue
from .handlers.on_report_event import OnReportEvent
from .handlers.on_reporter_contact import OnReporterContact
from .handlers.on_operator_alert import OnOperatorAlert
from .handlers.on_status_request import OnStatusRequest
from .settings import NotifySettings


def notice_policy(settings: NotifySettings) -> NoticePolicy:
    directory = Directory(pokja=tuple(settings.pokja_emails), recipients=tuple(settings.recipient_emails),
                          operators=tuple(settings.operator_emails))
    return NoticePolicy(directory, timedelta(hours=settings.decision_reminder_hours))


def retry_policy(settings: NotifySettings) -> RetryPolicy:
    return RetryPolicy(max_attempts=settings.max_attempts, base=timedelta(seconds=settings.retry_base_seconds),
                       cap=timedelta(seconds=settings.retry_max_seconds),
                       contact_recheck=timedelta(seconds=settings.contact_recheck_seconds),
                       contact_wait_limit=timedelta(hours=settings.contact_wait_limit_hours))


def email_channel(settings: NotifySettings) -> EmailChannel | None:
    if not settings.smtp_host:
        return None
    return EmailChannel(SmtpSettings(
        settings.smtp_host, settings.smtp_port, settings.smtp_username, settings.smtp_password.get_secret_value(),
        settings.smtp_starttls, settings.smtp_timeout_seconds, settings.mail_from, settings.message_id_domain),
        connections=settings.smtp_connections)


def routes(settings: NotifySettings, contacts: ContactBook, kernel: Kernel) -> Routes:
    addresses = Addresses(dict(settings.pokja_emails), dict(settings.recipient_emails), dict(settings.operator_emails),
                          {channel: WebhookEndpoint(target.url, target.secret.get_secret_value())
                           for channel, target in settings.webhooks.items()})
    return Routes(contacts, Templates(settings.status_url), email_channel(settings),
                  WebhookChannel(settings.webhook_timeout_seconds), addresses, kernel.clock,
                  attempt_seconds=settings.attempt_timeout_seconds)


def wire(kernel: Kernel, settings: NotifySettings) -> Handlers:
    reports = kernel.aggregates("tracked_reports", NotifiedReport)
    notifications = kernel.aggregates("notifications", Notification, assume_new=True)
    contacts = kernel.aggregates("contacts", ContactCard)
    queue = NotificationQueue(notifications.store, kernel.clock)
    sealer, policy = Sealer(settings.contact_key.get_secret_value()), notice_policy(settings)
    kernel.indexes.append(queue.ensure_indexes)
    return Handlers(
        OnReportEvent(reports, policy), OnNotificationRequested(notifications),
        OnReporterContact(contacts, notifications, queue, sealer), OnReminderDue(reports, policy),
        OnNotificationDue(notifications, queue, routes(settings, ContactBook(contacts, sealer), kernel),
                          retry_policy(settings)),
        OnStatusRequest(reports), OnOperatorAlert(kernel.aggregates("passed_on_alerts", PassedOnAlert, assume_new=True)))


def build(settings: NotifySettings | None = None, clock: Clock | None = None) -> Kernel:
    settings = settings or NotifySettings()
    kernel = Kernel.create("notify", settings, clock)
    kernel.mount(entrypoints(wire(kernel, settings), settings))
    return kernel
