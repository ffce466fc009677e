"""/readyz on a real kernel (real broker, database, HTTP): it turns 503 while the consumer holds a batch or a due
timer is not fired for longer than `stall_seconds`, says which, and turns 200 again once they move. Parked work is
counted on /metrics (netra_parked_items)."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
import uuid
from datetime import timedelta

import pytest
import uvicorn
from netra_devkit.infra.ports import free_port
from netra_devkit.kafka_probe import Producer
from netra_devkit.samples import envelope, submission
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_REGISTERED, Topics
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.runtime import Entrypoints, Kernel
from netra_shared.kernel.settings import ServiceSettings
from netra_shared.kernel.store import Change
from netra_shared.kernel.timers import Timer
from netra_shared.provisioning.topics import ensure_topics
from pydantic import BaseModel
from pymongo import AsyncMongoClient

pytestmark = pytest.mark.integration


class State(BaseModel):
    n: int = 0


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:  # not listening yet
        return 0, ""


async def readiness(port: int, want: int, timeout: float = 60, saying: str = "") -> dict:
    """/readyz's body once it answers `want` (and its reasons include `saying`: a stall may first be seen as
    another one, such as records waiting before the consumer has fetched them)."""
    for _ in range(int(timeout * 5)):
        status, body = await asyncio.to_thread(get, port, "/readyz")
        if status == want and saying in json.loads(body).get("stuck", ""):
            return json.loads(body)
        await asyncio.sleep(0.2)
    raise AssertionError(f"/readyz never answered {want}; last: {status} {body}")


@pytest.fixture
async def service(servers, prefix):
    """A kernel like triage's: one consumer (its handler can be held), one timer collection (its sweep can be
    held), served over HTTP as in production."""
    run = uuid.uuid4().hex[:8]
    settings = ServiceSettings(**servers.kafka_settings(), mongo_url=servers.mongo_url, mongo_db=f"ready_{run}",
                               topic_prefix=prefix, consumer_group=f"{prefix}group", http_port=free_port(), stall_seconds=1.0,
                               relay_poll_seconds=0.1, sweep_interval_seconds=0.2, consumer_session_timeout_ms=6000)
    await ensure_topics(servers.kafka_bootstrap, Topics(prefix), credentials=servers.kafka_credentials)
    kernel = Kernel("triage", settings)
    cases = kernel.aggregates("cases", State)
    held = {"handler": asyncio.Event(), "timer": asyncio.Event()}
    held["handler"].set()
    held["timer"].set()

    async def on_registered(inbound) -> str:
        await held["handler"].wait()
        return "handled"

    async def fire(timer: Timer) -> str:
        await held["timer"].wait()
        return (await cases.apply(timer.aggregate_id, timer, lambda state, now: None)).outcome

    kernel.mount(Entrypoints(Subscriptions({REPORT_REGISTERED: on_registered}), timers={cases: fire}))
    server = uvicorn.Server(uvicorn.Config(kernel.app(), host="127.0.0.1", port=settings.http_port,
                                           log_config=None, lifespan="on"))
    task = asyncio.create_task(server.serve())
    producer = await Producer(servers.kafka_bootstrap, credentials=servers.kafka_credentials).start()
    try:
        await readiness(settings.http_port, 200)
        yield kernel, cases, held, producer, settings
    finally:
        held["handler"].set()
        held["timer"].set()
        server.should_exit = True
        await asyncio.wait_for(task, 30)
        await producer.stop()
        client = AsyncMongoClient(settings.mongo_url)
        await client.drop_database(settings.mongo_db)
        await client.close()


async def test_readyz_is_503_while_the_consumer_holds_one_batch_and_200_once_it_moves(service):
    kernel, _, held, producer, settings = service
    held["handler"].clear()
    report = submission(0)
    registered = {"receipt_no": "RCP-AAAA-BBBB-CC", "registration_no": "001/Reg/LP/PB/Kab/15.04/X/2024",
                  "submission_id": report["submission_id"], "channel": report["channel"], "kind": report["kind"],
                  "election": report["election"], "reported_party": report["reported_party"],
                  "incident": report["incident"], "evidence": report["evidence"], "reporter_ref": "rr-1",
                  "registered_at": "2024-10-03T02:13:00+00:00"}
    value = envelope(REPORT_REGISTERED.type, registered, source="/netra/intake", subject="RCP-AAAA-BBBB-CC")
    await producer.send(Topics(settings.topic_prefix).name(INTAKE_EVENTS), b"RCP-AAAA-BBBB-CC",
                        json.dumps(value).encode())
    body = await readiness(settings.http_port, 503, saying="consumer: one batch in hand")
    assert body["status"] == "not_ready"
    held["handler"].set()
    await readiness(settings.http_port, 200)


async def test_readyz_is_503_while_a_due_timer_is_not_fired_and_the_metric_says_how_late(service):
    kernel, cases, held, _, settings = service
    held["timer"].clear()  # the sweep hangs on its first timer
    now = kernel.clock.now()
    await cases.store.apply("CASE-HUNG", "opened", lambda state: Change({"n": 0}, next_due_at=now))
    await cases.store.apply("CASE-LATE", "opened", lambda state: Change({"n": 0},
                                                                          next_due_at=now + timedelta(seconds=0.5)))
    body = await readiness(settings.http_port, 503)
    assert "timers cases: a timer overdue by" in body["stuck"]
    metrics = (await asyncio.to_thread(get, settings.http_port, "/metrics"))[1]
    late = [line for line in metrics.splitlines()
            if line.startswith('netra_stuck_seconds{collection="cases",kind="timer"}')]
    assert late and float(late[0].split()[-1]) > 1.0
    held["timer"].set()
    await readiness(settings.http_port, 200)
