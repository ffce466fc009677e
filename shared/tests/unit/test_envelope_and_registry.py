"""The CloudEvents envelope, the topic registry, the AsyncAPI document and region time zones."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from netra_shared.contracts import asyncapi
from netra_shared.contracts.envelope import CloudEvent, derive_event_id, new_event
from netra_shared.contracts.regions import WIB, WIT, WITA, local_timezone
from netra_shared.contracts.schemas.common import Recipient, ReportRef
from netra_shared.contracts.topics import (
    ALL_TOPICS,
    REFERRALS,
    REPORTS_STATUS,
    REPORTS_SUBMITTED,
    TOPICS_BY_NAME,
    Topics,
    Visibility,
)

NOW = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
ASYNCAPI_DOC = Path(__file__).resolve().parents[3] / "docs" / "asyncapi.json"


def _cause(event_id: str = "evt-in-1", correlationid: str | None = "corr-root") -> CloudEvent:
    return CloudEvent(specversion="1.0", id=event_id, type="id.bawaslu.report.submitted.v1", source="/channels/x",
                      time=NOW, subject="sigap-1", correlationid=correlationid, data={})


def _payload() -> ReportRef:
    return ReportRef(receipt_no="RCP-AAAA-BBBB-CC", submission_id="sigap-1", channel="sigap-lapor")


# --- event ids ----------------------------------------------------------------------------------------------------

def test_derived_event_id_is_deterministic():
    assert derive_event_id("evt-1", "registered") == derive_event_id("evt-1", "registered")


def test_derived_event_id_differs_by_label():
    assert derive_event_id("evt-1", "received") != derive_event_id("evt-1", "registered")


def test_derived_event_id_differs_by_cause():
    assert derive_event_id("evt-1", "received") != derive_event_id("evt-2", "received")


def test_derived_event_id_is_a_uuid():
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", derive_event_id("e", "l"))


# --- new_event -----------------------------------------------------------------------------------------------------

def test_new_event_inherits_correlation_id_from_its_cause():
    event = new_event(type="t.v1", source="/netra/x", subject="s", data=_payload(), cause=_cause(), label="l",
                      time=NOW)
    assert event.correlationid == "corr-root"
    assert event.causationid == "evt-in-1"
    assert event.id == derive_event_id("evt-in-1", "l")


def test_new_event_uses_the_cause_id_as_correlation_when_the_cause_has_none():
    event = new_event(type="t.v1", source="/netra/x", subject="s", data=_payload(),
                      cause=_cause(correlationid=None), label="l", time=NOW)
    assert event.correlationid == "evt-in-1"
    assert event.causationid == "evt-in-1"


def test_new_event_caused_by_a_timer_correlates_to_the_timer_id():
    event = new_event(type="t.v1", source="/netra/x", subject="s", data=_payload(), cause=None,
                      cause_id="CASE-1/timer:2024-10-06T00:00:00+00:00", label="deadline", time=NOW)
    assert event.causationid == event.correlationid == "CASE-1/timer:2024-10-06T00:00:00+00:00"
    assert event.id == derive_event_id("CASE-1/timer:2024-10-06T00:00:00+00:00", "deadline")


def test_new_event_without_cause_or_cause_id_is_refused():
    with pytest.raises(ValueError):
        new_event(type="t.v1", source="/x", subject="s", data=_payload(), cause=None, label="l", time=NOW)


def test_new_event_prefers_the_inbound_event_over_cause_id():
    event = new_event(type="t.v1", source="/x", subject="s", data=_payload(), cause=_cause(), cause_id="other",
                      label="l", time=NOW)
    assert event.causationid == "evt-in-1"


def test_a_retried_handler_emits_byte_identical_events():
    make = lambda: new_event(type="t.v1", source="/x", subject="s", data=_payload(), cause=_cause(),  # noqa: E731
                             label="l", time=NOW)
    assert make().to_bytes() == make().to_bytes()


def test_event_bytes_are_structured_cloudevents_json_without_nulls():
    document = json.loads(new_event(type="t.v1", source="/x", subject="s", data=_payload(), cause=_cause(),
                                    label="l", time=NOW).to_bytes())
    assert document["specversion"] == "1.0"
    assert document["datacontenttype"] == "application/json"
    assert document["data"]["receipt_no"] == "RCP-AAAA-BBBB-CC"
    assert "registration_no" in document["data"]  # data keeps its nulls, so the field set is stable


# --- the registry --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spec", ALL_TOPICS, ids=lambda spec: spec.name)
def test_every_topic_has_a_key_events_and_a_dlq(spec):
    assert spec.key
    assert spec.events
    assert spec.dlq == f"{spec.name}.dlq"
    assert spec.producers and spec.consumers


def test_topic_names_are_unique():
    names = [spec.name for spec in ALL_TOPICS]
    assert len(names) == len(set(names)) == len(TOPICS_BY_NAME)


EVENT_TYPE = re.compile(r"^id\.bawaslu\.[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*\.v[1-9][0-9]*$")


@pytest.mark.parametrize("event", sorted({e for spec in ALL_TOPICS for e in spec.events}, key=lambda e: e.type),
                         ids=lambda e: e.type)
def test_event_type_names_follow_the_convention(event):
    assert EVENT_TYPE.fullmatch(event.type), event.type


def test_each_event_type_has_one_schema_everywhere():
    seen: dict[str, type] = {}
    for spec in ALL_TOPICS:
        for event in spec.events:
            assert seen.setdefault(event.type, event.schema) is event.schema


def test_spec_finds_its_own_event_types_only():
    assert REPORTS_SUBMITTED["gowaslu"].event("id.bawaslu.report.submitted.v1") is not None
    assert REPORTS_SUBMITTED["gowaslu"].event("id.bawaslu.pokja.opinion.submitted.v1") is None


def test_there_is_a_referral_topic_for_every_recipient():
    assert {spec.name for spec in REFERRALS.values()} == {f"referrals.{r.value}" for r in Recipient}
    assert all(spec.key == "referral_id" for spec in REFERRALS.values())


@pytest.mark.parametrize("name, key", [
    ("reports.submitted.gowaslu", "submission_id"), ("pokja.review-requests.tni", "case_id"),
    ("pokja.opinions.tni", "case_id"), ("referrals.responses.kpu", "referral_id"),
    ("reports.status", "receipt_no"), ("referrals.bkn", "referral_id"),
])
def test_external_topics_of_the_contract_exist_with_their_key(name, key):
    assert TOPICS_BY_NAME[name].key == key
    assert TOPICS_BY_NAME[name].visibility is not Visibility.internal


def test_submissions_are_marked_as_holding_personal_data():
    assert all(spec.personal_data for spec in REPORTS_SUBMITTED.values())


@pytest.mark.parametrize("spec", ALL_TOPICS, ids=lambda spec: spec.name)
def test_topics_whose_schemas_hold_contact_details_are_marked_personal_and_not_external_out(spec):
    names = set().union(*(_property_names(event.schema.model_json_schema()) for event in spec.events))
    if names & {"reporter", "nik", "phone", "email"}:
        assert spec.personal_data, spec.name
        assert spec.visibility is not Visibility.external_out, spec.name


def test_topics_applies_the_prefix_to_names_and_dlqs():
    topics = Topics("staging.")
    assert topics.name(REPORTS_STATUS) == "staging.reports.status"
    assert topics.dlq(REPORTS_STATUS) == "staging.reports.status.dlq"


def test_topics_without_prefix_are_the_registry_names():
    assert [Topics().name(spec) for spec in ALL_TOPICS] == [spec.name for spec in ALL_TOPICS]


# --- no reporter identity on topics outside systems read ----------------------------------------------------------

def _property_names(schema) -> set[str]:
    names: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                names |= set(value)
            names |= _property_names(value)
    elif isinstance(schema, list):
        for item in schema:
            names |= _property_names(item)
    return names


EXTERNAL_OUT = [spec for spec in ALL_TOPICS if spec.visibility is Visibility.external_out]
REPORTER_IDENTITY_FIELDS = {"reporter", "nik", "phone", "email", "birth_date", "birth_place", "witnesses"}


def test_there_are_external_out_topics():
    assert {"pokja.review-requests.bkd", "reports.status", "referrals.bkn"} <= {spec.name for spec in EXTERNAL_OUT}


@pytest.mark.parametrize("spec", EXTERNAL_OUT, ids=lambda spec: spec.name)
def test_external_out_schemas_have_no_reporter_identity_fields(spec):
    for event in spec.events:
        names = _property_names(event.schema.model_json_schema())
        assert not names & REPORTER_IDENTITY_FIELDS, (event.type, names & REPORTER_IDENTITY_FIELDS)


def test_review_packets_carry_no_reporter_field_at_all():
    spec = TOPICS_BY_NAME["pokja.review-requests.bawaslu"]
    names = _property_names(spec.events[0].schema.model_json_schema())
    assert not {name for name in names if name.startswith("reporter")}


def test_public_status_carries_no_personal_field_at_all():
    names = _property_names(REPORTS_STATUS.events[0].schema.model_json_schema())
    assert not names & (REPORTER_IDENTITY_FIELDS | {"full_name", "address", "nip", "reporter_ref", "reporter_refs"})
    assert not {name for name in names if name.startswith("reporter")}


def test_reported_party_name_is_allowed_in_review_packets():
    # The reported official's name is what the Pokja reviews; only the REPORTER is confidential.
    names = _property_names(TOPICS_BY_NAME["pokja.review-requests.bawaslu"].events[0].schema.model_json_schema())
    assert "reported_party" in names and "full_name" in names


def test_property_walker_finds_nested_reporter_fields():
    from netra_shared.contracts.schemas.submission import ReportSubmission

    assert {"reporter", "nik", "witnesses"} <= _property_names(ReportSubmission.model_json_schema())


# --- the AsyncAPI document ----------------------------------------------------------------------------------------

def test_committed_asyncapi_document_matches_the_registry():
    assert ASYNCAPI_DOC.read_text(encoding="utf-8") == asyncapi.render(), "run `make asyncapi` and commit the result"


def test_asyncapi_document_has_a_channel_for_every_topic_and_message_for_every_event():
    document = asyncapi.build_document()
    assert document["asyncapi"] == "3.0.0"
    assert {channel["address"] for channel in document["channels"].values()} == {spec.name for spec in ALL_TOPICS}
    assert {message["name"] for message in document["components"]["messages"].values()} == {
        event.type for spec in ALL_TOPICS for event in spec.events}


def test_asyncapi_refs_all_resolve():
    document = asyncapi.build_document()

    def refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for item in node:
                yield from refs(item)

    for ref in refs(document):
        target = document
        for part in ref.removeprefix("#/").split("/"):
            assert part in target, ref
            target = target[part]


# --- regions ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("region, zone", [
    ("15.04", WIB), ("15", WIB), ("61.12", WIB), ("31.71", WIB), ("62", WIB), ("19.06", WIB), ("17.71", WIB),
    ("64", WITA), ("73.71", WITA), ("51.71", WITA), ("53", WITA), ("76", WITA),
    ("94", WIT), ("94.71", WIT), ("81", WIT), ("82.71", WIT), ("97", WIT),
])
def test_region_time_zone(region, zone):
    assert local_timezone(region) is zone


def test_time_zone_offsets():
    assert (WIB.utcoffset(None), WITA.utcoffset(None), WIT.utcoffset(None)) == (
        timedelta(hours=7), timedelta(hours=8), timedelta(hours=9))


@pytest.mark.parametrize("region", ["99", "99.01", "00", "22", "37", "", "abc"])
def test_unknown_province_raises(region):
    with pytest.raises(ValueError):
        local_timezone(region)
