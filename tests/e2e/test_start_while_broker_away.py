"""A service started while its broker is away (a broker restart, a rolling upgrade) waits for it and becomes ready
once it answers; one whose start cannot complete by `START_DEADLINE_SECONDS` exits with status 1 for its supervisor
to start it again, instead of living on without ever becoming ready (what `make chaos` once found: a replica
restarted during the broker's restart stayed up, never ready)."""

from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest
from netra_devkit.infra.ports import free_port
from netra_devkit.services import ServiceProcess, service_env
from netra_shared.provisioning.provision import provision

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


class Forwarder:
    """A TCP port that forwards to the broker, opened only when the test says so (the broker 'comes back')."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit(":", 1)
        self.target = (host, int(port))
        self.port = free_port()
        self._server: socket.socket | None = None

    def open(self) -> None:
        self._server = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for each in (source, sink):
                try:
                    each.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def referral(servers, tmp_path, bootstrap: str, **extra: str) -> tuple[ServiceProcess, str]:
    prefix = f"away{uuid.uuid4().hex[:8]}."
    port = free_port()
    env = service_env("referral", kafka_bootstrap=bootstrap, mongo_url=servers.mongo_url, http_port=port,
                      topic_prefix=prefix, kafka_credentials=servers.principal("referral") if servers.secured else None,
                      extra={"MONGO_DB": f"away_{uuid.uuid4().hex[:8]}", **extra})
    return ServiceProcess("referral", env, port, log=tmp_path / "referral.log"), prefix


async def test_a_service_started_while_the_broker_is_away_waits_and_becomes_ready_when_it_answers(servers, tmp_path):
    forwarder = Forwarder(servers.kafka_bootstrap)
    process, prefix = referral(servers, tmp_path, f"127.0.0.1:{forwarder.port}")
    await provision(servers, prefix, plan=servers.topic_plan)
    process.start()
    try:
        time.sleep(5)
        assert process.alive() and not process.ready()
        assert "broker_unreachable_at_start" in (tmp_path / "referral.log").read_text()
        forwarder.open()
        process.wait_ready(90)
    finally:
        process.stop()
        forwarder.close()


async def test_a_service_whose_start_cannot_complete_exits_with_status_1(servers, tmp_path):
    process, _ = referral(servers, tmp_path, f"127.0.0.1:{free_port()}", START_DEADLINE_SECONDS="4")
    process.start()
    try:
        process.process.wait(60)
        assert process.process.returncode == 1
        assert "service_start_failed" in (tmp_path / "referral.log").read_text()
    finally:
        process.stop()
