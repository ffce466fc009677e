"""Settings every service shares. Each service subclasses it with its own env prefix (NETRA_<SERVICE>_...)."""

from __future__ import annotations

from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    kafka_bootstrap: str = "127.0.0.1:9092"
    # Kafka authentication: the service's own principal (netra_shared.contracts.access) over SASL/SCRAM-SHA-512,
    # sasl_ssl_scram512 over TLS, the broker's certificate checked against kafka_ca_file (empty: the system's CAs)
    kafka_security: Literal["plaintext", "sasl_scram512", "sasl_ssl_scram512"] = "plaintext"
    kafka_username: str = ""
    kafka_password: SecretStr = SecretStr("")
    kafka_ca_file: str = ""
    mongo_url: str = "mongodb://127.0.0.1:27017"
    mongo_db: str = "netra"
    # write concern: "majority" (the default) on a replica set, so an acknowledged write survives a failover; on one
    # server (or SecantusDB) majority is that server. Retryable writes are the URL's: retryWrites=false for SecantusDB.
    mongo_write_concern: str = "majority"
    mongo_journal: bool = False  # also wait for the journal (j=true)
    topic_prefix: str = ""
    consumer_group: str = ""
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    log_format: Literal["auto", "json", "console"] = "auto"
    log_level: str = "INFO"
    max_message_bytes: int = 256 * 1024
    relay_poll_seconds: float = 0.5
    relay_full_pass_seconds: float = 5.0  # under load, the relay still looks at every collection this often
    sweep_interval_seconds: float = 1.0
    retry_max_backoff_seconds: float = 10.0
    handler_error_attempts: int = 3
    consume_batch: int = 500  # records a consumer takes at once: decided in order, written and committed together
    # a written batch's offsets are committed at most this often (those of the batches between go in one commit)
    consumer_commit_interval_seconds: float = 0.25
    consumer_session_timeout_ms: int = 10000  # how soon a crashed consumer's partitions move to another
    # tracing (kernel/tracing.py): spans are exported when one endpoint is set; trace ids are made either way
    otlp_endpoint: str = ""  # production: OTLP/HTTP, e.g. http://otel-collector:4318/v1/traces
    zipkin_endpoint: str = ""  # local: Zipkin's JSON API, e.g. http://127.0.0.1:9411/api/v2/spans (make run sets it)
    trace_service_name: str = ""  # the service's name in traces; default netra-<service>
    trace_sample_ratio: float = 1.0  # share of new traces recorded (a given traceparent's decision is kept)
    timer_park_after: int = 5  # failures of a timer's handler in a row before it is parked with an operator alert
    start_deadline_seconds: float = 120.0  # a process not started by then (broker still away) exits with status 1
    stall_seconds: float = 120.0  # /readyz: 503 when a batch, an outbox entry or a due timer waits longer than this
