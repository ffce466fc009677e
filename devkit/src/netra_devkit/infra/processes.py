"""Server processes: pid files that survive pid reuse, process-group signals, and children that die with us."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PID_FILES = {"kafka": "kafka.pid", "secantusd": "secantusd.pid"}


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def proc_start_time(pid: int) -> str | None:
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
    path.write_text(f"{pid} {proc_start_time(pid) or '?'}\n")


def read_pid_file(path: Path) -> int | None:
    """The pid recorded in ``path`` if that very process (same start time) is still alive."""
    try:
        pid_s, start = path.read_text().split()[:2]
        pid = int(pid_s)
    except (OSError, ValueError):
        return None
    now = proc_start_time(pid)
    if now is None or (start != "?" and now != start):
        return None
    return pid


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while proc_start_time(pid) is not None:
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def killpg(pgid: int, sig: int) -> None:
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
        pid = read_pid_file(state_dir / name)
        if pid is not None and pid != os.getpid():
            os.kill(pid, signal.SIGTERM)
            if not wait_gone(pid, timeout + 5):
                os.kill(pid, signal.SIGKILL)
                wait_gone(pid, 5)
            stopped.append(f"{name.removesuffix('.pid')} (pid {pid})")
    live = {n: pid for n, f in PID_FILES.items() if (pid := read_pid_file(state_dir / f)) is not None}
    for pid in live.values():
        killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for name, pid in live.items():
        if not wait_gone(pid, max(0.0, deadline - time.monotonic())):
            say(f"{name}: still running {timeout:.0f}s after SIGTERM, sending SIGKILL")
            killpg(pid, signal.SIGKILL)
            wait_gone(pid, 5)
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


def die_with_parent_hook() -> Callable[[], None] | None:
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


def run_coro_in_thread(factory: Callable[[], Any]) -> Any:
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
