"""Hostile bytes on reports.submitted: each way a message can be unreadable has its own ContractViolation reason."""

from __future__ import annotations

import json

import pytest
from netra_devkit import samples
from netra_shared.contracts.decoding import MAX_DEPTH, ContractViolation, decode_json, parse_message
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.contracts.topics import REPORTS_SUBMITTED as SUBMITTED

REPORTS_SUBMITTED = SUBMITTED["sigap-lapor"]

MAX_BYTES = 256 * 1024  # the services' default max_message_bytes


def _message(submission: dict | None = None, **envelope_overrides) -> dict:
    data = samples.submission(0) if submission is None else submission
    document = samples.envelope(samples.SUBMITTED, data, source="/channels/sigap-lapor", subject=data["submission_id"],
                                event_id="evt-1")
    document.update(envelope_overrides)
    return document


def _raw(document: dict) -> bytes:
    return json.dumps(document).encode()


def _reason_of_decode(raw: bytes, max_bytes: int = MAX_BYTES) -> str:
    with pytest.raises(ContractViolation) as caught:
        decode_json(raw, max_bytes=max_bytes)
    return caught.value.reason


def _violation_of_parse(raw: bytes, max_bytes: int = MAX_BYTES) -> ContractViolation:
    with pytest.raises(ContractViolation) as caught:
        parse_message(REPORTS_SUBMITTED, raw, max_bytes=max_bytes)
    return caught.value


def _nested(depth: int) -> dict:
    """An object whose innermost value sits `depth` levels below the top."""
    value: dict = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"n": value}
    return value


# --- bytes and JSON -----------------------------------------------------------------------------------------------

def test_missing_value_is_rejected_as_empty():
    assert _reason_of_decode(None) == "empty"


def test_empty_bytes_are_not_json():
    assert _reason_of_decode(b"") == "not_json"


def test_non_utf8_bytes_are_rejected_as_not_utf8():
    raw = _raw(_message()).replace(b"Siti", b"S\xff\xfeti")
    assert _reason_of_decode(raw) == "not_utf8"
    assert _violation_of_parse(raw).reason == "not_utf8"


def test_latin1_encoded_name_is_rejected_as_not_utf8():
    raw = '{"full_name": "Dédé"}'.encode("latin-1")
    assert _reason_of_decode(raw) == "not_utf8"


def test_truncated_json_is_rejected_as_not_json():
    raw = _raw(_message())
    assert _reason_of_decode(raw[: len(raw) // 2]) == "not_json"


def test_utf8_bom_before_json_is_not_json():
    assert _reason_of_decode(b"\xef\xbb\xbf" + _raw(_message())) == "not_json"


def test_integer_with_thousands_of_digits_is_not_json_and_does_not_crash():
    raw = b'{"ballot_number": ' + b"9" * 5000 + b"}"
    assert _reason_of_decode(raw) == "not_json"


def test_json_array_at_top_level_is_not_an_object():
    assert _reason_of_decode(b"[1, 2, 3]") == "not_an_object"
    assert _reason_of_decode(_raw([_message()])) == "not_an_object"  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", [b'"a string"', b"42", b"null", b"true"])
def test_json_scalar_at_top_level_is_not_an_object(raw):
    assert _reason_of_decode(raw) == "not_an_object"


def test_duplicate_key_at_top_level_is_rejected():
    raw = b'{"specversion": "1.0", "specversion": "1.0"}'
    assert _reason_of_decode(raw) == "duplicate_key"


def test_duplicate_key_deep_inside_data_is_rejected():
    # Two NIKs for one reporter: which one would we believe? Neither.
    text = _raw(_message()).decode().replace('"nik": "1504014204880003"',
                                             '"nik": "1504014204880003", "nik": "9999999999999999"')
    assert text.count('"nik"') == 2
    assert _violation_of_parse(text.encode()).reason == "duplicate_key"


def test_nesting_forty_deep_is_too_deep():
    assert _reason_of_decode(_raw(_nested(40))) == "too_deep"


def test_nesting_at_the_limit_is_accepted():
    assert decode_json(_raw(_nested(MAX_DEPTH)), max_bytes=MAX_BYTES)


def test_nesting_one_past_the_limit_is_too_deep():
    assert _reason_of_decode(_raw(_nested(MAX_DEPTH + 1))) == "too_deep"


def test_deep_nesting_inside_data_is_too_deep_for_parse_message():
    document = _message()
    document["data"]["incident"]["candidate"] = _nested(30)
    assert _violation_of_parse(_raw(document)).reason == "too_deep"


def test_thousand_deep_brackets_are_too_deep_without_crashing():
    raw = b'{"data": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    assert _reason_of_decode(raw) == "too_deep"


def test_hundred_thousand_deep_brackets_are_too_deep_without_crashing():
    raw = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert _reason_of_decode(raw, max_bytes=10**6) == "too_deep"


def test_top_level_thousand_deep_array_is_refused_without_crashing():
    assert _reason_of_decode(b"[" * 1000 + b"]" * 1000) in {"too_deep", "not_an_object"}


def test_oversized_message_is_too_large():
    document = _message()
    document["data"]["incident"]["description"] = "x" * (MAX_BYTES + 1)
    assert _violation_of_parse(_raw(document)).reason == "too_large"


def test_size_is_checked_before_decoding():
    assert _reason_of_decode(b"\xff" * 101, max_bytes=100) == "too_large"


def test_message_of_exactly_max_bytes_is_not_too_large():
    raw = _raw(_message())
    assert decode_json(raw, max_bytes=len(raw))["id"] == "evt-1"


# --- keys that a database would interpret ------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["$gt", "$where", "a.b", "nik\x00", "\x00"])
def test_forbidden_key_at_top_level_is_rejected(key):
    document = _message()
    document[key] = 1
    assert _violation_of_parse(_raw(document)).reason == "forbidden_key"


@pytest.mark.parametrize("key", ["$gt", "a.b", "x\x00y"])
def test_forbidden_key_deep_inside_data_is_rejected(key):
    document = _message()
    document["data"]["evidence"][0]["meta"] = {"inner": [{key: "v"}]}
    assert _violation_of_parse(_raw(document)).reason == "forbidden_key"


def test_operator_object_in_a_string_field_is_forbidden_key():
    document = _message()
    document["data"]["reporter"]["full_name"] = {"$gt": ""}
    assert _violation_of_parse(_raw(document)).reason == "forbidden_key"


def test_operator_object_as_submission_id_is_forbidden_key():
    document = _message()
    document["data"]["submission_id"] = {"$ne": None}
    assert _violation_of_parse(_raw(document)).reason == "forbidden_key"


def test_dots_in_values_are_allowed():
    # Region codes ("15.04") and URLs are values, not keys.
    envelope, data = parse_message(REPORTS_SUBMITTED, _raw(_message()), max_bytes=MAX_BYTES)
    assert data.election.region_code == "15.04"


# --- the envelope -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["specversion", "id", "type", "source", "time", "data"])
def test_missing_envelope_field_is_invalid_envelope(field):
    document = _message()
    del document[field]
    assert _violation_of_parse(_raw(document)).reason == "invalid_envelope"


@pytest.mark.parametrize("specversion", ["0.3", "1", 1.0, None])
def test_wrong_specversion_is_invalid_envelope(specversion):
    assert _violation_of_parse(_raw(_message(specversion=specversion))).reason == "invalid_envelope"


def test_time_without_time_zone_is_invalid_envelope():
    assert _violation_of_parse(_raw(_message(time="2024-10-03T09:12:00"))).reason == "invalid_envelope"


def test_data_that_is_not_an_object_is_invalid_envelope():
    assert _violation_of_parse(_raw(_message(data=["not", "an", "object"]))).reason == "invalid_envelope"


def test_wrong_datacontenttype_is_invalid_envelope():
    assert _violation_of_parse(_raw(_message(datacontenttype="text/xml"))).reason == "invalid_envelope"


def test_unknown_event_type_is_rejected():
    assert _violation_of_parse(_raw(_message(type="id.bawaslu.report.submitted.v2"))).reason == "unknown_event_type"


def test_event_type_of_another_topic_is_unknown_here():
    assert _violation_of_parse(_raw(_message(type=samples.OPINION))).reason == "unknown_event_type"


# --- the data ------------------------------------------------------------------------------------------------------

def _with(path: str, value) -> bytes:
    document = _message()
    target = document["data"]
    *parents, last = path.split(".")
    for part in parents:
        target = target[part]
    target[last] = value
    return _raw(document)


def test_nik_of_fifteen_digits_is_invalid_data():
    violation = _violation_of_parse(_with("reporter.nik", "150401420488000"))
    assert violation.reason == "invalid_data"
    assert "reporter.nik" in violation.detail


def test_nik_with_letters_is_invalid_data():
    assert _violation_of_parse(_with("reporter.nik", "15040142048800AB")).reason == "invalid_data"


def test_unknown_subject_type_is_invalid_data():
    violation = _violation_of_parse(_with("reported_party.subject_type", "mayor"))
    assert violation.reason == "invalid_data"
    assert "reported_party.subject_type" in violation.detail


def test_ballot_number_as_word_is_invalid_data():
    violation = _violation_of_parse(_with("incident.candidate.ballot_number", "satu"))
    assert violation.reason == "invalid_data"
    assert "ballot_number" in violation.detail


def test_object_in_name_field_is_invalid_data():
    assert _violation_of_parse(_with("reporter.full_name", {"x": 1})).reason == "invalid_data"


def test_number_in_name_field_is_not_coerced_to_string():
    assert _violation_of_parse(_with("reporter.full_name", 12345)).reason == "invalid_data"


def test_lone_surrogate_in_name_is_invalid_data():
    raw = _with("reporter.full_name", "PLACEHOLDER").replace(b"PLACEHOLDER", b"Siti \\ud800")
    assert _violation_of_parse(raw).reason == "invalid_data"


def test_naive_received_at_is_invalid_data():
    assert _violation_of_parse(_with("received_at", "2024-10-03T09:12:00")).reason == "invalid_data"


def test_unknown_kind_is_invalid_data():
    assert _violation_of_parse(_with("kind", "anonymous_tip")).reason == "invalid_data"


def test_malformed_region_code_is_invalid_data():
    assert _violation_of_parse(_with("election.region_code", "15-04")).reason == "invalid_data"


def test_missing_reporter_is_invalid_data():
    document = _message()
    del document["data"]["reporter"]
    assert _violation_of_parse(_raw(document)).reason == "invalid_data"


@pytest.mark.parametrize("path, value", [
    ("reporter.nik", "150401420488000"),
    ("reporter.nik", "Siti Rahmawati 1504014204880003"),
    ("reporter.full_name", {"x": 1}),
    ("reporter.full_name", "S" * 500),
    ("reporter.email", "siti.rahma@example.id" * 20),
    ("reporter.phone", "+6281234500123" * 5),
    ("reporter.birth_date", "1988-02-30"),
    ("reporter.standing", "Siti Rahmawati"),
    ("reported_party.nip", "Darmawan-1504014204880003"),
])
def test_invalid_data_detail_never_echoes_the_input(path, value):
    violation = _violation_of_parse(_with(path, value))
    assert violation.reason == "invalid_data"
    shown = str(violation) + violation.detail
    rendered = value if isinstance(value, str) else json.dumps(value)
    for secret in (rendered, rendered[:16], "Siti", "Rahmawati", "1504014204880003", "150401420488000",
                   "siti.rahma", "+6281234500123", "Darmawan", "1988-02-30"):
        assert secret not in shown
    assert path.split(".")[-1] in violation.detail  # it names the field instead


def test_invalid_envelope_detail_never_echoes_the_input():
    violation = _violation_of_parse(_raw(_message(specversion="Siti Rahmawati 1504014204880003")))
    assert violation.reason == "invalid_envelope"
    assert "Siti" not in violation.detail and "1504014204880003" not in violation.detail


# --- the valid samples --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("index", range(len(samples.SAMPLE_SUBMISSIONS)))
def test_every_sample_submission_parses(index):
    data = samples.submission(index)
    key, value = samples.submission_message(data)
    envelope, parsed = parse_message(REPORTS_SUBMITTED, value, max_bytes=MAX_BYTES)
    assert isinstance(parsed, ReportSubmission)
    assert key.decode() == parsed.submission_id == data["submission_id"] == envelope.subject
    assert envelope.type == samples.SUBMITTED
    assert parsed.reporter.nik == data["reporter"]["nik"]


def test_unknown_fields_in_data_are_ignored_not_kept():
    document = _message()
    document["data"]["future_field"] = "v2"
    _, parsed = parse_message(REPORTS_SUBMITTED, _raw(document), max_bytes=MAX_BYTES)
    assert "future_field" not in parsed.model_dump()


def test_whitespace_around_names_is_stripped():
    _, parsed = parse_message(REPORTS_SUBMITTED, _with("reporter.full_name", "  Siti Rahmawati  "), max_bytes=MAX_BYTES)
    assert parsed.reporter.full_name == "Siti Rahmawati"
