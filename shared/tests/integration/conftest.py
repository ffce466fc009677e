from __future__ import annotations

import uuid

import pytest
from netra_shared.kernel.store import AggregateStore
from pymongo import AsyncMongoClient


@pytest.fixture
async def mongo(servers):
    client = AsyncMongoClient(servers.mongo_url, tz_aware=True)
    yield client
    await client.close()


@pytest.fixture
async def store(mongo):
    collection = mongo["netra_shared_tests"][f"aggregates_{uuid.uuid4().hex[:8]}"]
    store = AggregateStore(collection, ("receipt_no",))
    await store.ensure_indexes()
    yield store
    await collection.drop()


@pytest.fixture
def prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}."
