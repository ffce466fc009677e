"""Run Kafka (KRaft, from Maven jars) and SecantusDB on 127.0.0.1 without Docker.

    .venv/bin/python -m netra_devkit.infra up [--state-dir .cache/infra] [--kafka-port 19092] [--mongo-port 27027]
    .venv/bin/python -m netra_devkit.infra down [--state-dir .cache/infra]

``up`` stays in the foreground until SIGINT/SIGTERM (or until a server dies), then stops both servers. Once they
are ready it prints ``NETRA_KAFKA_BOOTSTRAP=...`` and ``NETRA_MONGO_URL=...`` on stdout (progress goes to stderr)
and writes the same lines to ``<state-dir>/env`` (``set -a; . .cache/infra/env; set +a`` in another shell).
Kafka is secured (SASL/SCRAM-SHA-512, ACLs) unless ``--plaintext``: the env file then also holds
``NETRA_KAFKA_PASSWORD_<PRINCIPAL>=...`` for every principal (made up at this start; only stdout shows the
admin's), and ``NETRA_TEST_KAFKA_*`` so that ``make test`` uses these servers. Topics and ACLs are not
provisioned: ``make run`` and the tests do that for their topic prefix.
``down`` stops the runner and servers recorded in ``<state-dir>`` (runner.pid, kafka.pid, secantusd.pid).
A relative ``--state-dir`` is taken relative to the current directory.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from pathlib import Path

from netra_shared.kernel.kafka_auth import env_lines, password_env_var

from .jars import LocalInfraError
from .local import LocalInfra
from .processes import stop_recorded, tail_file, write_pid_file

RUNNER_PID_FILE = "runner.pid"
ENV_FILE = "env"


class _Stop(Exception):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _on_signal(signum: int, _frame: object) -> None:
    raise _Stop(signum)


def _state_dir(arg: str) -> Path:
    return Path(arg).resolve()


def cmd_up(args: argparse.Namespace) -> int:
    state_dir = _state_dir(args.state_dir)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _on_signal)
    infra = LocalInfra(
        state_dir,
        kafka_port=args.kafka_port or None,
        mongo_port=args.mongo_port or None,
        kafka_heap=args.kafka_heap,
        keep_data=args.keep_data,
        start_timeout=args.timeout,
        secured=not args.plaintext,
    )
    rc = 0
    try:
        infra.start()
        write_pid_file(state_dir / RUNNER_PID_FILE, os.getpid())
        env = f"NETRA_KAFKA_BOOTSTRAP={infra.kafka_bootstrap}\nNETRA_MONGO_URL={infra.mongo_url}\n"
        env += f"NETRA_TEST_KAFKA_BOOTSTRAP={infra.kafka_bootstrap}\nNETRA_TEST_MONGO_URL={infra.mongo_url}\n"
        secrets = ""
        if infra.secured:
            env += "NETRA_TEST_KAFKA_SECURITY=sasl_scram512\n"
            secrets = "".join(f"{line}\n" for line in env_lines(infra.credentials))
        (state_dir / ENV_FILE).touch(mode=0o600)
        (state_dir / ENV_FILE).write_text(env + secrets)
        admin = infra.kafka_credentials
        if admin is not None:
            env += f"{password_env_var(admin.username)}={admin.password}\n"
        sys.stdout.write(env)
        sys.stdout.flush()
        print("local-infra: running; Ctrl-C or `python -m netra_devkit.infra down` to stop", file=sys.stderr)
        while True:
            time.sleep(1.0)
            dead = {"kafka", "secantusd"} - set(infra.pids)
            if dead:
                name = sorted(dead)[0]
                out = state_dir / ("kafka.out" if name == "kafka" else "secantusd.out")
                print(f"local-infra: {name} exited unexpectedly\n{tail_file(out)}", file=sys.stderr)
                rc = 1
                break
    except _Stop as stop:
        print(f"local-infra: {stop}, stopping", file=sys.stderr)
        rc = 0 if stop.signum in (signal.SIGINT, signal.SIGTERM) else 128 + stop.signum
    except LocalInfraError as exc:
        print(f"local-infra: {exc}", file=sys.stderr)
        rc = 1
    finally:
        # A second signal during stop() escalates to SIGKILL inside LocalInfra.stop (it re-raises: exit 1 then).
        infra.stop()
        for name in (ENV_FILE, RUNNER_PID_FILE):
            with contextlib.suppress(FileNotFoundError):
                (state_dir / name).unlink()
    return rc


def cmd_down(args: argparse.Namespace) -> int:
    state_dir = _state_dir(args.state_dir)
    if not state_dir.is_dir():
        print(f"local-infra: {state_dir} does not exist; nothing to stop", file=sys.stderr)
        return 0
    stopped = stop_recorded(state_dir, timeout=args.timeout, extra_pid_files=(RUNNER_PID_FILE,))
    with contextlib.suppress(FileNotFoundError):
        (state_dir / ENV_FILE).unlink()
    print(
        "local-infra: " + ("stopped " + ", ".join(stopped) if stopped else "nothing running"), file=sys.stderr
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="start Kafka and SecantusDB; stay in the foreground")
    up.add_argument("--state-dir", default=".cache/infra", help="wiped on start unless --keep-data")
    up.add_argument("--kafka-port", type=int, default=19092, help="0 = pick a free port (default 19092)")
    up.add_argument("--mongo-port", type=int, default=27027, help="0 = pick a free port (default 27027)")
    up.add_argument("--kafka-heap", default="768m")
    up.add_argument("--keep-data", action="store_true", help="keep topics and documents of the previous run")
    up.add_argument("--plaintext", action="store_true", help="Kafka without SASL/SCRAM and ACLs")
    up.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for readiness")
    up.set_defaults(func=cmd_up)

    down = sub.add_parser("down", help="stop the runner and servers recorded in the state dir")
    down.add_argument("--state-dir", default=".cache/infra")
    down.add_argument("--timeout", type=float, default=20.0, help="seconds between SIGTERM and SIGKILL")
    down.set_defaults(func=cmd_down)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
