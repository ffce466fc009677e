"""Strict decoding of inbound bytes: every way a message can be unreadable has its own reason code."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

MAX_DEPTH = 16


class ContractViolation(Exception):
    """A message that breaks the contract. It goes to the DLQ and is never retried."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ContractViolation("duplicate_key", f"key {key[:40]!r} appears twice in one object")
        result[key] = value
    return result


def _check_shape(value: Any, depth: int = 0, path: str = "$") -> None:
    if depth > MAX_DEPTH:
        raise ContractViolation("too_deep", f"nesting deeper than {MAX_DEPTH} levels at {path}")
    if isinstance(value, dict):
        for key, item in value.items():
            if key.startswith("$") or "." in key or "\x00" in key:
                raise ContractViolation("forbidden_key", f"key {key[:40]!r} at {path} (no '$' prefix, '.' or NUL)")
            _check_shape(item, depth + 1, f"{path}.{key[:40]}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_shape(item, depth + 1, f"{path}[{index}]")


def decode_json(raw: bytes, *, max_bytes: int) -> dict[str, Any]:
    if raw is None:
        raise ContractViolation("empty", "the message has no value")
    if len(raw) > max_bytes:
        raise ContractViolation("too_large", f"{len(raw)} bytes, the limit is {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContractViolation("not_utf8", f"invalid UTF-8 at byte {exc.start}") from None
    try:
        value = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except ContractViolation:
        raise
    except RecursionError:
        raise ContractViolation("too_deep", "nesting too deep to parse") from None
    except ValueError as exc:
        raise ContractViolation("not_json", str(exc)[:200]) from None
    if not isinstance(value, dict):
        raise ContractViolation("not_an_object", f"top level is {type(value).__name__}, expected an object")
    _check_shape(value)
    return value


def describe_validation_error(exc: ValidationError) -> str:
    """Names the failing fields and rules WITHOUT echoing input values (they may be personal data)."""
    parts = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False)[:10]:
        location = ".".join(str(item) for item in error["loc"]) or "$"
        parts.append(f"{location}: {error['msg']}")
    return "; ".join(parts)


def validate(model: type[BaseModel], value: Any, *, reason: str) -> BaseModel:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise ContractViolation(reason, describe_validation_error(exc)) from None


def parse_message(spec: Any, raw: bytes, *, max_bytes: int) -> tuple[Any, BaseModel]:
    """bytes -> (CloudEvent, validated data) for a topic of the registry, or ContractViolation with the reason."""
    from .envelope import CloudEvent

    document = decode_json(raw, max_bytes=max_bytes)
    envelope = validate(CloudEvent, document, reason="invalid_envelope")
    event_type = spec.event(envelope.type)
    if event_type is None:
        raise ContractViolation("unknown_event_type", f"{envelope.type[:80]!r} is not accepted on {spec.name}")
    return envelope, validate(event_type.schema, envelope.data, reason="invalid_data")
