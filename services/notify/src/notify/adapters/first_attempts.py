"""A notice is tried once while its request is handled, so a delivered notice costs one write: its insert, holding
how the attempt went. Only a notice that may go now is tried: one not stored yet (a redelivered request sends nothing
again), with no earlier notice of its conversation pending (the earlier ones of the same batch go first, and it goes
only once they are finished), to an endpoint not failing. Every other notice is queued as it comes and the sweeper
tries it, as it retries every failed first attempt. The attempts of a batch run at once (at most `concurrency`),
each conversation's in order, within `seconds` each, so a slow endpoint holds the batch for one short deadline.
"""

from __future__ import annotations

import asyncio

import structlog
from netra_shared.contracts.schemas.notification import NotificationRequested

from ..domain.notification import Notification, NotSent, Sent, notification_of, settles
from .notification_queue import NotificationQueue
from .routes import NoRoute, Routes

Outcome = Sent | NotSent | None


class FirstAttempts:
    def __init__(self, routes: Routes, queue: NotificationQueue, *, concurrency: int, seconds: float) -> None:
        self.routes = routes
        self.queue = queue
        self.seconds = seconds
        self.limit = asyncio.Semaphore(concurrency)
        self._attempts: dict[str, asyncio.Task[Outcome]] = {}  # the batch in hand's: notification id -> its attempt

    async def start(self, requests: list[NotificationRequested]) -> None:
        """Before a batch is handled: start the attempts of the notices that may go now. An attempt already started
        (the same batch handled again after a failed write) is kept, never made twice."""
        started, self._attempts = self._attempts, {}
        notices = sorted({r.notification_id: notification_of(r) for r in requests}.values(), key=lambda n: n.sequence)
        before: dict[str, asyncio.Task[Outcome] | None] = {}  # per conversation, the batch's previous attempt
        for n in notices:
            if n.notification_id in started:
                self._attempts[n.notification_id] = before[n.conversation] = started[n.notification_id]
        stored = await self.queue.existing({n.notification_id for n in notices} - set(self._attempts))
        fresh = [n for n in notices if n.notification_id not in stored and n.notification_id not in self._attempts]
        pending = await self.queue.pending_in({n.conversation for n in fresh if n.sequence > 0})
        await self.routes.contacts.read_ahead({n.facts.receipt_no for n in fresh if n.recipient == "reporter"})
        for n in fresh:
            earlier = before.get(n.conversation)
            if earlier is None and n.conversation in before:  # an earlier notice of the batch waits: so does it
                continue
            if any(sequence < n.sequence for sequence, _ in pending.get(n.conversation, {}).values()):
                before[n.conversation] = None
                continue
            self._attempts[n.notification_id] = before[n.conversation] = asyncio.create_task(self._try(n, earlier))

    async def outcome(self, notification_id: str) -> Outcome:
        """How the notice's attempt went (None: it was not tried here; it is queued for the sweeper)."""
        attempt = self._attempts.get(notification_id)
        return await attempt if attempt is not None else None

    async def _try(self, n: Notification, earlier: asyncio.Task[Outcome] | None) -> Outcome:
        if earlier is not None and not settles(await earlier):
            return None
        try:
            route = await self.routes(n)
            if isinstance(route, NoRoute) and route.outcome == "await_contact":
                return None  # the contact may be in this very batch: the sweeper looks again shortly
            if not isinstance(route, NoRoute) and self.queue.failing(route.endpoint):
                return None
            async with self.limit:
                return await self.routes.attempt(route, self.seconds)
        except Exception as exc:  # an optimisation: the sweeper makes the attempt instead
            structlog.get_logger().warning("first_attempt_failed", notification_id=n.notification_id,
                                           error_type=type(exc).__name__)
            return None
