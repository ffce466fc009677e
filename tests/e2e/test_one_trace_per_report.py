"""One report is one trace: the four services as processes export their spans (Zipkin's JSON API) to a receiver in
this test, and a report's spans, from its submission to its notifications, form one tree in one trace; the records
it causes carry that trace in their `traceparent` header, and another report is another trace.

The Pokja members' opinions arrive without any trace context (as from a system that knows nothing of tracing):
the case's trace goes on regardless.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from netra_devkit.kafka_probe import header
from netra_devkit.samples import submission
from netra_devkit.sinks import HttpSink
from netra_shared.contracts.topics import REPORTS_SUBMITTED

from .test_report_journey import CAMAT_CAMPAIGNING, give_opinions, new_id, registered_receipt, review_case, submit

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
SPANS = "/api/v2/spans"
SERVICES = {"netra-intake", "netra-triage", "netra-referral", "netra-notify"}
FOLLOWED: dict[str, str] = {}  # the first test's report: receipt_no -> trace id (for the log test after it)


@pytest.fixture(scope="module")
async def collector():
    sink = await HttpSink().start()
    yield sink
    await sink.stop()


@pytest.fixture(scope="module")
def service_extra(collector) -> dict[str, str]:
    return {"ZIPKIN_ENDPOINT": collector.url(SPANS)}


def spans(collector: HttpSink) -> list[dict]:
    return [span for request in collector.accepted(SPANS) for span in json.loads(request.body)]


def records_about(tap, predicate) -> list:
    return [record for record in tap.records if predicate(json.loads(record.value)["data"])]


def trace_of(record) -> str:
    traceparent = header(record, "traceparent")
    assert traceparent, f"a record on {record.topic} carries no traceparent"
    return traceparent.split("-")[1]


async def trace_spans(collector: HttpSink, trace_id: str, until, timeout: float = 30) -> list[dict]:
    """The trace's spans once `until(spans)` holds and no new span came for a second and a half (exported)."""
    found: list[dict] = []
    for _ in range(int(timeout * 10)):
        found = [span for span in spans(collector) if span["traceId"] == trace_id]
        if until(found):
            await asyncio.sleep(1.5)  # the services export every second: let the last ones arrive
            again = [span for span in spans(collector) if span["traceId"] == trace_id]
            if len(again) == len(found):
                return found
            continue
        await asyncio.sleep(0.1)
    services = sorted({span["localEndpoint"]["serviceName"] for span in found})
    raise AssertionError(f"trace {trace_id}: {len(found)} spans from {services}")


async def test_one_report_is_one_trace_across_the_four_services_and_another_report_another(pipeline, collector):
    data = submission(CAMAT_CAMPAIGNING, submission_id=new_id("trace"))
    await submit(pipeline, data)
    receipt_no = await registered_receipt(pipeline, data["submission_id"])
    packet = await review_case(pipeline, receipt_no)
    await give_opinions(pipeline, packet["case_id"])  # no traceparent: the Pokja's systems know nothing of it
    await pipeline.status.wait_for(lambda d: d["receipt_no"] == receipt_no and d["status"] == "referred")
    bkn = await pipeline.referrals["bkn"].wait_records(lambda r: json.loads(r.value)["data"]["case_id"]
                                                       == packet["case_id"])

    # every record the report caused, on every topic outsiders read, names one trace
    statuses = records_about(pipeline.status, lambda d: d["receipt_no"] == receipt_no)
    reviews = records_about(pipeline.reviews, lambda d: receipt_no in d["receipt_nos"])
    traces = {trace_of(record) for record in [*statuses, *reviews, *bkn]}
    assert len(statuses) == 5 and len(traces) == 1, traces
    trace_id = traces.pop()
    FOLLOWED[receipt_no] = trace_id

    def complete(found: list[dict]) -> bool:
        return SERVICES <= {span["localEndpoint"]["serviceName"] for span in found} and any(
            span["name"] == "deliver notification" for span in found)  # the notices' attempts too

    found = await trace_spans(collector, trace_id, complete)
    ids = {span["id"] for span in found}
    orphans = [(span["localEndpoint"]["serviceName"], span["name"]) for span in found
               if span.get("parentId") and span["parentId"] not in ids]
    assert orphans == []
    roots = [span for span in found if not span.get("parentId")]
    assert [(root["localEndpoint"]["serviceName"], root["name"]) for root in roots] == [
        ("netra-intake", f"{pipeline.topics.name(REPORTS_SUBMITTED[data['channel']])} process")]
    names = {(span["localEndpoint"]["serviceName"], span["name"].split(" ")[0]) for span in found}
    for service in SERVICES:  # each service consumed, handled, wrote and published within the report's trace
        assert {(service, "handle"), (service, "write")} <= names, service
    assert ("netra-triage", "continue") in names  # the opinions' decision went on in the case's trace
    assert any(name.endswith(" publish") for _, name in {(s["localEndpoint"]["serviceName"], s["name"])
                                                          for s in found if s["localEndpoint"]["serviceName"]
                                                          == "netra-referral"})

    other = submission(CAMAT_CAMPAIGNING, submission_id=new_id("trace-other"))
    other["reported_party"] = {**other["reported_party"], "full_name": "Camat Lain", "agency": "Kecamatan Lain"}
    await submit(pipeline, other)
    other_receipt = await registered_receipt(pipeline, other["submission_id"])
    other_traces = {trace_of(record) for record in records_about(
        pipeline.status, lambda d: d["receipt_no"] == other_receipt)}
    assert len(other_traces) == 1 and trace_id not in other_traces


async def test_every_log_line_of_a_reports_handling_carries_its_trace_id_and_receipt_number(pipeline):
    """After the journey above (file order): every line about handling a record or firing a timer names its trace;
    those about the followed report name its receipt number and its one trace, in all four services."""
    assert FOLLOWED, "runs after the journey test"
    (receipt_no, trace_id), = FOLLOWED.items()
    lines = [json.loads(line) for path in pipeline.log_dir.iterdir() for line in path.read_text().splitlines()
             if line.startswith("{")]
    handled = [line for line in lines if line.get("event") in ("message_handled", "timer_fired")]
    assert [line for line in handled if "trace_id" not in line] == []
    about = [line for line in handled if line.get("receipt_no") == receipt_no]
    assert {line["service"] for line in about} == {"intake", "triage", "referral", "notify"}
    assert {line["trace_id"] for line in about if line["event"] == "message_handled"} == {trace_id}
    lines_of_trace = [line for line in lines if line.get("trace_id") == trace_id]
    assert [line for line in lines_of_trace if line.get("receipt_no") not in (receipt_no, None)] == []
