"""Kafka and SecantusDB as plain local processes: the no-Docker infrastructure for development and tests.

Both run in their own session/process group and are stopped (SIGTERM, then SIGKILL) by :meth:`LocalInfra.stop`,
by an ``atexit`` hook, on an exception or Ctrl-C during :meth:`LocalInfra.start`, and (Linux, when started from the
main thread) by the kernel if this Python process dies without cleaning up (``PR_SET_PDEATHSIG``).

Everything a run writes lives in ``state_dir``: the ``.netra-local-infra`` marker (the next start may wipe the
folder), ``server.properties``, ``kafka/`` (data and KRaft metadata), ``kafka.out`` and ``logs/``, ``secantusd.*``
and ``db/``, the pid files (``"<pid> <start-time>"``), ``ports.json`` (reused with ``keep_data``) and, secured,
``credentials.json``: every principal's SCRAM password, made up at format time (mode 0600).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from netra_shared.contracts.access import ADMIN, principal_names
from netra_shared.kernel.kafka_auth import KafkaCredentials

from . import database, kafka
from .jars import LocalInfraError, check_logging_binding, ensure_kafka_jars, kafka_file
from .ports import LOOPBACK, free_port, free_ports, port_free, port_open
from .processes import (
    PID_FILES,
    die_with_parent_hook,
    killpg,
    read_pid_file,
    run_coro_in_thread,
    say,
    tail_file,
    write_pid_file,
)

STATE_MARKER = ".netra-local-infra"
CREDENTIALS_FILE = "credentials.json"


class LocalInfra:
    """A single-node Kafka (KRaft) and a SecantusDB server on 127.0.0.1, as child processes.

    ``with LocalInfra(tmp / "infra") as infra: ...`` or ``infra.start()`` / ``infra.stop()``.
    Ports left as None are picked free on loopback. Unless ``keep_data`` is set, every start wipes ``state_dir``
    (only if it is empty or carries the marker of a previous run), so each start is fresh.
    """

    def __init__(self, state_dir: Path, kafka_port: int | None = None, mongo_port: int | None = None,
                 kafka_heap: str = "768m", *, keep_data: bool = False, start_timeout: float = 90.0,
                 stop_timeout: float = 20.0, mongo_cache_size: str = "256M", kafka_jvm_opts: Sequence[str] = (),
                 verbose: bool = True, secured: bool = True, principals: Sequence[str] | None = None) -> None:
        self.state_dir = Path(state_dir).resolve()
        self._kafka_port_arg, self._mongo_port_arg = kafka_port, mongo_port
        self.kafka_heap = kafka_heap
        kafka.heap_bytes(kafka_heap)  # validate early
        self.keep_data = keep_data
        self.start_timeout, self.stop_timeout = start_timeout, stop_timeout
        self.mongo_cache_size = mongo_cache_size
        self.kafka_jvm_opts = list(kafka_jvm_opts)
        self.verbose = verbose
        self.secured = secured
        self._principals = tuple(principals) if principals is not None else None
        self._passwords: dict[str, str] = {}
        self.kafka_port: int | None = None
        self.controller_port: int | None = None
        self.mongo_port: int | None = None
        self._procs: dict[str, subprocess.Popen[bytes]] = {}
        self._lock = threading.RLock()
        self._running = False
        self.timings: dict[str, float] = {}

    # ----------------------------------------------------------------- public API

    @property
    def kafka_bootstrap(self) -> str:
        if self.kafka_port is None:
            raise LocalInfraError("LocalInfra is not started")
        return f"{LOOPBACK}:{self.kafka_port}"

    @property
    def mongo_url(self) -> str:
        if self.mongo_port is None:
            raise LocalInfraError("LocalInfra is not started")
        return database.url(self.mongo_port)

    @property
    def credentials(self) -> dict[str, KafkaCredentials]:
        """principal -> KafkaCredentials of every SCRAM user (empty when not secured)."""
        if self.secured and not self._passwords:
            raise LocalInfraError("LocalInfra is not started")
        return {name: KafkaCredentials(name, password) for name, password in self._passwords.items()}

    @property
    def kafka_credentials(self) -> KafkaCredentials | None:
        """The super user's credentials (admin), or None for a plaintext broker."""
        return self.credentials[ADMIN] if self.secured else None

    @property
    def pids(self) -> dict[str, int]:
        """Pids of the server processes started by this object and not yet reaped."""
        return {name: p.pid for name, p in self._procs.items() if p.poll() is None}

    def rss_bytes(self) -> dict[str, int]:
        """Resident memory of each running server (VmRSS from /proc)."""
        out: dict[str, int] = {}
        for name, pid in self.pids.items():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        out[name] = int(line.split()[1]) * 1024
        return out

    def __enter__(self) -> LocalInfra:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> LocalInfra:
        """Start both servers and return once Kafka serves metadata (and creates a topic) and the DB answers ping."""
        with self._lock:
            if self._running:
                return self
            atexit.register(self.stop)
            try:
                self._start()
            except BaseException as exc:  # including KeyboardInterrupt: never leave half-started servers behind
                if self._procs:
                    self._log(f"infra: start failed ({type(exc).__name__}), cleaning up")
                self._stop_processes(quiet=False)
                raise
            self._running = True
            return self

    def stop(self) -> None:
        """SIGTERM both process groups, wait up to ``stop_timeout`` s, then SIGKILL. Idempotent."""
        with self._lock:
            self._stop_processes(quiet=not self._running and not self._procs)
            self._running = False

    # ----------------------------------------------------------------- internals

    def _log(self, msg: str) -> None:
        if self.verbose:
            say(msg)

    def _start(self) -> None:
        t_start = time.monotonic()
        lib = ensure_kafka_jars()
        check_logging_binding(lib)
        java = self._find_java()
        deadline = time.monotonic() + self.start_timeout  # a first Maven download does not eat into it
        reuse_kafka_data = self._prepare_state_dir()
        self._choose_ports(reuse_kafka_data)
        self._choose_passwords(reuse_kafka_data)
        sd = self.state_dir
        (sd / "logs").mkdir(exist_ok=True)
        props = sd / "server.properties"
        props.touch(mode=0o600)  # holds the admin password when secured
        props.write_text(kafka.server_properties(sd / "kafka", self.kafka_port, self.controller_port,
                                                 self._passwords))

        # SecantusDB first: it boots while the JVMs below start.
        self._log(f"secantusd: starting on {LOOPBACK}:{self.mongo_port}")
        t_db = time.monotonic()
        self._spawn("secantusd", database.command(sd, self.mongo_port, self.mongo_cache_size), sd / "secantusd.out")

        jvm = [java, "-Xshare:auto", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
               f"-Dlog4j2.configurationFile={kafka_file('log4j2.properties')}", f"-Dkafka.logs.dir={sd / 'logs'}",
               "-cp", f"{lib}/*"]
        if not reuse_kafka_data:
            cid = kafka.cluster_id()
            self._log(f"kafka: formatting storage (cluster id {cid})"
                      + (f", {len(self._passwords)} SCRAM users" if self.secured else ""))
            t_fmt = time.monotonic()
            self._run_tool([*jvm, "-Xmx256m", "kafka.tools.StorageTool", "format", "-t", cid, "-c", str(props),
                            "--standalone", *kafka.scram_format_args(self._passwords)], sd / "kafka-format.out")
            self.timings["kafka_format"] = time.monotonic() - t_fmt

        xms = min(kafka.heap_bytes(self.kafka_heap), 256 << 20) >> 20
        self._log(f"kafka: starting on {LOOPBACK}:{self.kafka_port} (controller {self.controller_port}"
                  + (", SASL/SCRAM + ACLs)" if self.secured else ", plaintext)"))
        t_kafka = time.monotonic()
        self._spawn("kafka", [jvm[0], f"-Xms{xms}m", f"-Xmx{self.kafka_heap}", *self.kafka_jvm_opts, *jvm[1:],
                              "kafka.Kafka", str(props)], sd / "kafka.out")

        database.wait_until_up(self.mongo_port, deadline, lambda: self._check_alive("secantusd"),
                               f"within {self.start_timeout:.0f}s\n{self._tails('secantusd')}")
        self.timings["secantusd"] = time.monotonic() - t_db
        self._log(f"secantusd: up on {LOOPBACK}:{self.mongo_port} in {self.timings['secantusd']:.1f}s")
        self._wait_kafka(deadline)
        self.timings["kafka"] = time.monotonic() - t_kafka
        self._log(f"kafka: up on {self.kafka_bootstrap} in {self.timings['kafka']:.1f}s")
        self.timings["start"] = time.monotonic() - t_start
        self._log(f"infra: ready in {self.timings['start']:.1f}s (state dir {sd})")

    @staticmethod
    def _find_java() -> str:
        java_home = os.environ.get("JAVA_HOME")
        if java_home and (Path(java_home) / "bin" / "java").is_file():
            return str(Path(java_home) / "bin" / "java")
        java = shutil.which("java")
        if java is None:
            raise LocalInfraError("java (17+) not found: set JAVA_HOME or put java on PATH")
        return java

    def _prepare_state_dir(self) -> bool:
        """Create/wipe the state dir. Returns True when existing Kafka data is kept (no format needed)."""
        sd = self.state_dir
        if sd.exists():
            live = {n: pid for n, f in PID_FILES.items() if (pid := read_pid_file(sd / f)) is not None}
            if live:
                raise LocalInfraError(f"{sd} is in use by running servers {live}; stop them first "
                                      f"(python -m netra_devkit.infra down --state-dir {sd})")
            if not self.keep_data and any(sd.iterdir()):
                if not (sd / STATE_MARKER).exists():
                    raise LocalInfraError(f"refusing to wipe {sd}: it is not empty and has no {STATE_MARKER} "
                                          "marker; give a new or empty directory")
                shutil.rmtree(sd)
        sd.mkdir(parents=True, exist_ok=True)
        (sd / STATE_MARKER).write_text("state directory of the dev kit's LocalInfra; may be wiped\n")
        return self.keep_data and (sd / "kafka" / "meta.properties").is_file()

    def _choose_ports(self, reuse_kafka_data: bool) -> None:
        saved: dict[str, int] = {}
        ports_file = self.state_dir / "ports.json"
        if self.keep_data:
            with contextlib.suppress(OSError, ValueError):
                saved = json.loads(ports_file.read_text())
        if reuse_kafka_data and "controller" not in saved:
            raise LocalInfraError(f"kept Kafka data in {self.state_dir} but no ports.json: cannot reuse it")
        # The controller port is written into the KRaft voter set at format time: keep it with the data.
        controller = saved.get("controller") if reuse_kafka_data else None
        picked = iter(free_ports(3))
        self.kafka_port = self._kafka_port_arg or saved.get("kafka") or next(picked)
        self.mongo_port = self._mongo_port_arg or saved.get("mongo") or next(picked)
        self.controller_port = controller or next(picked)
        while self.controller_port in (self.kafka_port, self.mongo_port):
            self.controller_port = free_port()
        for what, port in (("kafka", self.kafka_port), ("kafka controller", self.controller_port),
                           ("secantusd", self.mongo_port)):
            if not port_free(port):
                raise LocalInfraError(f"{what} port {LOOPBACK}:{port} is already in use")
        ports_file.write_text(json.dumps({"kafka": self.kafka_port, "controller": self.controller_port,
                                          "mongo": self.mongo_port}))

    def _choose_passwords(self, reuse_kafka_data: bool) -> None:
        """A fresh random password per principal, or the saved ones when the kept metadata already has users."""
        self._passwords = {}
        if not self.secured:
            return
        path = self.state_dir / CREDENTIALS_FILE
        if reuse_kafka_data:
            try:
                self._passwords = json.loads(path.read_text())
            except (OSError, ValueError) as exc:
                raise LocalInfraError(f"kept Kafka data in {self.state_dir} but no readable {CREDENTIALS_FILE} "
                                      f"({exc}): its SCRAM users are unknown; start without keep_data") from exc
            if ADMIN not in self._passwords:
                raise LocalInfraError(f"{path} has no {ADMIN!r} user")
            return
        names = dict.fromkeys((ADMIN, *(self._principals if self._principals is not None else principal_names())))
        for name in names:
            if not re.fullmatch(r"[A-Za-z0-9._-]+", name):
                raise LocalInfraError(f"principal name {name!r}: use letters, digits, '.', '_' or '-'")
        # URL-safe base64: no ',', ']' or '=' that would break --add-scram's [name=...,password=...] syntax
        self._passwords = {name: secrets.token_urlsafe(24) for name in names}
        path.touch(mode=0o600)
        path.write_text(json.dumps(self._passwords, indent=1) + "\n")

    def _spawn(self, name: str, cmd: list[str], out_path: Path) -> subprocess.Popen[bytes]:
        with open(out_path, "ab") as out:
            proc = subprocess.Popen(cmd, cwd=self.state_dir, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    preexec_fn=die_with_parent_hook())
        self._procs[name] = proc
        write_pid_file(self.state_dir / PID_FILES[name], proc.pid)
        return proc

    def _run_tool(self, cmd: list[str], out_path: Path) -> None:
        with open(out_path, "wb") as out:
            proc = subprocess.Popen(cmd, cwd=self.state_dir, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    preexec_fn=die_with_parent_hook())
            try:
                rc = proc.wait(timeout=self.start_timeout)
            except BaseException:
                killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                raise
        if rc != 0:
            raise LocalInfraError(f"{' '.join(cmd[-6:])} failed (exit {rc}):\n{tail_file(out_path)}")

    def _logs(self, name: str) -> list[Path]:
        sd = self.state_dir
        return [sd / "kafka.out", sd / "logs" / "server.log"] if name == "kafka" else [sd / "secantusd.out"]

    def _tails(self, name: str) -> str:
        return "\n".join(f"--- tail of {p} ---\n{tail_file(p)}" for p in self._logs(name))

    def _check_alive(self, name: str) -> None:
        proc = self._procs[name]
        if proc.poll() is not None:
            raise LocalInfraError(f"{name} exited with code {proc.returncode} during start\n{self._tails(name)}")

    def _wait_kafka(self, deadline: float) -> None:
        last: object = "port not open"
        while True:
            self._check_alive("kafka")
            # Wait for the listener first: aiokafka logs an ERROR for every refused connection.
            if port_open(self.kafka_port):  # type: ignore[arg-type]
                try:
                    run_coro_in_thread(lambda: kafka.probe(self.kafka_bootstrap, 10.0, self.kafka_credentials))
                    return
                except Exception as exc:  # noqa: BLE001 - retried until the deadline
                    last = f"{type(exc).__name__}: {exc}"
            if time.monotonic() > deadline:
                raise LocalInfraError(f"kafka did not serve metadata on {self.kafka_bootstrap} within "
                                      f"{self.start_timeout:.0f}s (last: {last})\n{self._tails('kafka')}")
            time.sleep(0.2)

    def _stop_processes(self, quiet: bool) -> None:
        procs = [(n, p) for n, p in self._procs.items() if p.poll() is None]
        t0 = time.monotonic()
        if procs and not quiet:
            self._log("infra: stopping " + ", ".join(f"{n} (pid {p.pid})" for n, p in procs))
        try:
            for _, p in procs:
                killpg(p.pid, signal.SIGTERM)  # pgid == pid: start_new_session=True
            deadline = t0 + self.stop_timeout
            for name, p in procs:
                try:
                    p.wait(timeout=max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    self._log(f"{name}: still running {self.stop_timeout:.0f}s after SIGTERM, sending SIGKILL")
                    killpg(p.pid, signal.SIGKILL)
                    p.wait()
        except BaseException:  # e.g. Ctrl-C while waiting: do not leave anything behind
            for _, p in procs:
                if p.poll() is None:
                    killpg(p.pid, signal.SIGKILL)
                    p.wait()
            raise
        finally:
            for name in list(self._procs):
                if self._procs[name].poll() is not None:
                    del self._procs[name]
                    with contextlib.suppress(FileNotFoundError):
                        (self.state_dir / PID_FILES[name]).unlink()
            if not self._procs:
                atexit.unregister(self.stop)
        if procs:
            self.timings["stop"] = time.monotonic() - t0
            if not quiet:
                codes = ", ".join(f"{n}={p.returncode}" for n, p in procs)
                self._log(f"infra: stopped in {self.timings['stop']:.1f}s (exit codes {codes})")
