"""N replicas of each service as OS processes, each on its own health port and log file, one consumer group per
service; any of them can be SIGKILLed and started again."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from pathlib import Path

from netra_shared.contracts.access import SERVICES
from netra_shared.kernel.kafka_auth import KafkaCredentials

from ..infra import free_ports
from ..services import ServiceProcess, service_env


class Replicas:
    def __init__(self, count: int, *, kafka_bootstrap: str, mongo_url: str, topic_prefix: str, log_dir: Path,
                 extra: Mapping[str, dict[str, str]], kafka_credentials: Mapping[str, KafkaCredentials] | None) -> None:
        ports = iter(free_ports(count * len(SERVICES)))
        self.processes: list[ServiceProcess] = []
        for service in SERVICES:
            for index in range(count):
                port = next(ports)
                env = service_env(service, kafka_bootstrap=kafka_bootstrap, mongo_url=mongo_url, http_port=port,
                                  topic_prefix=topic_prefix, extra=dict(extra.get(service, {})),
                                  kafka_credentials=(kafka_credentials or {}).get(service))
                self.processes.append(ServiceProcess(service, env, port, log_dir / f"{service}-{index}.log"))
        self.kills: list[float] = []  # when each SIGKILL was sent (epoch seconds)

    def start(self, timeout: float = 180.0) -> None:
        for process in self.processes:
            process.start()
        for process in self.processes:
            process.wait_ready(timeout)

    def kill_one(self, rng: random.Random) -> ServiceProcess:
        """SIGKILL a random replica and start it again at once (it rejoins its group when it is up)."""
        victim = rng.choice(self.processes)
        self.kills.append(time.time())
        victim.kill()
        victim.stop()  # closes its log file; the process is already gone
        victim.start()
        return victim

    def revive(self, timeout: float = 180.0) -> None:
        """Every replica up and ready (one that died on its own is started again)."""
        for process in self.processes:
            if not process.alive():
                process.stop()
                process.start()
        for process in self.processes:
            process.wait_ready(timeout)

    def stop(self) -> None:
        for process in self.processes:
            process.stop()
