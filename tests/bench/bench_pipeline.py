"""Benchmark: push N reports through the whole running pipeline and print throughput and latency.

Each report goes intake -> triage -> (a stand-in Pokja answers with four opinions) -> referral -> notify.
Latency is measured from the moment a report is published on reports.submitted to the moment its
`registered` and its `referred` status appear on reports.status.

    make bench                      # 300 reports on the local runner (Kafka from jars + SecantusDB)
    make bench BENCH_ARGS="-n 1000 --rate 200"

Servers already running (e.g. MongoDB and Kafka under Docker) can be given with NETRA_KAFKA_BOOTSTRAP and
NETRA_MONGO_URL (a secured broker: and NETRA_KAFKA_PASSWORD_<PRINCIPAL>). The local runner is secured (SASL/SCRAM
and ACLs; each service as its own principal), as in production. The figures depend heavily on the database:
SecantusDB is a Python server meant for tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from netra_devkit.infra import LocalInfra, free_ports
from netra_devkit.kafka_probe import Producer, TopicTap
from netra_devkit.pokja import AutoPokja, unanimous
from netra_devkit.samples import submission, submission_message
from netra_devkit.services import SERVICES, System
from netra_devkit.sinks import LocalMailbox
from netra_shared.contracts.access import ADMIN, principal_names
from netra_shared.contracts.topics import REPORTS_STATUS, REPORTS_SUBMITTED, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, from_env
from netra_shared.kernel.logging import configure_logging
from netra_shared.provisioning.provision import provision_kafka


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def summary(name: str, latencies: list[float]) -> str:
    ms = [value * 1000 for value in latencies]
    return (f"  {name:<22} n={len(ms):<5} p50={percentile(ms, 50):7.0f} ms  p95={percentile(ms, 95):7.0f} ms  "
            f"p99={percentile(ms, 99):7.0f} ms  max={max(ms):7.0f} ms  mean={statistics.fmean(ms):7.0f} ms")


async def run(args: argparse.Namespace, kafka: str, mongo: str, database: str,
              credentials: dict[str, KafkaCredentials]) -> None:
    """`credentials`: every principal's (secured broker: SASL/SCRAM + ACLs, as in production), or empty."""
    run_id = uuid.uuid4().hex[:8]
    topics = Topics(f"bench{run_id}.")
    admin = credentials.get(ADMIN)
    await provision_kafka(kafka, admin, topics.prefix)  # topics + DLQs + ACLs, as admin
    service_credentials = {service: credentials[service] for service in SERVICES} if admin else None
    extra = {service: {"MONGO_DB": f"bench_{run_id}_{service}", "LOG_LEVEL": "WARNING"} for service in SERVICES}
    mailbox = LocalMailbox(Path(tempfile.mkdtemp(prefix="netra-bench-mail-"))).start()  # notify's e-mail lands here
    extra["notify"].update(mailbox.notify_settings())
    log_dir = Path(tempfile.mkdtemp(prefix="netra-bench-"))
    system = System(kafka_bootstrap=kafka, mongo_url=mongo, topic_prefix=topics.prefix, http_ports=free_ports(4),
                    log_dir=log_dir, extra=extra, kafka_credentials=service_credentials)
    await asyncio.to_thread(system.start)
    channels = credentials.get("channels") or admin
    status = await TopicTap(kafka, topics.name(REPORTS_STATUS), credentials=channels).start()
    pokja = AutoPokja(kafka, topics, unanimous, credentials=credentials.get("bawaslu") or admin)
    pokja_task = asyncio.create_task(pokja.run())
    producer = await Producer(kafka, credentials=channels).start()
    try:
        reports = [submission(2, submission_id=f"bench-{run_id}-{i:05d}") for i in range(args.n)]
        for i, data in enumerate(reports):  # N different officials: unrelated reports, N cases
            data["reported_party"] = {**data["reported_party"], "full_name": f"Pegawai Bench {i:05d}"}
        sent: dict[str, float] = {}
        started = time.monotonic()
        for i, data in enumerate(reports):
            key, value = submission_message(data)
            sent[data["submission_id"]] = time.monotonic()
            await producer.send(topics.name(REPORTS_SUBMITTED), key, value)
            if args.rate:
                await asyncio.sleep(max(0.0, started + (i + 1) / args.rate - time.monotonic()))
        published = time.monotonic() - started
        deadline = time.monotonic() + args.timeout
        arrived: dict[tuple[str, str], float] = {}
        seen = 0
        while time.monotonic() < deadline:
            for record, at in zip(status.records[seen:], status.arrivals[seen:], strict=False):
                data = json.loads(record.value)["data"]
                arrived.setdefault((data["submission_id"], data["status"]), at)
                seen += 1
            if sum(1 for (_, s) in arrived if s == "referred") >= args.n:
                break
            await asyncio.sleep(0.2)
        registered = [arrived[(sid, "registered")] - t for sid, t in sent.items() if (sid, "registered") in arrived]
        referred = [arrived[(sid, "referred")] - t for sid, t in sent.items() if (sid, "referred") in arrived]
        last = max((arrived[(sid, "referred")] for sid in sent if (sid, "referred") in arrived), default=started)
        elapsed = last - started
        print(f"\nNetra pipeline benchmark: {args.n} reports, Kafka {kafka}, database {database}")
        print(f"  published in {published:.1f} s ({args.n / published:.0f}/s offered"
              f"{', paced' if args.rate else ', as fast as possible'})")
        print(f"  referred: {len(referred)}/{args.n} in {elapsed:.1f} s -> end-to-end throughput "
              f"{len(referred) / elapsed:.1f} reports/s")
        if registered:
            print(summary("submitted->registered", registered))
        if referred:
            print(summary("submitted->referred", referred))
        if len(referred) < args.n:
            raise SystemExit(f"only {len(referred)} of {args.n} reports were referred within {args.timeout} s")
    finally:
        pokja_task.cancel()
        await asyncio.gather(pokja_task, return_exceptions=True)
        await producer.stop()
        await status.stop()
        await asyncio.to_thread(system.stop)
        mailbox.stop()
        print(f"  e-mails delivered by notify: {mailbox.received}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300, help="reports to push (default 300)")
    parser.add_argument("--rate", type=float, default=0, help="offered reports per second (0 = all at once)")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    configure_logging("bench", log_format="json", level="WARNING")
    kafka, mongo = os.environ.get("NETRA_KAFKA_BOOTSTRAP"), os.environ.get("NETRA_MONGO_URL")
    if kafka and mongo:
        asyncio.run(run(args, kafka, mongo, f"given ({mongo.split('@')[-1]})", from_env(principal_names())))
        return
    with LocalInfra(Path(tempfile.mkdtemp(prefix="netra-bench-infra-")), verbose=False) as infra:
        asyncio.run(run(args, infra.kafka_bootstrap, infra.mongo_url, "SecantusDB (local runner)",
                        infra.credentials))


if __name__ == "__main__":
    main()
