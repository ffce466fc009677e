"""One report is one trace: OpenTelemetry spans for every consume, handle, write and publish, with the context
carried through the outbox.

- A record's `traceparent` header (W3C Trace Context) is the parent of its consume span; the handle span is the
  consume span's child; the unit of work's bulk write gets one span per record it wrote for, under that record's
  handle span; every outbox entry stores the context it was decided in, and the relay publishes it as the record's
  `traceparent` (faststream's telemetry middleware makes the publish span, a child of the stored context).
- Every aggregate document stores the context of its last write (`trace`). A timer due at once (a step the write
  asked for: intake's registration) and notify's deliveries continue that trace; a deadline starts a trace of its
  own, linked to it. A cause with no trace of its own (a deadline, a record from a party that sends no
  `traceparent`) still writes into the aggregate's trace: a `continue` span, child of the aggregate's last context
  and linked to the cause's span, is what the write's events carry. So a report stays one trace from its
  submission to its last notification, whoever answers in between.
- Ids are always made (the logs carry the trace id); spans are exported only when an exporter is configured:
  OTLP/HTTP in production (`OTLP_ENDPOINT`), Zipkin's JSON API locally (`ZIPKIN_ENDPOINT`).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Link, Span, SpanContext, SpanKind
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from .settings import ServiceSettings

TRACER = trace.get_tracer("netra")
PROPAGATOR = TraceContextTextMapPropagator()
HEADERS = ("traceparent", "tracestate")

# True while the work in hand continues a trace it was given (a record's traceparent, a step due at once); False
# while it runs in a trace of its own that its writes must not take over from the aggregates they touch.
GIVEN: contextvars.ContextVar[bool] = contextvars.ContextVar("trace_given", default=True)


def configure_tracing(service: str, settings: ServiceSettings) -> Any:
    """Install the process's tracer provider (once): ids always, export when an endpoint is set."""
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ParentBased, TraceIdRatioBased

    exporter: Any = None
    if settings.otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        exporter = OTLPSpanExporter(endpoint=settings.otlp_endpoint)
    elif settings.zipkin_endpoint:
        from opentelemetry.exporter.zipkin.json import ZipkinExporter

        exporter = ZipkinExporter(endpoint=settings.zipkin_endpoint)
    sampler = ParentBased(TraceIdRatioBased(settings.trace_sample_ratio)) if exporter is not None else ALWAYS_OFF
    provider = TracerProvider(resource=Resource({SERVICE_NAME: settings.trace_service_name or f"netra-{service}"}),
                              sampler=sampler)
    if exporter is not None:
        provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=1000))
    trace.set_tracer_provider(provider)
    return provider


def shutdown_tracing() -> None:
    """Export what is still buffered (at the service's shutdown)."""
    shutdown = getattr(trace.get_tracer_provider(), "shutdown", None)
    if shutdown is not None:
        shutdown()


def from_carrier(carrier: Mapping[str, str] | None) -> Context | None:
    """The context stored in a carrier ({"traceparent": ..., "tracestate": ...}); None when there is none."""
    if not carrier or not carrier.get("traceparent"):
        return None
    found = PROPAGATOR.extract({key: carrier[key] for key in HEADERS if carrier.get(key)})
    return found if trace.get_current_span(found).get_span_context().is_valid else None


def from_headers(headers: Sequence[tuple[str, bytes | None]] | None) -> Context | None:
    """The context a Kafka record carries; broken header bytes count as none."""
    carrier: dict[str, str] = {}
    for key, value in headers or ():
        if key in HEADERS and value:
            with contextlib.suppress(UnicodeDecodeError):
                carrier[key] = value.decode("ascii")
    return from_carrier(carrier)


def carrier() -> dict[str, str]:
    """The current context as a carrier to store (an outbox entry, an aggregate document)."""
    found: dict[str, str] = {}
    PROPAGATOR.inject(found)
    return found


def trace_id(span: Span | None = None) -> str | None:
    span_context = (span or trace.get_current_span()).get_span_context()
    return format(span_context.trace_id, "032x") if span_context.is_valid else None


def log_fields(span: Span) -> dict[str, str]:
    """`trace_id` for every log line of a span's work (the id the trace viewer finds the journey by)."""
    found = trace_id(span)
    return {"trace_id": found} if found else {}


def _span_context(context: Context | None) -> SpanContext | None:
    return trace.get_current_span(context).get_span_context() if context is not None else None


@contextlib.contextmanager
def consuming(record: Any, *, service: str) -> Iterator[Span]:
    """The consume span of one Kafka record: a child of the record's traceparent, or the root of a new trace."""
    parent = from_headers(record.headers)
    attributes = {"messaging.system": "kafka", "messaging.operation": "process",
                  "messaging.destination.name": record.topic, "messaging.kafka.destination.partition": record.partition,
                  "messaging.kafka.message.offset": record.offset, "messaging.consumer.group.name": f"netra-{service}"}
    given = GIVEN.set(parent is not None)
    try:
        with TRACER.start_as_current_span(f"{record.topic} process", context=parent or Context(),
                                          kind=SpanKind.CONSUMER, attributes=attributes) as span:
            yield span
    finally:
        GIVEN.reset(given)


@contextlib.contextmanager
def firing(collection: str, document: Mapping[str, Any], *, continues: bool) -> Iterator[Span]:
    """The span of a timer: the aggregate's trace goes on (a step due at once, a delivery), or a trace of its own
    starts, linked to the aggregate's last context (a deadline)."""
    stored = document.get("trace") or {}
    last = from_carrier(stored)
    goes_on = last is not None and (continues or bool(stored.get("step")))
    links = [Link(_span_context(last))] if last is not None and not goes_on else []
    given = GIVEN.set(goes_on)
    try:
        with TRACER.start_as_current_span(f"timer {collection}", context=last if goes_on else Context(),
                                          links=links, attributes={"netra.collection": collection,
                                                                   "netra.aggregate_id": str(document["_id"])}) as span:
            yield span
    finally:
        GIVEN.reset(given)


@contextlib.contextmanager
def writing_into(collection: str, aggregate_id: str, last: Mapping[str, str] | None) -> Iterator[None]:
    """Around a decision on one aggregate: when the cause brought no trace of its own and the aggregate has one, the
    write (and the events it emits) continues the aggregate's trace, linked to the cause's span."""
    stored = None if GIVEN.get() else from_carrier(last)
    if stored is None:
        yield
        return
    cause = trace.get_current_span().get_span_context()
    span = TRACER.start_span(f"continue {collection}", context=stored, links=[Link(cause)] if cause.is_valid else [],
                             attributes={"netra.collection": collection, "netra.aggregate_id": aggregate_id})
    token = otel_context.attach(trace.set_span_in_context(span, stored))
    try:
        yield
    finally:
        otel_context.detach(token)
        span.end()


def bulk_written(collection: str, parents: Sequence[Mapping[str, str]], *, start: int, end: int,
                 documents: int) -> None:
    """One write span per record (or timer) whose changes went into one collection's bulk write, under its span."""
    for parent in {carrier_["traceparent"]: carrier_ for carrier_ in parents if carrier_}.values():
        context = from_carrier(parent)
        if context is None:
            continue
        span = TRACER.start_span(f"write {collection}", context=context, kind=SpanKind.CLIENT, start_time=start,
                                 attributes={"db.system": "mongodb", "db.operation.name": "bulkWrite",
                                             "db.collection.name": collection, "netra.documents": documents})
        span.end(end_time=end)


def happened(name: str, *, start: int, end: int, attributes: Mapping[str, Any] | None = None) -> None:
    """A step made before the span it belongs to was current (started ahead for a whole batch, such as a notice's
    first attempt), recorded under the current span with its own start and end (ns since the epoch)."""
    span = TRACER.start_span(name, kind=SpanKind.CLIENT, start_time=start, attributes=dict(attributes or {}))
    span.end(end_time=end)


@contextlib.contextmanager
def publishing_in(stored: Mapping[str, str] | None) -> Iterator[None]:
    """Publish in the context an outbox entry was decided in: the publish span becomes its child and the record's
    traceparent header names it."""
    token = otel_context.attach(from_carrier(stored) or Context())
    try:
        yield
    finally:
        otel_context.detach(token)


def publish_telemetry() -> Any:
    """faststream's Kafka telemetry middleware, for publishing: a create and a publish span under the current context,
    whose traceparent it writes into the record's headers. Consuming is traced per record by the consumer itself
    (`consuming`): faststream's batch span would be one new trace per batch, and its parser never sees our headers."""
    from faststream.kafka.opentelemetry.provider import telemetry_attributes_provider_factory
    from faststream.opentelemetry.middleware import TelemetryMiddleware

    return TelemetryMiddleware(
        settings_provider_factory=lambda message: telemetry_attributes_provider_factory(message) if message is None
        else None)  # None on the way in: consume_scope passes the batch through untouched
