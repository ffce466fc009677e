"""merge(): what a reporter supplies replaces what was missing or earlier; evidence is added, never replaced."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.domain.supplements import merge
from netra_shared.contracts.schemas.submission import ReportSupplement

SUPPLIED_AT = datetime(2024, 10, 3, 5, 0, tzinfo=UTC)


def _patch(**items) -> ReportSupplement:
    return ReportSupplement.model_validate({"receipt_no": "RCP-AAAA-BBBB-CC", "channel": "sigap-lapor",
                                           "supplied_at": SUPPLIED_AT.isoformat(), **items})


def test_supplied_values_fill_missing_items(edited):
    submission = edited(0, {"reporter.nik": None, "reported_party.address": "", "incident.occurred_at": None})
    merged = merge(submission, _patch(reporter={"nik": "1504014204880003"},
                                      reported_party={"address": "Desa Rengas IX"},
                                      incident={"occurred_at": "2024-09-29T19:30:00+07:00"}))
    assert merged.reporter.nik == "1504014204880003"
    assert merged.reported_party.address == "Desa Rengas IX"
    assert merged.incident.occurred_at == datetime.fromisoformat("2024-09-29T19:30:00+07:00")


def test_supplied_values_replace_earlier_ones_and_leave_the_rest_alone(make_submission):
    submission = make_submission(0)
    merged = merge(submission, _patch(reporter={"address": "Jl. Baru No. 1"}, incident={"place": "Kantor Desa"}))
    assert merged.reporter.address == "Jl. Baru No. 1" and merged.incident.place == "Kantor Desa"
    assert merged.reporter.full_name == submission.reporter.full_name
    assert merged.reporter.nik == submission.reporter.nik
    assert merged.incident.description == submission.incident.description
    assert merged.incident.known_at == submission.incident.known_at
    assert (merged.submission_id, merged.received_at, merged.election) == (
        submission.submission_id, submission.received_at, submission.election)


def test_fields_a_supplement_leaves_out_do_not_erase_what_was_given(make_submission):
    submission = make_submission(0)
    assert merge(submission, _patch(reporter={}, reported_party={}, incident={})) == submission
    assert merge(submission, _patch()) == submission


def test_evidence_is_added_to_what_was_already_sent(make_submission):
    submission = make_submission(0)
    merged = merge(submission, _patch(evidence=[{"kind": "link", "uri": "https://fb.example/post/1"}]))
    assert [item.uri for item in merged.evidence] == [
        "https://evidence.example.id/sigap-000123/rekaman.mp4", "https://fb.example/post/1"]


def test_evidence_stays_within_the_contract_limit_of_fifty(edited):
    submission = edited(0, {"evidence": [{"kind": "photo", "uri": f"https://e.example/{n}"} for n in range(45)]})
    merged = merge(submission, _patch(evidence=[{"kind": "photo", "uri": f"https://e.example/new{n}"}
                                                for n in range(10)]))
    assert len(merged.evidence) == 50
    assert merged.evidence[:45] == submission.evidence


def test_an_attestation_is_replaced_only_when_one_is_supplied(edited):
    unsigned = edited(0, {"attestation": None})
    signed = merge(unsigned, _patch(attestation={"signed": True, "method": "tanda tangan di kantor"}))
    assert signed.attestation.signed is True
    assert merge(signed, _patch()).attestation == signed.attestation


def test_merge_leaves_the_stored_submission_untouched(edited):
    submission = edited(0, {"reporter.nik": None})
    before = submission.model_dump()
    merge(submission, _patch(reporter={"nik": "1504014204880003"}))
    assert submission.model_dump() == before
