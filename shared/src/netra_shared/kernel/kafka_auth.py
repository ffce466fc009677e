"""Kafka credentials (SASL/SCRAM-SHA-512 over SASL_PLAINTEXT, or over TLS: SASL_SSL) in the shapes each client wants.

`None` everywhere means a plaintext broker without authentication (e.g. a developer's own broker). Over TLS the
broker's certificate is checked against `ca_file` (a PEM bundle: on Kubernetes, Strimzi's cluster CA) or, when it
is empty, the system's trust store; the host name is checked too.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..contracts.access import SCRAM_MECHANISM

if TYPE_CHECKING:
    from faststream.security import SASLScram512

    from .settings import ServiceSettings

SECURITY_SCRAM = "sasl_scram512"  # settings `kafka_security`
SECURITY_SCRAM_TLS = "sasl_ssl_scram512"  # the same over TLS (SASL_SSL)
SECURITY_PLAINTEXT = "plaintext"
PASSWORD_ENV_PREFIX = "NETRA_KAFKA_PASSWORD_"  # NETRA_KAFKA_PASSWORD_<PRINCIPAL>: .env, the runner's env file


@dataclass(frozen=True)
class KafkaCredentials:
    username: str
    password: str = field(repr=False)
    tls: bool = False  # SASL_SSL instead of SASL_PLAINTEXT
    ca_file: str = ""  # with tls: the CA bundle that signed the brokers' certificates; empty: the system's

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.tls:
            return None
        from aiokafka.helpers import create_ssl_context

        return create_ssl_context(cafile=self.ca_file or None)  # verifies the certificate and the host name

    def aiokafka(self) -> dict[str, Any]:
        """Keyword arguments for AIOKafkaProducer / AIOKafkaConsumer / AIOKafkaAdminClient / AIOKafkaClient."""
        tls = {"ssl_context": self.ssl_context()} if self.tls else {}
        return {"security_protocol": "SASL_SSL" if self.tls else "SASL_PLAINTEXT", "sasl_mechanism": SCRAM_MECHANISM,
                "sasl_plain_username": self.username, "sasl_plain_password": self.password, **tls}

    def faststream(self) -> SASLScram512:
        from faststream.security import SASLScram512

        return SASLScram512(username=self.username, password=self.password, use_ssl=self.tls,
                            ssl_context=self.ssl_context())

    def service_env(self) -> dict[str, str]:
        """The service settings fields (without the NETRA_<SERVICE>_ prefix) that make a service use them."""
        tls = {"KAFKA_CA_FILE": self.ca_file} if self.tls and self.ca_file else {}
        return {"KAFKA_SECURITY": SECURITY_SCRAM_TLS if self.tls else SECURITY_SCRAM, "KAFKA_USERNAME": self.username,
                "KAFKA_PASSWORD": self.password, **tls}


def aiokafka_kwargs(credentials: KafkaCredentials | None) -> dict[str, Any]:
    return credentials.aiokafka() if credentials is not None else {}


def faststream_security(credentials: KafkaCredentials | None) -> SASLScram512 | None:
    return credentials.faststream() if credentials is not None else None


def from_settings(settings: ServiceSettings) -> KafkaCredentials | None:
    """A service's own credentials from its settings (kafka_security / kafka_username / kafka_password)."""
    security = getattr(settings, "kafka_security", SECURITY_PLAINTEXT)
    if security == SECURITY_PLAINTEXT:
        return None
    if security not in (SECURITY_SCRAM, SECURITY_SCRAM_TLS):
        raise ValueError(f"unknown kafka_security {security!r}")
    username = settings.kafka_username
    password = settings.kafka_password.get_secret_value()
    if not username or not password:
        raise ValueError(f"kafka_security={security} needs kafka_username and kafka_password")
    return KafkaCredentials(username, password, tls=security == SECURITY_SCRAM_TLS,
                            ca_file=getattr(settings, "kafka_ca_file", ""))


def password_env_var(principal: str) -> str:
    return f"{PASSWORD_ENV_PREFIX}{principal.upper()}"


def env_lines(credentials: Mapping[str, KafkaCredentials]) -> list[str]:
    """`NETRA_KAFKA_PASSWORD_<PRINCIPAL>=<password>` lines (the format of .env and the runner's env file)."""
    return [f"{password_env_var(name)}={creds.password}" for name, creds in credentials.items()]


def from_env(principals: Iterable[str], environ: Mapping[str, str] | None = None) -> dict[str, KafkaCredentials]:
    """The principals whose NETRA_KAFKA_PASSWORD_<PRINCIPAL> is set in `environ` (default os.environ)."""
    environ = os.environ if environ is None else environ
    return {name: KafkaCredentials(name, environ[password_env_var(name)])
            for name in principals if environ.get(password_env_var(name))}
