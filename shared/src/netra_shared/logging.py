"""structlog JSON lines (console on a terminal), with a processor that removes personal fields everywhere."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any

import structlog

# Field names that may carry a person's identity; they never reach a log line, at any depth.
PERSONAL_FIELDS = frozenset({
    "full_name", "name", "nik", "phone", "email", "address", "birth_place", "birth_date", "gender",
    "occupation", "reporter", "witnesses", "reporter_identity", "contact",
})
REDACTED = "[redacted]"


def _scrub(value: Any, depth: int = 0) -> Any:
    if depth > 8:
        return REDACTED
    if isinstance(value, Mapping):
        return {key: (REDACTED if key in PERSONAL_FIELDS else _scrub(item, depth + 1)) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(item, depth + 1) for item in value]
    return value


def drop_personal_fields(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    return {key: (REDACTED if key in PERSONAL_FIELDS else _scrub(item)) for key, item in event_dict.items()}


def configure_logging(service: str, *, log_format: str = "auto", level: str = "INFO") -> None:
    render_json = log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        drop_personal_fields,
    ]
    renderer: Any = structlog.processors.JSONRenderer() if render_json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)
    # Libraries (faststream, aiokafka, pymongo, uvicorn) log through the stdlib: same format, warnings only.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
        foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder()],
    ))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)


def get_logger() -> Any:
    return structlog.get_logger()
