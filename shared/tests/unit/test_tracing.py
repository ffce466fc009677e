"""The trace rules of kernel/tracing.py on a recording tracer: which trace a record, a timer and a write belong to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from netra_shared.contracts.topics import INTAKE_EVENTS, REPORT_RECEIVED
from netra_shared.kernel import tracing
from netra_shared.kernel.aggregates import Cause, to_change
from netra_shared.kernel.decision import Decision, Emit
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydantic import BaseModel

NOW = datetime(2024, 10, 3, 9, 0, tzinfo=UTC)
UPSTREAM = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


@pytest.fixture
def spans(monkeypatch):
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(tracing, "TRACER", provider.get_tracer("test"))
    return exporter


class State(BaseModel):
    n: int = 0


class Received(BaseModel):
    receipt_no: str = "RCP-AAAA-BBBB-CC"


def decided(next_due_at: datetime | None = None):
    emit = Emit(INTAKE_EVENTS, REPORT_RECEIVED, "RCP-AAAA-BBBB-CC", Received(), "received")
    return to_change(Decision(State(), [emit], next_due_at=next_due_at), source="/netra/test",
                     cause=Cause.internal("t"), now=NOW, aggregate_id="RCP-AAAA-BBBB-CC")


def record(headers=()):
    return SimpleNamespace(topic="intake.events", partition=0, offset=7, headers=list(headers))


def trace_of(carrier: dict) -> str:
    return carrier["traceparent"].split("-")[1]


def test_a_record_with_a_traceparent_is_handled_in_that_trace_and_its_events_carry_it(spans):
    with tracing.consuming(record([("traceparent", UPSTREAM.encode())]), service="intake"):
        change = decided()
    assert trace_of(change.events[0].to_document()["trace"]) == UPSTREAM.split("-")[1]
    assert trace_of(change.trace) == UPSTREAM.split("-")[1]
    (consume,) = spans.get_finished_spans()
    assert consume.parent.span_id == int(UPSTREAM.split("-")[2], 16)
    assert change.events[0].trace["traceparent"].split("-")[2] == format(consume.context.span_id, "016x")


def test_a_record_without_one_or_with_broken_bytes_starts_a_trace_of_its_own(spans):
    with tracing.consuming(record([("traceparent", b"\xff\xfe")]), service="intake") as span:
        change = decided()
    assert span.parent is None
    assert trace_of(change.trace) == format(span.context.trace_id, "032x")


def test_a_step_due_at_once_goes_on_in_the_trace_of_the_write_that_set_it(spans):
    with tracing.consuming(record([("traceparent", UPSTREAM.encode())]), service="intake"):
        change = decided(next_due_at=NOW)
    assert change.trace["step"] is True
    with tracing.firing("reports", {"_id": "RCP-AAAA-BBBB-CC", "trace": change.trace}, continues=False) as timer:
        pass
    assert format(timer.context.trace_id, "032x") == trace_of(change.trace) and timer.links == ()


def test_a_deadline_starts_its_own_trace_linked_to_the_aggregates_and_its_write_goes_on_in_the_aggregates(spans):
    with tracing.consuming(record([("traceparent", UPSTREAM.encode())]), service="intake"):
        change = decided(next_due_at=NOW + timedelta(hours=48))
    assert change.trace["step"] is False
    with tracing.firing("reports", {"_id": "RCP-AAAA-BBBB-CC", "trace": change.trace}, continues=False) as timer:
        with tracing.writing_into("reports", "RCP-AAAA-BBBB-CC", change.trace):
            after = decided()
    assert timer.parent is None and format(timer.context.trace_id, "032x") != trace_of(change.trace)
    assert [link.context.span_id for link in timer.links] == [int(change.trace["traceparent"][36:52], 16)]
    assert trace_of(after.trace) == trace_of(change.trace)  # the deadline's events stay in the report's trace
    resumed = next(span for span in spans.get_finished_spans() if span.name == "continue reports")
    assert [link.context.span_id for link in resumed.links] == [timer.context.span_id]


def test_a_delivery_goes_on_in_the_trace_of_the_event_that_asked_for_it_at_every_attempt(spans):
    with tracing.consuming(record([("traceparent", UPSTREAM.encode())]), service="notify"):
        change = decided(next_due_at=NOW + timedelta(minutes=5))  # a retry later: still the same journey
    with tracing.firing("notifications", {"_id": "n1", "trace": change.trace}, continues=True) as delivery:
        pass
    assert delivery.parent.span_id == int(change.trace["traceparent"][36:52], 16)


def test_a_record_that_brings_its_own_trace_is_not_pulled_into_the_aggregates(spans):
    with tracing.consuming(record([("traceparent", UPSTREAM.encode())]), service="triage"):
        other = "00-11111111111111111111111111111111-2222222222222222-01"
        with tracing.writing_into("cases", "CASE-1", {"traceparent": other}):
            change = decided()
    assert trace_of(change.trace) == UPSTREAM.split("-")[1]
