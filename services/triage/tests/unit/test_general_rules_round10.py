"""Round 10: the general gaps the eighth blind set's misses showed (measured once unseen on round 9, see its file),
each tested with other sentences than the set's."""

from __future__ import annotations

import pytest
from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"


@pytest.mark.parametrize("description, position, subject, expected", [
    ("Bu Marta bilang sudah pensiun, tapi SK pensiunnya baru TMT 1 Maret 2025. Ia membagikan brosur paslon 1 di pasar.",
     "pensiunan PNS", "other", "asn_pns"),
    ("Koptu Herman disebut purnawirawan di grup relawan, padahal ia masih anggota aktif dan baru pensiun Juni tahun "
     "depan. Ia ikut konvoi kampanye paslon 3.", "purnawirawan TNI", "tni", "tni"),
    ("Nama Ir. Sahat, dosen PNS, tercantum sebagai tenaga ahli tim pemenangan paslon 2. Kami belum tahu apakah ia sudah "
     "berhenti dari PNS.", "Dosen PNS", "asn_pns", "asn_pns"),
])
def test_a_pension_still_to_come_or_a_departure_the_report_is_unsure_of_is_no_retirement(description, position,
                                                                                          subject, expected):
    """SKB 2022 and UU 34/2004 Pasal 39 bind whoever still serves: a pension dated later (TMT), 'baru pensiun tahun
    depan', 'masih anggota aktif', or a report that does not know whether the party left."""
    result = _classify(description, position=position, subject=subject, day="2024-10-08")
    assert result.subject_type == expected and result.category not in (LAWFUL, MANUAL)


def test_a_former_official_still_serving_in_another_post_is_not_an_official_now():
    """A 'mantan lurah' moved to an analyst's post is a PNS, not a pejabat: the rally is a discipline item (PP 94/2021
    Pasal 5 huruf n) without Pasal 71(1) jo. 188; being moved is no decision of his, and 'analis kebijakan' is a title."""
    result = _classify("Pak Darmin orang bilang mantan lurah, padahal ia hanya dipindah menjadi analis kebijakan di dinas "
                       "sosial dan masih absen tiap hari. Ia menjadi pembawa acara kampanye paslon 1 memakai rompi tim.",
                       position="mantan Lurah", subject="other")
    assert (result.subject_type, result.category, result.crime_indication) == (
        "asn_pns", "discipline_campaign_attendance", False)


def test_a_polling_officer_whispering_a_pair_s_number_to_voters_breaches_organiser_neutrality():
    """Peraturan DKPP 2/2017 (for ad hoc bodies, handled by the KPU of the regency or city)."""
    result = _classify("Seorang anggota KPPS membisiki pemilih lansia agar pilih nomor dua sambil menunjuk surat suara.",
                       position="Anggota KPPS", subject="election_organiser_ad_hoc", day="2024-11-27")
    assert result.category == "organiser_ethics"


def test_a_village_official_wearing_a_campaign_team_s_id_card_takes_part_in_the_campaign():
    """UU 6/2014 Pasal 51 huruf j."""
    result = _classify("Kepala dusun memakai kartu tanda pengenal tim kampanye paslon 1 saat mengantar undangan kampanye "
                       "ke rumah warga.", position="Kepala Dusun", subject="village_official")
    assert result.category == "village_law_campaign"


def test_a_soldier_delivering_a_pair_s_calendars_breaches_tni_neutrality_before_14_november():
    """UU 34/2004 Pasal 39; Pasal 188 reaches TNI members only from MK 136/PUU-XXII/2024 (14 Nov 2024)."""
    result = _classify("Anggota Babinsa mengantar kalender dan stiker paslon 2 ke warung-warung sambil memakai seragam.",
                       position="Babinsa", subject="tni", day="2024-10-12")
    assert result.category == "tni_neutrality" and not result.crime_indication


def test_a_village_head_who_wrote_he_would_not_come_to_stay_neutral_did_not_take_part():
    """UU 6/2014 Pasal 29 huruf j: staying away, in writing, is keeping neutral."""
    result = _classify("Kepala desa tidak hadir di pertemuan tim paslon 1; ia mengirim surat bahwa tidak bisa hadir "
                       "karena harus menjaga netralitas.", position="Kepala Desa", subject="village_head")
    assert result.category == LAWFUL


def test_a_retiree_s_pension_is_no_money_given():
    """SKB 2022 binds serving ASN: a retiree may campaign; 'uang pensiun' is not money politics."""
    result = _classify("Ibu Ani mantan guru SD sudah pensiun sejak 2020 dan hanya menerima uang pensiun. Ia menjadi "
                       "jurkam paslon 2 di pertemuan warga.", position="pensiunan guru", subject="other")
    assert result.category == LAWFUL


def test_a_reporter_who_only_heard_two_different_accounts_goes_to_manual_classification():
    """Perbawaslu 8/2020's material requirements: who acted (the village head or his wife) is not established."""
    result = _classify("Katanya kepala desa ikut membagikan kaos paslon di pasar, tapi tetangga bilang itu istrinya. Saya "
                       "tidak melihat sendiri, hanya mendengar.", position="Kepala Desa", subject="village_head")
    assert result.category == MANUAL


def test_two_lawful_readings_together_clear_what_each_explains():
    """A training day on a duty letter explains the attendance; the reporter's own correction of the upload explains
    the upload: no violation is left standing (PP 42/2004 reaches neither)."""
    result = _classify("Saya meluruskan unggahan di Facebook tentang kepala sekolah yang disebut hadir di kampanye paslon "
                       "2. Pada hari itu beliau mengikuti pelatihan dengan surat tugas dinas, dan beliau tidak pernah "
                       "menghadiri kampanye.", position="Kepala Sekolah")
    assert result.category == LAWFUL
