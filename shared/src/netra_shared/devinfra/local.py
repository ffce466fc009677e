"""Run Apache Kafka and SecantusDB as plain local processes: the no-Docker infrastructure for development and tests.

- Kafka: a single-node KRaft broker+controller on 127.0.0.1, run straight from the jars that Maven resolves for
  ``deploy/kafka/pom.xml`` (cached in ``<repo>/.cache/kafka/lib``), logging through ``deploy/kafka/log4j2.properties``.
- SecantusDB: a MongoDB-wire server (``secantusd-py`` from the venv; beta, GPL-2.0: development and tests only).

Both run in their own session/process group and are stopped (SIGTERM, then SIGKILL) by :meth:`LocalInfra.stop`,
by an ``atexit`` hook, on an exception or Ctrl-C during :meth:`LocalInfra.start`, and (Linux, when started from the
main thread) by the kernel if this Python process dies without cleaning up (``PR_SET_PDEATHSIG``).

Everything a run writes lives in ``state_dir``::

    .netra-local-infra   marker: this directory may be wiped by the next start
    server.properties    Kafka config          kafka/         Kafka log.dirs (data + KRaft metadata)
    kafka.out            Kafka stdout+stderr   logs/          Kafka server.log (INFO), via -Dkafka.logs.dir
    secantusd.toml       empty config file (disables SecantusDB's config auto-discovery)
    secantusd.out        SecantusDB stdout+stderr               db/            SecantusDB storage
    kafka.pid, secantusd.pid   "<pid> <start-time>" of the running servers (see stop_recorded)
    ports.json           ports of the last start (reused with keep_data=True)
    credentials.json     secured=True: every principal's SCRAM password, made up at format time (mode 0600;
                         reused with keep_data=True, as the users live in the kept KRaft metadata)

Secured (the default): the client port is SASL_PLAINTEXT with SCRAM-SHA-512 only, the StandardAuthorizer denies
what no ACL allows, and every principal of ``netra_shared.contracts.access`` exists as a SCRAM user from the
storage format on (``--add-scram``). ``admin`` is a super user; the broker itself talks to its controller over
the CONTROLLER listener (PLAINTEXT, loopback, so ``User:ANONYMOUS`` is a super user too) and to itself over the
SASL listener as ``admin``. Nothing grants ACLs here: :func:`netra_shared.devinfra.provision.provision` does.

Only the stdlib plus aiokafka and pymongo (imported lazily, for the readiness checks) and, when secured, the
principals of netra_shared.contracts.access.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import ctypes
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = [
    "LocalInfra",
    "LocalInfraError",
    "ensure_kafka_jars",
    "find_repo_root",
    "free_port",
    "free_ports",
    "stop_recorded",
    "tail_file",
    "write_pid_file",
]

KAFKA_POM = Path("deploy/kafka/pom.xml")
KAFKA_LOG4J2 = Path("deploy/kafka/log4j2.properties")
KAFKA_LIB = Path(".cache/kafka/lib")
POM_STAMP = ".pom.sha256"
STATE_MARKER = ".netra-local-infra"
PID_FILES = {"kafka": "kafka.pid", "secantusd": "secantusd.pid"}
LOOPBACK = "127.0.0.1"
CREDENTIALS_FILE = "credentials.json"
ADMIN = "admin"  # the super user (netra_shared.contracts.access.ADMIN)
SCRAM_MECHANISM = "SCRAM-SHA-512"


class LocalInfraError(RuntimeError):
    """A local server could not be prepared, started or stopped."""


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------- ports


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port that is free on ``host`` right now (the kernel picks it; another process may take it later)."""
    return free_ports(1, host)[0]


def free_ports(n: int, host: str = LOOPBACK) -> list[int]:
    """``n`` distinct free TCP ports on ``host`` (all sockets are held open together, so no duplicates)."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(n):
            s = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            s.bind((host, 0))
            ports.append(s.getsockname()[1])
        return ports


def _port_free(port: int, host: str = LOOPBACK) -> bool:
    # SO_REUSEADDR like the servers themselves (Java and asyncio set it), so TIME_WAIT leftovers do not count.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def _port_open(port: int, host: str = LOOPBACK) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


# --------------------------------------------------------------------------------------------- jars


def find_repo_root(start: Path | None = None) -> Path:
    """The nearest directory at or above ``start`` (default: this file, then the cwd) holding deploy/kafka/pom.xml."""
    starts = [Path(start).resolve()] if start else [Path(__file__).resolve().parent, Path.cwd().resolve()]
    for base in starts:
        for p in (base, *base.parents):
            if (p / KAFKA_POM).is_file():
                return p
    raise LocalInfraError(f"cannot find the repository root ({KAFKA_POM} not found above {starts[0]})")


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _jars_current(lib: Path, digest: str) -> bool:
    stamp = lib / POM_STAMP
    try:
        return stamp.read_text().strip() == digest and any(lib.glob("kafka_2.13-*.jar"))
    except OSError:
        return False


def _check_logging_binding(lib: Path) -> None:
    """Warn when the jars have no working SLF4J binding (Kafka would then log nothing, not even fatal errors)."""
    names = [p.name for p in lib.glob("*.jar")]
    api1 = any(re.match(r"slf4j-api-1\.", n) for n in names)
    if api1 and not any(
        n.startswith(("log4j-slf4j-impl-", "slf4j-reload4j-", "logback-classic-1.2")) for n in names
    ):
        _say(
            "kafka: WARNING: slf4j-api 1.x but no SLF4J 1.x binding in "
            f"{lib}: Kafka will not log anything. In {KAFKA_POM} use "
            "org.apache.logging.log4j:log4j-slf4j-impl instead of log4j-slf4j2-impl (Kafka pins slf4j-api 1.7.36)."
        )


def ensure_kafka_jars(repo_root: Path) -> Path:
    """Return ``<repo>/.cache/kafka/lib``, (re)filling it with Maven only when it is missing or the pom changed.

    Runs ``mvn -q -B -f deploy/kafka/pom.xml dependency:copy-dependencies -DincludeScope=runtime`` into a temporary
    sibling directory, then swaps it in, so an interrupted download never leaves a half-filled lib dir behind;
    ``.pom.sha256`` in the lib dir records which pom the jars belong to. Serialised with a file lock.
    """
    repo_root = Path(repo_root).resolve()
    pom = repo_root / KAFKA_POM
    lib = repo_root / KAFKA_LIB
    if not pom.is_file():
        raise LocalInfraError(f"{pom} not found")
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    if _jars_current(lib, digest):
        return lib
    lib.parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(lib.parent / ".lib.lock"):
        if _jars_current(lib, digest):
            return lib
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalInfraError("Maven ('mvn') is not on PATH; it is needed once to fetch the Kafka jars")
        tmp = lib.parent / f"lib.tmp-{os.getpid()}"
        old = lib.parent / f"lib.old-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [
            mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
            f"-DoutputDirectory={tmp}", "-DincludeScope=runtime",
        ]  # fmt: skip
        _say(f"kafka: fetching jars with maven into {lib} (missing or pom changed)")
        t0 = time.monotonic()
        try:
            res = subprocess.run(
                cmd, cwd=repo_root, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
            if res.returncode != 0:
                raise LocalInfraError(
                    f"maven failed (exit {res.returncode}): {' '.join(cmd)}\n{res.stdout[-4000:]}"
                )
            if not any(tmp.glob("kafka_2.13-*.jar")):
                raise LocalInfraError(
                    f"maven succeeded but put no kafka_2.13 jar in {tmp}\n{res.stdout[-4000:]}"
                )
            (tmp / POM_STAMP).write_text(digest + "\n")
            if lib.exists():
                lib.rename(old)
            tmp.rename(lib)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        _say(f"kafka: {len(list(lib.glob('*.jar')))} jars ready in {time.monotonic() - t0:.1f}s")
    return lib


# --------------------------------------------------------------------------------------------- processes


def _proc_start_time(pid: int) -> str | None:
    """Start time (clock ticks since boot) of a live, non-zombie process; None when gone. Guards against pid reuse."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # fields after "pid (comm)"; fields[0] is the state
    if fields[0] in ("Z", "X"):
        return None
    return fields[19]


def write_pid_file(path: Path, pid: int) -> None:
    """Record ``"<pid> <start-time>"`` so that stop_recorded never signals a recycled pid."""
    path.write_text(f"{pid} {_proc_start_time(pid) or '?'}\n")


def _read_pid_file(path: Path) -> int | None:
    """The pid recorded in ``path`` if that very process (same start time) is still alive."""
    try:
        pid_s, start = path.read_text().split()[:2]
        pid = int(pid_s)
    except (OSError, ValueError):
        return None
    now = _proc_start_time(pid)
    if now is None or (start != "?" and now != start):
        return None
    return pid


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _proc_start_time(pid) is not None:
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def _killpg(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def stop_recorded(state_dir: Path, timeout: float = 20.0, extra_pid_files: tuple[str, ...] = ()) -> list[str]:
    """Stop servers (and e.g. a runner, via ``extra_pid_files``) whose pid files are in ``state_dir``.

    Extra pid files are signalled first with a plain SIGTERM (a runner then stops its servers itself); the
    servers' process groups get SIGTERM, then SIGKILL after ``timeout`` seconds. Returns what was stopped.
    """
    state_dir = Path(state_dir)
    stopped: list[str] = []
    for name in extra_pid_files:
        pid = _read_pid_file(state_dir / name)
        if pid is not None and pid != os.getpid():
            os.kill(pid, signal.SIGTERM)
            if not _wait_gone(pid, timeout + 5):
                os.kill(pid, signal.SIGKILL)
                _wait_gone(pid, 5)
            stopped.append(f"{name.removesuffix('.pid')} (pid {pid})")
    live = {n: pid for n, f in PID_FILES.items() if (pid := _read_pid_file(state_dir / f)) is not None}
    for pid in live.values():
        _killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for name, pid in live.items():
        if not _wait_gone(pid, max(0.0, deadline - time.monotonic())):
            _say(f"{name}: still running {timeout:.0f}s after SIGTERM, sending SIGKILL")
            _killpg(pid, signal.SIGKILL)
            _wait_gone(pid, 5)
        stopped.append(f"{name} (pid {pid})")
    for f in (*PID_FILES.values(), *extra_pid_files):
        with contextlib.suppress(FileNotFoundError):
            (state_dir / f).unlink()
    return stopped


def tail_file(path: Path, lines: int = 40, max_bytes: int = 16384) -> str:
    """The last ``lines`` lines of a (log) file, or a note that it is missing/empty."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - max_bytes))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return f"({path} not found)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


_LIBC_PRCTL: Any = None


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A preexec_fn asking the kernel to SIGKILL the child when this process dies (Linux only).

    PR_SET_PDEATHSIG fires when the *thread* that forked the child exits, so it is only used from the main thread.
    """
    global _LIBC_PRCTL
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    if _LIBC_PRCTL is None:
        try:
            _LIBC_PRCTL = ctypes.CDLL(None, use_errno=True).prctl
        except (OSError, AttributeError):
            return None
    prctl, parent = _LIBC_PRCTL, os.getpid()

    def hook() -> None:
        prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return hook


def _run_coro_in_thread(factory: Callable[[], Any]) -> Any:
    """Run ``asyncio.run(factory())`` in a fresh thread: works whether or not the caller has a running loop."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(factory())
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            box["error"] = exc

    t = threading.Thread(target=target, name="local-infra-probe", daemon=True)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _heap_bytes(spec: str) -> int:
    m = re.fullmatch(r"(\d+)([kKmMgG]?)", spec.strip())
    if not m:
        raise ValueError(f"bad heap size {spec!r} (use e.g. '768m' or '1g')")
    return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]


def _kafka_cluster_id() -> str:
    """A Kafka cluster id: a random UUID in unpadded URL-safe base64 (what ``StorageTool random-uuid`` prints).

    Like Kafka's Uuid.randomUuid(), avoid ids starting with '-' (they look like CLI flags).
    """
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):
            return cid


# --------------------------------------------------------------------------------------------- LocalInfra


class LocalInfra:
    """A single-node Kafka (KRaft) and a SecantusDB server on 127.0.0.1, as child processes.

    ``with LocalInfra(tmp / "infra") as infra: ...`` or ``infra.start()`` / ``infra.stop()``.
    Ports left as None are picked free on loopback. Unless ``keep_data`` is set, every start wipes ``state_dir``
    (only if it is empty or carries the ``.netra-local-infra`` marker of a previous run), so each start is fresh.
    """

    def __init__(
        self,
        state_dir: Path,
        kafka_port: int | None = None,
        mongo_port: int | None = None,
        kafka_heap: str = "768m",
        *,
        keep_data: bool = False,
        repo_root: Path | None = None,
        start_timeout: float = 90.0,
        stop_timeout: float = 20.0,
        mongo_cache_size: str = "256M",
        kafka_jvm_opts: Sequence[str] = (),
        verbose: bool = True,
        secured: bool = True,
        principals: Sequence[str] | None = None,
    ) -> None:
        self.state_dir = Path(state_dir).resolve()
        self._kafka_port_arg = kafka_port
        self._mongo_port_arg = mongo_port
        self.kafka_heap = kafka_heap
        _heap_bytes(kafka_heap)  # validate early
        self.keep_data = keep_data
        self.repo_root = Path(repo_root).resolve() if repo_root else None
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
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
        # SecantusDB advertises itself as primary of a one-member replica set "secantus"; a direct connection
        # keeps the driver from doing replica-set discovery (transactions and change streams still work).
        return f"mongodb://{LOOPBACK}:{self.mongo_port}/?directConnection=true"

    @property
    def credentials(self) -> dict[str, Any]:
        """principal -> KafkaCredentials of every SCRAM user (empty when not secured)."""
        from ..messaging.kafka_auth import KafkaCredentials

        if self.secured and not self._passwords:
            raise LocalInfraError("LocalInfra is not started")
        return {name: KafkaCredentials(name, password) for name, password in self._passwords.items()}

    @property
    def kafka_credentials(self) -> Any:
        """The super user's KafkaCredentials (admin), or None for a plaintext broker."""
        return self.credentials[ADMIN] if self.secured else None

    @property
    def running(self) -> bool:
        return self._running

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

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> LocalInfra:
        """Start both servers and return once Kafka serves metadata (and creates a topic) and the DB answers ping."""
        with self._lock:
            if self._running:
                return self
            atexit.register(self.stop)
            try:
                self._start()
            # Including KeyboardInterrupt: never leave half-started servers behind.
            except BaseException as exc:
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
            _say(msg)

    def _start(self) -> None:
        t_start = time.monotonic()
        repo = self.repo_root or find_repo_root()
        lib = ensure_kafka_jars(repo)
        _check_logging_binding(lib)
        log4j2 = repo / KAFKA_LOG4J2
        if not log4j2.is_file():
            raise LocalInfraError(f"{log4j2} not found")
        java = self._find_java()
        secantusd = self._find_secantusd()
        deadline = time.monotonic() + self.start_timeout  # a first Maven download does not eat into it

        reuse_kafka_data = self._prepare_state_dir()
        self._choose_ports(reuse_kafka_data)
        self._choose_passwords(reuse_kafka_data)
        sd = self.state_dir
        (sd / "logs").mkdir(exist_ok=True)
        (sd / "secantusd.toml").write_text(
            "# intentionally empty: stops secantusd-py auto-discovering a config\n"
        )
        props = sd / "server.properties"
        props.touch(mode=0o600)  # holds the admin password when secured
        props.write_text(self._server_properties())

        # SecantusDB first: it boots while the JVMs below start.
        self._log(f"secantusd: starting on {LOOPBACK}:{self.mongo_port}")
        t_db = time.monotonic()
        self._spawn(
            "secantusd",
            [
                secantusd, "--config", str(sd / "secantusd.toml"), "--host", LOOPBACK,
                "--port", str(self.mongo_port), "--storage-path", str(sd / "db"),
                "--log-level", "WARNING", "--cache-size", self.mongo_cache_size,
            ],
            sd / "secantusd.out",
        )  # fmt: skip

        jvm_common = [
            java, "-Xshare:auto", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={log4j2}", f"-Dkafka.logs.dir={sd / 'logs'}",
            "-cp", f"{lib}/*",
        ]  # fmt: skip
        if not reuse_kafka_data:
            cluster_id = _kafka_cluster_id()
            self._log(f"kafka: formatting storage (cluster id {cluster_id})"
                      + (f", {len(self._passwords)} SCRAM users" if self.secured else ""))
            t_fmt = time.monotonic()
            scram = [arg for name, password in self._passwords.items()
                     for arg in ("--add-scram", f"{SCRAM_MECHANISM}=[name={name},password={password}]")]
            self._run_tool(
                [*jvm_common, "-Xmx256m", "kafka.tools.StorageTool", "format",
                 "-t", cluster_id, "-c", str(props), "--standalone", *scram],
                sd / "kafka-format.out",
            )  # fmt: skip
            self.timings["kafka_format"] = time.monotonic() - t_fmt

        xms = min(_heap_bytes(self.kafka_heap), 256 << 20) >> 20
        self._log(f"kafka: starting on {LOOPBACK}:{self.kafka_port} (controller {self.controller_port}"
                  + (", SASL/SCRAM + ACLs)" if self.secured else ", plaintext)"))
        t_kafka = time.monotonic()
        self._spawn(
            "kafka",
            [
                *jvm_common[:1],
                f"-Xms{xms}m",
                f"-Xmx{self.kafka_heap}",
                *self.kafka_jvm_opts,
                *jvm_common[1:],
                "kafka.Kafka",
                str(props),
            ],
            sd / "kafka.out",
        )

        self._wait_mongo(deadline)
        self.timings["secantusd"] = time.monotonic() - t_db
        self._log(f"secantusd: up on {LOOPBACK}:{self.mongo_port} in {self.timings['secantusd']:.1f}s")
        self._wait_kafka(deadline)
        self.timings["kafka"] = time.monotonic() - t_kafka
        self._log(f"kafka: up on {self.kafka_bootstrap} in {self.timings['kafka']:.1f}s")
        self.timings["start"] = time.monotonic() - t_start
        self._log(f"infra: ready in {self.timings['start']:.1f}s (state dir {sd})")

    def _find_java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        if java_home and (Path(java_home) / "bin" / "java").is_file():
            return str(Path(java_home) / "bin" / "java")
        java = shutil.which("java")
        if java is None:
            raise LocalInfraError("java (17+) not found: set JAVA_HOME or put java on PATH")
        return java

    def _find_secantusd(self) -> str:
        # Next to the running interpreter (the venv's bin/), without resolving the venv's python symlink.
        candidate = Path(sys.executable).parent / "secantusd-py"
        if candidate.is_file():
            return str(candidate)
        found = shutil.which("secantusd-py")
        if found is None:
            raise LocalInfraError(
                f"secantusd-py not found next to {sys.executable} nor on PATH (uv sync the dev group)"
            )
        return found

    def _prepare_state_dir(self) -> bool:
        """Create/wipe the state dir. Returns True when existing Kafka data is kept (no format needed)."""
        sd = self.state_dir
        if sd.exists():
            live = {n: pid for n, f in PID_FILES.items() if (pid := _read_pid_file(sd / f)) is not None}
            if live:
                raise LocalInfraError(
                    f"{sd} is in use by running servers {live}; stop them first "
                    f"(python deploy/local_infra.py down --state-dir {sd})"
                )
            if not self.keep_data and any(sd.iterdir()):
                if not (sd / STATE_MARKER).exists():
                    raise LocalInfraError(
                        f"refusing to wipe {sd}: it is not empty and has no {STATE_MARKER} marker; "
                        "give a new or empty directory"
                    )
                shutil.rmtree(sd)
        sd.mkdir(parents=True, exist_ok=True)
        (sd / STATE_MARKER).write_text(
            "state directory of netra_shared.devinfra.local.LocalInfra; may be wiped\n"
        )
        return self.keep_data and (sd / "kafka" / "meta.properties").is_file()

    def _choose_ports(self, reuse_kafka_data: bool) -> None:
        saved: dict[str, int] = {}
        ports_file = self.state_dir / "ports.json"
        if self.keep_data:
            with contextlib.suppress(OSError, ValueError):
                saved = json.loads(ports_file.read_text())
        if reuse_kafka_data and "controller" not in saved:
            raise LocalInfraError(f"kept Kafka data in {self.state_dir} but no ports.json: cannot reuse it")
        kafka = self._kafka_port_arg or saved.get("kafka")
        mongo = self._mongo_port_arg or saved.get("mongo")
        # The controller port is written into the KRaft voter set at format time: keep it with the data.
        controller = saved.get("controller") if reuse_kafka_data else None
        picked = iter(free_ports(3))
        self.kafka_port = kafka or next(picked)
        self.mongo_port = mongo or next(picked)
        self.controller_port = controller or next(picked)
        while self.controller_port in (self.kafka_port, self.mongo_port):
            self.controller_port = free_port()
        for what, port in (("kafka", self.kafka_port), ("kafka controller", self.controller_port),
                           ("secantusd", self.mongo_port)):  # fmt: skip
            if not _port_free(port):
                raise LocalInfraError(f"{what} port {LOOPBACK}:{port} is already in use")
        ports_file.write_text(
            json.dumps(
                {"kafka": self.kafka_port, "controller": self.controller_port, "mongo": self.mongo_port}
            )
        )

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
                raise LocalInfraError(
                    f"kept Kafka data in {self.state_dir} but no readable {CREDENTIALS_FILE} ({exc}): its SCRAM "
                    "users are unknown; start without keep_data"
                ) from exc
            if ADMIN not in self._passwords:
                raise LocalInfraError(f"{path} has no {ADMIN!r} user")
            return
        if self._principals is None:
            from ..contracts.access import principal_names

            self._principals = principal_names()
        names = dict.fromkeys((ADMIN, *self._principals))
        for name in names:
            if not re.fullmatch(r"[A-Za-z0-9._-]+", name):
                raise LocalInfraError(f"principal name {name!r}: use letters, digits, '.', '_' or '-'")
        # URL-safe base64: no ',', ']' or '=' that would break --add-scram's [name=...,password=...] syntax
        self._passwords = {name: secrets.token_urlsafe(24) for name in names}
        path.touch(mode=0o600)
        path.write_text(json.dumps(self._passwords, indent=1) + "\n")

    def _security_properties(self) -> dict[str, str]:
        if not self.secured:
            return {
                "listeners": f"PLAINTEXT://{LOOPBACK}:{self.kafka_port},CONTROLLER://{LOOPBACK}:{self.controller_port}",
                "advertised.listeners": f"PLAINTEXT://{LOOPBACK}:{self.kafka_port},"
                f"CONTROLLER://{LOOPBACK}:{self.controller_port}",
                "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name": "PLAINTEXT",
            }
        admin = self._passwords[ADMIN]
        return {
            "listeners": f"SASL_PLAINTEXT://{LOOPBACK}:{self.kafka_port},CONTROLLER://{LOOPBACK}:{self.controller_port}",
            "advertised.listeners": f"SASL_PLAINTEXT://{LOOPBACK}:{self.kafka_port},"
            f"CONTROLLER://{LOOPBACK}:{self.controller_port}",
            "listener.security.protocol.map": "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name": "SASL_PLAINTEXT",
            "sasl.enabled.mechanisms": SCRAM_MECHANISM,
            "sasl.mechanism.inter.broker.protocol": SCRAM_MECHANISM,
            # server side of SCRAM, and the broker's own login (as admin) when it connects to itself
            f"listener.name.sasl_plaintext.{SCRAM_MECHANISM.lower()}.sasl.jaas.config":
                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                f'username="{ADMIN}" password="{admin}";',
            "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "allow.everyone.if.no.acl.found": "false",
            # ANONYMOUS: the broker's requests to its controller over the PLAINTEXT CONTROLLER listener (loopback)
            "super.users": f"User:{ADMIN};User:ANONYMOUS",
        }

    def _server_properties(self) -> str:
        data = self.state_dir / "kafka"
        props = {
            # single node, KRaft, combined broker + controller, loopback only
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.bootstrap.servers": f"{LOOPBACK}:{self.controller_port}",
            **self._security_properties(),
            "controller.listener.names": "CONTROLLER",
            "log.dirs": str(data),
            # small machine
            "num.network.threads": "2",
            "num.io.threads": "2",
            "num.recovery.threads.per.data.dir": "1",
            "background.threads": "2",
            "log.cleaner.threads": "1",
            "log.cleaner.dedupe.buffer.size": str(16 << 20),  # default 128 MiB of heap
            # topics
            "num.partitions": "3",
            "default.replication.factor": "1",
            "min.insync.replicas": "1",
            "auto.create.topics.enable": "true",
            "delete.topic.enable": "true",
            # internal topics on one node (fewer partitions: faster first consumer group / transaction)
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "5",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "5",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "share.coordinator.state.topic.num.partitions": "5",
            # tests: no 3 s wait before the first rebalance of every new consumer group
            "group.initial.rebalance.delay.ms": "0",
            # retention for a dev box: a day or 1 GiB per partition, 64 MiB segments
            "log.retention.hours": "24",
            "log.retention.bytes": str(1 << 30),
            "log.segment.bytes": str(64 << 20),
            "log.retention.check.interval.ms": "60000",
        }
        lines = ["# generated by netra_shared.devinfra.local; rewritten on every start"]
        lines += [f"{k}={v}" for k, v in props.items()]
        return "\n".join(lines) + "\n"

    def _spawn(self, name: str, cmd: list[str], out_path: Path) -> subprocess.Popen[bytes]:
        with open(out_path, "ab") as out:
            proc = subprocess.Popen(
                cmd, cwd=self.state_dir, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_die_with_parent_hook(),
            )  # fmt: skip
        self._procs[name] = proc
        write_pid_file(self.state_dir / PID_FILES[name], proc.pid)
        return proc

    def _run_tool(self, cmd: list[str], out_path: Path) -> None:
        with open(out_path, "wb") as out:
            proc = subprocess.Popen(
                cmd, cwd=self.state_dir, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_die_with_parent_hook(),
            )  # fmt: skip
            try:
                rc = proc.wait(timeout=self.start_timeout)
            except BaseException:
                _killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                raise
        if rc != 0:
            raise LocalInfraError(f"{' '.join(cmd[-6:])} failed (exit {rc}):\n{tail_file(out_path)}")

    def _check_alive(self, name: str, logs: list[Path]) -> None:
        proc = self._procs[name]
        if proc.poll() is not None:
            raise LocalInfraError(
                f"{name} exited with code {proc.returncode} during start\n{self._tails(logs)}"
            )

    @staticmethod
    def _tails(logs: list[Path]) -> str:
        return "\n".join(f"--- tail of {p} ---\n{tail_file(p)}" for p in logs)

    def _wait_mongo(self, deadline: float) -> None:
        from pymongo import MongoClient
        from pymongo.errors import PyMongoError

        logs = [self.state_dir / "secantusd.out"]
        last: object = "port not open"
        while True:
            self._check_alive("secantusd", logs)
            if _port_open(self.mongo_port):  # type: ignore[arg-type]
                try:
                    with MongoClient(
                        self.mongo_url, serverSelectionTimeoutMS=2000, connectTimeoutMS=2000
                    ) as c:
                        c.admin.command("ping")
                    return
                except PyMongoError as exc:
                    last = exc
            if time.monotonic() > deadline:
                raise LocalInfraError(
                    f"secantusd did not answer ping on {LOOPBACK}:{self.mongo_port} within "
                    f"{self.start_timeout:.0f}s (last: {last})\n{self._tails(logs)}"
                )
            time.sleep(0.1)

    def _wait_kafka(self, deadline: float) -> None:
        logs = [self.state_dir / "kafka.out", self.state_dir / "logs" / "server.log"]
        last: object = "port not open"
        while True:
            self._check_alive("kafka", logs)
            # Wait for the listener first: aiokafka logs an ERROR for every refused connection.
            if _port_open(self.kafka_port):  # type: ignore[arg-type]
                try:
                    _run_coro_in_thread(lambda: _kafka_probe(self.kafka_bootstrap, 10.0, self.kafka_credentials))
                    return
                except Exception as exc:  # noqa: BLE001 - retried until the deadline
                    last = f"{type(exc).__name__}: {exc}"
            if time.monotonic() > deadline:
                raise LocalInfraError(
                    f"kafka did not serve metadata on {self.kafka_bootstrap} within {self.start_timeout:.0f}s "
                    f"(last: {last})\n{self._tails(logs)}"
                )
            time.sleep(0.2)

    def _stop_processes(self, quiet: bool) -> None:
        procs = [(n, p) for n, p in self._procs.items() if p.poll() is None]
        t0 = time.monotonic()
        if procs and not quiet:
            self._log("infra: stopping " + ", ".join(f"{n} (pid {p.pid})" for n, p in procs))
        try:
            for _, p in procs:
                _killpg(p.pid, signal.SIGTERM)  # pgid == pid: start_new_session=True
            deadline = t0 + self.stop_timeout
            for name, p in procs:
                try:
                    p.wait(timeout=max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    self._log(
                        f"{name}: still running {self.stop_timeout:.0f}s after SIGTERM, sending SIGKILL"
                    )
                    _killpg(p.pid, signal.SIGKILL)
                    p.wait()
        except BaseException:  # e.g. Ctrl-C while waiting: do not leave anything behind
            for _, p in procs:
                if p.poll() is None:
                    _killpg(p.pid, signal.SIGKILL)
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


async def _kafka_probe(bootstrap: str, timeout: float, credentials: Any = None) -> None:
    """Raise unless the broker serves cluster metadata and its controller can create and delete a topic."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    sasl = credentials.aiokafka() if credentials is not None else {}

    async def probe() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000), **sasl)
        try:
            await admin.start()
            cluster = await admin.describe_cluster()
            if not cluster.get("brokers"):
                raise LocalInfraError(f"no broker in metadata yet: {cluster}")
            topic = f"__netra_ready_{uuid.uuid4().hex[:12]}"
            created = await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
            result = created.to_object()
            errors = [t for t in result.get("topic_errors", result.get("topics", [])) if t.get("error_code")]
            if errors:
                raise LocalInfraError(f"readiness topic not created: {errors}")
            await admin.delete_topics([topic])
        finally:
            await admin.close()

    await asyncio.wait_for(probe(), timeout)
