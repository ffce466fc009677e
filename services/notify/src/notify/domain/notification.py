"""One notification to one recipient, and its delivery: queued -> delivered, or retried with exponential backoff
and jitter, or dead-lettered after the last attempt (or at once for a permanent refusal). Each attempt is recorded
in the notification itself (its delivery log), in the one write that records its result.

A notification is written once in the common case: its first attempt is made while its request is handled and
recorded in its insert (adapters/first_attempts.py); a notice that cannot go at once, or whose first attempt failed,
is queued and the sweeper makes its next attempts, each recorded in one write. Only the replica that handles its
request, or then owns it, tries it. A delivery that succeeded but was not recorded (a crash right after sending) is
sent again: receivers drop the copy by its notification id (webhook header, e-mail Message-ID).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from netra_shared.contracts.schemas.notification import (
    NoticeFacts,
    NotificationRequested,
    OperatorAlertRaised,
)
from netra_shared.contracts.topics import NOTIFY_ALERTS, OPERATOR_ALERT_RAISED
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel


class Phase(StrEnum):
    queued = "queued"  # waiting for its (next) attempt at next_due_at
    awaiting_contact = "awaiting_contact"  # a reporter notice whose contact details have not arrived yet
    delivered = "delivered"
    skipped = "skipped"  # the reporter asked not to be contacted
    dead_lettered = "dead_lettered"  # given up: operators are alerted, and may send it again (redrive)


PENDING = (Phase.queued, Phase.awaiting_contact)
FINAL = (Phase.delivered, Phase.skipped, Phase.dead_lettered)


class Attempt(BaseModel):
    """One line of the delivery log: never an address, only where (email, webhook:<channel>) and how it went."""

    attempt: int
    endpoint: str
    delivered: bool
    error: str | None = None
    permanent: bool = False
    latency_ms: float
    started_at: datetime


class Notification(BaseModel):
    notification_id: str
    trigger: str
    audience: str
    recipient: str
    template: str
    sequence: int = 0
    facts: NoticeFacts
    phase: Phase = Phase.queued
    attempts: int = 0
    log: list[Attempt] = []  # bounded by RetryPolicy.max_attempts (a redrive starts a fresh log)
    endpoint: str | None = None  # where the last attempt went (never an address)
    last_error: str | None = None
    endpoint_failed: bool = False  # the last failure was the endpoint's (down, 5xx), not this recipient's
    requested_at: datetime
    waiting_since: datetime | None = None
    finished_at: datetime | None = None

    @property
    def conversation(self) -> str:
        """Notices to one recipient about one report are delivered in their order."""
        return f"{self.facts.receipt_no}/{self.recipient}"


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 10
    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    contact_recheck: timedelta = timedelta(minutes=1)
    contact_wait_limit: timedelta = timedelta(hours=72)

    def delay(self, attempt: int, jitter: float) -> timedelta:
        """Exponential, capped, with "equal jitter": half fixed, half random (jitter in [0, 1))."""
        raw = min(self.cap, self.base * 2 ** (attempt - 1))
        return raw / 2 + raw / 2 * jitter


@dataclass(frozen=True)
class AttemptResult:
    delivered: bool
    error: str | None = None  # a code, never a message that could echo an address: "http_503", "smtp_550"
    permanent: bool = False  # the receiver refused for good: no use trying again
    endpoint_failed: bool = True  # the endpoint itself failed (down, timeout, 5xx), not just this recipient


@dataclass(frozen=True)
class Sent:
    """An attempt was made: where, how it went, how long it took."""

    endpoint: str
    result: AttemptResult
    latency_ms: float
    started_at: datetime


@dataclass(frozen=True)
class NotSent:
    """No attempt could be made: `await_contact` (the reporter's details are not here yet), `skip` (the reporter
    declined), `dead_letter` (no address, no channel configured, a broken template)."""

    outcome: str
    reason: str


def _decision(n: Notification, outcome: str, next_due_at: datetime | None, emits: list[Emit] | None = None
              ) -> Decision:
    keys = {"receipt_no": n.facts.receipt_no, "phase": n.phase.value, "endpoint": n.endpoint,
            "endpoint_failed": n.endpoint_failed, "conversation": n.conversation, "sequence": n.sequence}
    return Decision(n, emits or [], next_due_at=next_due_at, keys=keys, outcome=outcome)


def notification_of(requested: NotificationRequested) -> Notification:
    return Notification(notification_id=requested.notification_id, trigger=requested.trigger,
                        audience=requested.audience, recipient=requested.recipient, template=requested.template,
                        sequence=requested.sequence, facts=requested.facts, requested_at=requested.requested_at)


def request(existing: Notification | None, requested: NotificationRequested, first: Sent | NotSent | None = None, *,
            now: datetime | None = None, policy: RetryPolicy | None = None, jitter: float = 0.0) -> Decision | None:
    """Queue the notice; with `first`, the attempt made while its request was handled, recorded in the same write.
    The same notice asked for again (another report of the case, a redelivery) changes nothing."""
    if existing is not None:
        return None
    n = notification_of(requested)
    if first is None or now is None or policy is None:
        return _decision(n, "notification_queued", requested.requested_at)
    return attempted(n, first, now=now, policy=policy, jitter=jitter)


def settles(outcome: Sent | NotSent | None) -> bool:
    """Whether an attempt leaves its notice finished (delivered, refused for good, skipped, dead-lettered), so the
    conversation's next notice may go; a retry later, or a wait for the contact, holds it."""
    if isinstance(outcome, Sent):
        return outcome.result.delivered or outcome.result.permanent
    return outcome is not None and outcome.outcome != "await_contact"


def attempted(n: Notification | None, outcome: Sent | NotSent, *, now: datetime, policy: RetryPolicy,
              jitter: float) -> Decision | None:
    """What one turn of delivery did to the notification: delivered, retry later, wait, skip or dead letter."""
    if n is None or n.phase in FINAL:
        return None
    if isinstance(outcome, NotSent):
        if outcome.outcome == "await_contact":
            return await_contact(n, now=now, policy=policy)
        if outcome.outcome == "skip":
            return skip(n, outcome.reason, now=now)
        return dead_letter(n, outcome.reason, now=now)
    result, number = outcome.result, n.attempts + 1
    log = Attempt(attempt=number, endpoint=outcome.endpoint, delivered=result.delivered, error=result.error,
                  permanent=result.permanent, latency_ms=outcome.latency_ms, started_at=outcome.started_at)
    n = n.model_copy(update={"attempts": number, "log": [*n.log, log][-policy.max_attempts:],
                             "endpoint": outcome.endpoint, "waiting_since": None})
    if result.delivered:
        n = n.model_copy(update={"phase": Phase.delivered, "last_error": None, "endpoint_failed": False,
                                 "finished_at": now})
        return _decision(n, "delivered", None)
    n = n.model_copy(update={"last_error": result.error, "endpoint_failed": result.endpoint_failed})
    if result.permanent or number >= policy.max_attempts:
        return dead_letter(n, result.error or "failed", now=now)
    n = n.model_copy(update={"phase": Phase.queued})
    return _decision(n, "retry_scheduled", now + policy.delay(number, jitter))


def dead_letter(n: Notification, error: str, *, now: datetime) -> Decision | None:
    if n.phase in FINAL:
        return None
    n = n.model_copy(update={"phase": Phase.dead_lettered, "last_error": error, "finished_at": now})
    # an operator's own notice that fails is shown in the console, never e-mailed (no alert about an alert's mail)
    kind = "operator_notice_dead_lettered" if n.audience == "operator" else "notification_dead_lettered"
    alert = OperatorAlertRaised(alert=kind, receipt_no=n.facts.receipt_no, receipt_nos=[n.facts.receipt_no],
                                case_id=n.facts.case_id, notification_id=n.notification_id, endpoint=n.endpoint,
                                detail=f"{n.template} to {n.recipient}: {error} after {n.attempts} attempt(s)",
                                raised_at=now, severity="warning", service="notify", reason=error[:200])
    emit = Emit(NOTIFY_ALERTS, OPERATOR_ALERT_RAISED, n.facts.receipt_no, alert, f"dead_lettered_{n.attempts}")
    return _decision(n, "dead_lettered", None, [emit])


def await_contact(n: Notification, *, now: datetime, policy: RetryPolicy) -> Decision | None:
    """The reporter's contact details are not known yet: look again soon; after the limit, give up loudly."""
    if n.phase in FINAL:
        return None
    since = n.waiting_since or now
    if now - since >= policy.contact_wait_limit:
        return dead_letter(n, "contact_unknown", now=now)
    n = n.model_copy(update={"phase": Phase.awaiting_contact, "waiting_since": since})
    return _decision(n, "awaiting_contact", now + policy.contact_recheck)


def wait_turn(n: Notification | None, until: datetime) -> Decision | None:
    """An earlier notice to the same recipient about the same report is still pending: go after it."""
    if n is None or n.phase in FINAL:
        return None
    return _decision(n, "waiting_for_earlier_notice", until)


def release(n: Notification | None, *, now: datetime) -> Decision | None:
    """Due now: the contact arrived, or the endpoint recovered."""
    if n is None or n.phase not in PENDING:
        return None
    return _decision(n.model_copy(update={"phase": Phase.queued}), "released", now)


def skip(n: Notification, reason: str, *, now: datetime) -> Decision | None:
    if n.phase in FINAL:
        return None
    n = n.model_copy(update={"phase": Phase.skipped, "last_error": reason, "finished_at": now})
    return _decision(n, "skipped", None)


def redrive(n: Notification | None, *, now: datetime) -> Decision | None:
    """An operator sends a dead-lettered notification again (the endpoint is fixed): a fresh set of attempts."""
    if n is None or n.phase is not Phase.dead_lettered:
        return None
    n = n.model_copy(update={"phase": Phase.queued, "attempts": 0, "log": [], "finished_at": None})
    return _decision(n, "redriven", now)
