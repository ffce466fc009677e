"""Each corrected rule of the legal review (../shared/reviews/legal-review.md, points A-E), with its legal citation.

Routing (D1-D4) and working days (C1, C2) are tested in referral; the intake point F1 in intake."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from netra_shared.contracts.schemas.submission import Candidate, Incident, ReportedParty
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify
from triage.domain.reference import ReferenceData

REFERENCE = load_reference()
WIB = timezone(timedelta(hours=7))


def _classify(description: str, *, position: str = "", subject: str = "asn_pns", agency: str = "",
              day: str = "2024-11-01", incumbent: bool = False, region: str = "15.04"):
    party = ReportedParty(full_name="Terlapor", subject_type=subject, position=position, agency=agency)
    when = datetime.fromisoformat(f"{day}T10:00:00+07:00")
    candidate = Candidate(name="Paslon 1", ballot_number=1, is_incumbent=incumbent)
    incident = Incident(occurred_at=when, known_at=when, description=description, candidate=candidate)
    return classify(party, [incident], REFERENCE, region_code=region)


def _outcome(result) -> tuple[str, str, bool]:
    return result.category, result.subject_type, result.crime_indication


# --- A1: Pasal 188 for TNI, Polri and pejabat daerah only from MK 136/PUU-XXII/2024 (14 Nov 2024) ---------------------

BABINSA_PARCELS = "Babinsa membagikan paket sembako bergambar pasangan calon nomor 2 kepada warga."


def test_a1_babinsa_before_mk_136_puu_xxii_2024_is_tni_discipline_without_a_crime_indication():
    """UU 10/2016 Pasal 188 before Putusan MK 136/PUU-XXII/2024 (14 Nov 2024): no sanction for TNI members."""
    result = _classify(BABINSA_PARCELS, position="Babinsa", subject="tni", day="2024-10-10")
    assert _outcome(result) == ("tni_neutrality", "tni", False)
    assert any("Putusan MK 136/PUU-XXII/2024 (14-11-2024)" in reason for reason in result.reasons)


def test_a1_babinsa_after_mk_136_puu_xxii_2024_is_a_pasal_71_1_jo_188_indication():
    """UU 10/2016 Pasal 71(1) jo. Pasal 188 as extended by Putusan MK 136/PUU-XXII/2024 to anggota TNI/Polri."""
    result = _classify(BABINSA_PARCELS, position="Babinsa", subject="tni", day="2024-11-20")
    assert _outcome(result) == ("election_crime_official_action", "tni", True)
    assert result.crime_bases == ["UU 10/2016 Pasal 71(1) jo. Pasal 188"]


@pytest.mark.parametrize("day, expected", [("2024-11-13", "polri_neutrality"),
                                           ("2024-11-14", "election_crime_official_action")])
def test_a1_polri_from_the_day_mk_136_puu_xxii_2024_was_read(day, expected):
    """Putusan MK 136/PUU-XXII/2024, read 14 Nov 2024, applies from that (local) day."""
    result = _classify("Kapolsek memerintahkan anggotanya mengarahkan warga memilih paslon nomor 1.",
                       position="Kapolsek", subject="polri", day=day)
    assert result.category == expected
    assert result.crime_indication is (expected == "election_crime_official_action")


def test_a1_an_elected_regent_was_covered_before_the_ruling_as_a_pejabat_negara():
    """UU 10/2016 Pasal 188 (2016 text): pejabat negara; an elected head needs no MK ruling."""
    result = _classify("Bupati memerintahkan para camat mengarahkan warga memilih paslon nomor 1.",
                       position="Bupati", subject="regional_head", day="2024-10-10")
    assert _outcome(result) == ("election_crime_official_action", "regional_head", True)


def test_a1_a_dprd_member_is_a_pejabat_daerah_reached_by_pasal_188_only_from_the_ruling():
    """Putusan MK 136/PUU-XXII/2024 extended Pasal 188 to 'pejabat daerah'."""
    text = "Anggota DPRD itu mengancam akan mencabut bantuan warga yang tidak memilih paslon nomor 2."
    before = _classify(text, position="Anggota DPRD Kabupaten", subject="other", day="2024-10-10")
    after = _classify(text, position="Anggota DPRD Kabupaten", subject="other", day="2024-11-20")
    assert (before.category, before.subject_type, before.crime_indication) == (
        "needs_manual_classification", "regional_official", False)
    assert _outcome(after) == ("election_crime_official_action", "regional_official", True)


# --- A2: "pejabat ASN", not every ASN ----------------------------------------------------------------------------------

def test_a2_a_teacher_handing_out_branded_aid_is_discipline_not_a_pasal_71_1_crime():
    """UU 10/2016 Pasal 71(1) and 188 name 'pejabat aparatur sipil negara': a teacher holds no office."""
    result = _classify("Guru membagikan sembako bergambar paslon kepada wali murid.", position="Guru")
    assert _outcome(result) == ("discipline_partisan_activity", "asn_pns", False)
    assert any("pejabat ASN" in reason for reason in result.reasons)


def test_a2_a_camat_handing_out_branded_aid_is_a_pasal_71_1_crime_indication():
    """UU 10/2016 Pasal 71(1) jo. 188: a camat is a pejabat ASN."""
    result = _classify("Camat membagikan sembako bergambar paslon kepada warga.", position="Camat")
    assert _outcome(result) == ("election_crime_official_action", "asn_pns", True)


def test_a2_pasal_71_reaches_asn_as_officials_only_in_the_data():
    reach = REFERENCE.election_crime.pasal_71.subjects
    assert reach["asn_pns"].officials_only and reach["asn_pppk"].officials_only
    category = REFERENCE.category("election_crime_official_action")
    assert category.pasal_71 != "any_subject" or reach["asn_pns"].officials_only


# --- A3: periods: Pasal 71(1) from candidate determination, Pasal 70 in the campaign ----------------------------------

MOBILISING = "Camat mengumpulkan para ketua RT dan meminta mereka mengarahkan warga memilih {who}."


def test_a3_a_camat_mobilising_for_a_bakal_calon_before_22_september_2024_is_no_pasal_71_crime():
    """UU 10/2016 Pasal 71(1) protects a 'pasangan calon'; pairs exist from their determination, 22 Sep 2024."""
    result = _classify(MOBILISING.format(who="bakal calon bupati"), position="Camat", day="2024-07-15")
    assert _outcome(result) == ("discipline_partisan_activity", "asn_pns", False)
    assert any("22-09-2024" in reason for reason in result.reasons)


def test_a3_the_same_act_after_candidate_determination_is_a_pasal_71_1_crime_indication():
    result = _classify(MOBILISING.format(who="paslon nomor 1"), position="Camat", day="2024-10-15")
    assert _outcome(result) == ("election_crime_official_action", "asn_pns", True)
    assert result.incident_date == "2024-10-15"


@pytest.mark.parametrize("day, in_campaign", [("2024-09-24", False), ("2024-09-25", True), ("2024-11-23", True),
                                              ("2024-11-24", False)])
def test_a3_an_asn_in_a_campaign_team_points_to_the_pairs_pasal_70_crime_only_during_the_campaign(day, in_campaign):
    """UU 10/2016 Pasal 70(1) jo. 189: 'dalam kampanye', 25 Sep - 23 Nov 2024 (the schedule's data). The offender
    is the pair (A5): the teacher's own case carries no crime indication, only crime_offender = candidate_pair."""
    result = _classify("Terlapor terdaftar sebagai anggota tim kampanye pasangan calon.", position="Guru", day=day)
    assert result.category == "discipline_campaign_attendance" and result.crime_indication is False
    assert (result.crime_offender == "candidate_pair") is in_campaign


def test_a3_a_candidate_involving_a_village_head_outside_the_campaign_goes_to_manual_classification():
    """UU 10/2016 Pasal 70(1) jo. 189 only 'dalam kampanye'."""
    result = _classify("Pasangan calon melibatkan kepala desa dalam tim pemenangan.", position="Calon Bupati",
                       subject="candidate", day="2024-12-10")
    assert result.category == "needs_manual_classification" and result.crime_indication is False
    inside = _classify("Pasangan calon melibatkan kepala desa dalam tim pemenangan.", position="Calon Bupati",
                       subject="candidate", day="2024-10-10")
    assert _outcome(inside) == ("election_crime_candidate_involvement", "candidate", True)


def test_a3_the_incident_date_is_the_local_date_of_occurred_at_else_known_at():
    """A Papua (WIT) incident on 21 Sep 23.30 local is 21 Sep: before determination, although 22 Sep in WIB it is not."""
    party = ReportedParty(full_name="Terlapor", subject_type="asn_pns", position="Camat")
    late = datetime(2024, 9, 21, 23, 30, tzinfo=timezone(timedelta(hours=9)))
    incident = Incident(known_at=late, description="Camat membagikan sembako bergambar paslon kepada warga.")
    result = classify(party, [incident], REFERENCE, region_code="94.71")
    assert result.incident_date == "2024-09-21" and result.crime_indication is False


# --- A4: Pasal 71(2), 71(3), 71(5) and 190 -----------------------------------------------------------------------------

ROTATION = "Bupati melantik dan merotasi 20 pejabat eselon II tanpa persetujuan Menteri Dalam Negeri."


def test_a4_a_regent_replacing_officials_from_22_march_2024_is_pasal_71_2_jo_190():
    """UU 10/2016 Pasal 71(2) jo. Pasal 190: from 6 months before determination (22 Mar 2024)."""
    result = _classify(ROTATION, position="Bupati", subject="regional_head", day="2024-05-10")
    assert _outcome(result) == ("regional_head_replacement_of_officials", "regional_head", True)
    assert result.crime_bases == ["UU 10/2016 Pasal 71(2) jo. Pasal 190"]
    assert result.incumbent_candidacy_at_stake is False


def test_a4_an_incumbents_breach_adds_pasal_71_5_for_the_kpu():
    """UU 10/2016 Pasal 71(5): the KPU cancels the candidacy of an incumbent who breached 71(2) or 71(3)."""
    result = _classify(ROTATION, position="Bupati", subject="regional_head", day="2024-05-10", incumbent=True)
    assert result.incumbent_candidacy_at_stake is True
    assert "UU 10/2016 Pasal 71(5)" in result.legal_basis


def test_a4_replacing_officials_before_22_march_2024_is_outside_pasal_71_2():
    result = _classify(ROTATION, position="Bupati", subject="regional_head", day="2024-02-10")
    assert result.category == "lawful_conduct" and result.crime_indication is False
    assert "22-03-2024" in result.lawful_reason


def test_a4_replacing_officials_with_the_ministers_written_approval_is_lawful():
    """UU 10/2016 Pasal 71(2): 'kecuali mendapat persetujuan tertulis dari Menteri'."""
    result = _classify("Bupati melakukan mutasi pejabat dengan persetujuan tertulis Menteri Dalam Negeri.",
                       position="Bupati", subject="regional_head", day="2024-06-10")
    assert result.category == "lawful_conduct" and "persetujuan tertulis Menteri" in result.lawful_reason


def test_a4_a_mayor_using_social_aid_for_a_pair_is_pasal_71_3_jo_190():
    """UU 10/2016 Pasal 71(3) jo. Pasal 190: authority, programmes and activities that benefit a pair."""
    result = _classify("Wali kota membagikan bantuan sosial dari APBD sambil mengenalkan calon wakil wali kota.",
                       position="Wali Kota", subject="regional_head")
    assert _outcome(result) == ("regional_head_programme_use", "regional_head", True)
    assert result.legal_basis[0] == "UU 10/2016 Pasal 71(3) jo. Pasal 190"


def test_a4_an_acting_regent_is_bound_by_pasal_71_3_through_71_4():
    """UU 10/2016 Pasal 71(4): 71(2) and 71(3) apply to a penjabat head too."""
    result = _classify("Pj Bupati menyerahkan bantuan alat pertanian bersama salah satu calon bupati.",
                       position="Pj Bupati", subject="regional_official")
    assert _outcome(result) == ("regional_head_programme_use", "asn_pns", True)
    assert result.crime_bases == ["UU 10/2016 Pasal 71(3) jo. Pasal 71(4) jo. Pasal 190"]
    assert result.incumbent_candidacy_at_stake is False  # Pasal 71(5) is the incumbent's


# --- A5: the Pasal 70 offender is the pair ------------------------------------------------------------------------------

def test_a5_an_asn_in_a_campaign_team_names_the_pair_as_the_pasal_70_offender_not_himself():
    """UU 10/2016 Pasal 70(1) jo. 189: the pair commits the crime by involving the ASN; the ASN goes to BKN."""
    result = _classify("Terlapor terdaftar sebagai anggota tim kampanye pasangan calon.", position="Guru")
    assert result.crime_offender == "candidate_pair" and result.crime_indication is False
    assert any("bukan bagi terlapor" in reason for reason in result.reasons)
    official = _classify("Camat membagikan sembako bergambar paslon kepada warga.", position="Camat")
    assert official.crime_offender == ""  # a Pasal 71(1) crime is the official's own


# --- B1: regional heads are not ASN -------------------------------------------------------------------------------------

@pytest.mark.parametrize("position, expected", [("Bupati", "regional_head"), ("Wakil Wali Kota", "regional_head"),
                                                ("Gubernur", "regional_head"), ("Pj Bupati", "asn_pns"),
                                                ("Plt Wali Kota", "asn_pns"), ("Pjs Gubernur", "asn_pns"),
                                                ("Anggota DPRD Provinsi", "regional_official"),
                                                ("Staf Sekretariat DPRD", "asn_pns")])
def test_b1_an_elected_head_is_a_regional_head_and_an_acting_head_is_asn(position, expected):
    """Review B1: an elected head is a pejabat negara (not ASN); a Pj/Plt/Pjs head is an ASN."""
    assert _classify("Terlapor memberi like pada unggahan calon.", position=position,
                     subject="regional_official").subject_type == expected


def test_b1_a_regent_sharing_a_pairs_post_is_not_cited_under_the_pns_code_of_ethics():
    """Review B1: the SKB binds ASN; UU 10/2016 Pasal 70(2) lets a head campaign with leave: no PP 42/2004."""
    result = _classify("Bupati membagikan ulang unggahan paslon di Instagram.", position="Bupati",
                       subject="regional_head")
    assert result.category == "lawful_conduct" and "PP 42/2004" not in result.legal_basis
    assert "Pasal 70" in result.lawful_reason
    assert result.confidence_level == "medium"  # lawful only with leave or on a holiday


def test_b1_a_regent_campaigning_in_working_hours_without_leave_goes_to_manual_classification():
    """UU 10/2016 Pasal 70(2)-(3): campaigning needs leave; the report says there was none."""
    result = _classify("Bupati berorasi di kampanye calon gubernur pada jam kerja tanpa cuti.", position="Bupati",
                       subject="regional_head")
    assert result.category == "needs_manual_classification"


# --- B2, B3, B5: legal bases -------------------------------------------------------------------------------------------

def test_b2_a_pppk_is_cited_under_pp_49_2018_not_the_pns_regulations():
    """PP 49/2018 (PPPK): Pasal 51(3), 52-53; PP 42/2004 and PP 94/2021 bind PNS."""
    result = _classify("Pegawai memasang baliho calon bupati di depan rumahnya.", position="Pegawai",
                       subject="asn_pppk")
    assert result.legal_basis == ["PP 49/2018 Pasal 51-53"]
    for category in REFERENCE.categories:
        if category.group in ("ethics", "discipline"):
            assert "asn_pppk" in category.legal_basis, category.code


def test_b3_party_membership_means_dismissal_under_uu_20_2023_pasal_52_and_pp_11_2017_pasal_255():
    """UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4); PP 11/2017 Pasal 255: dismissal without honour."""
    result = _classify("Terlapor memiliki kartu tanda anggota partai politik.", position="Staf")
    assert result.legal_basis == ["UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4)", "PP 11/2017 Pasal 255"]
    assert result.sanction_class == "pemberhentian tidak dengan hormat"
    pppk = _classify("Terlapor memiliki kartu tanda anggota partai politik.", position="Staf", subject="asn_pppk")
    assert pppk.legal_basis == ["UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4)"]


def test_b5_the_polri_ethics_basis_is_perpol_7_2022():
    """Perpol 7/2022 on the Polri code of professional ethics replaced Perkap 14/2011."""
    result = _classify("Oknum polisi memasang foto paslon di status whatsapp.", position="Brigadir", subject="polri")
    assert result.category == "polri_neutrality"
    assert result.legal_basis == ["UU 2/2002 Pasal 28", "Perpol 7/2022"]


# --- B4: BPD members are barred from party office, not from campaigning -------------------------------------------------

def test_b4_a_bpd_member_at_a_rally_is_lawful_conduct_under_uu_6_2014_pasal_64():
    """UU 6/2014 Pasal 64 lists no campaign ban for BPD members; UU 7/2017 Pasal 280(2)(k) is the Pemilu's."""
    result = _classify("Anggota BPD ikut kampanye rapat umum paslon 1 dan memakai kaos bergambar calon.",
                       position="Anggota BPD", subject="bpd_member")
    assert result.category == "lawful_conduct" and result.legal_basis == ["UU 6/2014 Pasal 64"]
    assert "bpd_member" not in REFERENCE.category("village_law_campaign").legal_basis


def test_b4_a_bpd_member_in_party_office_breaches_uu_6_2014_pasal_64_huruf_h():
    result = _classify("Ketua BPD tercatat sebagai pengurus DPC partai.", position="Ketua BPD", subject="bpd_member")
    assert result.category == "village_law_party_office"
    assert result.legal_basis == ["UU 6/2014 Pasal 64 huruf h"]


# --- B6: ad hoc organisers ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("position", ["Anggota PPK", "Ketua KPPS TPS 05", "Anggota PPS", "Anggota Panwaslu Kecamatan",
                                      "PKD Desa Rengas", "Pengawas TPS 03"])
def test_b6_ad_hoc_organisers_are_their_own_subject_type(position):
    """Keputusan KPU 337/2020: PPK/PPS/KPPS ethics to the KPU Kab/Kota; Panwascam/PKD/PTPS to the Bawaslu Kab/Kota."""
    result = _classify("Terlapor mengunggah foto bersama paslon di Facebook.", position=position,
                       subject="election_organiser")
    assert (result.category, result.subject_type) == ("organiser_ethics", "election_organiser_ad_hoc")
    assert "Keputusan KPU 337/2020 (PPK, PPS, KPPS)" in result.legal_basis


def test_b6_kpu_and_bawaslu_members_stay_election_organisers_and_their_staff_are_asn():
    assert _classify("Terlapor memberi like unggahan paslon.", position="Anggota KPU Kabupaten",
                     subject="other").subject_type == "election_organiser"
    assert _classify("Terlapor memberi like unggahan paslon.", position="Staf Sekretariat Bawaslu",
                     subject="election_organiser").subject_type == "asn_pns"


# --- E1, E2, E3 ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("description, category", [
    ("ASN memasang baliho calon bupati di depan rumahnya.", "discipline_campaign_props"),
    ("Melalui akun TikTok terlapor mengajak pengikutnya mencoblos nomor 3.", "discipline_online_campaign"),
    ("Terlapor berorasi di panggung kampanye pasangan calon.", "discipline_campaign_attendance"),
])
def test_e1_items_on_both_skb_lists_cite_pp_42_2004_and_pp_94_2021(description, category):
    """SKB 2022: banners, online campaigning and attending with active support are both ethics and discipline."""
    result = _classify(description, position="Staf")
    assert result.category == category
    assert result.legal_basis == ["PP 42/2004", "PP 94/2021 Pasal 5 huruf n"]


@pytest.mark.parametrize("description", [
    "Kepala seksi mengadakan pertemuan dengan warga untuk memperkenalkan paslon nomor 2.",
    "Dalam pengajian, kepala sekolah menghimbau jamaah agar memilih paslon 2.",
    "PNS menyerahkan fotokopi KTP dan surat dukungan untuk bakal calon perseorangan.",
    "Kepala Bidang menjadi tenaga ahli tim pemenangan pasangan calon.",
    "Staf dinas membagikan bingkisan kepada tetangga agar mendukung calon bupati nomor 1.",
])
def test_e2_skb_partisan_activities_are_a_discipline_category(description):
    """SKB 2022 discipline (PP 94/2021 Pasal 5 huruf n): meetings, appeals, gifts leaning to a pair; expert to a team;
    support for an independent candidate with a statement or an ID-card copy."""
    result = _classify(description, position="Staf", day="2024-07-01")  # before candidate determination
    assert result.category == "discipline_partisan_activity", result.reasons
    assert result.legal_basis == ["PP 94/2021 Pasal 5 huruf n"]


@pytest.mark.parametrize("position, channel", [("Pensiunan Guru", "asn_pns"), ("Purnawirawan TNI", "tni"),
                                               ("Mantan Kepala Desa", "village_head"), ("Wiraswasta", "other"),
                                               ("Tenaga Honorer", "asn_pns")])
def test_e3_retirees_and_private_persons_campaigning_is_lawful_conduct(position, channel):
    """SKB 2022 binds Pegawai ASN only; a retiree ('pensiunan', 'purnawirawan', 'mantan') is a private person."""
    result = _classify("Terlapor aktif menjadi juru kampanye paslon 3 dan berorasi di panggung kampanye.",
                       position=position, subject=channel)
    assert (result.category, result.subject_type) == ("lawful_conduct", "other")
    assert result.lawful_reason and result.crime_indication is False


@pytest.mark.parametrize("description", [
    "Terlapor adalah mantan kepala desa yang kini menjadi koordinator relawan calon bupati.",
    "Terlapor yang sudah pensiun sejak 2020 memasang spanduk calon di rumahnya.",
])
def test_e3_a_retiree_named_in_the_description_is_not_read_as_a_serving_official(description):
    result = _classify(description, position="Kepala Desa", subject="village_head")
    assert (result.category, result.subject_type) == ("lawful_conduct", "other")


def test_e3_a_private_person_handing_out_money_is_not_lawful_but_manual():
    """UU 10/2016 Pasal 187A ('setiap orang'): money for votes is a crime whoever gives it; not an SKB matter."""
    result = _classify("Warga itu membagikan amplop berisi uang agar memilih paslon 1.", position="Wiraswasta",
                       subject="other")
    assert result.category == "needs_manual_classification"


# --- the reference data -------------------------------------------------------------------------------------------------

def test_a_crime_category_whose_rule_needs_only_one_phrase_is_refused():
    """One word is never enough for the most serious category: every rule of a crime category has two groups."""
    data = REFERENCE.model_dump()
    official = next(c for c in data["categories"] if c["code"] == "election_crime_official_action")
    official["rules"].append({"all_of": [["\\bbansos\\b"]]})
    with pytest.raises(ValueError, match="one phrase is never enough"):
        ReferenceData.model_validate(data)


def test_the_schedule_holds_the_2024_dates_the_rules_use():
    """PKPU 2/2024: determination 22 Sep, campaign 25 Sep - 23 Nov, voting 27 Nov; 71(2)/(3) from 22 Mar 2024."""
    dates = {key: value.isoformat() for key, value in REFERENCE.schedule.dates.items()}
    assert dates["candidate_determination"] == "2024-09-22" and dates["regional_head_window_start"] == "2024-03-22"
    assert (dates["campaign_start"], dates["campaign_end"], dates["voting_day"]) == (
        "2024-09-25", "2024-11-23", "2024-11-27")
    assert str(REFERENCE.election_crime.pasal_71.subjects["tni"].effective_from) == "2024-11-14"
