"""A notification is due: keep its order, find the address, claim the attempt, send, log the attempt, record the
result (delivered, retry later, or dead letter with an operator alert).

Addresses are looked up at delivery time and never stored with the notification: a reporter's from the sealed
contact card (absent yet: the notice waits for it), everyone else's from the settings."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import structlog
from netra_shared.kernel.aggregates import Aggregates, Cause
from netra_shared.kernel.timers import Timer

from ..adapters.delivery_log import Attempt, DeliveryLog
from ..adapters.notification_queue import NotificationQueue
from ..adapters.routes import NoRoute, Route, Routes
from ..domain import notification as rules
from ..domain.notification import Notification, Phase, RetryPolicy


@dataclass(frozen=True)
class OnNotificationDue:
    notifications: Aggregates[Notification]
    queue: NotificationQueue
    routes: Routes
    delivery_log: DeliveryLog
    policy: RetryPolicy
    jitter: Callable[[], float] = field(default=random.random)

    async def _write(self, n: Notification, step: str, decide: Callable[..., object]) -> str:
        return (await self.notifications.apply(n.notification_id, Cause.internal(step),
                                               lambda x, now: decide(x, now) if x is not None else None)).outcome

    async def __call__(self, timer: Timer) -> str:
        n, version = await self.notifications.get(timer.aggregate_id), timer.version
        if n is None or n.phase in (Phase.delivered, Phase.skipped):
            return "unchanged"
        if n.phase is Phase.dead_lettered:
            return await self._file_dead_letter(n, version)
        if n.phase is Phase.sending:  # its worker died: the lease ran out
            outcome = await self._write(n, f"expire@{version}",
                                        lambda x, now: rules.expire_lease(x, now=now, policy=self.policy))
            return await self._after_final(n) if outcome == "dead_lettered" else outcome
        earlier = await self.queue.earlier_pending(n.conversation, n.sequence)
        if earlier is not None:
            return await self._write(n, f"turn@{version}", lambda x, now: rules.wait_turn(
                x, max(now, earlier.get("next_due_at") or now) + timedelta(seconds=1)))
        route = await self.routes(n)
        if isinstance(route, NoRoute):
            return await self._no_route(n, version, route)
        claimed = await self._write(n, f"claim@{version}", lambda x, now: rules.claim(
            x, endpoint=route.endpoint, now=now, policy=self.policy))
        if claimed != "attempt_claimed":
            return "claimed_elsewhere"
        return await self._attempt(n, version, n.attempts + 1, route)

    async def _attempt(self, n: Notification, version: int, attempt: int, route: Route) -> str:
        started_at, started = self.notifications.clock.now(), time.perf_counter()
        result = await route.send()
        latency_ms = round((time.perf_counter() - started) * 1000, 1)
        await self.delivery_log.record(Attempt(
            n.notification_id, attempt, n.template, n.recipient, n.facts.receipt_no, n.facts.case_id, route.endpoint,
            result.delivered, result.error, result.permanent, latency_ms, started_at))
        outcome = await self._write(n, f"result:{attempt}@{version}", lambda x, now: rules.record(
            x, attempt, result, now=now, policy=self.policy, jitter=self.jitter()))
        fields = {"notification_id": n.notification_id, "template": n.template, "recipient": n.recipient,
                  "receipt_no": n.facts.receipt_no, "endpoint": route.endpoint, "attempt": attempt,
                  "latency_ms": latency_ms}
        log, now = structlog.get_logger(), self.notifications.clock.now()
        if outcome == "delivered":
            log.info("notification_delivered", **fields)
            if backlog := await self.queue.release_endpoint_backlog(route.endpoint, now):
                log.info("endpoint_backlog_released", endpoint=route.endpoint, count=backlog)
            await self.queue.release_successors(n.conversation, n.sequence, now)
        elif outcome in ("retry_scheduled", "dead_lettered"):
            log.warning("notification_attempt_failed", error=result.error, **fields)
        return await self._after_final(n) if outcome == "dead_lettered" else outcome

    async def _no_route(self, n: Notification, version: int, route: NoRoute) -> str:
        if route.outcome == "await_contact":
            outcome = await self._write(n, f"hold@{version}",
                                        lambda x, now: rules.await_contact(x, now=now, policy=self.policy))
        elif route.outcome == "skip":
            outcome = await self._write(n, f"skip@{version}", lambda x, now: rules.skip(x, route.reason, now=now))
            await self.queue.release_successors(n.conversation, n.sequence, self.notifications.clock.now())
            structlog.get_logger().info("notification_skipped", notification_id=n.notification_id,
                                        reason=route.reason, receipt_no=n.facts.receipt_no)
        else:
            outcome = await self._write(n, f"unroutable@{version}",
                                        lambda x, now: rules.dead_letter(x, route.reason, now=now))
        return await self._after_final(n) if outcome == "dead_lettered" else outcome

    async def _after_final(self, n: Notification) -> str:
        current = await self.notifications.get(n.notification_id)
        structlog.get_logger().warning(
            "operator_alert", alert="notification_dead_lettered", notification_id=n.notification_id,
            template=n.template, recipient=n.recipient, receipt_no=n.facts.receipt_no, case_id=n.facts.case_id,
            endpoint=current.endpoint, attempts=current.attempts, error=current.last_error)
        await self.queue.release_successors(n.conversation, n.sequence, self.notifications.clock.now())
        return await self._file_dead_letter(current, -1)

    async def _file_dead_letter(self, n: Notification, version: int) -> str:
        await self.delivery_log.dead_letter(n, n.finished_at or self.notifications.clock.now())
        await self._write(n, f"filed@{version}", lambda x, now: rules.filed(x))
        return "dead_letter_filed"
