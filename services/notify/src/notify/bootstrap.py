"""Composition root: settings -> kernel -> aggregates and adapters -> handlers -> entry points."""

from __future__ import annotations

import os
from datetime import timedelta

import structlog
from netra_shared.kernel.clock import Clock
from netra_shared.kernel.runtime import Kernel
from netra_shared.kernel.sealing import Sealer

from .adapters.console_queries import ConsoleQueries
from .adapters.contact_book import ContactBook
from .adapters.operator_accounts import OperatorAccounts
from .adapters.pipeline_watch import PipelineWatch
from .adapters.sessions import Sessions
from .adapters.email_channel import EmailChannel, SmtpSettings
from .adapters.first_attempts import FirstAttempts
from .adapters.notification_queue import NotificationQueue
from .adapters.routes import Addresses, Routes
from .adapters.templates import Templates
from .adapters.webhook_channel import WebhookChannel, WebhookEndpoint
from .domain.contact import ContactCard
from .domain.login_throttle import LoginThrottle
from .domain.notice_rules import Directory
from .domain.notification import Notification, RetryPolicy
from .domain.notified_report import NoticePolicy, NotifiedReport
from .domain.operator_alerts import RaisedAlert
from .entrypoints.subscriptions import entrypoints
from .handlers import Handlers
from .handlers.on_console_request import OnConsoleRequest
from .handlers.on_gauges_due import OnGaugesDue
from .handlers.on_notification_due import OnNotificationDue
from .handlers.on_notification_requested import OnNotificationRequested
from .handlers.on_operator_alert import OnOperatorAlert
from .handlers.on_operator_login import OnOperatorLogin
from .handlers.on_reminder_due import OnReminderDue
from .handlers.on_report_event import OnReportEvent
from .handlers.on_reporter_contact import OnReporterContact
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


def sessions(settings: NotifySettings) -> Sessions:
    secret = settings.console_session_secret.get_secret_value().encode()
    if not secret:  # sessions then end with the process, and each replica has its own: set it in production
        structlog.get_logger().warning("console_session_secret_not_set", note="a random secret for this process")
        secret = os.urandom(32)
    return Sessions(secret, lifetime_seconds=settings.console_session_hours * 3600,
                    secure=settings.console_cookie_secure)


def operator_login(settings: NotifySettings, kernel: Kernel) -> OnOperatorLogin:
    accounts = OperatorAccounts({name: hashed.get_secret_value() for name, hashed in settings.operator_accounts.items()})
    throttle = LoginThrottle(max_failures=settings.login_max_failures,
                             window=timedelta(minutes=settings.login_lockout_minutes),
                             lockout=timedelta(minutes=settings.login_lockout_minutes))
    return OnOperatorLogin(accounts, sessions(settings), throttle, kernel.clock)


def wire(kernel: Kernel, settings: NotifySettings) -> Handlers:
    reports = kernel.aggregates("tracked_reports", NotifiedReport)
    notifications = kernel.aggregates("notifications", Notification, assume_new=True)
    contacts = kernel.aggregates("contacts", ContactCard)
    alerts = kernel.aggregates("operator_alerts", RaisedAlert, assume_new=True)
    queue = NotificationQueue(notifications.store, kernel.clock)
    sealer, policy = Sealer(settings.contact_key), notice_policy(settings)
    queries = ConsoleQueries(reports.store, alerts.store, notifications.store)
    pipeline = PipelineWatch(settings.kafka_bootstrap, kernel.kafka_credentials, kernel.topics,
                             settings.service_metrics_urls)
    kernel.indexes += [queue.ensure_indexes, queries.ensure_indexes]
    delivery = routes(settings, ContactBook(contacts, sealer), kernel)
    first_attempts = FirstAttempts(delivery, queue, concurrency=settings.delivery_concurrency,
                                   seconds=settings.first_attempt_seconds, keep=2 * settings.consume_batch)
    return Handlers(
        OnReportEvent(reports, policy, kernel.topics),
        OnNotificationRequested(notifications, first_attempts, queue, retry_policy(settings)),
        OnReporterContact(contacts, notifications, queue, sealer), OnReminderDue(reports, policy),
        OnNotificationDue(notifications, queue, delivery, retry_policy(settings)),
        OnStatusRequest(reports), OnOperatorAlert(alerts, reports, policy.directory, kernel.topics),
        OnConsoleRequest(queries, alerts, pipeline, kernel.clock, settings.trace_viewer_url),
        operator_login(settings, kernel), OnGaugesDue(queries, kernel.clock))


def build(settings: NotifySettings | None = None, clock: Clock | None = None) -> Kernel:
    settings = settings or NotifySettings()
    kernel = Kernel.create("notify", settings, clock)
    kernel.mount(entrypoints(wire(kernel, settings), settings))
    return kernel
