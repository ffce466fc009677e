"""Each kind of hostile input, one by one, through the real subscriber: the specific DLQ reason, a status the channel
can see when the message still names its receipt, and nothing of the payload stored."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest
from intake.domain.numbers import receipt_number
from netra_devkit import samples
from netra_devkit.kafka_probe import header

pytestmark = pytest.mark.integration
DELETE = object()


def _submission(sid: str, changes: dict[str, Any]) -> dict[str, Any]:
    data = samples.submission(0, submission_id=sid)
    for path, value in changes.items():
        *parents, last = path.split("/")
        target = data
        for part in parents:
            target = target[part]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return data


def message(sid: str, changes: dict[str, Any] | None = None, *, text=lambda text: text, event_type=None) -> bytes:
    """A channel's message for sample 0 with `changes` ("reporter/nik": ...), then its JSON text edited."""
    envelope = samples.envelope(event_type or samples.SUBMITTED, _submission(sid, changes or {}),
                                source="/channels/sigap-lapor", subject=sid)
    return text(json.dumps(envelope)).encode("utf-8", "surrogatepass")


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"n": [value]}
    return value


DEAD_LETTERS = [  # id, changes, text edit, DLQ reason, words in the DLQ detail, does the channel get a status?
    ("oversized-message", {"incident/description": "A" * 300_000}, None, "too_large", "the limit is 253952", True),
    ("oversized-field", {"incident/description": "A" * 20_001}, None, "invalid_data", "incident.description", True),
    ("wrong-type", {"reporter/full_name": 42}, None, "invalid_data", "reporter.full_name", True),
    ("unknown-enum", {"kind": "complaint"}, None, "invalid_data", "kind", True),
    ("unknown-subject-type", {"reported_party/subject_type": "menteri"}, None, "invalid_data", "subject_type", True),
    ("nik-15-digits", {"reporter/nik": "150401420488000"}, None, "invalid_data", "reporter.nik", True),
    ("nik-17-digits", {"reporter/nik": "15040142048800031"}, None, "invalid_data", "reporter.nik", True),
    ("nik-with-letters", {"reporter/nik": "15040142048800O3"}, None, "invalid_data", "reporter.nik", True),
    ("birth-date-out-of-range", {"reporter/birth_date": "1850-01-01"}, None, "invalid_data", "birth_date", True),
    ("impossible-date", {"received_at": "2024-02-30T10:00:00+07:00"}, None, "invalid_data", "received_at", True),
    ("date-without-zone", {"incident/known_at": "2024-10-01T08:00:00"}, None, "invalid_data", "known_at", True),
    ("year-zero", {"incident/occurred_at": "0000-01-01T00:00:00Z"}, None, "invalid_data", "occurred_at", True),
    ("operator-as-value", {"reporter/full_name": {"$gt": ""}}, None, "forbidden_key", "$gt", True),
    ("dollar-key", {"reporter/$where": "sleep(5000)"}, None, "forbidden_key", "$where", True),
    ("dotted-key", {"incident/state.status": "registered"}, None, "forbidden_key", "state.status", True),
    ("operator-in-envelope", None, lambda t: t[:-1] + ', "$set": {"status": 1}}', "forbidden_key", "$set", True),
    ("escape-sequence", {"incident/description": "Kades \x1b[31m kampanye di balai desa"}, None, "invalid_data",
     "incident.description", True),
    ("nul-in-name", {"reporter/full_name": "Siti\x00Rahmawati"}, None, "invalid_data", "full_name", True),
    ("line-separator", {"incident/place": "Balai\u2028Desa"}, None, "invalid_data", "incident.place", True),
    ("lone-surrogate", {"reported_party/full_name": "Darmawan \ud800"}, None, "invalid_data", "full_name", True),
    ("missing-kind", {"kind": DELETE}, None, "invalid_data", "kind", True),
    ("too-many-witnesses", {"witnesses": [{"full_name": "Saksi"}] * 21}, None, "invalid_data", "witnesses", True),
    ("deep-nesting-in-data", {"incident/candidate": _nested(20)}, None, "too_deep", "deeper than 16", True),
    ("unknown-event-type", None, None, "unknown_event_type", "report.deleted.v1", True),
    ("duplicate-key", None, lambda t: t.replace('"kind": ', '"kind": "supervisor_finding", "kind": ', 1),
     "duplicate_key", "'kind'", True),
    ("deep-nesting-text", None, lambda t: t[:-1] + ', "x": ' + "[" * 50_000 + "]" * 50_000 + "}", "too_deep",
     "too deep", False),
    ("truncated", None, lambda t: t[: len(t) // 2], "not_json", "", False),
    ("not-an-object", None, lambda t: f"[{t}]", "not_an_object", "list", False),
    ("raw-control-character", None, lambda t: t.replace('"place": "', '"place": "\x07', 1), "not_json",
     "control character", False),
]


@pytest.mark.parametrize("changes, edit, reason, words, named",
                         [pytest.param(*case[1:], id=case[0]) for case in DEAD_LETTERS])
async def test_hostile_message_is_dead_lettered_with_its_reason_and_nothing_of_it_is_stored(
        hostile, changes, edit, reason, words, named):
    sid = f"ex-{uuid.uuid4().hex[:10]}"
    event_type = "id.bawaslu.report.deleted.v1" if reason == "unknown_event_type" else None
    value = message(sid, changes, text=edit or (lambda text: text), event_type=event_type)
    outcome, offset = await hostile.deliver(value)
    assert outcome == "dead_lettered"
    (record, *more) = await hostile.dead_letters(offset)
    assert (header(record, "x-dlq-reason"), record.value) == (reason, value)  # the original bytes, for replay
    assert words in header(record, "x-dlq-detail") and "Siti Rahmawati" not in header(record, "x-dlq-detail")
    assert "1504014204880003" not in header(record, "x-dlq-detail")
    assert more == []  # the follow-up (the status for the channel) did not fail
    report = await hostile.app.report(receipt_number("sigap-lapor", sid))
    if not named:
        assert report is None
        return
    assert (report["status"], report["reason"], report["registration_no"]) == ("not_registered", "invalid", None)
    assert report["reason_detail"].startswith("isian tidak valid: ")
    assert report["submission"] is None and report["reporter_ref"] is None  # nothing of the payload is kept


@pytest.mark.parametrize("value", [b"\xff\xfe{}", b'{"specversion": "1.0", "data": {"channel": "sigap\xe9"}}', b"",
                                   None], ids=["bom-16", "latin-1-byte", "empty-bytes", "no-value"])
async def test_unreadable_bytes_are_dead_lettered_with_their_reason(hostile, value):
    outcome, offset = await hostile.deliver(value)
    assert outcome == "dead_lettered"
    (record,) = await hostile.dead_letters(offset)
    expected = {None: "empty", b"": "not_json"}.get(value, "not_utf8")
    assert header(record, "x-dlq-reason") == expected


@pytest.mark.parametrize("changes, detail", [
    ({"received_at": "2099-01-01T00:00:00+07:00"}, "masa depan"),
    ({"incident/known_at": "0001-01-01T00:00:00+00:00", "incident/occurred_at": None}, "di luar tahapan"),
    ({"incident/known_at": "2024-10-04T08:00:00+07:00"}, "tanggal diketahui lebih lambat"),
    ({"election/region_code": "99.01"}, "kode wilayah 99.01"),
], ids=["received-in-the-future", "incident-in-year-one", "known-after-received", "unknown-province"])
async def test_a_readable_but_impossible_submission_is_not_registered_as_invalid(hostile, changes, detail):
    sid = f"ex-{uuid.uuid4().hex[:10]}"
    outcome, _ = await hostile.deliver(message(sid, changes))
    assert outcome == "not_registered_invalid"
    report = await hostile.app.report(receipt_number("sigap-lapor", sid))
    assert report["reason"] == "invalid" and detail in report["reason_detail"]


async def test_operator_shaped_strings_are_just_text(hostile):
    sid = f"ex-{uuid.uuid4().hex[:10]}"
    outcome, _ = await hostile.deliver(message(sid, {"reporter/full_name": '{"$gt": ""}', "incident/place": "$where"}))
    assert outcome == "registered"
    report = await hostile.app.report(receipt_number("sigap-lapor", sid))
    assert report["submission"]["reporter"]["full_name"] == '{"$gt": ""}'
    assert report["submission"]["incident"]["place"] == "$where"


async def test_a_corrected_submission_replaces_the_unreadable_one_under_the_same_receipt(hostile):
    sid = f"ex-{uuid.uuid4().hex[:10]}"
    assert (await hostile.deliver(message(sid, {"reporter/nik": "123"})))[0] == "dead_lettered"
    assert (await hostile.deliver(message(sid)))[0] == "registered"
    assert (await hostile.app.report(receipt_number("sigap-lapor", sid)))["status"] == "registered"


# --- known bugs -----------------------------------------------------------------------------------------------------

async def test_a_long_duplicate_key_still_gives_the_channel_a_status(hostile):
    sid, key = f"ex-{uuid.uuid4().hex[:10]}", "k" * 2_100
    outcome, offset = await hostile.deliver(message(sid, text=lambda t: t[:-1] + f', "{key}": 1, "{key}": 2}}'))
    assert outcome == "dead_lettered"
    assert (await hostile.app.report(receipt_number("sigap-lapor", sid))) is not None


async def test_a_record_just_under_one_mebibyte_is_dead_lettered_without_stalling(hostile):
    value = message(f"ex-{uuid.uuid4().hex[:10]}", {"incident/description": "A" * 1_044_000})
    value = value[:-1] + b', "pad": "' + b"x" * (1_048_400 - len(value) - 11) + b'"}'
    assert len(value) == 1_048_400
    outcome, _ = await asyncio.wait_for(hostile.deliver(value), timeout=10)
    assert outcome == "dead_lettered"


@pytest.mark.parametrize("nik", ["\uff11" * 16, "\u0661" * 16], ids=["fullwidth", "arabic-indic"])
async def test_a_nik_of_non_ascii_digits_is_refused(hostile, nik):
    outcome, _ = await hostile.deliver(message(f"ex-{uuid.uuid4().hex[:10]}", {"reporter/nik": nik}))
    assert outcome == "dead_lettered"


@pytest.mark.parametrize("changes", [{"evidence": [{"kind": "link", "uri": "https://e.example/\x00\x1b[2J"}]},
                                     {"reporter/email": "siti\x00\x1b@example.id"}], ids=["evidence-uri", "email"])
async def test_control_characters_in_any_field_are_refused(hostile, changes):
    outcome, _ = await hostile.deliver(message(f"ex-{uuid.uuid4().hex[:10]}", changes))
    assert outcome == "dead_lettered"


async def test_a_redelivered_submission_is_reported_as_a_duplicate_submission(hostile):
    value = message(f"ex-{uuid.uuid4().hex[:10]}")
    assert (await hostile.deliver(value))[0] == "registered"
    assert (await hostile.deliver(value))[0] == "duplicate_submission"
