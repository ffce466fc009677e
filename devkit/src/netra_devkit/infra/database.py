"""SecantusDB, the MongoDB-wire server from PyPI (beta, GPL-2.0: development and tests only), as a local process."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from .jars import LocalInfraError
from .ports import LOOPBACK, port_open


def find_secantusd() -> str:
    # Next to the running interpreter (the venv's bin/), without resolving the venv's python symlink.
    candidate = Path(sys.executable).parent / "secantusd-py"
    if candidate.is_file():
        return str(candidate)
    found = shutil.which("secantusd-py")
    if found is None:
        raise LocalInfraError(f"secantusd-py not found next to {sys.executable} nor on PATH (uv sync the dev group)")
    return found


def command(state_dir: Path, port: int, cache_size: str) -> list[str]:
    config = state_dir / "secantusd.toml"
    config.write_text("# intentionally empty: stops secantusd-py auto-discovering a config\n")
    return [find_secantusd(), "--config", str(config), "--host", LOOPBACK, "--port", str(port),
            "--storage-path", str(state_dir / "db"), "--log-level", "WARNING", "--cache-size", cache_size, "--standalone"]


def url(port: int) -> str:
    # SecantusDB advertises itself as primary of a one-member replica set "secantus"; a direct connection
    # keeps the driver from doing replica-set discovery (transactions and change streams still work).
    return f"mongodb://{LOOPBACK}:{port}/?directConnection=true&retryWrites=false"


def answers(port: int) -> object | None:
    """None when the server answers ping, else why not."""
    from pymongo import MongoClient
    from pymongo.errors import PyMongoError

    if not port_open(port):
        return "port not open"
    try:
        with MongoClient(url(port), serverSelectionTimeoutMS=2000, connectTimeoutMS=2000) as client:
            client.admin.command("ping")
    except PyMongoError as exc:
        return exc
    return None


def wait_until_up(port: int, deadline: float, alive: callable, timeout_note: str) -> None:
    last: object = "port not open"
    while True:
        alive()
        last = answers(port)
        if last is None:
            return
        if time.monotonic() > deadline:
            raise LocalInfraError(f"secantusd did not answer ping on {LOOPBACK}:{port} {timeout_note} (last: {last})")
        time.sleep(0.1)
