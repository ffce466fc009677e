"""Security review M8: the reporter's own identity is taken out of the free text that leaves intake (the description,
place and evidence of `report.registered`, which reach every Pokja member and the agencies), in the ways people and
upload links write it; the reported party, the candidate and the facts stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from intake.domain.redaction import REDACTED, redacted
from intake.domain.report import register

NOW = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
REPORTER = {"reporter.full_name": "Budi Santoso Wibowo", "reporter.nik": "3374011203850004",
            "reporter.phone": "+62 812-3456-7890", "reporter.email": "budi.sw@example.id",
            "reporter.address": "Jl. Kenanga No. 12, Kelurahan Sukamaju"}


@pytest.mark.parametrize("written", [
    "Saya, Budi Santoso Wibowo, melihat sendiri kejadian itu.",
    "saya BUDI  SANTOSO   wibowo (pelapor) melihat sendiri.",
    "NIK saya 3374011203850004, silakan dicek.",
    "NIK saya 3374 0112 0385 0004, silakan dicek.",
    "Hubungi saya di 081234567890 atau +6281234567890 atau 0812-3456-7890.",
    "Surel saya budi.sw@example.id.",
    "Terjadi di depan rumah saya di Jl. Kenanga No. 12, Kelurahan Sukamaju, pagi hari.",
])
def test_the_reporters_identity_is_taken_out_of_the_description(edited, written):
    submission = edited(0, {**REPORTER, "incident.description": written})
    incident, _ = redacted(submission)
    assert REDACTED in incident.description
    for secret in ("Budi", "BUDI", "3374", "34567890", "budi.sw", "Kenanga"):
        assert secret not in incident.description, incident.description


def test_an_upload_link_and_the_place_that_name_the_reporter_are_redacted(edited):
    submission = edited(0, {**REPORTER, "incident.place": "Halaman rumah Budi Santoso Wibowo",
                            "evidence": [{"kind": "photo", "uri": "https://unggah.example.id/budi-santoso-wibowo/1.jpg",
                                          "description": "foto oleh budi.sw%40example.id"}]})
    incident, evidence = redacted(submission)
    assert incident.place == f"Halaman rumah {REDACTED}"
    assert evidence[0].uri == f"https://unggah.example.id/{REDACTED}/1.jpg"
    assert "budi" not in evidence[0].description.lower()


def test_the_facts_the_reported_party_and_the_candidate_stay(edited):
    text = ("Camat Sukamaju, Drs. Hartono, membagikan kaos paslon nomor 2 di balai desa pada 2 Oktober 2024 pukul "
            "09.00; ada 40 warga, saya punya foto 3 lembar.")
    submission = edited(0, {**REPORTER, "incident.description": text})
    incident, evidence = redacted(submission)
    assert incident.description == text and evidence == submission.evidence


def test_a_reporter_who_shares_the_reported_partys_name_does_not_erase_whom_the_report_is_about(edited):
    submission = edited(0, {**REPORTER, "reported_party.full_name": "Budi Santoso Wibowo",
                            "incident.description": "Budi Santoso Wibowo berkampanye di kantor."})
    incident, _ = redacted(submission)
    assert incident.description.startswith("Budi Santoso Wibowo")


def test_a_short_name_fragment_is_not_taken_for_the_reporter(edited):
    submission = edited(0, {**REPORTER, "reporter.full_name": "Ed",
                            "incident.description": "Pak Edi, kepala desa, editor grup WA kampanye."})
    assert redacted(submission)[0].description == "Pak Edi, kepala desa, editor grup WA kampanye."


def test_registered_carries_the_redacted_text_while_the_register_keeps_the_report_as_filed(lifecycle, edited):
    submission = edited(0, {**REPORTER, "incident.description": "Saya Budi Santoso Wibowo (NIK 3374011203850004) "
                                                                "melihat camat membagikan kaos paslon 2."})
    decision = register(lifecycle.receive(submission, NOW).state, "001/Reg/LP/PB/Kab/15.04/X/2024", NOW)
    registered = decision.emits[0].data
    assert registered.incident.description == (f"Saya {REDACTED} (NIK {REDACTED}) melihat camat membagikan kaos "
                                               "paslon 2.")
    assert decision.state.submission.incident.description == submission.incident.description
