"""`make run` (python -m netra_devkit.run): Kafka and the database (local runner), the four services as processes, then the sample reports
and a stand-in Pokja that answers review requests. Every service logs one JSON line per step. Ctrl-C stops all.

Kafka is secured: SASL/SCRAM-SHA-512 and ACLs (netra_shared.contracts.access). The topics and ACLs are provisioned
as `admin` first; each service then runs as its own principal, the samples are sent (and the public status read)
as `channels`, the stand-in Pokja answers as `bawaslu`. The runner's passwords are made up at each start and
written to <state-dir>/kafka.env (`set -a; . .cache/run/kafka.env; set +a` to use them from another shell).
`--plaintext` runs the broker without authentication.

The operator console is on notify's port (http://127.0.0.1:8084/console): a local operator account `piket` with a
new password at each start, both printed with the URL.
A trace viewer (Zipkin's server, from Maven Central) runs beside them; the services export their spans to it and
its address is printed: every log line's `trace_id` opens one report's whole journey at
<viewer>/zipkin/traces/<trace_id>. `--no-trace-viewer` leaves it out.

Servers already running elsewhere (Docker, another runner) can be given with NETRA_KAFKA_BOOTSTRAP and
NETRA_MONGO_URL; then nothing is started but the services. A secured broker then needs the principals' passwords
in NETRA_KAFKA_PASSWORD_<PRINCIPAL> (ADMIN, INTAKE, ... as in docker-compose's .env).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import signal
import sys
from pathlib import Path

import structlog
from netra_shared.contracts.access import ADMIN, SERVICES, principal_names
from netra_shared.contracts.topics import CHANNELS, REPORTS_STATUS, REPORTS_SUBMITTED, Topics
from netra_shared.kernel.kafka_auth import KafkaCredentials, env_lines, from_env
from netra_shared.kernel.logging import configure_logging
from netra_shared.provisioning.provision import provision_kafka

from .infra import LocalInfra, LocalInfraError, free_ports
from .infra.zipkin import TraceViewer
from .kafka_probe import Producer, TopicTap
from .operator_account import account
from .pokja import AutoPokja, scripted
from .samples import SAMPLE_SUBMISSIONS, submission_message
from .services import System
from .sinks import SmtpSink

FINAL = {"referred", "closed", "not_registered"}
LOCAL_OPERATOR = "piket"  # the console's local account; its password is printed at start


async def feed_and_follow(bootstrap: str, topics: Topics, stop: asyncio.Event,
                          credentials: dict[str, KafkaCredentials]) -> None:
    log = structlog.get_logger()
    # as the outside parties themselves (admin when their password is unknown); None: a plaintext broker
    def as_(principal: str) -> KafkaCredentials | None:
        return credentials.get(principal) or credentials.get(ADMIN)

    status = await TopicTap(bootstrap, topics.name(REPORTS_STATUS), credentials=as_(CHANNELS[0])).start()
    pokja = AutoPokja(bootstrap, topics, scripted, credentials=as_)
    pokja_task = asyncio.create_task(pokja.run())
    for data in SAMPLE_SUBMISSIONS:  # each channel with its own credentials, on its own topic
        producer = await Producer(bootstrap, credentials=as_(data["channel"])).start()
        key, value = submission_message(data)
        await producer.send(topics.name(REPORTS_SUBMITTED[data["channel"]]), key, value)
        await producer.stop()
        log.info("sample_submitted", submission_id=data["submission_id"], channel=data["channel"],
                 region=data["election"]["region_name"])
    producer = await Producer(bootstrap, credentials=as_(CHANNELS[0])).start()
    await producer.send(topics.name(REPORTS_SUBMITTED[CHANNELS[0]]), b"broken", b'{"specversion": "1.0", "id": ')
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
    infra = None
    kafka, mongo = os.environ.get("NETRA_KAFKA_BOOTSTRAP"), os.environ.get("NETRA_MONGO_URL")
    credentials = from_env(principal_names())  # servers given: their passwords, if the broker is secured
    system = None
    mailbox = None
    viewer = TraceViewer(args.state_dir.parent / "zipkin", args.trace_viewer_port) if args.trace_viewer else None
    try:
        if viewer is not None:
            try:
                await asyncio.to_thread(viewer.spawn)  # starts while Kafka and the database do
            except LocalInfraError as exc:  # no Java or Maven Central: the system runs on, without spans
                print(f"run: no trace viewer: {exc}", file=sys.stderr, flush=True)
                viewer = None
        if not (kafka and mongo):
            infra = LocalInfra(args.state_dir, kafka_port=args.kafka_port or None,
                               mongo_port=args.mongo_port or None, secured=not args.plaintext)
            await asyncio.to_thread(infra.start)
            kafka, mongo, credentials = infra.kafka_bootstrap, infra.mongo_url, infra.credentials
            env_file = infra.state_dir / "kafka.env"
            env_file.touch(mode=0o600)
            env_file.write_text("\n".join([f"NETRA_KAFKA_BOOTSTRAP={kafka}", f"NETRA_MONGO_URL={mongo}",
                                            *env_lines(credentials)]) + "\n")
            print(f"run: Kafka {'SASL/SCRAM-SHA-512 + ACLs' if credentials else 'plaintext'} on {kafka}; "
                  f"user {ADMIN if credentials else '-'}; every principal's password: "
                  f"set -a; . {env_file}; set +a", file=sys.stderr, flush=True)
        admin = credentials.get(ADMIN)
        log.info("infrastructure_ready", kafka_bootstrap=kafka, mongo_url=mongo,
                 kafka_security="sasl_scram512" if admin else "plaintext")
        topics = Topics(args.topic_prefix)
        provisioned = await provision_kafka(kafka, admin, topics.prefix)  # topics + DLQs + ACLs, as admin
        log.info("kafka_provisioned", topics_created=len(provisioned.topics_created), acls=len(provisioned.acls))
        service_credentials = None
        if admin:
            missing = [service for service in SERVICES if service not in credentials]
            if missing:
                raise SystemExit(f"secured Kafka: no password for {missing} (NETRA_KAFKA_PASSWORD_<PRINCIPAL>)")
            service_credentials = {service: credentials[service] for service in SERVICES}
        ports = [8081, 8082, 8083, 8084] if not args.free_ports else free_ports(4)
        mailbox = SmtpSink(args.state_dir.parent / "mail").start()
        log.info("mailbox_ready", folder=str(mailbox.folder), note="every e-mail notify sends is saved here")
        operator, password = LOCAL_OPERATOR, secrets.token_urlsafe(12)  # a new password at each start
        console = {"OPERATOR_ACCOUNTS": json.dumps(account(operator, password)),
                   "CONSOLE_SESSION_SECRET": secrets.token_hex(32),
                   "SERVICE_METRICS_URLS": json.dumps({service: f"http://127.0.0.1:{port}/metrics"
                                                       for service, port in zip(SERVICES, ports, strict=True)})}
        extra: dict[str, dict[str, str]] = {service: {} for service in SERVICES}
        extra["notify"].update({**mailbox.notify_settings(), **console})
        if viewer is not None:
            await asyncio.to_thread(viewer.wait_ready)  # a viewer that started and failed is a real problem
            for service in SERVICES:
                extra[service]["ZIPKIN_ENDPOINT"] = viewer.spans_endpoint
            extra["notify"]["TRACE_VIEWER_URL"] = viewer.url  # the operator console links each step's trace
            print(f"run: trace viewer (Zipkin) on {viewer.url}/zipkin/ ; one report's journey: "
                  f"{viewer.trace_url('<trace_id of any of its log lines>')}", file=sys.stderr, flush=True)
            log.info("trace_viewer_ready", url=f"{viewer.url}/zipkin/")
        system = System(kafka_bootstrap=kafka, mongo_url=mongo, topic_prefix=topics.prefix, http_ports=ports,
                        log_format=args.log_format, kafka_credentials=service_credentials, extra=extra)
        await asyncio.to_thread(system.start)
        print(f"run: operator console http://127.0.0.1:{system['notify'].http_port}/console "
              f"(login: {operator} / {password})", file=sys.stderr, flush=True)
        log.info("services_ready", **{f"{name}_http": f"http://127.0.0.1:{p.http_port}"
                                      for name, p in system.processes.items()})
        if args.samples:
            await feed_and_follow(kafka, topics, stop, credentials)
        else:
            await stop.wait()
    finally:
        log.info("stopping")
        if system is not None:
            await asyncio.to_thread(system.stop)
        if mailbox is not None:
            mailbox.stop()
        if viewer is not None:
            await asyncio.to_thread(viewer.stop)
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
    parser.add_argument("--plaintext", action="store_true", help="run the local Kafka without SASL/ACLs")
    parser.add_argument("--trace-viewer-port", type=int, default=9411, help="Zipkin's port (a free one if taken)")
    parser.add_argument("--no-trace-viewer", dest="trace_viewer", action="store_false",
                        help="no Zipkin: the services then export no spans")
    args = parser.parse_args()
    configure_logging("run", log_format=args.log_format)
    asyncio.run(serve(args))
    sys.exit(0)


if __name__ == "__main__":
    main()
