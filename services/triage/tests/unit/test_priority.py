"""The priority that orders the Pokja queue: a score with its reasons."""

from __future__ import annotations

from datetime import UTC, datetime

from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify
from triage.domain.priority import assess_priority, days_to_voting

REFERENCE = load_reference()
MONTH_BEFORE = datetime(2024, 10, 20, 3, 0, tzinfo=UTC)  # 38 days before voting day


def _priority(description: str, *, position: str = "Staf", incumbent: bool = False, registered_at=MONTH_BEFORE,
              earlier_cases: int = 0, region_code: str = "15.04"):
    party = ReportedParty(full_name="Terlapor", subject_type="asn_pns", position=position)
    candidate = {"name": "Paslon 1", "ballot_number": 1, "is_incumbent": incumbent}
    incident = Incident.model_validate({"occurred_at": registered_at.isoformat(), "known_at": registered_at.isoformat(),
                                        "place": "", "description": description, "candidate": candidate})
    classification = classify(party, [incident], REFERENCE)
    return assess_priority(party=party, incidents=[incident], classification=classification,
                           registered_at=registered_at, region_code=region_code, earlier_cases=earlier_cases,
                           reference=REFERENCE)


def test_a_plain_like_a_month_before_voting_has_no_priority():
    priority = _priority("Terlapor memberi like pada unggahan calon bupati di Facebook.")
    assert (priority.score, priority.reasons) == (0, [])


def test_each_factor_adds_its_weight_with_a_reason():
    priority = _priority("Camat mengerahkan ratusan warga ke kampanye calon bupati petahana.", position="Camat",
                         incumbent=True, earlier_cases=1, registered_at=datetime(2024, 11, 25, 3, 0, tzinfo=UTC))
    assert priority.reasons == [
        "calon petahana terlibat (+20)",
        "indikasi tindak pidana pemilihan (+30)",
        "jabatan tinggi (Camat) (+15)",
        "2 hari menjelang pemungutan suara (+25)",
        "terlapor sudah 1 kali dilaporkan sebelumnya (+10)",
        "pengerahan massa (mengerahkan, ratusan) (+15)",
    ]
    assert priority.score == 115


def test_the_description_naming_the_incumbent_counts_without_the_structured_flag():
    assert "calon petahana terlibat (+20)" in _priority("ASN memasang spanduk petahana.").reasons


def test_repeat_reports_on_the_same_party_count_up_to_the_cap():
    assert "terlapor sudah 7 kali dilaporkan sebelumnya (+30)" in _priority("Like.", earlier_cases=7).reasons


def test_the_days_to_voting_are_counted_in_the_regions_local_calendar():
    moment = datetime(2024, 11, 26, 16, 30, tzinfo=UTC)  # 27 Nov 01:30 in Jayapura (WIT), 26 Nov 23:30 in Jambi (WIB)
    assert days_to_voting(moment, "94.71", REFERENCE) == 0
    assert days_to_voting(moment, "15.04", REFERENCE) == 1


def test_after_voting_day_there_are_no_days_points():
    priority = _priority("Like.", registered_at=datetime(2024, 12, 2, tzinfo=UTC))
    assert not [reason for reason in priority.reasons if "menjelang" in reason]


def test_a_senior_official_mobilising_for_the_incumbent_outranks_a_like():
    urgent = _priority("Sekda mengumpulkan kepala OPD untuk memenangkan petahana.", position="Sekretaris Daerah")
    routine = _priority("Guru memberi like unggahan calon.", position="Guru")
    assert urgent.score > routine.score


def test_a_report_needing_manual_classification_is_not_buried():
    assert "perlu klasifikasi manual (+5)" in _priority("Tidak jelas.").reasons
