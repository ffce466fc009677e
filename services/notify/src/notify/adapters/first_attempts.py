"""A notice is tried once while its request is handled, so a delivered notice costs one write: its insert, holding
how the attempt went. Only a notice that may go now is tried: one not stored yet (a redelivered request sends nothing
again), with no earlier notice of its conversation pending (the earlier ones of the same batch go first, and it goes
only once they are finished), to an endpoint not failing. Every other notice is queued as it comes and the sweeper
tries it, as it retries every failed first attempt. The attempts of a batch run at once (at most `concurrency`),
each conversation's in order, within `seconds` each; an endpoint that fails (down, 5xx, a timeout) is failing at
once for the attempts still waiting, so a dead endpoint holds a batch for about one deadline.

An attempt is remembered (the last `keep`), so the same batch handled again (after a failed write, or one record at
a time) sends nothing twice. What stays at-least-once: an attempt whose insert is never written (a crash, a replica
that lost the partition meanwhile, an attempt that raised) is made again, and receivers drop the copy by its id.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass

import structlog
from netra_shared.contracts.schemas.notification import NotificationRequested

from ..domain.notification import Notification, NotSent, Sent, notification_of, settles
from .notification_queue import NotificationQueue
from .routes import NoRoute, Routes

Outcome = Sent | NotSent | None


@dataclass
class _Attempt:
    task: asyncio.Task[Outcome]
    reported: bool = False  # its span and log line were written (once, however often its record is handled)


class FirstAttempts:
    def __init__(self, routes: Routes, queue: NotificationQueue, *, concurrency: int, seconds: float,
                 keep: int = 1000) -> None:
        self.routes = routes
        self.queue = queue
        self.seconds = seconds
        self.keep = keep  # attempts remembered: the batch in hand's and the one before (2 x the consumer's batch)
        self.limit = asyncio.Semaphore(concurrency)
        self._attempts: OrderedDict[str, _Attempt] = OrderedDict()  # notification id -> its attempt, oldest first

    async def start(self, requests: list[NotificationRequested]) -> None:
        """Before a batch is handled: start the attempts of the notices that may go now. An attempt already started
        (the same batch handled again, whole or one record at a time) is kept, never made twice."""
        notices = sorted({r.notification_id: notification_of(r) for r in requests}.values(), key=lambda n: n.sequence)
        before: dict[str, asyncio.Task[Outcome] | None] = {}  # per conversation, the batch's previous attempt
        for n in notices:
            if (known := self._attempts.get(n.notification_id)) is not None:
                before[n.conversation] = known.task
        new = [n for n in notices if n.notification_id not in self._attempts]
        stored = await self.queue.existing({n.notification_id for n in new})
        fresh = [n for n in new if n.notification_id not in stored]
        pending = await self.queue.pending_in({n.conversation for n in fresh if n.sequence > 0})
        await self.routes.contacts.read_ahead({n.facts.receipt_no for n in fresh if n.recipient == "reporter"})
        for n in fresh:
            earlier = before.get(n.conversation)
            if earlier is None and n.conversation in before:  # an earlier notice of the batch waits: so does it
                continue
            if any(sequence < n.sequence for sequence, _ in pending.get(n.conversation, {}).values()):
                before[n.conversation] = None
                continue
            before[n.conversation] = task = asyncio.create_task(self._try(n, earlier))
            self._attempts[n.notification_id] = _Attempt(task)
        while len(self._attempts) > self.keep:
            self._attempts.popitem(last=False)

    async def outcome(self, notification_id: str) -> Outcome:
        """How the notice's attempt went (None: it was not tried here; it is queued for the sweeper)."""
        attempt = self._attempts.get(notification_id)
        return await attempt.task if attempt is not None else None

    def first_report(self, notification_id: str) -> bool:
        """True the first time it is asked for an attempt: its span and log line are written once."""
        attempt = self._attempts.get(notification_id)
        if attempt is None or attempt.reported:
            return False
        attempt.reported = True
        return True

    async def _try(self, n: Notification, earlier: asyncio.Task[Outcome] | None) -> Outcome:
        if earlier is not None and not settles(await earlier):
            return None
        try:
            route = await self.routes(n)
            if isinstance(route, NoRoute) and route.outcome == "await_contact":
                return None  # the contact may be in this very batch: the sweeper looks again shortly
            async with self.limit:
                if not isinstance(route, NoRoute) and self.queue.failing(route.endpoint):
                    return None  # checked when its turn comes: an attempt before it may have just failed
                outcome = await self.routes.attempt(route, self.seconds)
            if isinstance(outcome, Sent) and not outcome.result.delivered and outcome.result.endpoint_failed:
                self.queue.endpoint_failed(outcome.endpoint)
            return outcome
        except Exception as exc:  # an optimisation: the sweeper makes the attempt instead
            structlog.get_logger().warning("first_attempt_failed", notification_id=n.notification_id,
                                           receipt_no=n.facts.receipt_no, error_type=type(exc).__name__)
            return None
