"""`make chaos` (python -m netra_devkit.chaos): the local infrastructure, 3 replicas of each service as processes,
300 reports pushed through (the samples, each on its channel's topic with its channel's credentials; the stand-in
Pokja answers), a random replica SIGKILLed and restarted every few seconds, then, once the flow has settled, a
verdict from the topics and the databases. The last line is

    chaos: N reports, lost L, duplicated D, kills K

and the exit code is non-zero when L or D is. Options: `-n`, `--replicas`, `--kills` (at least), `--kill-every`.
Servers already running can be given with NETRA_KAFKA_BOOTSTRAP and NETRA_MONGO_URL (and, for a secured broker,
NETRA_KAFKA_PASSWORD_<PRINCIPAL>).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from netra_shared.contracts.access import ADMIN, SERVICES, principal_names
from netra_shared.contracts.topics import REFERRALS, REPORTS_STATUS, REPORTS_SUBMITTED, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, from_env
from netra_shared.kernel.logging import configure_logging
from netra_shared.provisioning.provision import provision_kafka
from pymongo import AsyncMongoClient

from ..infra import LocalInfra
from ..kafka_probe import Producer, TopicTap
from ..pokja import AutoPokja, unanimous
from ..samples import SAMPLE_SUBMISSIONS, submission, submission_message
from ..sinks import SmtpSink
from .observe import notification_counts, own_partitions, read_all
from .replicas import Replicas
from .verdict import FINAL, Observed, judge


def say(message: str) -> None:
    print(f"chaos {time.strftime('%H:%M:%S')} {message}", flush=True)


def reports(count: int, run_id: str) -> list[dict]:
    """The samples in turn, each report about a different official (so no two become one case)."""
    made = []
    for n in range(count):
        data = submission(n % len(SAMPLE_SUBMISSIONS), submission_id=f"chaos-{run_id}-{n:04d}")
        data["reported_party"] = {**data["reported_party"], "full_name": f"Pegawai Chaos {n:04d}"}
        made.append(data)
    return made


async def feed(kafka: str, topics: Topics, made: list[dict], rate: float, as_,
               halfway: Callable[[], Awaitable[None]] | None = None) -> None:
    """The reports at `rate` per second; at the half, `halfway` (the broker and database restarted) first."""
    producers = {}
    try:
        started = time.monotonic()
        for n, data in enumerate(made):
            if halfway is not None and n == len(made) // 2:
                paused = time.monotonic()
                await halfway()
                started += time.monotonic() - paused
            channel = data["channel"]
            if channel not in producers:
                producers[channel] = await Producer(kafka, credentials=as_(channel)).start()
            key, value = submission_message(data)
            await producers[channel].send(topics.name(REPORTS_SUBMITTED[channel]), key, value)
            await asyncio.sleep(max(0.0, started + (n + 1) / rate - time.monotonic()))
    finally:
        for producer in producers.values():
            await producer.stop()


async def chaos_monkey(replicas: Replicas, feeding: asyncio.Task, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    while len(replicas.kills) < args.kills or not feeding.done():
        await asyncio.sleep(args.kill_every * (0.5 + rng.random()))
        victim = await asyncio.to_thread(replicas.kill_one, rng)
        say(f"kill {len(replicas.kills)}: {victim.service} on port {victim.http_port} (SIGKILL, restarted)")


async def pokja_answering(kafka: str, topics: Topics, as_) -> None:
    """The stand-in Pokja, started again whenever it fails (the broker restarted under it)."""
    while True:
        try:
            await AutoPokja(kafka, topics, unanimous, credentials=as_).run()
            return  # it returns when cancelled
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the stand-in must outlive an outage of the broker
            say(f"stand-in Pokja restarting after {type(exc).__name__}")
            await asyncio.sleep(2)


async def settle(status: TopicTap, submitted: list[str], mongo: AsyncMongoClient, notify_db: str,
                 timeout: float) -> None:
    """Until every report has its final status and no notification is pending (stable for a while), or timeout."""
    deadline, stable, last = time.monotonic() + timeout, 0, None
    while time.monotonic() < deadline:
        final = {event["submission_id"] for event in status.data() if event.get("status") in FINAL}
        total, pending = await notification_counts(mongo, notify_db)
        done = len(final & set(submitted))
        say(f"settling: {done}/{len(submitted)} reports final, notifications {total} ({pending} pending)")
        now = (done, total, pending)
        stable = stable + 1 if now == last and done == len(submitted) and pending == 0 else 0
        last = now
        if stable >= 2:
            return
        await asyncio.sleep(10)
    say(f"settle timeout after {timeout:.0f} s")


async def run(args: argparse.Namespace, kafka: str, mongo_url: str, credentials: dict[str, KafkaCredentials],
              restart_infra: Callable[[], None] | None = None) -> int:
    """`restart_infra`: stops and starts the broker and the database (same data, same ports), once, mid-run."""
    admin = credentials.get(ADMIN)
    run_id = uuid.uuid4().hex[:6]
    topics = Topics(f"chaos{run_id}.")
    await provision_kafka(kafka, admin, topics.prefix)
    databases = {service: f"chaos_{run_id}_{service}" for service in SERVICES}
    mailbox = SmtpSink()
    count_file = Path(tempfile.mkdtemp(prefix="netra-chaos-mail-")) / "received"
    sink = subprocess.Popen([sys.executable, "-m", "netra_devkit.sinks", str(mailbox.port), str(count_file)])
    extra = {service: {"MONGO_DB": databases[service], "LOG_LEVEL": "WARNING",
                       "CONSUMER_SESSION_TIMEOUT_MS": str(args.session_timeout_ms)} for service in SERVICES}
    extra["notify"].update(mailbox.notify_settings())
    log_dir = Path(tempfile.mkdtemp(prefix="netra-chaos-"))
    replicas = Replicas(args.replicas, kafka_bootstrap=kafka, mongo_url=mongo_url, topic_prefix=topics.prefix,
                        log_dir=log_dir, extra=extra,
                        kafka_credentials={s: credentials[s] for s in SERVICES} if admin else None)
    say(f"{args.replicas} replicas of each of {', '.join(SERVICES)}; logs in {log_dir}")
    started = time.monotonic()
    await asyncio.to_thread(replicas.start)
    say(f"all {len(replicas.processes)} replicas ready in {time.monotonic() - started:.0f} s")

    def as_(principal: str) -> KafkaCredentials | None:
        return credentials.get(principal) or admin

    mongo = AsyncMongoClient(mongo_url, tz_aware=True)
    status = await TopicTap(kafka, topics.name(REPORTS_STATUS), credentials=admin).start()
    referral_taps = [await TopicTap(kafka, topics.name(spec), credentials=admin).start() for spec in REFERRALS.values()]
    pokja = asyncio.create_task(pokja_answering(kafka, topics, as_))
    made = reports(args.n, run_id)
    try:
        outages: list[tuple[float, float]] = []  # the infrastructure's restart: every group rebalances

        async def halfway() -> None:
            say("restarting the broker and the database")
            began = time.time()
            await asyncio.to_thread(restart_infra)
            outages.append((began, time.time()))
            say(f"broker and database back after {outages[-1][1] - began:.0f} s")

        feeding = asyncio.create_task(feed(kafka, topics, made, args.rate, as_,
                                           halfway if restart_infra is not None else None))
        monkey = asyncio.create_task(chaos_monkey(replicas, feeding, args))
        while not monkey.done():
            final = sum(1 for event in status.data() if event.get("status") in FINAL)
            say(f"running: {final}/{args.n} reports final, {len(replicas.kills)} kills")
            await asyncio.wait({monkey}, timeout=15)
        await feeding
        await monkey
        await asyncio.to_thread(replicas.revive)
        say(f"kills over ({len(replicas.kills)}); every replica up again, waiting for the flow to settle")
        await settle(status, [data["submission_id"] for data in made], mongo, databases["notify"], args.settle_timeout)
        delivered = [document["state"] async for document in mongo[databases["notify"]]["notifications"].find(
            {"keys.phase": "delivered"}, {"state": 1})]
        total, pending = await notification_counts(mongo, databases["notify"])
        publishes = await read_all(kafka, await own_partitions(kafka, admin, topics), admin)
        observed = Observed(
            submitted=[data["submission_id"] for data in made], statuses=status.data(),
            referrals=[event["data"] for tap in referral_taps for event in tap.events()
                       if event["type"].endswith("referral.issued.v1")],
            delivered=delivered, publishes=publishes, kills=list(replicas.kills))
        verdict = judge(observed, outages)
        say(f"notifications: {total}, delivered {len(delivered)}, pending {pending}")
        say(f"publishes: {verdict.published} distinct events on the services' topics, {verdict.repeated} published "
            f"more than once, of which {verdict.repeated_straddling_a_kill} straddle a kill or the broker's restart (a "
            f"new ownership period); "
            f"repeated within one period: {len(verdict.repeated_within_one_period)}")
        for event_id in verdict.repeated_within_one_period[:5]:  # where in the run they fell
            ats = sorted(p.at for p in publishes if p.event_id == event_id)
            topic = next(p.topic for p in publishes if p.event_id == event_id)
            near = min(replicas.kills, key=lambda kill: abs(kill - ats[0]), default=ats[0])
            say(f"  {event_id} on {topic}: {len(ats)} copies {ats[-1] - ats[0]:.1f} s apart, the nearest kill "
                f"{near - ats[0]:+.1f} s from the first"
                + "".join(f", the restart {start - ats[0]:+.1f} .. {end - ats[0]:+.1f} s" for start, end in outages))
        if verdict.lost:
            say(f"lost: {verdict.lost[:20]}")
        for kind, items in verdict.duplicated.items():
            say(f"duplicated {kind}: {items[:10]}")
        print(verdict.last_line(), flush=True)
        return 0 if verdict.ok else 1
    finally:  # the processes first; then the runner's own clients, each given a bounded time
        await asyncio.to_thread(replicas.stop)
        sink.terminate()
        sink.wait(10)
        pokja.cancel()
        for closing in (asyncio.gather(pokja, return_exceptions=True), *(tap.stop() for tap in (status, *referral_taps)),
                        mongo.close()):
            try:
                await asyncio.wait_for(closing, 15)
            except (TimeoutError, Exception) as exc:  # noqa: BLE001 - a client left behind must not hold the exit
                say(f"cleanup: {type(exc).__name__} closing a client, left behind")


def complete(main: Awaitable[int]) -> int:
    """Run the chaos to its verdict. Unlike asyncio.run, do not wait for the runner's own clients' leftover tasks
    (a Kafka client that saw its broker restart may never finish): the servers must be stopped after it all the same."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        leftover = asyncio.all_tasks(loop)
        for task in leftover:
            task.cancel()
        if leftover:
            loop.run_until_complete(asyncio.wait(leftover, timeout=10))
        loop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300, help="reports to push (default 300)")
    parser.add_argument("--replicas", type=int, default=3, help="replicas of each service (default 3)")
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs at least (default 20)")
    parser.add_argument("--kill-every", type=float, default=5.0, help="mean seconds between kills (default 5)")
    parser.add_argument("--rate", type=float, default=2.0, help="reports per second offered (default 2)")
    parser.add_argument("--settle-timeout", type=float, default=1500.0, help="seconds to wait for the flow")
    parser.add_argument("--session-timeout-ms", type=int, default=6000, help="how soon a killed member is dropped")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--no-infra-restart", action="store_true",
                        help="do not restart the broker and the database halfway (they are, on the local runner)")
    args = parser.parse_args()
    configure_logging("chaos", log_format="json", level="WARNING")
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # the runner's own clients retry through the chaos
    kafka, mongo = os.environ.get("NETRA_KAFKA_BOOTSTRAP"), os.environ.get("NETRA_MONGO_URL")
    if kafka and mongo:
        sys.exit(complete(run(args, kafka, mongo, from_env(principal_names()))))
    with LocalInfra(Path(tempfile.mkdtemp(prefix="netra-chaos-infra-")), verbose=False, keep_data=True) as infra:
        say(f"local infrastructure up: Kafka {infra.kafka_bootstrap}, SecantusDB {infra.mongo_url}")

        def restart() -> None:
            infra.stop()
            infra.start()
        code = complete(run(args, infra.kafka_bootstrap, infra.mongo_url, infra.credentials,
                               None if args.no_infra_restart else restart))
    sys.exit(code)


if __name__ == "__main__":
    main()
