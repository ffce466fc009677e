"""A notification's delivery: claim, retry with backoff and jitter, dead letter, contact wait, order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.schemas.notification import NoticeFacts, NotificationRequested
from netra_shared.contracts.topics import NOTIFY_ALERTS
from notify.domain import notification as rules
from notify.domain.notification import AttemptResult, Phase, RetryPolicy

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=4, base=timedelta(seconds=10), cap=timedelta(seconds=60))
FAILED = AttemptResult(False, "http_503")


def _requested() -> NotificationRequested:
    facts = NoticeFacts(receipt_no="RCP-AAAA-BBBB-CC", submission_id="s", channel="sigap_lapor", occurred_at=T0)
    return NotificationRequested(notification_id="n-1", trigger="received", audience="reporter", recipient="reporter",
                                 template="reporter/received", facts=facts, requested_at=T0)


def _queued():
    return rules.request(None, _requested()).state


def _claimed(n=None, now=T0):
    return rules.claim(n or _queued(), endpoint="webhook:sigap_lapor", now=now, policy=POLICY).state


def test_a_request_queues_once_and_is_due_at_once():
    decision = rules.request(None, _requested())
    assert decision.state.phase is Phase.queued and decision.next_due_at == T0
    assert decision.keys["conversation"] == "RCP-AAAA-BBBB-CC/reporter"
    assert rules.request(decision.state, _requested()) is None


def test_a_claim_takes_a_lease_and_cannot_be_claimed_twice():
    decision = rules.claim(_queued(), endpoint="email", now=T0, policy=POLICY)
    assert decision.state.phase is Phase.sending and decision.state.attempts == 1
    assert decision.next_due_at == T0 + POLICY.lease
    assert rules.claim(decision.state, endpoint="email", now=T0, policy=POLICY) is None


def test_a_delivered_attempt_is_final():
    decision = rules.record(_claimed(), 1, AttemptResult(True), now=T0, policy=POLICY, jitter=0.5)
    assert decision.state.phase is Phase.delivered and decision.next_due_at is None and decision.emits == []


@pytest.mark.parametrize("attempt, low, high", [(1, 5, 10), (2, 10, 20), (3, 20, 40), (5, 30, 60)])
def test_backoff_is_exponential_capped_and_jittered(attempt, low, high):
    assert POLICY.delay(attempt, 0.0) == timedelta(seconds=low)
    assert POLICY.delay(attempt, 0.999) < timedelta(seconds=high) <= POLICY.delay(attempt, 1.0)


def test_a_failed_attempt_is_retried_later():
    decision = rules.record(_claimed(), 1, FAILED, now=T0, policy=POLICY, jitter=0.0)
    assert decision.state.phase is Phase.queued and decision.outcome == "retry_scheduled"
    assert decision.next_due_at == T0 + timedelta(seconds=5)
    assert decision.state.last_error == "http_503"


def test_the_last_failed_attempt_dead_letters_with_an_operator_alert():
    n = _queued()
    for attempt in range(1, POLICY.max_attempts + 1):
        n = _claimed(n)
        decision = rules.record(n, attempt, FAILED, now=T0, policy=POLICY, jitter=0.0)
        n = decision.state
    assert decision.outcome == "dead_lettered" and n.phase is Phase.dead_lettered and n.attempts == 4
    (alert,) = decision.emits
    assert alert.topic is NOTIFY_ALERTS and alert.data.alert == "notification_dead_lettered"
    assert alert.data.notification_id == "n-1" and alert.data.endpoint == "webhook:sigap_lapor"
    assert rules.claim(n, endpoint="email", now=T0, policy=POLICY) is None
    assert rules.filed(n).next_due_at is None


def test_a_permanent_refusal_dead_letters_at_once():
    decision = rules.record(_claimed(), 1, AttemptResult(False, "http_410", permanent=True), now=T0, policy=POLICY,
                            jitter=0.0)
    assert decision.outcome == "dead_lettered" and decision.state.attempts == 1


def test_a_stale_result_is_ignored():
    n = _claimed()
    assert rules.record(n, 2, AttemptResult(True), now=T0, policy=POLICY, jitter=0) is None
    assert rules.record(_queued(), 1, AttemptResult(True), now=T0, policy=POLICY, jitter=0) is None


def test_an_expired_lease_frees_the_notification_for_the_next_attempt():
    n = _claimed()
    assert rules.expire_lease(n, now=T0 + timedelta(seconds=1), policy=POLICY) is None  # still leased
    decision = rules.expire_lease(n, now=T0 + POLICY.lease, policy=POLICY)
    assert decision.state.phase is Phase.queued and decision.state.attempts == 1
    assert rules.claim(decision.state, endpoint="email", now=T0, policy=POLICY).state.attempts == 2


def test_an_expired_lease_on_the_last_attempt_dead_letters():
    n = _queued().model_copy(update={"attempts": POLICY.max_attempts - 1})
    n = _claimed(n)
    assert rules.expire_lease(n, now=T0 + POLICY.lease, policy=POLICY).outcome == "dead_lettered"


def test_waiting_for_a_contact_rechecks_and_gives_up_after_the_limit():
    first = rules.await_contact(_queued(), now=T0, policy=POLICY)
    assert first.state.phase is Phase.awaiting_contact and first.next_due_at == T0 + POLICY.contact_recheck
    again = rules.await_contact(first.state, now=T0 + timedelta(hours=1), policy=POLICY)
    assert again.state.waiting_since == T0
    late = rules.await_contact(again.state, now=T0 + POLICY.contact_wait_limit, policy=POLICY)
    assert late.outcome == "dead_lettered" and late.state.last_error == "contact_unknown"


def test_a_released_notification_is_due_now_and_claimable():
    waiting = rules.await_contact(_queued(), now=T0, policy=POLICY).state
    released = rules.release(waiting, now=T0 + timedelta(seconds=3))
    assert released.state.phase is Phase.queued and released.next_due_at == T0 + timedelta(seconds=3)


def test_a_reporter_who_declined_is_skipped_and_a_dead_letter_can_be_redriven():
    assert rules.skip(_queued(), "reporter_declined", now=T0).state.phase is Phase.skipped
    dead = rules.dead_letter(_claimed(), "http_410", now=T0).state
    redriven = rules.redrive(dead, now=T0)
    assert redriven.state.phase is Phase.queued and redriven.state.attempts == 0
