"""Review M2: every service's writes are acknowledged by the database's majority (and, if asked, its journal)
before the consumer commits the offset."""

from __future__ import annotations

from netra_shared.kernel import database
from netra_shared.kernel.settings import ServiceSettings


async def test_writes_wait_for_the_majority_by_default_and_for_the_journal_when_asked():
    default = database.client(ServiceSettings(mongo_url="mongodb://127.0.0.1:1/?retryWrites=false"))
    assert default.write_concern.document == {"w": "majority"}
    journaled = database.client(ServiceSettings(mongo_url="mongodb://127.0.0.1:1/", mongo_journal=True,
                                                mongo_write_concern="1"))
    assert journaled.write_concern.document == {"w": 1, "j": True}
    await default.close()
    await journaled.close()
