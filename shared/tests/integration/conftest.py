from __future__ import annotations

import uuid

import pytest
from pymongo import AsyncMongoClient

from netra_shared.persistence.aggregate_store import AggregateStore


@pytest.fixture
async def mongo(servers):
    client = AsyncMongoClient(servers.mongo_url, tz_aware=True)
    yield client
    await client.close()


@pytest.fixture
async def store(mongo):
    collection = mongo["netra_shared_tests"][f"aggregates_{uuid.uuid4().hex[:8]}"]
    store = AggregateStore(collection)
    await store.ensure_indexes(("receipt_no",))
    yield store
    await collection.drop()


@pytest.fixture
def prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}."
