"""The local trace viewer: Zipkin's server (its exec jar from Maven Central, in-memory storage, a small heap) on
loopback. The services export to its JSON API (`ZIPKIN_ENDPOINT`); a trace is at `<url>/zipkin/traces/<trace id>`.
Zipkin's server takes Zipkin's formats only (OTLP needs a module it does not ship), so locally the services use
OpenTelemetry's Zipkin exporter; production exports OTLP."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from .jars import LocalInfraError, ensure_zipkin_jar
from .ports import free_port, port_free
from .processes import die_with_parent_hook, killpg, tail_file, write_pid_file

PID_FILE = "zipkin.pid"
MAX_SPANS = 100_000  # in memory: the oldest traces go first


class TraceViewer:
    def __init__(self, state_dir: Path, port: int | None = None, *, heap: str = "192m") -> None:
        self.state_dir = Path(state_dir)
        self.port = port if port and port_free(port) else free_port()
        self.heap = heap
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def spans_endpoint(self) -> str:
        """Where the services send their spans (NETRA_<SERVICE>_ZIPKIN_ENDPOINT)."""
        return f"{self.url}/api/v2/spans"

    def trace_url(self, trace_id: str) -> str:
        return f"{self.url}/zipkin/traces/{trace_id}"

    def spawn(self) -> TraceViewer:
        """Start the server (without waiting: `wait_ready` then)."""
        java = shutil.which("java")
        if java is None:
            raise LocalInfraError("java is not on PATH (needed for the trace viewer)")
        self.state_dir.mkdir(parents=True, exist_ok=True)
        cmd = [java, "-Xms64m", f"-Xmx{self.heap}", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
               "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-jar", str(ensure_zipkin_jar()),
               f"--armeria.ports[0].port={self.port}", "--armeria.ports[0].ip=127.0.0.1",
               "--armeria.ports[0].protocols[0]=http", f"--zipkin.storage.mem.max-spans={MAX_SPANS}",
               "--zipkin.self-tracing.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"]
        with open(self.state_dir / "zipkin.out", "ab") as out:
            self.process = subprocess.Popen(cmd, cwd=self.state_dir, stdin=subprocess.DEVNULL, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True,
                                            preexec_fn=die_with_parent_hook())
        write_pid_file(self.state_dir / PID_FILE, self.process.pid)
        return self

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                return json.loads(response.read()).get("status") == "UP"
        except (urllib.error.URLError, OSError, ValueError):
            return False

    def wait_ready(self, timeout: float = 90.0) -> TraceViewer:
        deadline = time.monotonic() + timeout
        while not self.healthy():
            if self.process is None or self.process.poll() is not None:
                raise LocalInfraError(f"zipkin exited during start\n{tail_file(self.state_dir / 'zipkin.out')}")
            if time.monotonic() > deadline:
                raise LocalInfraError(f"zipkin not up on {self.url} after {timeout:.0f}s\n"
                                      f"{tail_file(self.state_dir / 'zipkin.out')}")
            time.sleep(0.3)
        return self

    def stop(self, timeout: float = 15.0) -> None:
        if self.process is not None and self.process.poll() is None:
            killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        (self.state_dir / PID_FILE).unlink(missing_ok=True)
