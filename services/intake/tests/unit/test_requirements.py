"""Syarat formal and materiil: `missing_items(submission)` names each missing item in words a reporter understands."""

from __future__ import annotations

import pytest
from intake.domain.requirements import missing_items

# Each item, how to make it missing, and the words the reporter reads (Bahasa Indonesia).
PUBLIC_REPORT_ITEMS = [
    pytest.param("reporter.full_name", {"reporter.full_name": None}, "nama lengkap pelapor", id="reporter-name"),
    pytest.param("reporter.nik", {"reporter.nik": None}, "NIK pelapor (16 digit, sesuai KTP)", id="reporter-nik"),
    pytest.param("reporter.address", {"reporter.address": ""}, "alamat pelapor", id="reporter-address"),
    pytest.param("reported_party.full_name", {"reported_party.full_name": None},
                 "nama terlapor (pihak yang dilaporkan)", id="party-name"),
    pytest.param("reported_party.address", {"reported_party.address": ""}, "alamat atau tempat kerja terlapor",
                 id="party-address"),
    pytest.param("attestation", {"attestation": None},
                 "tanda tangan pelapor atau verifikasi identitas oleh petugas/kanal", id="attestation"),
    pytest.param("incident.occurred_at", {"incident.occurred_at": None}, "hari, tanggal dan jam kejadian",
                 id="occurred-at"),
    pytest.param("incident.place", {"incident.place": ""}, "tempat kejadian", id="place"),
    pytest.param("incident.description", {"incident.description": ""},
                 "uraian kejadian (apa yang dilakukan terlapor)", id="description"),
    pytest.param("evidence", {"evidence": []},
                 "bukti: dokumen, foto, video, tangkapan layar, atau tautan unggahan media sosial", id="evidence"),
]


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_complete_samples_miss_nothing(make_submission, index):
    assert missing_items(make_submission(index)) == []


@pytest.mark.parametrize("item, change, words", PUBLIC_REPORT_ITEMS)
def test_each_missing_item_of_a_public_report_is_named_alone_in_indonesian(edited, item, change, words):
    missing = missing_items(edited(0, change))
    assert [(entry.item, entry.description) for entry in missing] == [(item, words)]


@pytest.mark.parametrize("item, change, words", PUBLIC_REPORT_ITEMS)
def test_absent_keys_count_as_missing_like_empty_values(edited, delete_marker, item, change, words):
    (path,) = change
    assert [entry.item for entry in missing_items(edited(0, {path: delete_marker}))] == [item]


def test_every_item_missing_at_once_is_listed_formal_first_then_material(edited):
    missing = missing_items(edited(0, {
        "reporter.full_name": None, "reporter.nik": None, "reporter.address": "", "reported_party.full_name": None,
        "reported_party.address": "", "attestation": None, "incident.occurred_at": None, "incident.place": "",
        "incident.description": "", "evidence": []}))
    assert [entry.item for entry in missing] == [
        "reporter.full_name", "reporter.nik", "reporter.address", "reported_party.full_name",
        "reported_party.address", "attestation", "incident.occurred_at", "incident.place", "incident.description",
        "evidence"]
    assert all(entry.description for entry in missing)


def test_a_supervisor_finding_needs_only_the_supervisors_name_as_identity(edited):
    finding = edited(3, {"reporter.nik": None, "reporter.address": "", "reporter.phone": "", "reporter.email": ""})
    assert finding.kind.value == "supervisor_finding"
    assert missing_items(finding) == []
    nameless = edited(3, {"reporter.full_name": None, "reporter.nik": None})
    assert [entry.item for entry in missing_items(nameless)] == ["reporter.full_name"]


def test_a_supervisor_finding_still_needs_the_reported_party_and_the_material_items(edited):
    finding = edited(3, {"reported_party.address": "", "incident.place": "", "evidence": []})
    assert [entry.item for entry in missing_items(finding)] == [
        "reported_party.address", "incident.place", "evidence"]


@pytest.mark.parametrize("signed, verified, missing", [
    (False, False, True), (True, False, False), (False, True, False), (True, True, False)])
def test_attestation_needs_a_signature_or_a_verified_identity(edited, signed, verified, missing):
    submission = edited(0, {"attestation": {"signed": signed, "identity_verified": verified, "method": ""}})
    assert (["attestation"] if missing else []) == [entry.item for entry in missing_items(submission)]


@pytest.mark.parametrize("description, missing", [
    ("x" * 19, True), ("x" * 20, False), ("   " + "x" * 19 + "   ", True), ("Kades kampanye paslon", False)])
def test_description_needs_at_least_twenty_characters_without_surrounding_blanks(edited, description, missing):
    names = [entry.item for entry in missing_items(edited(0, {"incident.description": description}))]
    assert names == (["incident.description"] if missing else [])


@pytest.mark.parametrize("path", ["reporter.address", "reported_party.address", "incident.place"])
def test_blank_text_counts_as_missing(edited, path):
    assert [entry.item for entry in missing_items(edited(0, {path: "   \t  "}))] == [path]


def test_a_link_alone_is_enough_evidence(edited):
    link = [{"kind": "link", "uri": "https://instagram.example/p/x"}]
    assert missing_items(edited(0, {"evidence": link})) == []


def test_optional_details_are_not_required(edited):
    submission = edited(0, {"reporter.phone": "", "reporter.email": "", "reporter.birth_date": None,
                            "reported_party.position": "", "reported_party.agency": "", "witnesses": [],
                            "incident.candidate": None})
    assert missing_items(submission) == []
