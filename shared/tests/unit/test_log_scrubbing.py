"""No personal field (name, NIK, phone, email, address, birth data) ever reaches a log line."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest
import structlog
from netra_devkit import samples
from netra_shared.contracts.schemas.submission import Reporter, ReportSubmission
from netra_shared.kernel.logging import REDACTED, configure_logging, drop_personal_fields

REPORTER = samples.SAMPLE_SUBMISSIONS[0]["reporter"]
SECRETS = [REPORTER[field] for field in ("full_name", "nik", "phone", "email", "address")] + ["Ahmad Fauzi",
                                                                                              "+6281234500999"]


def _scrub(**fields):
    return drop_personal_fields(None, "info", dict(fields))


# --- the processor -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["full_name", "name", "nik", "phone", "email", "address", "birth_place",
                                   "birth_date", "gender", "occupation", "reporter", "witnesses",
                                   "reporter_identity", "contact"])
def test_personal_field_at_top_level_is_redacted(field):
    assert _scrub(**{field: "secret"})[field] == REDACTED


def test_personal_fields_are_redacted_in_dicts_in_lists_in_dicts():
    scrubbed = _scrub(batch={"reports": [{"receipt_no": "RCP-1", "reporter": {"nik": "1"}, "meta": {
        "witnesses": [{"full_name": "Ahmad Fauzi"}], "contact": {"phone": "+62"}}},
        {"receipt_no": "RCP-2", "inner": [{"deeper": {"email": "a@b", "case_id": "CASE-2"}}]}]})
    reports = scrubbed["batch"]["reports"]
    assert reports[0] == {"receipt_no": "RCP-1", "reporter": REDACTED,
                          "meta": {"witnesses": REDACTED, "contact": REDACTED}}
    assert reports[1]["inner"][0]["deeper"] == {"email": REDACTED, "case_id": "CASE-2"}


def test_personal_fields_in_tuples_are_redacted():
    assert _scrub(items=({"nik": "1"}, {"ok": 2}))["items"] == [{"nik": REDACTED}, {"ok": 2}]


def test_whole_submission_dict_loses_every_reporter_value():
    scrubbed = _scrub(submission=samples.submission(0))
    text = json.dumps(scrubbed)
    for secret in SECRETS:
        assert secret not in text
    assert scrubbed["submission"]["submission_id"] == "sigap-000123"
    assert scrubbed["submission"]["election"]["region_code"] == "15.04"


def test_very_deep_values_are_redacted_rather_than_walked():
    value: dict = {"nik": "1504014204880003"}
    for _ in range(20):
        value = {"n": value}
    assert "1504014204880003" not in json.dumps(_scrub(deep=value))


@pytest.mark.parametrize("field, value", [
    ("receipt_no", "RCP-AAAA-BBBB-CC"), ("case_id", "CASE-AAAA-BBBB-CC"), ("topic", "reports.submitted"),
    ("outcome", "registered"), ("event_type", "id.bawaslu.report.submitted.v1"), ("event_id", "evt-1"),
    ("correlation_id", "corr-1"), ("partition", 2), ("offset", 41), ("duration_ms", 3.5),
    ("registration_no", "001/Reg/LP/PB/Kab/15.04/X/2024"), ("reason", "expired"),
])
def test_operational_fields_are_kept(field, value):
    assert _scrub(**{field: value})[field] == value


def test_the_input_event_dict_is_not_mutated():
    original = {"reporter": {"nik": "1"}, "receipt_no": "RCP-1"}
    drop_personal_fields(None, "info", original)
    assert original == {"reporter": {"nik": "1"}, "receipt_no": "RCP-1"}


# --- the real pipeline --------------------------------------------------------------------------------------------

@pytest.fixture
def json_logs(monkeypatch):
    """configure_logging("test", log_format="json") writing to a captured stderr; restores structlog and logging."""
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)  # configure_logging binds the stream it finds at configure time
    root = logging.getLogger()
    saved = [handler for handler in root.handlers if not type(handler).__module__.startswith("_pytest")]
    level = root.level
    configure_logging("test", log_format="json")
    ours = root.handlers[0]

    def lines() -> list[dict]:
        return [json.loads(line) for line in stderr.getvalue().splitlines() if line.strip()]

    yield lines
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()
    root.removeHandler(ours)
    for handler in saved:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


def test_log_line_with_reporter_identity_in_nested_fields_shows_none_of_it(json_logs):
    log = structlog.get_logger()
    log.info("report_received", receipt_no="RCP-AAAA-BBBB-CC", topic="reports.submitted", outcome="registered",
             reporter=dict(REPORTER), data={"submission": samples.submission(0)},
             batch=[{"case_id": "CASE-1", "contact": {"email": REPORTER["email"], "phone": REPORTER["phone"]}}],
             nik=REPORTER["nik"], full_name=REPORTER["full_name"])
    (line,) = json_logs()
    text = json.dumps(line)
    for secret in SECRETS:
        assert secret not in text
    assert line["event"] == "report_received"
    assert line["service"] == "test"
    assert line["receipt_no"] == "RCP-AAAA-BBBB-CC"
    assert line["topic"] == "reports.submitted" and line["outcome"] == "registered"
    assert line["batch"][0]["case_id"] == "CASE-1"


def test_bound_context_is_scrubbed_too(json_logs):
    with structlog.contextvars.bound_contextvars(reporter={"full_name": REPORTER["full_name"]}, case_id="CASE-1"):
        structlog.get_logger().warning("operator_alert")
    (line,) = json_logs()
    assert REPORTER["full_name"] not in json.dumps(line)
    assert line["case_id"] == "CASE-1"


def test_stdlib_log_lines_are_json_with_the_service_name(json_logs):
    logging.getLogger("aiokafka").warning("broker_unreachable")
    (line,) = json_logs()
    assert line["event"] == "broker_unreachable" and line["service"] == "test"


def test_stdlib_log_extras_are_scrubbed(json_logs):
    logging.getLogger("some.library").warning("delivery_failed",
                                              extra={"email": REPORTER["email"], "nik": REPORTER["nik"]})
    (line,) = json_logs()
    assert REPORTER["email"] not in json.dumps(line)
    assert REPORTER["nik"] not in json.dumps(line)


def test_exception_traceback_does_not_echo_reporter_data(json_logs):
    try:
        Reporter.model_validate({"full_name": REPORTER["full_name"], "nik": REPORTER["nik"][:-1],
                                 "standing": "voter"})
    except Exception as exc:  # noqa: BLE001
        structlog.get_logger().error("handler_failed", error_type=type(exc).__name__, exc_info=exc)
    (line,) = json_logs()
    assert line["event"] == "handler_failed"
    assert REPORTER["nik"][:-1] not in json.dumps(line)


def test_pydantic_model_as_log_field_does_not_leak_reporter_identity(json_logs):
    structlog.get_logger().info("submission_parsed",
                                submission=ReportSubmission.model_validate(samples.submission(0)))
    (line,) = json_logs()
    for secret in SECRETS:
        assert secret not in json.dumps(line)
