"""W3C Trace Context: the `traceparent` header a Kafka record may carry (https://www.w3.org/TR/trace-context/).

`version-traceid-parentid-flags`, e.g. `00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`. Only the trace id
is read here (the operator console links a report's steps to the trace viewer); a malformed header is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TRACEPARENT = "traceparent"
_TRACEPARENT = re.compile(r"[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}")
_INVALID_TRACE_ID = "0" * 32


def trace_id_of(traceparent: bytes | str | None) -> str | None:
    """The trace id of a `traceparent` value, or None when there is none or it is malformed."""
    if isinstance(traceparent, bytes):
        if len(traceparent) > 128:
            return None
        traceparent = traceparent.decode("ascii", "replace")
    if not traceparent:
        return None
    match = _TRACEPARENT.fullmatch(traceparent.strip())
    if match is None or match.group(1) == _INVALID_TRACE_ID or traceparent.startswith("ff"):
        return None
    return match.group(1)


def trace_id_in(headers: Iterable[tuple[str, bytes | None]] | None) -> str | None:
    """The trace id of a Kafka record's headers (aiokafka: a sequence of (name, bytes)), or None."""
    for name, value in headers or ():
        if name == TRACEPARENT:
            return trace_id_of(value)
    return None
