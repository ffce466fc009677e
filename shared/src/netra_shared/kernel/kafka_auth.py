"""Kafka credentials (SASL/SCRAM-SHA-512 over SASL_PLAINTEXT) in the shapes each client wants.

`None` everywhere means a plaintext broker without authentication (e.g. a developer's own broker).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..contracts.access import SCRAM_MECHANISM

if TYPE_CHECKING:
    from faststream.security import SASLScram512

    from .settings import ServiceSettings

SECURITY_SCRAM = "sasl_scram512"  # settings `kafka_security`
SECURITY_PLAINTEXT = "plaintext"
PASSWORD_ENV_PREFIX = "NETRA_KAFKA_PASSWORD_"  # NETRA_KAFKA_PASSWORD_<PRINCIPAL>: .env, the runner's env file


@dataclass(frozen=True)
class KafkaCredentials:
    username: str
    password: str = field(repr=False)

    def aiokafka(self) -> dict[str, Any]:
        """Keyword arguments for AIOKafkaProducer / AIOKafkaConsumer / AIOKafkaAdminClient / AIOKafkaClient."""
        return {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": SCRAM_MECHANISM,
                "sasl_plain_username": self.username, "sasl_plain_password": self.password}

    def faststream(self) -> SASLScram512:
        from faststream.security import SASLScram512

        return SASLScram512(username=self.username, password=self.password, use_ssl=False)

    def service_env(self) -> dict[str, str]:
        """The service settings fields (without the NETRA_<SERVICE>_ prefix) that make a service use them."""
        return {"KAFKA_SECURITY": SECURITY_SCRAM, "KAFKA_USERNAME": self.username,
                "KAFKA_PASSWORD": self.password}


def aiokafka_kwargs(credentials: KafkaCredentials | None) -> dict[str, Any]:
    return credentials.aiokafka() if credentials is not None else {}


def faststream_security(credentials: KafkaCredentials | None) -> SASLScram512 | None:
    return credentials.faststream() if credentials is not None else None


def from_settings(settings: ServiceSettings) -> KafkaCredentials | None:
    """A service's own credentials from its settings (kafka_security / kafka_username / kafka_password)."""
    security = getattr(settings, "kafka_security", SECURITY_PLAINTEXT)
    if security == SECURITY_PLAINTEXT:
        return None
    if security != SECURITY_SCRAM:
        raise ValueError(f"unknown kafka_security {security!r}")
    username = settings.kafka_username
    password = settings.kafka_password.get_secret_value()
    if not username or not password:
        raise ValueError("kafka_security=sasl_scram512 needs kafka_username and kafka_password")
    return KafkaCredentials(username, password)


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
