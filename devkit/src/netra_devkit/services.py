"""The four services as separate OS processes (`python -m <service>`), for `make run` and end-to-end tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from netra_shared.contracts.access import SERVICES
from netra_shared.kernel.kafka_auth import KafkaCredentials


# Development keys for the services that keep identities sealed at rest (netra_shared.kernel.sealing): for the
# processes the dev kit starts (make run, tests, benchmarks) only. Production sets its own (deploy/make-env.sh,
# deploy/kubernetes/make-secrets.sh); without one the service does not start.
DEVELOPMENT_KEYS = {
    "notify": {"CONTACT_KEY": "bmV0cmEtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ="},
    "referral": {"DISCLOSURE_KEY": "bmV0cmEtZGV2LWRpc2Nsb3N1cmUta2V5LW5vdC1zZWM="},
}


def service_env(service: str, *, kafka_bootstrap: str, mongo_url: str, http_port: int, topic_prefix: str = "",
                log_format: str = "json", extra: dict[str, str] | None = None,
                kafka_credentials: KafkaCredentials | None = None) -> dict[str, str]:
    """The environment one service reads (see its settings.py: every variable is NETRA_<SERVICE>_<FIELD>).

    `kafka_credentials`: the service's own principal on a secured broker (KAFKA_SECURITY / _USERNAME / _PASSWORD,
    the topics and ACLs must have been provisioned by the admin beforehand).
    """
    prefix = f"NETRA_{service.upper()}_"
    env = {key: value for key, value in os.environ.items() if not key.startswith("NETRA_")}
    env.update({
        f"{prefix}KAFKA_BOOTSTRAP": kafka_bootstrap,
        f"{prefix}MONGO_URL": mongo_url,
        f"{prefix}HTTP_PORT": str(http_port),
        f"{prefix}TOPIC_PREFIX": topic_prefix,
        f"{prefix}LOG_FORMAT": log_format,
        "PYTHONUNBUFFERED": "1",
    })
    env.update({f"{prefix}{key}": value for key, value in DEVELOPMENT_KEYS.get(service, {}).items()})
    if kafka_credentials is not None:
        env.update({f"{prefix}{key}": value for key, value in kafka_credentials.service_env().items()})
    env.update({f"{prefix}{key}": value for key, value in (extra or {}).items()})
    return env


class ServiceProcess:
    def __init__(self, service: str, env: dict[str, str], http_port: int, log: Path | None = None) -> None:
        self.service = service
        self.env = env
        self.http_port = http_port
        self.log = log
        self.process: subprocess.Popen | None = None
        self._log_file: IO[bytes] | None = None

    def start(self) -> ServiceProcess:
        if self.log is not None:
            self._log_file = open(self.log, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", self.service], env=self.env,
            stdout=self._log_file, stderr=subprocess.STDOUT if self._log_file else None,
        )
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/readyz", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"{self.service} exited with {self.process.returncode if self.process else '?'}")
            if self.ready():
                return
            time.sleep(0.2)
        raise TimeoutError(f"{self.service} not ready after {timeout:.0f}s")

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, no offset commit, no outbox flush."""
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self, timeout: float = 20.0) -> None:
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


class System:
    """All four services on given servers; each on its own HTTP port."""

    def __init__(self, *, kafka_bootstrap: str, mongo_url: str, topic_prefix: str = "",
                 http_ports: list[int] | None = None, log_dir: Path | None = None, log_format: str = "json",
                 extra: dict[str, dict[str, str]] | None = None,
                 kafka_credentials: Mapping[str, KafkaCredentials] | None = None) -> None:
        """`kafka_credentials`: service -> its own principal (a secured broker, provisioned beforehand)."""
        self.processes: dict[str, ServiceProcess] = {}
        ports = http_ports or [8081, 8082, 8083, 8084]
        missing = [service for service in SERVICES if kafka_credentials is not None and service not in kafka_credentials]
        if missing:
            raise ValueError(f"no Kafka credentials for {missing}")
        for service, port in zip(SERVICES, ports, strict=True):
            env = service_env(service, kafka_bootstrap=kafka_bootstrap, mongo_url=mongo_url, http_port=port,
                              topic_prefix=topic_prefix, log_format=log_format,
                              extra=(extra or {}).get(service),
                              kafka_credentials=(kafka_credentials or {}).get(service))
            log = log_dir / f"{service}.log" if log_dir else None
            self.processes[service] = ServiceProcess(service, env, port, log)

    def __getitem__(self, service: str) -> ServiceProcess:
        return self.processes[service]

    def start(self, timeout: float = 90.0) -> System:
        for process in self.processes.values():
            process.start()
        for process in self.processes.values():
            process.wait_ready(timeout)
        return self

    def stop(self) -> None:
        for process in self.processes.values():
            process.stop()

    def restart(self, service: str, timeout: float = 60.0) -> None:
        process = self.processes[service]
        process.stop()
        process.start().wait_ready(timeout)
