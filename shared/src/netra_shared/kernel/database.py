"""The service's MongoDB client: its own database, the deployment's write concern, and every round trip counted
(`netra_db_commands_total`, `netra_db_documents_written_total`)."""

from __future__ import annotations

from pymongo import AsyncMongoClient
from pymongo.monitoring import CommandFailedEvent, CommandListener, CommandStartedEvent, CommandSucceededEvent

from .metrics import DB_COMMANDS, DB_DOCUMENTS
from .settings import ServiceSettings

WRITES = frozenset({"insert", "update", "delete", "findAndModify"})
ADMIN = frozenset({"hello", "isMaster", "ping", "endSessions", "buildInfo", "saslStart", "saslContinue"})


class Counting(CommandListener):
    def __init__(self) -> None:
        self._collections: dict[int, str] = {}

    def started(self, event: CommandStartedEvent) -> None:
        if event.command_name not in ADMIN:
            DB_COMMANDS.labels(event.command_name).inc()
            if event.command_name in WRITES:
                self._collections[event.request_id] = str(event.command.get(event.command_name, ""))

    def succeeded(self, event: CommandSucceededEvent) -> None:
        if event.command_name in WRITES:
            collection = self._collections.pop(event.request_id, "")
            DB_DOCUMENTS.labels(event.command_name, collection).inc(event.reply.get("n", 0))

    def failed(self, event: CommandFailedEvent) -> None:
        self._collections.pop(event.request_id, None)


def client(settings: ServiceSettings) -> AsyncMongoClient:
    """retryWrites and the like come with the URL (SecantusDB: retryWrites=false; a replica set: the default, true);
    the write concern from the settings (`majority` where the database has a majority to ask)."""
    journal = {"journal": True} if settings.mongo_journal else {}
    return AsyncMongoClient(settings.mongo_url, tz_aware=True, serverSelectionTimeoutMS=5000,
                            event_listeners=[Counting()], w=_w(settings.mongo_write_concern), **journal)


def _w(value: str) -> int | str:
    return int(value) if value.isdigit() else value



