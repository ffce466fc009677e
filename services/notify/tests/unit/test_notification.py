"""A notification's delivery: one attempt and its record in one write, retries with backoff and jitter, dead
letters, the contact wait."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.schemas.notification import NoticeFacts, NotificationRequested
from netra_shared.contracts.topics import NOTIFY_ALERTS
from netra_shared.kernel.clock import SystemClock
from notify.adapters.routes import Addresses, Route, Routes
from notify.domain import notification as rules
from notify.domain.notification import AttemptResult, NotSent, Phase, RetryPolicy, Sent

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=4, base=timedelta(seconds=10), cap=timedelta(seconds=60))
FAILED = AttemptResult(False, "http_503")


def _requested() -> NotificationRequested:
    facts = NoticeFacts(receipt_no="RCP-AAAA-BBBB-CC", submission_id="s", channel="sigap-lapor", occurred_at=T0)
    return NotificationRequested(notification_id="n-1", trigger="received", audience="reporter", recipient="reporter",
                                 template="reporter/received", facts=facts, requested_at=T0)


def _queued():
    return rules.request(None, _requested()).state


def _attempt(n, result, *, now=T0, jitter=0.0, endpoint="webhook:sigap-lapor"):
    return rules.attempted(n, Sent(endpoint, result, 12.5, now), now=now, policy=POLICY, jitter=jitter)


def test_a_request_queues_once_and_is_due_at_once():
    decision = rules.request(None, _requested())
    assert decision.state.phase is Phase.queued and decision.next_due_at == T0
    assert decision.keys["conversation"] == "RCP-AAAA-BBBB-CC/reporter"
    assert rules.request(decision.state, _requested()) is None


def test_a_delivered_attempt_is_final_and_logged_in_the_same_write():
    decision = _attempt(_queued(), AttemptResult(True), jitter=0.5)
    assert decision.state.phase is Phase.delivered and decision.next_due_at is None and decision.emits == []
    (attempt,) = decision.state.log
    assert (attempt.attempt, attempt.delivered, attempt.endpoint, attempt.latency_ms) == (
        1, True, "webhook:sigap-lapor", 12.5)
    assert _attempt(decision.state, AttemptResult(True)) is None  # a final notification takes no more attempts


@pytest.mark.parametrize("attempt, low, high", [(1, 5, 10), (2, 10, 20), (3, 20, 40), (5, 30, 60)])
def test_backoff_is_exponential_capped_and_jittered(attempt, low, high):
    assert POLICY.delay(attempt, 0.0) == timedelta(seconds=low)
    assert POLICY.delay(attempt, 0.999) < timedelta(seconds=high) <= POLICY.delay(attempt, 1.0)


def test_a_failed_attempt_is_retried_later():
    decision = _attempt(_queued(), FAILED)
    assert decision.state.phase is Phase.queued and decision.outcome == "retry_scheduled"
    assert decision.next_due_at == T0 + timedelta(seconds=5)
    assert decision.state.last_error == "http_503" and decision.state.endpoint_failed


def test_the_last_failed_attempt_dead_letters_with_an_operator_alert():
    n = _queued()
    for _ in range(POLICY.max_attempts):
        decision = _attempt(n, FAILED)
        n = decision.state
    assert decision.outcome == "dead_lettered" and n.phase is Phase.dead_lettered and n.attempts == 4
    assert [a.error for a in n.log] == ["http_503"] * 4 and decision.next_due_at is None
    (alert,) = decision.emits
    assert alert.topic is NOTIFY_ALERTS and alert.data.alert == "notification_dead_lettered"
    assert alert.data.notification_id == "n-1" and alert.data.endpoint == "webhook:sigap-lapor"
    assert _attempt(n, AttemptResult(True)) is None


def test_a_permanent_refusal_dead_letters_at_once():
    decision = _attempt(_queued(), AttemptResult(False, "http_410", permanent=True))
    assert decision.outcome == "dead_lettered" and decision.state.attempts == 1


def test_a_recipient_refusal_is_not_an_endpoint_failure():
    """M4: a greylisted or full mailbox (4xx to RCPT) waits out its own backoff; the SMTP relay is fine."""
    decision = _attempt(_queued(), AttemptResult(False, "smtp_452", endpoint_failed=False), endpoint="email")
    assert decision.outcome == "retry_scheduled" and not decision.state.endpoint_failed
    assert decision.keys["endpoint_failed"] is False


def test_no_attempt_possible_waits_skips_or_dead_letters():
    n = _queued()
    assert rules.attempted(n, NotSent("await_contact", "contact_unknown"), now=T0, policy=POLICY,
                           jitter=0).state.phase is Phase.awaiting_contact
    assert rules.attempted(n, NotSent("skip", "reporter_declined"), now=T0, policy=POLICY,
                           jitter=0).state.phase is Phase.skipped
    dead = rules.attempted(n, NotSent("dead_letter", "no_address_configured"), now=T0, policy=POLICY, jitter=0)
    assert dead.outcome == "dead_lettered" and dead.state.last_error == "no_address_configured"


def test_waiting_for_a_contact_rechecks_and_gives_up_after_the_limit():
    first = rules.await_contact(_queued(), now=T0, policy=POLICY)
    assert first.state.phase is Phase.awaiting_contact and first.next_due_at == T0 + POLICY.contact_recheck
    again = rules.await_contact(first.state, now=T0 + timedelta(hours=1), policy=POLICY)
    assert again.state.waiting_since == T0
    late = rules.await_contact(again.state, now=T0 + POLICY.contact_wait_limit, policy=POLICY)
    assert late.outcome == "dead_lettered" and late.state.last_error == "contact_unknown"


def test_a_released_notification_is_due_now():
    waiting = rules.await_contact(_queued(), now=T0, policy=POLICY).state
    released = rules.release(waiting, now=T0 + timedelta(seconds=3))
    assert released.state.phase is Phase.queued and released.next_due_at == T0 + timedelta(seconds=3)


def test_a_reporter_who_declined_is_skipped_and_a_dead_letter_can_be_redriven():
    assert rules.skip(_queued(), "reporter_declined", now=T0).state.phase is Phase.skipped
    dead = rules.dead_letter(_attempt(_queued(), FAILED).state, "http_410", now=T0).state
    redriven = rules.redrive(dead, now=T0)
    assert redriven.state.phase is Phase.queued and redriven.state.attempts == 0 and redriven.state.log == []


async def test_a_webhook_that_trickles_forever_ends_as_a_timeout_within_the_attempts_deadline():
    """Review M5: one deadline for the whole attempt (connect, send, reply), so a slow endpoint cannot hold the
    delivery pass, and the notification is retried like any failure (no lease to outlive)."""
    async def trickle() -> AttemptResult:
        await asyncio.sleep(3600)
        return AttemptResult(True, None)

    class OneSlowWebhook(Routes):
        async def __call__(self, n):
            return Route("webhook:sigap-lapor", trickle)

    routes = OneSlowWebhook(None, None, None, None, Addresses(), SystemClock(), attempt_seconds=0.2)
    started = time.perf_counter()
    sent = await routes.deliver(_queued())
    assert time.perf_counter() - started < 30  # bounded by attempt_seconds (0.2 s), not by the endpoint
    assert sent.endpoint == "webhook:sigap-lapor" and sent.result.error == "timeout" and not sent.result.delivered
    assert _attempt(_queued(), sent.result).outcome == "retry_scheduled"


async def test_a_first_attempt_is_bounded_by_its_own_shorter_deadline():
    """A notice's first attempt is made while its request's batch is handled: a slow endpoint holds the batch for
    the first attempt's deadline only, and the notice is retried by the sweeper with the full one."""
    async def trickle() -> AttemptResult:
        await asyncio.sleep(3600)
        return AttemptResult(True, None)

    routes = Routes(None, None, None, None, Addresses(), SystemClock(), attempt_seconds=30)
    started = time.perf_counter()
    sent = await routes.attempt(Route("webhook:sigap-lapor", trickle), 0.2)
    assert time.perf_counter() - started < 5
    assert sent.result.error == "timeout" and sent.result.endpoint_failed
