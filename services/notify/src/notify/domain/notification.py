"""One notification to one recipient, and its delivery: queued -> sending -> delivered, or retried with
exponential backoff and jitter, or dead-lettered after the last attempt (or at once for a permanent refusal).

Every transition is a guarded write on the notification's own document, so two delivery workers never both
claim one attempt. A worker that dies mid-attempt leaves `sending` with a lease (`next_due_at`); when it runs out
the next attempt is claimed. A delivery that succeeded but was not recorded is therefore sent again: receivers
drop the copy by its notification id (webhook header, e-mail Message-ID).
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
    sending = "sending"  # an attempt is under way; next_due_at is the end of its lease
    delivered = "delivered"
    skipped = "skipped"  # the reporter asked not to be contacted
    dead_lettered = "dead_lettered"


PENDING = (Phase.queued, Phase.awaiting_contact, Phase.sending)
FINAL = (Phase.delivered, Phase.skipped, Phase.dead_lettered)


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
    endpoint: str | None = None  # "email" or "webhook:<channel>": where the last attempt went (never an address)
    last_error: str | None = None
    requested_at: datetime
    waiting_since: datetime | None = None
    lease_until: datetime | None = None
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
    lease: timedelta = timedelta(minutes=2)
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


def _decision(n: Notification, outcome: str, next_due_at: datetime | None, emits: list[Emit] | None = None
              ) -> Decision:
    keys = {"receipt_no": n.facts.receipt_no, "phase": n.phase.value, "endpoint": n.endpoint,
            "conversation": n.conversation, "sequence": n.sequence}
    return Decision(n, emits or [], next_due_at=next_due_at, keys=keys, outcome=outcome)


def request(existing: Notification | None, requested: NotificationRequested) -> Decision | None:
    """The same notice asked for again (another report of the case, a redelivery) changes nothing."""
    if existing is not None:
        return None
    n = Notification(notification_id=requested.notification_id, trigger=requested.trigger,
                     audience=requested.audience, recipient=requested.recipient, template=requested.template,
                     sequence=requested.sequence, facts=requested.facts, requested_at=requested.requested_at)
    return _decision(n, "notification_queued", requested.requested_at)


def claim(n: Notification, *, endpoint: str, now: datetime, policy: RetryPolicy) -> Decision | None:
    """Only a waiting notification can be claimed, so two workers never run the same attempt."""
    if n.phase not in (Phase.queued, Phase.awaiting_contact) or n.attempts >= policy.max_attempts:
        return None
    lease_until = now + policy.lease
    n = n.model_copy(update={"phase": Phase.sending, "attempts": n.attempts + 1, "endpoint": endpoint,
                             "waiting_since": None, "lease_until": lease_until})
    return _decision(n, "attempt_claimed", lease_until)


def record(n: Notification, attempt: int, result: AttemptResult, *, now: datetime, policy: RetryPolicy,
           jitter: float) -> Decision | None:
    """The outcome of attempt `attempt`; a stale result (the lease ran out, another attempt began) is ignored."""
    if n.phase is not Phase.sending or n.attempts != attempt:
        return None
    n = n.model_copy(update={"lease_until": None})
    if result.delivered:
        n = n.model_copy(update={"phase": Phase.delivered, "last_error": None, "finished_at": now})
        return _decision(n, "delivered", None)
    n = n.model_copy(update={"last_error": result.error})
    if result.permanent or attempt >= policy.max_attempts:
        return dead_letter(n, result.error or "failed", now=now)
    n = n.model_copy(update={"phase": Phase.queued})
    return _decision(n, "retry_scheduled", now + policy.delay(attempt, jitter))


def dead_letter(n: Notification, error: str, *, now: datetime) -> Decision | None:
    if n.phase in FINAL:
        return None
    n = n.model_copy(update={"phase": Phase.dead_lettered, "last_error": error, "finished_at": now,
                             "lease_until": None})
    alert = OperatorAlertRaised(alert="notification_dead_lettered", receipt_no=n.facts.receipt_no,
                                case_id=n.facts.case_id, notification_id=n.notification_id, endpoint=n.endpoint,
                                detail=f"{n.template} to {n.recipient}: {error} after {n.attempts} attempt(s)",
                                raised_at=now)
    emit = Emit(NOTIFY_ALERTS, OPERATOR_ALERT_RAISED, n.facts.receipt_no, alert, f"dead_lettered_{n.attempts}")
    return _decision(n, "dead_lettered", now, [emit])  # due once more: the worker files the dead-letter record


def expire_lease(n: Notification, *, now: datetime, policy: RetryPolicy) -> Decision | None:
    """The worker of an attempt died (its lease ran out): the attempt counts as failed."""
    if n.phase is not Phase.sending or n.lease_until is None or now < n.lease_until:
        return None
    if n.attempts >= policy.max_attempts:
        return dead_letter(n, "interrupted", now=now)
    n = n.model_copy(update={"phase": Phase.queued, "last_error": "interrupted", "lease_until": None})
    return _decision(n, "lease_expired", now)


def await_contact(n: Notification, *, now: datetime, policy: RetryPolicy) -> Decision | None:
    """The reporter's contact details are not known yet: look again soon; after the limit, give up loudly."""
    if n.phase in FINAL:
        return None
    since = n.waiting_since or now
    if now - since >= policy.contact_wait_limit:
        return dead_letter(n, "contact_unknown", now=now)
    n = n.model_copy(update={"phase": Phase.awaiting_contact, "waiting_since": since})
    return _decision(n, "awaiting_contact", now + policy.contact_recheck)


def wait_turn(n: Notification, until: datetime) -> Decision | None:
    """An earlier notice to the same recipient about the same report is still pending: go after it."""
    if n.phase in FINAL:
        return None
    return _decision(n, "waiting_for_earlier_notice", until)


def release(n: Notification, *, now: datetime) -> Decision | None:
    """Due now: the contact arrived, the endpoint recovered, or the notice before it finished."""
    if n.phase not in (Phase.queued, Phase.awaiting_contact):
        return None
    return _decision(n.model_copy(update={"phase": Phase.queued}), "released", now)


def skip(n: Notification, reason: str, *, now: datetime) -> Decision | None:
    if n.phase in FINAL:
        return None
    n = n.model_copy(update={"phase": Phase.skipped, "last_error": reason, "finished_at": now})
    return _decision(n, "skipped", None)


def redrive(n: Notification, *, now: datetime) -> Decision | None:
    """An operator sends a dead-lettered notification again (the endpoint is fixed): a fresh set of attempts."""
    if n.phase is not Phase.dead_lettered:
        return None
    n = n.model_copy(update={"phase": Phase.queued, "attempts": 0, "finished_at": None})
    return _decision(n, "redriven", now)


def filed(n: Notification) -> Decision | None:
    """The dead-letter record is written: nothing more is due."""
    if n.phase is not Phase.dead_lettered:
        return None
    return _decision(n, "dead_letter_filed", None)
