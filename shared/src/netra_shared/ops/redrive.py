"""Redrive: an operator puts work back on the line once its cause is fixed.

    python -m netra_shared.ops.redrive dlq-list  --service intake --topic reports.submitted.sigap-lapor
    python -m netra_shared.ops.redrive dlq       --service intake --topic reports.submitted.sigap-lapor --offset 12 [--partition 0]
    python -m netra_shared.ops.redrive parked    --service triage
    python -m netra_shared.ops.redrive outbox    --service triage --collection cases --id CASE-... [--event <id>]
    python -m netra_shared.ops.redrive timer     --service triage --collection cases --id CASE-...

`dlq` re-injects a DLQ record on the topic it came from, with its key and its headers as they came (the DLQ's own
`x-dlq-*` headers dropped, base64-carried ones decoded) and `x-netra-redriven` naming the DLQ record; a minimal
record (the message could not be copied) cannot be re-injected, only read. `outbox` moves parked outbox entries
back into their document's outbox (the relay publishes them); `timer` sets a parked timer due now. The service picks
them up on its next pass; nothing needs a restart.

Settings come from the service's own environment (`NETRA_<SERVICE>_MONGO_URL`, `_MONGO_DB`, `_KAFKA_BOOTSTRAP`,
`_TOPIC_PREFIX`, its Kafka credentials). Re-injecting needs READ on the DLQ and WRITE on the original topic, which
only `admin` has: `--kafka-principal admin` takes that principal's password from `NETRA_KAFKA_PASSWORD_ADMIN`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from pydantic_settings import SettingsConfigDict
from pymongo import AsyncMongoClient

from ..contracts.topics import TOPICS_BY_NAME, Topics
from ..kernel.dead_letters import DLQ_BASE64, DLQ_HEADER_NAMES, DLQ_MINIMAL, DLQ_PREFIX, DLQ_REASON
from ..kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs, from_env, from_settings
from ..kernel.settings import ServiceSettings
from ..kernel.store import OUTBOX_WAITING, PARKED_WORK, AggregateStore, wake_at

REDRIVEN = "x-netra-redriven"  # on a re-injected record: the DLQ record it came from


def service_settings(service: str) -> ServiceSettings:
    """The service's settings from its own environment (NETRA_<SERVICE>_...), as the service reads them."""
    settings_type = type(f"{service.title()}Settings", (ServiceSettings,), {
        "model_config": SettingsConfigDict(env_prefix=f"NETRA_{service.upper()}_", extra="ignore", frozen=True),
        "__annotations__": {"mongo_db": str}, "mongo_db": f"netra_{service}"})
    return settings_type()


def _credentials(settings: ServiceSettings, principal: str | None) -> KafkaCredentials | None:
    if principal is None:
        return from_settings(settings)
    found = from_env([principal])
    if principal not in found:
        raise SystemExit(f"--kafka-principal {principal}: set NETRA_KAFKA_PASSWORD_{principal.upper()}")
    return found[principal]


# --- DLQ records ------------------------------------------------------------------------------------------------
def _headers(record: Any) -> dict[str, bytes]:
    return {name: bytes(value or b"") for name, value in record.headers or ()}


def original_headers(record: Any) -> list[tuple[str, bytes]]:
    """The headers the original record carried, in their order (as far as the DLQ copy kept them)."""
    restored: dict[str, bytes] = {}
    for name, value in record.headers or ():
        if name.startswith(DLQ_BASE64):
            restored[name.removeprefix(DLQ_BASE64)] = base64.b64decode(value)
        elif not name.startswith(DLQ_PREFIX):
            restored[name] = bytes(value or b"")
    names = _headers(record).get(DLQ_HEADER_NAMES)
    if names is None:
        return list(restored.items())
    return [(name, restored[name]) for name in json.loads(names) if name in restored]


def describe(record: Any) -> dict[str, Any]:
    headers = _headers(record)
    text = {name: value.decode("utf-8", "replace") for name, value in headers.items() if name.startswith(DLQ_PREFIX)}
    return {"dlq_partition": record.partition, "dlq_offset": record.offset, "reason": text.get(DLQ_REASON),
            "detail": text.get("x-dlq-detail"), "minimal": text.get(DLQ_MINIMAL) == "true",
            "original": f"{text.get('x-dlq-original-topic')}/{text.get('x-dlq-original-partition')}/"
                        f"{text.get('x-dlq-original-offset')}",
            "dropped_headers": text.get("x-dlq-dropped-headers"), "dead_lettered_at": text.get("x-dlq-at")}


async def dlq_records(bootstrap: str, dlq_topic: str, credentials: KafkaCredentials | None, *,
                      partition: int | None = None, offset: int | None = None) -> list[Any]:
    """The DLQ's records (or the one at `offset`), read from the beginning without a consumer group."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_kwargs(credentials))
    await admin.start()
    try:
        described = [t for t in await admin.describe_topics([dlq_topic]) if not t.get("error_code")]
    finally:
        await admin.close()
    if not described:
        raise SystemExit(f"no topic {dlq_topic} on the broker (or not readable by this principal)")
    partitions = sorted(p["partition"] for p in described[0]["partitions"])
    wanted = [TopicPartition(dlq_topic, p) for p in partitions if partition is None or p == partition]
    if not wanted:
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest", **aiokafka_kwargs(credentials))
    await consumer.start()
    try:
        consumer.assign(wanted)
        ends = await consumer.end_offsets(wanted)
        records = []
        for tp in wanted:
            start = offset if offset is not None else 0
            if start >= ends[tp]:
                continue
            consumer.seek(tp, start)
            stop = start + 1 if offset is not None else ends[tp]
            while (await consumer.position(tp)) < stop:
                batch = await consumer.getmany(tp, timeout_ms=2000, max_records=500)
                records += [r for r in batch.get(tp, ()) if r.offset < stop]
        return records
    finally:
        await consumer.stop()


async def reinject(bootstrap: str, records: Sequence[Any], credentials: KafkaCredentials | None) -> list[str]:
    """Each DLQ record back on its original topic, with its key and headers; returns what was done per record."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                **aiokafka_kwargs(credentials))
    await producer.start()
    done = []
    try:
        for record in records:
            headers = _headers(record)
            where = f"{record.topic}/{record.partition}/{record.offset}"
            if headers.get(DLQ_MINIMAL) == b"true":
                done.append(f"{where}: minimal record (the message could not be copied): not re-injected")
                continue
            topic = headers.get("x-dlq-original-topic", b"").decode()
            if not topic:
                done.append(f"{where}: no x-dlq-original-topic header: not re-injected")
                continue
            await producer.send_and_wait(topic, record.value, key=record.key,
                                         headers=[*original_headers(record), (REDRIVEN, where.encode())])
            done.append(f"{where}: re-injected on {topic}")
    finally:
        await producer.stop()
    return done


# --- parked outbox entries and timers ----------------------------------------------------------------------------
async def parked(database: Any) -> list[dict[str, Any]]:
    """Every parked outbox entry and timer of the service's collections."""
    found = []
    names = sorted({entry["collection"] for entry in await database[PARKED_WORK].find({}, {"collection": 1}).to_list(None)})
    for name in names:
        for document in await AggregateStore(database[name]).parked_documents():
            for entry in document.get("parked") or ():
                found.append({"kind": "outbox", "collection": name, "id": document["_id"], "event": entry["id"],
                              "topic": entry["topic"], "reason": entry.get("parked_because"),
                              "parked_at": str(entry.get("parked_at"))})
            if timer := document.get("parked_timer"):
                found.append({"kind": "timer", "collection": name, "id": document["_id"],
                              "due_at": str(timer.get("due_at")), "reason": timer.get("reason"),
                              "failures": timer.get("failures"), "parked_at": str(timer.get("parked_at"))})
    return found


def _still_parked(entries: list, timer: Any) -> dict[str, Any]:
    return {"$set": {"parked_at": entries[-1].get("parked_at")}} if entries else (
        {} if timer else {"$unset": {"parked_at": ""}})


async def unpark_outbox(collection: Any, aggregate_id: str, event_id: str | None = None) -> int:
    """The parked entries (or the one `event_id`) back into the document's outbox; returns how many."""
    for _ in range(20):
        document = await collection.find_one({"_id": aggregate_id})
        if document is None:
            raise SystemExit(f"{collection.name}/{aggregate_id}: no such document")
        chosen = [e for e in document.get("parked") or () if event_id is None or e["id"] == event_id]
        if not chosen:
            return 0
        kept = [e for e in document["parked"] if e not in chosen]
        back = [{k: v for k, v in e.items() if k not in ("parked_because", "parked_at")}
                | {"redriven": e.get("redriven", 0) + 1} for e in chosen]
        update: dict[str, Any] = {"$set": {"outbox": [*document.get("outbox", []), *back], "outbox_pending": True,
                                           "wake_at": OUTBOX_WAITING, "parked": kept}, "$inc": {"version": 1}}
        for operator, fields in _still_parked(kept, document.get("parked_timer")).items():
            update.setdefault(operator, {}).update(fields)
        result = await collection.update_one({"_id": aggregate_id, "version": document["version"]}, update)
        if result.modified_count == 1:
            return len(back)
    raise SystemExit(f"{collection.name}/{aggregate_id}: written too often meanwhile; try again")


async def unpark_timer(collection: Any, aggregate_id: str, at: datetime) -> bool:
    """A parked timer set due at `at` (now, by default) with a fresh count of failures."""
    for _ in range(20):
        document = await collection.find_one({"_id": aggregate_id},
                                             {"parked_timer": 1, "parked": 1, "version": 1, "outbox_pending": 1})
        if document is None or not document.get("parked_timer"):
            return False
        update: dict[str, Any] = {"$set": {"next_due_at": at,
                                           "wake_at": wake_at(document.get("outbox_pending", False), at)},
                                  "$inc": {"version": 1},
                                  "$unset": {"parked_timer": "", "timer_failures": "", "timer_deadline": ""}}
        for operator, fields in _still_parked(document.get("parked") or [], None).items():
            update[operator].update(fields)
        result = await collection.update_one({"_id": aggregate_id, "version": document.get("version"),
                                              "parked_timer": {"$exists": True}}, update)
        if result.modified_count == 1:
            return True
    raise SystemExit(f"{collection.name}/{aggregate_id}: written too often meanwhile; try again")


# --- the command -------------------------------------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    commands = argparse.ArgumentParser(prog="python -m netra_shared.ops.redrive", description=__doc__.split("\n")[0])
    sub = commands.add_subparsers(dest="command", required=True)
    for name, summary in [("dlq-list", "list a DLQ's records"), ("dlq", "re-inject DLQ records on their topic"),
                          ("parked", "list parked outbox entries and timers"),
                          ("outbox", "put parked outbox entries back"), ("timer", "set a parked timer due again")]:
        command = sub.add_parser(name, help=summary)
        command.add_argument("--service", required=True, choices=("intake", "triage", "referral", "notify"))
        command.add_argument("--kafka-principal", help="use this principal (e.g. admin), not the service's own")
        if name.startswith("dlq"):
            command.add_argument("--topic", required=True, help="the registry name (without prefix or .dlq)")
            command.add_argument("--partition", type=int)
            command.add_argument("--offset", type=int, help="the DLQ record's offset (dlq-list shows them)")
        if name == "dlq":
            command.add_argument("--all", action="store_true", help="every record of the DLQ (of --partition)")
        if name in ("outbox", "timer"):
            command.add_argument("--collection", required=True)
            command.add_argument("--id", required=True, help="the document's _id (the alert's item names it)")
        if name == "outbox":
            command.add_argument("--event", help="only this parked entry (its event id)")
    return commands


async def run(argv: Sequence[str]) -> list[Any]:
    args = parser().parse_args(argv)
    settings = service_settings(args.service)
    if args.command.startswith("dlq"):
        if args.topic not in TOPICS_BY_NAME:
            raise SystemExit(f"unknown topic {args.topic!r} (one of: {', '.join(sorted(TOPICS_BY_NAME))})")
        if args.command == "dlq" and args.offset is None and not args.all:
            raise SystemExit("dlq: give --offset (see dlq-list) or --all")
        credentials = _credentials(settings, args.kafka_principal)
        dlq = f"{Topics(settings.topic_prefix).prefix}{args.topic}.dlq"
        records = await dlq_records(settings.kafka_bootstrap, dlq, credentials, partition=args.partition,
                                    offset=args.offset)
        if args.command == "dlq-list":
            return [describe(record) for record in records]
        return await reinject(settings.kafka_bootstrap, records, credentials)
    client = AsyncMongoClient(settings.mongo_url, tz_aware=True, serverSelectionTimeoutMS=5000)
    try:
        database = client[settings.mongo_db]
        if args.command == "parked":
            return await parked(database)
        if args.command == "outbox":
            count = await unpark_outbox(database[args.collection], args.id, args.event)
            return [f"{args.collection}/{args.id}: {count} parked entries back in the outbox"]
        moved = await unpark_timer(database[args.collection], args.id, datetime.now(UTC))
        return [f"{args.collection}/{args.id}: " + ("timer due now" if moved else "no parked timer")]
    finally:
        await client.close()


def main(argv: Sequence[str] | None = None) -> None:
    for line in asyncio.run(run(sys.argv[1:] if argv is None else argv)):
        print(line if isinstance(line, str) else json.dumps(line, default=str, ensure_ascii=False))


if __name__ == "__main__":
    main()
