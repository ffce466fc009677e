"""Benchmark: push N reports through the whole running pipeline and print throughput and latency, the machine's
limits measured in the same run, and the cost per report.

Each report goes intake -> triage -> (a stand-in Pokja answers with four opinions the moment each review request
arrives) -> referral -> notify, which delivers every notification to a local SMTP server. A report is done when its
last notification is delivered; latencies are from the moment a report is published on reports.submitted to its
`registered` and `referred` status on reports.status.

    make bench                                   # 300 reports at once, on the local runner
    make bench BENCH_ARGS="-n 1000"               # the issue's burst
    make bench BENCH_ARGS="-n 300 --rate 10"      # steady 10 reports/s

Servers already running can be given with NETRA_KAFKA_BOOTSTRAP and NETRA_MONGO_URL (a secured broker: and
NETRA_KAFKA_PASSWORD_<PRINCIPAL>). The figures depend heavily on the database: SecantusDB is a Python server meant
for tests, so the raw limits are printed beside the pipeline's figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from pymongo import AsyncMongoClient

from limits import database_bulk_rate, relay_rate
from netra_devkit.infra import LocalInfra, free_ports
from netra_devkit.kafka_probe import Producer, TopicTap
from netra_devkit.pokja import AutoPokja, unanimous
from netra_devkit.samples import submission, submission_message
from netra_devkit.services import SERVICES, System
from netra_devkit.sinks import SmtpSink
from netra_shared.contracts.access import ADMIN, principal_names
from netra_shared.contracts.topics import REPORTS_STATUS, REPORTS_SUBMITTED, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, from_env
from netra_shared.kernel.logging import configure_logging
from netra_shared.provisioning.provision import provision_kafka

METRIC = re.compile(r'^(netra_[a-z_]+)\{([^}]*)\} ([0-9.e+]+)$')
PENDING = ["queued", "awaiting_contact"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def summary(name: str, latencies: list[float]) -> str:
    ms = [value * 1000 for value in latencies]
    return (f"  {name:<26} n={len(ms):<5} p50={percentile(ms, 50):7.0f} ms  p95={percentile(ms, 95):7.0f} ms  "
            f"p99={percentile(ms, 99):7.0f} ms  max={max(ms):7.0f} ms")


ACTIVITY = ("netra_messages_total", "netra_outbox_published_total", "netra_timers_fired_total")


def scrape(system: System) -> dict[str, float]:
    """Sum of every service's netra_* counters, by metric name (labels folded)."""
    totals: dict[str, float] = defaultdict(float)
    for process in system.processes.values():
        with urllib.request.urlopen(f"http://127.0.0.1:{process.http_port}/metrics", timeout=5) as response:
            for line in response.read().decode().splitlines():
                match = METRIC.match(line)
                if match and not match.group(1).endswith(("_created", "_bucket")):
                    totals[match.group(1)] += float(match.group(3))
    return totals


def scrape_one(system: System, service: str, since: dict[str, float] | None = None) -> dict[str, float]:
    """One service's database commands by kind (per report, when `since` is given: the delta)."""
    found: dict[str, float] = defaultdict(float)
    url = f"http://127.0.0.1:{system.processes[service].http_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        for line in response.read().decode().splitlines():
            match = METRIC.match(line)
            if match and match.group(1) == "netra_db_commands_total":
                found[match.group(2).split('"')[1]] += float(match.group(3))
            if match and match.group(1) == "netra_db_documents_written_total":
                labels = dict(part.split("=") for part in match.group(2).replace('"', "").split(","))
                found[f"written:{labels['collection']}/{labels['command']}"] += float(match.group(3))
    return {name: value - (since or {}).get(name, 0.0) for name, value in found.items()}


def rss_mb(pid: int | None) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int | None) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def cpu_ceiling(cpu: dict[str, float], reports: int, cores: int) -> str:
    """What the CPU alone allows: each process's milliseconds per report, and the reports/s at which the whole
    machine's cores would be busy with nothing else (the pipeline cannot pass it however it waits less)."""
    per_report = {name: seconds * 1000 / reports for name, seconds in cpu.items()}
    total = sum(per_report.values()) or 1.0
    return (f"  CPU per report: {total:.0f} ms (" + ", ".join(
        f"{name} {ms:.0f}" for name, ms in sorted(per_report.items(), key=lambda item: -item[1])) +
        f"); all {cores} cores busy with it alone: {cores * 1000 / total:.1f} reports/s")


def processes(system: System, infra_pids: dict[str, int]) -> dict[str, int | None]:
    return {**{name: process.pid for name, process in system.processes.items()}, **infra_pids,
            "bench (taps, Pokja)": os.getpid()}


async def watch_memory(system: System, peaks: dict[str, float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        for name, process in system.processes.items():
            peaks[name] = max(peaks.get(name, 0.0), rss_mb(process.pid))
        try:
            await asyncio.wait_for(stop.wait(), 1.0)
        except TimeoutError:
            pass


async def notification_total(mongo_url: str, database: str) -> int:
    """How many notifications there are (the collection's own count: cheap to ask often)."""
    client = AsyncMongoClient(mongo_url, tz_aware=True)
    try:
        return await client[database]["notifications"].estimated_document_count()
    finally:
        await client.close()


async def pending_notifications(mongo_url: str, database: str) -> int:
    """How many notifications are not final yet (a scan of every notification: asked once a run is quiet)."""
    client = AsyncMongoClient(mongo_url, tz_aware=True)
    try:
        return await client[database]["notifications"].count_documents({"keys.phase": {"$in": PENDING}})
    finally:
        await client.close()


async def delivered_by_receipt(mongo_url: str, database: str) -> tuple[dict[str, float], int]:
    """receipt -> when its last notification was finished (epoch seconds); how many are final."""
    client = AsyncMongoClient(mongo_url, tz_aware=True)
    try:
        last: dict[str, float] = {}
        final = 0
        async for document in client[database]["notifications"].find(
                {"keys.phase": {"$nin": PENDING}}, {"keys.receipt_no": 1, "state.finished_at": 1}):
            finished = document["state"].get("finished_at")
            if finished is not None:
                final += 1
                receipt = document["keys"]["receipt_no"]
                last[receipt] = max(last.get(receipt, 0.0), datetime.fromisoformat(finished).timestamp())
        return last, final
    finally:
        await client.close()


async def run(args: argparse.Namespace, kafka: str, mongo: str, database: str,
              credentials: dict[str, KafkaCredentials], infra_pids: dict[str, int] | None = None) -> None:
    """`credentials`: every principal's (secured broker: SASL/SCRAM + ACLs, as in production), or empty."""
    admin = credentials.get(ADMIN)
    print(f"\nNetra pipeline benchmark: {args.n} reports, Kafka {kafka}, database {database}, {os.cpu_count()} CPUs")
    raw_db = await database_bulk_rate(mongo)
    raw_indexed = await database_bulk_rate(mongo, indexed=True)
    raw_relay = await relay_rate(kafka, admin)
    print(f"  machine limits (same run): database bulk guarded updates {raw_db:,.0f} docs/s "
          f"({raw_indexed:,.0f} with the kernel's index); bare batched relay {raw_relay:,.0f} msgs/s per hop")

    run_id = uuid.uuid4().hex[:8]
    topics = Topics(f"bench{run_id}.")
    await provision_kafka(kafka, admin, topics.prefix)  # topics + DLQs + ACLs, as admin
    service_credentials = {service: credentials[service] for service in SERVICES} if admin else None
    databases = {service: f"bench_{run_id}_{service}" for service in SERVICES}
    extra = {service: {"MONGO_DB": databases[service], "LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "WARNING")}
             for service in SERVICES}
    mailbox = SmtpSink()  # notify's e-mail lands here: a counting SMTP server in a process of its own
    count_file = Path(tempfile.mkdtemp(prefix="netra-bench-mail-")) / "received"
    sink = subprocess.Popen([sys.executable, "-m", "netra_devkit.sinks", str(mailbox.port), str(count_file)])
    extra["notify"].update(mailbox.notify_settings())
    log_dir = Path(tempfile.mkdtemp(prefix="netra-bench-"))
    print(f"  service logs: {log_dir}")
    system = System(kafka_bootstrap=kafka, mongo_url=mongo, topic_prefix=topics.prefix, http_ports=free_ports(4),
                    log_dir=log_dir, extra=extra, kafka_credentials=service_credentials)
    await asyncio.to_thread(system.start)
    channel = submission(2)["channel"]  # every bench report comes from one channel, with its own credentials

    def as_(principal: str) -> KafkaCredentials | None:
        return credentials.get(principal) or admin

    status = await TopicTap(kafka, topics.name(REPORTS_STATUS), credentials=as_(channel)).start()
    pokja = AutoPokja(kafka, topics, unanimous, credentials=as_)
    pokja_task = asyncio.create_task(pokja.run())
    producer = await Producer(kafka, credentials=as_(channel)).start()
    peaks: dict[str, float] = {}
    stop_watch = asyncio.Event()
    watcher = asyncio.create_task(watch_memory(system, peaks, stop_watch))
    try:
        before = scrape(system)
        before_one = {service: scrape_one(system, service) for service in SERVICES}
        cpu_before = {name: cpu_seconds(pid) for name, pid in processes(system, infra_pids or {}).items()}
        reports = [submission(2, submission_id=f"bench-{run_id}-{i:05d}") for i in range(args.n)]
        for i, data in enumerate(reports):  # N different officials: unrelated reports, N cases
            data["reported_party"] = {**data["reported_party"], "full_name": f"Pegawai Bench {i:05d}"}
        sent: dict[str, float] = {}
        started, wall_started = time.monotonic(), time.time()
        for i, data in enumerate(reports):
            key, value = submission_message(data)
            sent[data["submission_id"]] = time.monotonic()
            await producer.send(topics.name(REPORTS_SUBMITTED[channel]), key, value)
            if args.rate:
                await asyncio.sleep(max(0.0, started + (i + 1) / args.rate - time.monotonic()))
        published = time.monotonic() - started
        deadline = time.monotonic() + args.timeout
        arrived: dict[tuple[str, str], float] = {}
        receipts: dict[str, str] = {}
        seen, last_seen, stable_since = 0, (-1, -1.0), time.monotonic()
        while time.monotonic() < deadline:
            for record, at in zip(status.records[seen:], status.arrivals[seen:], strict=False):
                data = json.loads(record.value)["data"]
                arrived.setdefault((data["submission_id"], data["status"]), at)
                receipts[data["submission_id"]] = data["receipt_no"]
                seen += 1
            if sum(1 for (_, s) in arrived if s == "referred") >= args.n:
                # quiet means no notification created and nothing handled, published or fired anywhere for 3 s: a
                # notify consumer still behind on its requests keeps the count still but not the activity; only
                # then are the pending ones counted (a scan of every notification: not every 2 s of the run)
                now_seen = (await notification_total(mongo, databases["notify"]),
                            sum(value for name, value in scrape(system).items() if name in ACTIVITY))
                if now_seen != last_seen:
                    last_seen, stable_since = now_seen, time.monotonic()
                elif time.monotonic() - stable_since > 3 and await pending_notifications(
                        mongo, databases["notify"]) == 0:
                    break
                await asyncio.sleep(2.0)  # the bench's own queries must not load the database it measures
            await asyncio.sleep(0.5)
        after = scrape(system)
        cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in processes(system, infra_pids or {}).items()}
        last_delivered, final = await delivered_by_receipt(mongo, databases["notify"])
        pending = await pending_notifications(mongo, databases["notify"])
        registered = [arrived[(sid, "registered")] - t for sid, t in sent.items() if (sid, "registered") in arrived]
        referred = [arrived[(sid, "referred")] - t for sid, t in sent.items() if (sid, "referred") in arrived]
        done = [last_delivered[receipts[sid]] - wall_started - (t - started) for sid, t in sent.items()
                if receipts.get(sid) in last_delivered]
        end = max(last_delivered.values(), default=wall_started) - wall_started
        print(f"  published in {published:.1f} s ({args.n / published:.0f}/s offered"
              f"{', paced' if args.rate else ', all at once'})")
        print(f"  done (every notification delivered): {len(done)}/{args.n} in {end:.1f} s -> "
              f"{len(done) / end:.1f} reports/s end to end; {final} notifications final, {pending} pending")
        if registered:
            print(summary("submitted->registered", registered))
        if referred:
            print(summary("submitted->referred", referred))
        if done:
            print(summary("submitted->last delivered", done))
        delta = {name: after.get(name, 0.0) - before.get(name, 0.0) for name in after}
        commands, written = delta.get("netra_db_commands_total", 0), delta.get("netra_db_documents_written_total", 0)
        produced, consumed = delta.get("netra_outbox_published_total", 0), delta.get("netra_messages_total", 0)
        commits, batches = delta.get("netra_offset_commits_total", 0), delta.get("netra_batch_records_count", 0)
        print(f"  per report: {commands / args.n:.1f} database operations ({written / args.n:.1f} documents "
              f"written), {produced / args.n:.1f} Kafka messages produced, {consumed / args.n:.1f} consumed "
              f"in {batches / args.n:.1f} batches, {commits / args.n:.1f} offset commits")
        print(f"  database writes: {written / end:,.0f} docs/s = {written / end / raw_db:.0%} of the raw bulk rate "
              f"({written / end / raw_indexed:.0%} of the indexed one); "
              f"Kafka: {(produced + consumed) / end:,.0f} msgs/s = {(produced + consumed) / end / raw_relay:.1%} "
              f"of one bare hop")
        print("  peak RSS: " + ", ".join(f"{name} {mb:.0f} MB" for name, mb in peaks.items()))
        total_cpu = sum(cpu.values()) or 1.0
        print(f"  CPU over {end:.0f} s ({total_cpu / end:.2f} of {os.cpu_count()} cores busy): " + ", ".join(
            f"{name} {seconds:.0f} s ({seconds / total_cpu:.0%})" for name, seconds in
            sorted(cpu.items(), key=lambda item: -item[1])))
        print(cpu_ceiling(cpu, args.n, os.cpu_count() or 1))
        for service in SERVICES:
            print(f"    {service:<8} " + ", ".join(f"{name} {value / args.n:.1f}" for name, value in sorted(
                scrape_one(system, service, before_one[service]).items())))
        if len(done) < args.n:
            raise SystemExit(f"only {len(done)} of {args.n} reports were done within {args.timeout} s")
    finally:
        stop_watch.set()
        await watcher
        pokja_task.cancel()
        await asyncio.gather(pokja_task, return_exceptions=True)
        await producer.stop()
        await status.stop()
        await asyncio.to_thread(system.stop)
        sink.terminate()
        sink.wait(10)
        print(f"  e-mails received by the SMTP server: {count_file.read_text()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300, help="reports to push (default 300)")
    parser.add_argument("--rate", type=float, default=0, help="offered reports per second (0 = all at once)")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    configure_logging("bench", log_format="json", level="WARNING")
    kafka, mongo = os.environ.get("NETRA_KAFKA_BOOTSTRAP"), os.environ.get("NETRA_MONGO_URL")
    if kafka and mongo:
        asyncio.run(run(args, kafka, mongo, f"given ({mongo.split('@')[-1]})", from_env(principal_names())))
        return
    with LocalInfra(Path(tempfile.mkdtemp(prefix="netra-bench-infra-")), verbose=False) as infra:
        asyncio.run(run(args, infra.kafka_bootstrap, infra.mongo_url, "SecantusDB (local runner)",
                        infra.credentials, infra.pids))


if __name__ == "__main__":
    main()
