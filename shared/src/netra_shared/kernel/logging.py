"""structlog JSON lines (console on a terminal), with a processor that removes personal fields everywhere."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Mapping
from typing import Any

import structlog
from pydantic import BaseModel, ValidationError

# Field names that may carry a person's identity; they never reach a log line, at any depth.
PERSONAL_FIELDS = frozenset({
    "full_name", "name", "nik", "phone", "email", "address", "birth_place", "birth_date", "gender",
    "occupation", "reporter", "witnesses", "reporter_identity", "contact",
})
REDACTED = "[redacted]"
# What aiokafka logs as a problem although it is routine: a heartbeat answered "rebalancing" (every rebalance: a
# replica joins, restarts or leaves), and a first request sent before the client's metadata names any broker
# (node id None: a start-up race it retries at once; a real unreachable broker has an id and stays an error).
# These are logged at info. Only these exact messages: anything else keeps its level.
ROUTINE = {
    ("aiokafka.consumer.group_coordinator", "Heartbeat failed for group %s because it is rebalancing"):
        lambda args: True,
    ("aiokafka", "Unable connect to node with id %s: %s"): lambda args: bool(args) and args[0] is None,
}


def _scrub(value: Any, depth: int = 0) -> Any:
    if depth > 8:
        return REDACTED
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, Mapping):
        return {key: (REDACTED if key in PERSONAL_FIELDS else _scrub(item, depth + 1)) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(item, depth + 1) for item in value]
    return value


def drop_personal_fields(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    return {key: (REDACTED if key in PERSONAL_FIELDS else _scrub(item)) for key, item in event_dict.items()}


def _describe(exc: BaseException) -> str:
    """An exception's type, and its message only when it cannot carry input data."""
    if isinstance(exc, ValidationError):
        from ..contracts.decoding import describe_validation_error

        return f"ValidationError: {describe_validation_error(exc)}"
    return type(exc).__qualname__


def render_exception_safely(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """Like structlog's format_exc_info, but an exception's message (and a chained one's) is left out: messages
    can quote input (a pydantic error quotes the offending value, which may be a NIK). The stack stays."""
    exc_info = event_dict.pop("exc_info", None)
    if not exc_info:
        return event_dict
    if exc_info is True:
        exc_info = sys.exc_info()
    elif isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    exc = exc_info[1]
    if exc is None:
        return event_dict
    parts = []
    while exc is not None:
        parts.append("".join(traceback.format_tb(exc.__traceback__)) + _describe(exc))
        exc = exc.__cause__ or exc.__context__
    event_dict["exception"] = "\n-- caused by --\n".join(parts)
    return event_dict


def _get(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def receipt_fields(value: Any) -> dict[str, Any]:
    """The receipt number(s) a message or an aggregate's state concerns, for every log line of its handling: its
    `receipt_no`, its `facts.receipt_no`, its `receipt_nos` or its `reports[].receipt_no`. A number is no identity."""
    if value is None:
        return {}
    found = _get(value, "receipt_no") or _get(_get(value, "facts"), "receipt_no")
    if isinstance(found, str):
        return {"receipt_no": found}
    several = _get(value, "receipt_nos") or [_get(report, "receipt_no") for report in _get(value, "reports") or ()]
    several = [number for number in several if isinstance(number, str)] if isinstance(several, list) else []
    if len(several) == 1:
        return {"receipt_no": several[0]}
    return {"receipt_nos": several} if several else {}


def routine_as_info(record: logging.LogRecord) -> bool:
    """A logging filter: the ROUTINE messages become info lines."""
    routine = ROUTINE.get((record.name, record.msg)) if record.levelno >= logging.WARNING else None
    if routine is not None and routine(record.args if isinstance(record.args, tuple) else ()):
        record.levelno, record.levelname = logging.INFO, "INFO"
    return True


def configure_logging(service: str, *, log_format: str = "auto", level: str = "INFO") -> None:
    render_json = log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        render_exception_safely,
        drop_personal_fields,
    ]
    renderer: Any = (structlog.processors.JSONRenderer() if render_json
                     else structlog.dev.ConsoleRenderer(exception_formatter=structlog.dev.plain_traceback))
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)
    # Libraries (faststream, aiokafka, pymongo, uvicorn) log through the stdlib: same format, warnings only.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=[structlog.stdlib.ExtraAdder(), *shared],
    ))
    handler.addFilter(routine_as_info)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)


def get_logger() -> Any:
    return structlog.get_logger()
