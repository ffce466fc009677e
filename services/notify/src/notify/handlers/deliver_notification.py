"""Deliver one due notification: keep its order, find the address, claim the attempt, send, log the attempt,
record the result (delivered, retry later, or dead letter with an operator alert).

Addresses are looked up at delivery time and never stored with the notification: a reporter's from the sealed
contact card (absent yet: the notice waits for it), everyone else's from the settings."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import timedelta

import structlog

from netra_shared.clock import Clock
from netra_shared.handling import Cause, apply_decision
from netra_shared.persistence.aggregate_store import AggregateStore

from ..adapters.delivery_log import Attempt, DeliveryLog
from ..adapters.notification_queue import NotificationQueue
from ..domain import notification as rules
from ..domain.notification import Notification, Phase, RetryPolicy
from .on_report_event import SOURCE
from .routes import NoRoute, Route, Routes


class DeliverNotification:
    def __init__(self, notifications: AggregateStore, queue: NotificationQueue, routes: Routes,
                 delivery_log: DeliveryLog, policy: RetryPolicy, clock: Clock, written: Callable[[], None],
                 jitter: Callable[[], float] = random.random) -> None:
        self.notifications = notifications
        self.queue = queue
        self.route = routes
        self.delivery_log = delivery_log
        self.policy = policy
        self.clock = clock
        self.written = written
        self.jitter = jitter
        self.log = structlog.get_logger()

    async def _write(self, notification_id: str, action: str, decide: Callable[[Notification], object]) -> str:
        return await apply_decision(
            self.notifications, notification_id, Cause(f"{notification_id}/{action}"), Notification,
            lambda n: decide(n) if n is not None else None, source=SOURCE, now=self.clock.now(), written=self.written)

    async def __call__(self, notification_id: str) -> str:
        document = await self.notifications.load(notification_id)
        if document is None:
            return "missing"
        n, version, now = Notification.model_validate(document["state"]), document["version"], self.clock.now()
        if n.phase is Phase.dead_lettered:
            return await self._file_dead_letter(n, version)
        if n.phase in rules.FINAL:
            await self.notifications.collection.update_one({"_id": notification_id}, {"$set": {"next_due_at": None}})
            return "already_final"
        if n.phase is Phase.sending:  # its worker died: the lease ran out
            outcome = await self._write(notification_id, f"expire@{version}",
                                        lambda x: rules.expire_lease(x, now=now, policy=self.policy))
            return await self._after_final(n, outcome) if outcome == "dead_lettered" else outcome
        earlier = await self.queue.earlier_pending(n.conversation, n.sequence)
        if earlier is not None:
            until = max(now, earlier.get("next_due_at") or now) + timedelta(seconds=1)
            return await self._write(notification_id, f"turn@{version}", lambda x: rules.wait_turn(x, until))
        route = await self.route(n)
        if isinstance(route, NoRoute):
            return await self._no_route(n, version, route)
        claimed = await self._write(notification_id, f"claim@{version}",
                                    lambda x: rules.claim(x, endpoint=route.endpoint, now=now, policy=self.policy))
        if claimed not in ("attempt_claimed",):
            return "claimed_elsewhere"
        return await self._attempt(n, version, n.attempts + 1, route)

    async def _attempt(self, n: Notification, version: int, attempt: int, route: Route) -> str:
        started_at, started = self.clock.now(), time.perf_counter()
        result = await route.send()
        latency_ms = round((time.perf_counter() - started) * 1000, 1)
        await self.delivery_log.record(Attempt(
            n.notification_id, attempt, n.template, n.recipient, n.facts.receipt_no, n.facts.case_id, route.endpoint,
            result.delivered, result.error, result.permanent, latency_ms, started_at))
        now = self.clock.now()
        outcome = await self._write(n.notification_id, f"result:{attempt}@{version}", lambda x: rules.record(
            x, attempt, result, now=now, policy=self.policy, jitter=self.jitter()))
        fields = {"notification_id": n.notification_id, "template": n.template, "recipient": n.recipient,
                  "receipt_no": n.facts.receipt_no, "endpoint": route.endpoint, "attempt": attempt,
                  "latency_ms": latency_ms}
        if outcome == "delivered":
            self.log.info("notification_delivered", **fields)
            backlog = await self.queue.release_endpoint_backlog(route.endpoint, now)
            if backlog:
                self.log.info("endpoint_backlog_released", endpoint=route.endpoint, count=backlog)
            await self.queue.release_successors(n.conversation, n.sequence, now)
        elif outcome == "retry_scheduled":
            self.log.warning("notification_attempt_failed", error=result.error, **fields)
        elif outcome == "dead_lettered":
            self.log.warning("notification_attempt_failed", error=result.error, **fields)
            return await self._after_final(n, outcome)
        return outcome

    async def _no_route(self, n: Notification, version: int, route: NoRoute) -> str:
        now = self.clock.now()
        if route.outcome == "await_contact":
            outcome = await self._write(n.notification_id, f"hold@{version}",
                                        lambda x: rules.await_contact(x, now=now, policy=self.policy))
        elif route.outcome == "skip":
            outcome = await self._write(n.notification_id, f"skip@{version}",
                                        lambda x: rules.skip(x, route.reason, now=now))
            await self.queue.release_successors(n.conversation, n.sequence, now)
            self.log.info("notification_skipped", notification_id=n.notification_id, reason=route.reason,
                          receipt_no=n.facts.receipt_no)
        else:
            outcome = await self._write(n.notification_id, f"unroutable@{version}",
                                        lambda x: rules.dead_letter(x, route.reason, now=now))
        return await self._after_final(n, outcome) if outcome == "dead_lettered" else outcome

    async def _after_final(self, n: Notification, outcome: str) -> str:
        document = await self.notifications.load(n.notification_id)
        current = Notification.model_validate(document["state"])
        self.log.warning("operator_alert", alert="notification_dead_lettered", notification_id=n.notification_id,
                         template=n.template, recipient=n.recipient, receipt_no=n.facts.receipt_no,
                         case_id=n.facts.case_id, endpoint=current.endpoint, attempts=current.attempts,
                         error=current.last_error)
        await self.queue.release_successors(n.conversation, n.sequence, self.clock.now())
        await self._file_dead_letter(current, document["version"])
        return outcome

    async def _file_dead_letter(self, n: Notification, version: int) -> str:
        await self.delivery_log.dead_letter(n, n.finished_at or self.clock.now())
        await self._write(n.notification_id, f"filed@{version}", rules.filed)
        return "dead_letter_filed"
