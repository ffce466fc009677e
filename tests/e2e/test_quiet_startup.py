"""A fresh `make run` (a new broker, nothing provisioned yet, the four services) starts without one error or warning
line: the group coordinator is warmed at provisioning, and aiokafka's routine start-up notices are info."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
REPO = Path(__file__).resolve().parents[2]


def json_lines(text: str) -> list[dict]:
    """Every JSON object in the output (five processes share it: a line may hold the ends of two)."""
    decoder, found, at = json.JSONDecoder(), [], text.find("{")
    while at != -1:
        try:
            entry, end = decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            at = text.find("{", at + 1)
            continue
        if isinstance(entry, dict):
            found.append(entry)
        at = text.find("{", end)
    return found


def test_a_fresh_make_run_prints_no_error_or_warning_line(tmp_path):
    env = {**os.environ, "NETRA_CACHE_DIR": str(REPO / ".cache")}
    env = {key: value for key, value in env.items() if key not in ("NETRA_KAFKA_BOOTSTRAP", "NETRA_MONGO_URL")}
    run = subprocess.Popen(
        [sys.executable, "-m", "netra_devkit.run", "--state-dir", str(tmp_path / "run"), "--kafka-port", "0",
         "--mongo-port", "0", "--free-ports", "--no-samples", "--no-trace-viewer", "--log-format", "json"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 180
        for line in run.stdout:
            lines.append(line)
            if '"services_ready"' in line or time.monotonic() > deadline:
                break
        assert any('"services_ready"' in line for line in lines), "".join(lines[-30:])
        time.sleep(6)  # the consumers join their groups, get their partitions and heartbeat
    finally:
        run.send_signal(signal.SIGINT)  # Ctrl-C
        out, _ = run.communicate(timeout=60)
        lines += out.splitlines(keepends=True)
    assert run.returncode == 0, "".join(lines[-30:])
    logged = json_lines("".join(lines))
    assert {entry.get("service") for entry in logged} >= {"run", "intake", "triage", "referral", "notify"}
    loud = [entry for entry in logged if entry.get("level") in ("error", "critical", "warning")]
    assert loud == []
