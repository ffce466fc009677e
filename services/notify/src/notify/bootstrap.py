"""Composition root: settings -> clients -> repositories -> handlers -> subscriptions, timers, worker, routes.

`wire` returns the pieces so tests can drive them directly (with the same real adapters or their own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from netra_shared.clock import Clock
from netra_shared.runtime import Runtime

from .adapters.contact_book import ContactBook, Sealer
from .adapters.delivery_log import DeliveryLog
from .adapters.email_channel import EmailChannel, SmtpSettings
from .adapters.notification_queue import NotificationQueue
from .adapters.templates import Templates
from .adapters.webhook_channel import WebhookChannel, WebhookEndpoint
from .domain.notice_rules import Directory
from .domain.notification import RetryPolicy
from .domain.notified_report import NoticePolicy
from .entrypoints import subscribers
from .entrypoints.delivery_worker import DeliveryWorker
from .entrypoints.status_board import PREFIX, StatusBoard
from .handlers.deliver_notification import DeliverNotification
from .handlers.on_notification_requested import OnNotificationRequested
from .handlers.on_reminder_due import OnReminderDue
from .handlers.on_report_event import OnReportEvent
from .handlers.on_reporter_contact import OnReporterContact
from .handlers.routes import Addresses, Routes
from .settings import NotifySettings


@dataclass
class Notify:
    on_report_event: OnReportEvent
    on_notification_requested: OnNotificationRequested
    on_reporter_contact: OnReporterContact
    on_reminder_due: OnReminderDue
    deliver: DeliverNotification
    worker: DeliveryWorker
    queue: NotificationQueue
    delivery_log: DeliveryLog
    status_board: StatusBoard


def notice_policy(settings: NotifySettings) -> NoticePolicy:
    directory = Directory(pokja=tuple(settings.pokja_emails), recipients=tuple(settings.recipient_emails),
                          operators=tuple(settings.operator_emails))
    return NoticePolicy(directory, timedelta(hours=settings.decision_reminder_hours))


def retry_policy(settings: NotifySettings) -> RetryPolicy:
    return RetryPolicy(max_attempts=settings.max_attempts, base=timedelta(seconds=settings.retry_base_seconds),
                       cap=timedelta(seconds=settings.retry_max_seconds),
                       lease=timedelta(seconds=settings.send_lease_seconds),
                       contact_recheck=timedelta(seconds=settings.contact_recheck_seconds),
                       contact_wait_limit=timedelta(hours=settings.contact_wait_limit_hours))


def email_channel(settings: NotifySettings) -> EmailChannel | None:
    if not settings.smtp_host:
        return None
    return EmailChannel(SmtpSettings(
        settings.smtp_host, settings.smtp_port, settings.smtp_username, settings.smtp_password.get_secret_value(),
        settings.smtp_starttls, settings.smtp_timeout_seconds, settings.mail_from, settings.message_id_domain))


def wire(runtime: Runtime, settings: NotifySettings) -> Notify:
    clock, written = runtime.clock, runtime.written
    reports, notifications = runtime.store("tracked_reports"), runtime.store("notifications")
    contacts = runtime.store("contacts")
    queue, delivery_log = NotificationQueue(notifications), DeliveryLog(runtime.mongo[settings.mongo_db])
    templates, policy, sealer = Templates(settings.status_url), notice_policy(settings), Sealer(
        settings.contact_key.get_secret_value())
    addresses = Addresses(dict(settings.pokja_emails), dict(settings.recipient_emails), dict(settings.operator_emails),
                          {channel: WebhookEndpoint(target.url, target.secret.get_secret_value())
                           for channel, target in settings.webhooks.items()})
    routes = Routes(ContactBook(contacts, sealer), templates, email_channel(settings),
                    WebhookChannel(settings.webhook_timeout_seconds), addresses, clock)
    deliver = DeliverNotification(notifications, queue, routes, delivery_log, retry_policy(settings), clock, written)

    async def prepare() -> None:
        await queue.ensure_indexes()
        await delivery_log.ensure_indexes()

    worker = DeliveryWorker(queue, deliver, clock, prepare, poll_seconds=settings.delivery_poll_seconds,
                            batch=settings.delivery_batch, concurrency=settings.delivery_concurrency)
    return Notify(
        OnReportEvent(reports, clock, written, policy), OnNotificationRequested(notifications, clock, worker.wake),
        OnReporterContact(contacts, sealer, queue, clock, worker.wake), OnReminderDue(reports, policy, clock, written),
        deliver, worker, queue, delivery_log, StatusBoard(reports, templates))


def build(settings: NotifySettings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or NotifySettings()
    runtime = Runtime.create("notify", settings, clock)
    notify = wire(runtime, settings)
    subscribers.register(runtime, notify.on_report_event, notify.on_notification_requested,
                         notify.on_reporter_contact)
    runtime.add_timers(runtime.store("tracked_reports"), notify.on_reminder_due)
    runtime.add_worker("delivery-worker", notify.worker.run)
    runtime.add_route(PREFIX, notify.status_board, prefix=True)
    return runtime
