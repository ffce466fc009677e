"""`make run`: Kafka and the database (local runner), the four services as processes, then the sample reports
and a stand-in Pokja that answers review requests. Every service logs one JSON line per step. Ctrl-C stops all.

Servers already running elsewhere (Docker, another runner) can be given with NETRA_KAFKA_BOOTSTRAP and
NETRA_MONGO_URL; then nothing is started but the services.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import structlog

from netra_shared.contracts.topics import REPORTS_STATUS, REPORTS_SUBMITTED, Topics
from netra_shared.devinfra.local import LocalInfra, find_repo_root, free_ports
from netra_shared.devinfra.pokja import AutoPokja, scripted
from netra_shared.devinfra.services import System
from netra_shared.logging import configure_logging
from netra_shared.messaging.admin import ensure_topics
from netra_shared.testing.kafka_probe import Producer, TopicTap
from netra_shared.testing.samples import SAMPLE_SUBMISSIONS, submission_message

FINAL = {"referred", "closed", "not_registered"}


async def feed_and_follow(bootstrap: str, topics: Topics, stop: asyncio.Event) -> None:
    log = structlog.get_logger()
    status = await TopicTap(bootstrap, topics.name(REPORTS_STATUS)).start()
    pokja = AutoPokja(bootstrap, topics, scripted)
    pokja_task = asyncio.create_task(pokja.run())
    producer = await Producer(bootstrap).start()
    for data in SAMPLE_SUBMISSIONS:
        key, value = submission_message(data)
        await producer.send(topics.name(REPORTS_SUBMITTED), key, value)
        log.info("sample_submitted", submission_id=data["submission_id"], channel=data["channel"],
                 region=data["election"]["region_name"])
    await producer.send(topics.name(REPORTS_SUBMITTED), b"broken", b'{"specversion": "1.0", "id": ')
    log.info("sample_submitted", submission_id="broken", note="malformed on purpose: watch it go to the DLQ")
    await producer.stop()

    wanted = {data["submission_id"] for data in SAMPLE_SUBMISSIONS}
    seen = 0
    while not stop.is_set():
        events = status.data()
        for event in events[seen:]:
            log.info("report_status", receipt_no=event["receipt_no"], status=event["status"],
                     registration_no=event.get("registration_no"), outcome=event.get("outcome"),
                     recipients=event.get("recipients"), reason=event.get("reason"))
        seen = len(events)
        done = {event["submission_id"] for event in events if event["status"] in FINAL}
        if wanted and wanted <= done:
            log.info("samples_done", reports=len(wanted), note="every sample reached its final status; "
                     "the system keeps running: publish to reports.submitted, or press Ctrl-C to stop")
            wanted = set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.5)
    pokja_task.cancel()
    await asyncio.gather(pokja_task, return_exceptions=True)
    await status.stop()


async def serve(args: argparse.Namespace) -> None:
    log = structlog.get_logger()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    root = find_repo_root()
    infra = None
    kafka, mongo = os.environ.get("NETRA_KAFKA_BOOTSTRAP"), os.environ.get("NETRA_MONGO_URL")
    system = None
    try:
        if not (kafka and mongo):
            infra = LocalInfra(root / args.state_dir, kafka_port=args.kafka_port or None,
                               mongo_port=args.mongo_port or None)
            await asyncio.to_thread(infra.start)
            kafka, mongo = infra.kafka_bootstrap, infra.mongo_url
        log.info("infrastructure_ready", kafka_bootstrap=kafka, mongo_url=mongo)
        topics = Topics(args.topic_prefix)
        await ensure_topics(kafka, topics)
        ports = [8081, 8082, 8083, 8084] if not args.free_ports else free_ports(4)
        system = System(kafka_bootstrap=kafka, mongo_url=mongo, topic_prefix=topics.prefix, http_ports=ports,
                        log_format=args.log_format)
        await asyncio.to_thread(system.start)
        log.info("services_ready", **{f"{name}_http": f"http://127.0.0.1:{p.http_port}"
                                      for name, p in system.processes.items()})
        if args.samples:
            await feed_and_follow(kafka, topics, stop)
        else:
            await stop.wait()
    finally:
        log.info("stopping")
        if system is not None:
            await asyncio.to_thread(system.stop)
        if infra is not None:
            await asyncio.to_thread(infra.stop)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state-dir", default=".cache/run", type=Path)
    parser.add_argument("--kafka-port", type=int, default=19092)
    parser.add_argument("--mongo-port", type=int, default=27027)
    parser.add_argument("--topic-prefix", default="")
    parser.add_argument("--free-ports", action="store_true", help="pick free HTTP ports instead of 8081-8084")
    parser.add_argument("--log-format", default=os.environ.get("LOG_FORMAT", "json"), choices=["json", "console"])
    parser.add_argument("--no-samples", dest="samples", action="store_false")
    args = parser.parse_args()
    configure_logging("run", log_format=args.log_format)
    asyncio.run(serve(args))
    sys.exit(0)


if __name__ == "__main__":
    main()
