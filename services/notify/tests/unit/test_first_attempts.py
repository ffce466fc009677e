"""A notice's first attempt made while its request is handled: each notice tried at most once, a redelivered request
sends nothing, a report's notices to one recipient go in their order, a failing endpoint's notices wait for the
sweeper, and the attempt's outcome is recorded in the notice's one write (its insert)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from netra_shared.contracts.schemas.notification import NoticeFacts, NotificationRequested
from notify.adapters.first_attempts import FirstAttempts
from notify.adapters.routes import NoRoute, Route
from notify.domain import notification as rules
from notify.domain.notification import AttemptResult, NotSent, Phase, RetryPolicy, Sent

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=4, base=timedelta(seconds=10), cap=timedelta(seconds=60))


def _requested(notification_id: str, sequence: int = 0, recipient: str = "pokja:TNI",
               receipt_no: str = "RCP-AAAA-BBBB-CC") -> NotificationRequested:
    facts = NoticeFacts(receipt_no=receipt_no, submission_id="s", channel="sigap-lapor", occurred_at=T0)
    return NotificationRequested(notification_id=notification_id, trigger="received", audience="pokja",
                                 recipient=recipient, template="pokja/case_opened", sequence=sequence, facts=facts,
                                 requested_at=T0)


class FakeQueue:
    def __init__(self, stored=(), pending=None, failing=()):
        self.stored, self.pending, self._failing = set(stored), pending or {}, set(failing)

    async def existing(self, ids):
        return ids & self.stored

    async def pending_in(self, conversations):
        return {c: self.pending.get(c, {}) for c in conversations}

    def failing(self, endpoint):
        return endpoint in self._failing

    def endpoint_failed(self, endpoint):
        self._failing.add(endpoint)


class FakeContacts:
    async def read_ahead(self, receipt_nos):
        self.read = receipt_nos


class FakeRoutes:
    """Sends succeed unless told otherwise; records which notices were sent and when each send began and ended."""

    def __init__(self, fail=(), endpoint="email", route=None):
        self.fail, self.endpoint, self.route = set(fail), endpoint, route
        self.contacts = FakeContacts()
        self.events: list[tuple[str, str]] = []

    async def __call__(self, n):
        if self.route is not None:
            return self.route

        async def send():
            self.events.append(("start", n.notification_id))
            await asyncio.sleep(0.01)
            self.events.append(("end", n.notification_id))
            return AttemptResult(n.notification_id not in self.fail, None if n.notification_id not in self.fail
                                 else "http_503")
        return Route(self.endpoint, send)

    async def attempt(self, route, seconds=None):
        if isinstance(route, NoRoute):
            return NotSent(route.outcome, route.reason)
        return Sent(route.endpoint, await route.send(), 1.0, T0)

    def sent(self):
        return [notification_id for kind, notification_id in self.events if kind == "start"]


def _attempts(routes, queue=None):
    return FirstAttempts(routes, queue or FakeQueue(), concurrency=8, seconds=5.0)


async def test_each_new_notice_of_a_batch_is_tried_once_and_a_stored_one_not_at_all():
    routes = FakeRoutes()
    attempts = _attempts(routes, FakeQueue(stored={"n-old"}))
    await attempts.start([_requested("n-1", recipient="pokja:TNI"), _requested("n-2", recipient="pokja:POLRI"),
                          _requested("n-old", recipient="pokja:BKD"), _requested("n-1", recipient="pokja:TNI")])
    first = await attempts.outcome("n-1")
    assert isinstance(first, Sent) and first.result.delivered
    assert (await attempts.outcome("n-2")).result.delivered
    assert await attempts.outcome("n-old") is None  # a redelivered request: already stored, nothing sent again
    assert sorted(routes.sent()) == ["n-1", "n-2"]


async def test_a_batch_handled_again_after_a_failed_write_sends_nothing_twice():
    """The consumer handles a batch again whole (the database was away) or one record at a time (one record's write
    fails for good), reading ahead each time: every notice is still sent once."""
    routes = FakeRoutes()
    attempts = _attempts(routes)
    batch = [_requested("n-0"), _requested("n-1", sequence=1), _requested("n-2", sequence=2),
             _requested("b-0", recipient="pokja:BKD")]
    await attempts.start(batch)
    await attempts.outcome("n-2")
    await attempts.start(batch)  # the whole batch again
    for record in batch:  # then one record at a time
        await attempts.start([record])
        assert (await attempts.outcome(record.notification_id)).result.delivered
    assert sorted(routes.sent()) == ["b-0", "n-0", "n-1", "n-2"]


async def test_a_read_ahead_that_fails_midway_and_is_tried_again_sends_nothing_twice():
    class FlakyQueue(FakeQueue):
        calls = 0

        async def pending_in(self, conversations):
            self.calls += 1
            if self.calls == 2:
                raise ConnectionError("database away")
            return await super().pending_in(conversations)

    routes = FakeRoutes()
    attempts = _attempts(routes, FlakyQueue())
    first, second = [_requested("n-0")], [_requested("n-0"), _requested("m-0", recipient="pokja:POLRI")]
    await attempts.start(first)
    try:
        await attempts.start(second)
    except ConnectionError:
        pass
    await attempts.start(second)  # the consumer tries the read-ahead again
    assert (await attempts.outcome("n-0")).result.delivered and (await attempts.outcome("m-0")).result.delivered
    assert sorted(routes.sent()) == ["m-0", "n-0"]


async def test_an_endpoint_that_goes_down_during_a_batch_holds_it_for_one_round_of_attempts():
    """Concurrency 2, ten notices to one endpoint that fails: the first two fail, the others are not tried (their
    turn comes after the endpoint is known to be failing) and wait for the sweeper."""
    routes = FakeRoutes(fail={f"n-{i}" for i in range(10)})
    attempts = FirstAttempts(routes, FakeQueue(), concurrency=2, seconds=5.0)
    await attempts.start([_requested(f"n-{i}", recipient=f"pokja:A{i}") for i in range(10)])
    outcomes = [await attempts.outcome(f"n-{i}") for i in range(10)]
    assert len(routes.sent()) == 2
    assert sum(outcome is None for outcome in outcomes) == 8


async def test_an_attempt_that_raises_leaves_the_notice_to_the_sweeper():
    class Broken(FakeRoutes):
        async def __call__(self, n):
            raise RuntimeError("template store unreadable")

    attempts = _attempts(Broken())
    await attempts.start([_requested("n-0")])
    assert await attempts.outcome("n-0") is None


async def test_an_attempts_span_and_log_line_are_written_once_however_often_its_record_is_handled():
    attempts = _attempts(FakeRoutes())
    await attempts.start([_requested("n-0")])
    await attempts.outcome("n-0")
    assert attempts.first_report("n-0") and not attempts.first_report("n-0")
    assert not attempts.first_report("never-tried")


async def test_one_recipients_notices_about_a_report_go_in_their_order():
    routes = FakeRoutes()
    attempts = _attempts(routes)
    await attempts.start([_requested("n-2", sequence=2), _requested("n-0", sequence=0),
                          _requested("n-1", sequence=1), _requested("other", recipient="pokja:POLRI")])
    for notification_id in ("n-0", "n-1", "n-2", "other"):
        assert (await attempts.outcome(notification_id)).result.delivered
    ordered = [event for event in routes.events if event[1] != "other"]
    assert ordered == [("start", "n-0"), ("end", "n-0"), ("start", "n-1"), ("end", "n-1"), ("start", "n-2"),
                       ("end", "n-2")]
    assert routes.events.index(("start", "other")) < routes.events.index(("end", "n-0"))  # others go meanwhile


async def test_a_notice_after_one_that_failed_waits_for_the_sweeper():
    routes = FakeRoutes(fail={"n-0"})
    attempts = _attempts(routes)
    await attempts.start([_requested("n-0", sequence=0), _requested("n-1", sequence=1)])
    assert not (await attempts.outcome("n-0")).result.delivered
    assert await attempts.outcome("n-1") is None
    assert routes.sent() == ["n-0"]


async def test_a_notice_after_an_earlier_one_still_pending_in_the_store_waits():
    conversation = "RCP-AAAA-BBBB-CC/pokja:TNI"
    routes = FakeRoutes()
    attempts = _attempts(routes, FakeQueue(pending={conversation: {"n-0": (0, T0)}}))
    await attempts.start([_requested("n-1", sequence=1), _requested("n-2", sequence=2)])
    assert await attempts.outcome("n-1") is None and await attempts.outcome("n-2") is None
    assert routes.sent() == []


async def test_a_failing_endpoints_notices_and_a_missing_contact_wait_for_the_sweeper():
    failing = FakeRoutes(endpoint="webhook:sigap-lapor")
    attempts = _attempts(failing, FakeQueue(failing={"webhook:sigap-lapor"}))
    await attempts.start([_requested("n-1")])
    assert await attempts.outcome("n-1") is None and failing.sent() == []
    waiting = _attempts(FakeRoutes(route=NoRoute("await_contact", "contact_unknown")))
    await waiting.start([_requested("n-1", recipient="reporter")])
    assert await waiting.outcome("n-1") is None
    declined = _attempts(FakeRoutes(route=NoRoute("skip", "reporter_declined")))
    await declined.start([_requested("n-1", recipient="reporter")])
    assert await declined.outcome("n-1") == NotSent("skip", "reporter_declined")


def test_the_first_attempt_is_recorded_in_the_notices_insert():
    delivered = rules.request(None, _requested("n-1"), Sent("email", AttemptResult(True), 3.0, T0), now=T0,
                              policy=POLICY)
    assert delivered.state.phase is Phase.delivered and delivered.next_due_at is None
    assert delivered.state.attempts == 1 and delivered.state.log[0].delivered
    failed = rules.request(None, _requested("n-1"), Sent("email", AttemptResult(False, "smtp_451"), 3.0, T0),
                           now=T0, policy=POLICY, jitter=0.0)
    assert failed.state.phase is Phase.queued and failed.next_due_at == T0 + timedelta(seconds=5)
    assert failed.state.attempts == 1 and failed.state.last_error == "smtp_451"
    queued = rules.request(None, _requested("n-1"), None, now=T0, policy=POLICY)
    assert queued.state.phase is Phase.queued and queued.next_due_at == T0 and queued.state.attempts == 0


def test_what_lets_the_next_notice_of_a_conversation_go():
    assert rules.settles(Sent("email", AttemptResult(True), 1.0, T0))
    assert rules.settles(Sent("email", AttemptResult(False, "smtp_550", permanent=True), 1.0, T0))
    assert not rules.settles(Sent("email", AttemptResult(False, "http_503"), 1.0, T0))
    assert rules.settles(NotSent("skip", "reporter_declined"))
    assert not rules.settles(NotSent("await_contact", "contact_unknown"))
    assert not rules.settles(None)
