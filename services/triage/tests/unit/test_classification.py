"""Classification against 80 labelled Indonesian descriptions, subject normalisation, hints and reference data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from pydantic import ValidationError
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify
from triage.domain.reference import ReferenceData

REFERENCE = load_reference()
CORPUS = json.loads((Path(__file__).with_name("classification_corpus.json")).read_text(encoding="utf-8"))
LABELLED = [pytest.param(case, id=f"{part}:{case['id']}") for part in ("tuning", "held_out", "fresh")
            for case in CORPUS[part]]
WHEN = datetime(2024, 11, 1, 8, 0, tzinfo=UTC)


def _classify(description: str, *, position: str = "", agency: str = "", subject: str = "asn_pns", hints=()):
    party = ReportedParty(full_name="Terlapor", subject_type=subject, position=position, agency=agency)
    incident = Incident(occurred_at=WHEN, known_at=WHEN, place="", description=description)
    return classify(party, [incident], REFERENCE, hints)


def test_the_labelled_corpus_has_at_least_forty_descriptions_covering_every_kind_of_act():
    assert len(LABELLED) >= 40
    categories = {case["category"] for part in ("tuning", "held_out", "fresh") for case in CORPUS[part]}
    assert {"ethics_social_media", "ethics_photo_with_candidate", "ethics_campaign_attendance",
            "discipline_campaign_props", "discipline_campaign_attendance", "discipline_online_campaign",
            "election_crime_official_action", "election_crime_candidate_involvement", "village_law_campaign",
            "needs_manual_classification"} <= categories


@pytest.mark.parametrize("case", LABELLED)
def test_labelled_description_gets_its_category_subject_type_and_crime_indication(case):
    result = _classify(case["description"], position=case["position"], agency=case["agency"],
                       subject=case["channel_subject"])
    assert (result.category, result.subject_type, result.crime_indication) == (
        case["category"], case["subject"], case["crime"]), result.reasons


# --- who did it -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("position, channel_subject, expected", [
    ("Sekretaris Desa", "asn_pns", "village_official"),
    ("Camat", "regional_official", "asn_pns"),
    ("Lurah", "other", "asn_pns"),
    ("Kepala Desa", "village_official", "village_head"),
    ("Pj Kepala Desa", "other", "village_head"),
    ("Ketua BPD", "other", "bpd_member"),
    ("Babinsa", "other", "tni"),
    ("Bhabinkamtibmas", "other", "polri"),
    ("Guru", "asn_pppk", "asn_pppk"),
    ("Guru PPPK", "other", "asn_pppk"),
    ("Bupati", "candidate", "regional_head"),  # B1: an elected head is not ASN
    ("Pj Bupati", "regional_head", "asn_pns"),  # B1: an acting head is an ASN
    ("Tenaga Honorer", "asn_pns", "other"),
    ("", "village_head", "village_head"),
    ("Ketua Karang Taruna", "other", "other"),
])
def test_subject_type_is_normalised_from_the_stated_position(position, channel_subject, expected):
    result = _classify("Terlapor memberi like pada unggahan calon bupati.", position=position, subject=channel_subject)
    assert result.subject_type == expected


def test_the_agency_fills_in_when_the_channel_said_other_and_gave_no_position():
    assert _classify("Terlapor memberi like unggahan calon.", agency="Polres Kubu Raya", subject="other"
                     ).subject_type == "polri"
    assert _classify("Terlapor memberi like unggahan calon.", agency="Polres Kubu Raya", subject="village_head"
                     ).subject_type == "village_head"  # a channel's specific answer stands against the agency


def test_a_corrected_subject_type_says_what_the_channel_sent():
    result = _classify("Camat memberi like unggahan calon.", position="Camat", subject="regional_official")
    assert result.reasons[0] == "jenis terlapor: asn_pns (jabatan 'camat'); kanal menyebut regional_official"


# --- reasons, legal basis, crime indication -------------------------------------------------------------------------

def test_reasons_name_the_keywords_that_decided_the_category():
    result = _classify("ASN memasang baliho calon bupati di depan rumahnya.")
    assert "perbuatan: discipline_campaign_props (kata kunci: memasang, baliho calon)" in result.reasons
    assert result.matched_phrases == ["memasang", "baliho calon"]
    assert result.category_name and result.sanction_class.startswith("disiplin berat (PP 94/2021)")
    assert result.reference_version == REFERENCE.version


def test_the_legal_basis_follows_the_subject_type():
    assert _classify("Kades tercatat sebagai pengurus DPC partai.", position="Kepala Desa",
                     subject="village_head").legal_basis == ["UU 6/2014 Pasal 29 huruf g"]
    assert _classify("Sekdes menjadi pengurus partai.", position="Sekretaris Desa",
                     subject="village_official").legal_basis == ["UU 6/2014 Pasal 51 huruf g"]
    assert _classify("Anggota BPD menjadi pengurus partai.", position="Anggota BPD",
                     subject="bpd_member").legal_basis == ["UU 6/2014 Pasal 64 huruf h"]


def test_an_official_action_names_pasal_71_and_188():
    result = _classify("Kepala desa membagikan bansos sambil meminta warga memilih calon.", position="Kepala Desa",
                       subject="village_head")
    assert result.legal_basis == ["UU 10/2016 Pasal 71(1) jo. Pasal 188"]
    assert any(reason.startswith("indikasi pidana: UU 10/2016 Pasal 71(1)") for reason in result.reasons)


def test_active_campaigning_is_a_crime_indication_for_an_official_but_not_for_staff():
    speech = "Terlapor berorasi di panggung kampanye pasangan calon."
    assert _classify(speech, position="Camat").crime_indication is True
    assert _classify(speech, position="Staf").crime_indication is False


def test_an_asn_in_a_campaign_team_indicates_the_pairs_crime_under_pasal_70_not_his():
    """UU 10/2016 Pasal 70(1) jo. 189: the pair commits it (legal review A5); the teacher's case carries no crime
    indication but names the pair as the offender to report."""
    result = _classify("Terlapor terdaftar sebagai anggota tim kampanye pasangan calon.", position="Guru")
    assert result.crime_indication is False and result.crime_offender == "candidate_pair"
    assert "UU 10/2016 Pasal 70(1) jo. Pasal 189 (pelaku: pasangan calon)" in result.rules


def test_a_candidate_report_without_officials_involved_needs_manual_classification():
    result = _classify("Paslon memasang baliho di pohon pinggir jalan.", position="Calon Bupati", subject="candidate")
    assert result.category == "needs_manual_classification" and result.manual_classification_needed


@pytest.mark.parametrize("description", [
    "Terlapor terlihat berbincang dengan seseorang di warung kopi.",
    "",
    "Saya tidak tahu harus menulis apa.",
])
def test_an_unclassifiable_report_is_marked_for_manual_classification_never_guessed(description):
    result = _classify(description)
    assert result.category == "needs_manual_classification"
    assert result.manual_classification_needed is True
    assert (result.crime_indication, result.legal_basis) == (False, [])
    assert result.reasons[-1] == "tidak ada aturan yang cocok; perlu klasifikasi manual"


# --- structured hints -----------------------------------------------------------------------------------------------

def test_a_known_structured_hint_decides_the_category():
    result = _classify("Terlapor berpose di depan rumah.", hints=["alat_peraga"])
    assert result.category == "discipline_campaign_props"
    assert "kategori dari petunjuk terstruktur kanal: alat_peraga" in result.reasons


def test_a_hint_may_name_a_category_code_directly():
    assert _classify("Terlapor hadir.", hints=["ethics_campaign_attendance"]).category == "ethics_campaign_attendance"


def test_an_unknown_hint_is_ignored_with_a_reason_and_the_description_decides():
    result = _classify("Guru memberi like pada unggahan calon di Facebook.", hints=["jenis-lain"])
    assert result.category == "ethics_social_media"
    assert "petunjuk kanal tidak dikenal, diabaikan: jenis-lain" in result.reasons


def test_a_hint_is_still_applied_to_the_subject_type():
    result = _classify("Babinsa hadir.", position="Babinsa", subject="tni", hints=["hadir_kampanye"])
    assert result.category == "tni_neutrality"


# --- the shared samples ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("index, category, subject, crime", [
    (0, "village_law_campaign", "village_official", False),
    # a Kepala Seksi is a structural official, but the post is also a like/share (ethics_social_media, no Pasal 71
    # "tindakan"): round 4 withholds the crime indication while a reading without one competes; the Pokja decides
    (1, "discipline_online_campaign", "asn_pns", False),
    (2, "discipline_campaign_attendance", "asn_pns", True),
    (3, "election_crime_official_action", "village_head", True),
    (4, "ethics_social_media", "asn_pppk", False),
])
def test_the_sample_reports_are_classified(index, category, subject, crime):
    data = samples.submission(index)
    result = classify(ReportedParty.model_validate(data["reported_party"]),
                      [Incident.model_validate(data["incident"])], REFERENCE)
    assert (result.category, result.subject_type, result.crime_indication) == (category, subject, crime)


# --- the reference data ---------------------------------------------------------------------------------------------

def test_the_packaged_reference_data_holds_the_skb_categories_and_voting_day():
    assert str(REFERENCE.voting_day) == "2024-11-27"
    assert {category.group for category in REFERENCE.categories} >= {"ethics", "discipline", "election_crime",
                                                                      "village_law", "tni", "polri"}


def test_a_reference_file_named_in_the_settings_is_used(tmp_path):
    data = json.loads(Path(load_reference.__code__.co_filename).parents[1].joinpath(
        "reference", "skb2022.json").read_text(encoding="utf-8"))
    data["version"], data["voting_day"] = "test-1", "2024-12-09"
    schedule = json.loads(Path(load_reference.__code__.co_filename).parents[1].joinpath(
        "reference", "pilkada2024_schedule.json").read_text(encoding="utf-8"))
    data["schedule"] = {**schedule, "dates": {**schedule["dates"], "voting_day": "2024-12-09"}}
    path = tmp_path / "skb.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    reference = load_reference(str(path))
    assert (reference.version, str(reference.voting_day)) == ("test-1", "2024-12-09")


def test_reference_data_naming_an_unknown_category_is_refused():
    data = REFERENCE.model_dump()
    data["subject_rules"]["tni"]["otherwise"] = "tni_typo"
    with pytest.raises(ValidationError, match="unknown categories"):
        ReferenceData.model_validate(data)


def test_reference_data_with_a_broken_pattern_is_refused():
    data = REFERENCE.model_dump()
    data["mass_mobilisation"] = ["(unclosed"]
    with pytest.raises(Exception):
        ReferenceData.model_validate(data)


def test_a_channels_structured_hint_in_the_submission_contract_decides_the_category():
    """The hint travels in the public contract (incident.violation_category) and reaches classification."""
    from netra_shared.contracts.schemas.intake_events import ReportRegistered
    from netra_shared.contracts.schemas.submission import Incident
    from triage.domain.case import hints_of

    incident = Incident.model_validate({"known_at": "2024-10-01T08:00:00+07:00", "description": "tanpa kata kunci",
                                        "violation_category": "discipline_campaign_props"})
    report = ReportRegistered.model_construct(incident=incident)
    assert hints_of(report) == ["discipline_campaign_props"]
