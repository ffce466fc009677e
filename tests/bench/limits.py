"""The machine's limits, measured on the same database and broker as the pipeline, in the same run:

- the database's raw rate of guarded updates in bulk (what the kernel's flush does: version guard, $set state,
  $push a processed id), in documents per second;
- a bare batched consume -> produce relay on the broker (getmany, send, commit once per batch), in messages per
  second per hop.
"""

from __future__ import annotations

import asyncio
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pymongo import AsyncMongoClient, InsertOne, UpdateOne

from netra_shared.kernel.kafka_auth import KafkaCredentials, aiokafka_kwargs
from netra_shared.kernel.store import AggregateStore

STATE = {"status": "registered", "receipt_no": "RCP-AAAA-BBBB-CC", "text": "x" * 600}


async def database_bulk_rate(mongo_url: str, *, documents: int = 2000, seconds: float = 5.0,
                             batch: int = 100, indexed: bool = False) -> float:
    """Guarded updates per second, `batch` at a time, cycling over `documents` documents; `indexed`: on a
    collection with the secondary indexes the kernel keeps on every aggregate collection (kernel/store.py)."""
    client = AsyncMongoClient(mongo_url, tz_aware=True)
    collection = client[f"bench_limits_{uuid.uuid4().hex[:8]}"]["aggregates"]
    try:
        if indexed:
            await AggregateStore(collection).ensure_indexes()
        await collection.bulk_write([InsertOne({"_id": f"a{i}", "version": 1, "state": STATE, "processed": []})
                                     for i in range(documents)])
        versions = [1] * documents
        done, started, cursor = 0, time.monotonic(), 0
        while time.monotonic() - started < seconds:
            ids = [(cursor + k) % documents for k in range(batch)]
            cursor = (cursor + batch) % documents
            await collection.bulk_write([UpdateOne(
                {"_id": f"a{i}", "version": versions[i]},
                {"$set": {"state": STATE}, "$inc": {"version": 1},
                 "$push": {"processed": {"$each": [uuid.uuid4().hex], "$slice": -1000}}}) for i in ids], ordered=False)
            for i in ids:
                versions[i] += 1
            done += batch
        return done / (time.monotonic() - started)
    finally:
        await client.drop_database(collection.database.name)
        await client.close()


async def relay_rate(bootstrap: str, credentials: KafkaCredentials | None, *, messages: int = 20000,
                     partitions: int = 3) -> float:
    """Messages per second through one bare hop: consume a batch, produce it on, commit once."""
    run = uuid.uuid4().hex[:8]
    source, target, group = f"bench-limit-{run}-a", f"bench-limit-{run}-b", f"bench-limit-{run}"
    auth = aiokafka_kwargs(credentials)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **auth)
    await admin.start()
    await admin.create_topics([NewTopic(name, partitions, 1) for name in (source, target)])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5,
                                **auth)
    await producer.start()
    value = b"x" * 600
    sends = [await producer.send(source, value, key=str(i).encode()) for i in range(messages)]
    await asyncio.gather(*sends)
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest", **auth)
    await consumer.start()
    moved, started = 0, None
    try:
        while moved < messages:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            started = started or time.monotonic()
            records = [record for batch in batches.values() for record in batch]
            acks = [await producer.send(target, record.value, key=record.key) for record in records]
            await asyncio.gather(*acks)
            await consumer.commit()
            moved += len(records)
        return moved / (time.monotonic() - started)
    finally:
        await consumer.stop()
        await producer.stop()
        await admin.delete_topics([source, target])
        await admin.close()
