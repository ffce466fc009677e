"""Kafka (from Maven jars) and SecantusDB as local processes: the dev kit's infrastructure without Docker."""

from .jars import LocalInfraError, ensure_kafka_jars
from .local import LocalInfra
from .ports import free_port, free_ports

__all__ = ["LocalInfra", "LocalInfraError", "ensure_kafka_jars", "free_port", "free_ports"]
