"""Round 12: the general gaps the tenth blind set's misses showed (measured once unseen on round 11, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays a violation."""

from __future__ import annotations

import pytest
from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACT = "election_crime_official_action"
PROPS = "discipline_campaign_props"
CAMPAIGN = "2024-10-20"


def test_pressing_the_like_button_is_a_like_not_pressure():
    """SKB 2022 (etika: menyukai konten pasangan calon): 'menekan tombol like' is a like, not the pressure of
    UU 10/2016 Pasal 71(1)."""
    result = _classify("Pak Herman, staf Bappeda Lembah Hijau, beberapa kali menekan tombol like di unggahan paslon 1 "
                       "di Facebook pada awal Oktober.", position="Staf Bappeda", day="2024-10-10")
    assert result.category == "ethics_social_media" and not result.crime_indication


def test_pressing_village_heads_to_make_a_pair_win_stays_pressure():
    """UU 10/2016 Pasal 71(1) jo. 188: a camat (pejabat ASN) pressing village heads for a pair."""
    result = _classify("Camat Sungai Jernih menekan para kepala desa agar memenangkan paslon 2 dalam rapat di kantor "
                       "camat.", position="Camat", day="2024-10-10")
    assert result.category == OFFICIAL_ACT and result.crime_indication


def test_a_group_named_after_the_pair_s_paket_number_is_the_pair_not_a_parcel():
    """SKB 2022 (etika: bergabung dalam grup dan membagikan konten pasangan calon): 'Sahabat Paket Dua' names pair
    number two; sharing a video from it is no gift of goods (SKB discipline item 'pemberian barang')."""
    result = _classify("Bu Sinta, guru SD Negeri 4, bergabung di grup Facebook 'Sahabat Paket Dua Sungai Jernih' dan "
                       "membagikan ulang video debat dari grup itu ke berandanya.", position="Guru SD", day="2024-10-10")
    assert result.category == "ethics_social_media"


def test_a_parcel_of_groceries_marked_with_a_pair_s_number_stays_a_gift():
    """SKB 2022 discipline (pemberian barang yang mengarah pada keberpihakan): a real 'paket sembako'."""
    result = _classify("Staf kecamatan membagikan paket sembako bertuliskan nomor 2 kepada warga di balai RW.",
                       position="Staf Kecamatan", day="2024-10-10")
    assert result.category == "discipline_partisan_activity"


def test_an_official_invited_by_the_kpu_to_its_debate_is_not_holding_a_partisan_gathering():
    """UU 10/2016 Pasal 65(1) huruf c: the public debate is held by the KPU for every pair; 'KPU mengundang para
    kepala OPD' is the organiser's invitation, and an invited guest showing no support breaches nothing (SKB 2022)."""
    result = _classify("Kepala Bappeda hadir di debat kandidat bupati yang digelar KPU Kabupaten di gedung olahraga; "
                       "KPU mengundang para kepala OPD. Beliau duduk di kursi tamu, tidak bersorak dan tidak memakai "
                       "atribut.", position="Kepala Bappeda", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_official_who_invites_heads_of_office_to_dine_with_a_pair_holds_a_partisan_gathering():
    """SKB 2022 discipline (mengadakan kegiatan yang mengarah pada keberpihakan): the party's own invitation."""
    result = _classify("Kepala Bappeda mengundang para kepala OPD ke acara makan malam bersama paslon 2 di rumahnya.",
                       position="Kepala Bappeda", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


def test_a_reporter_who_cannot_tell_the_official_from_a_look_alike_relative_goes_to_manual_classification():
    """Perbawaslu 8/2020 (syarat materiel: uraian kejadian): 'belum bisa memastikan apakah ... atau adiknya yang
    wajahnya mirip' is the reporter's own uncertainty about who acted, neither a violation nor a cleared party."""
    result = _classify("Kami laporkan Kabid Perikanan berorasi mendukung paslon 1 di kampanye terbuka di Desa Muara. "
                       "Tetapi kami belum bisa memastikan apakah yang berorasi itu Kabid Perikanan atau adiknya yang "
                       "wajahnya mirip.", position="Kepala Bidang Perikanan", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_an_official_seen_clearly_at_the_rally_stays_a_violation():
    """SKB 2022 / PP 94/2021 (berat): active support at a campaign, the speaker identified."""
    result = _classify("Kami laporkan Kabid Perikanan berorasi mendukung paslon 1 di kampanye terbuka di Desa Muara. "
                       "Wajahnya terlihat jelas di video dan namanya disebut pembawa acara.",
                       position="Kepala Bidang Perikanan", day=CAMPAIGN)
    assert result.category == "discipline_campaign_attendance"


def test_a_person_no_one_can_place_in_any_office_goes_to_manual_classification():
    """SKB 2022 binds ASN, UU 10/2016 Pasal 70(1)/71(1) named officials: 'tidak ada yang tahu dia dari instansi mana;
    bisa pegawai, bisa juga warga biasa' leaves the law to apply unknown."""
    result = _classify("Seorang pria berseragam cokelat membagikan stiker paslon 2 di terminal bus. Tidak ada yang "
                       "tahu dia dari instansi mana; bisa pegawai, bisa juga warga biasa yang memakai baju serupa.",
                       position="", subject="other", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_named_civil_servant_handing_out_stickers_stays_a_violation():
    """SKB 2022 / PP 94/2021: spreading a pair's campaign material."""
    result = _classify("Pak Anton, pegawai Dinas Perhubungan, membagikan stiker paslon 2 di terminal bus.",
                       position="Pegawai Dinas Perhubungan", day=CAMPAIGN)
    assert result.category == PROPS


def test_an_account_without_a_real_photo_attributed_by_guesswork_goes_to_manual_classification():
    """The reported party must be identified (Perbawaslu 8/2020, syarat formal: nama terlapor): an account that
    'tidak memakai foto asli', which people only suppose to be hers, does not identify her."""
    result = _classify("Akun Instagram 'Putri Lembah' setiap hari mengunggah ajakan memilih paslon 3. Orang-orang "
                       "menduga itu akun Bu Dewi, staf kecamatan, tetapi akun itu tidak memakai foto asli dan Bu Dewi "
                       "menyangkalnya.", position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_civil_servant_s_own_account_with_her_photo_stays_online_campaigning():
    """SKB 2022 / PP 94/2021 (berat): campaigning for a pair online."""
    result = _classify("Akun Instagram pribadi Bu Dewi, staf kecamatan, yang memakai foto aslinya, setiap hari "
                       "mengunggah ajakan memilih paslon 3.", position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == "discipline_online_campaign"


def test_a_so_called_retiree_still_drawing_a_pns_salary_is_a_pns():
    """UU 20/2023: a PNS stays one until the pension takes effect; 'masih menerima gaji PNS' with a later pension
    date is a serving PNS, bound by SKB 2022 / PP 94/2021."""
    result = _classify("Pak Markus disebut orang sudah pensiunan, padahal SK pensiunnya baru berlaku Maret 2025 dan ia "
                       "masih menerima gaji PNS. Minggu lalu ia memasang baliho paslon 1 di depan rumahnya.",
                       position="Pensiunan guru", subject="other", day=CAMPAIGN)
    assert (result.subject_type, result.category) == ("asn_pns", PROPS)


def test_a_true_retiree_putting_up_a_billboard_is_lawful():
    """SKB 2022 binds serving ASN only (review E3)."""
    result = _classify("Pak Markus sudah pensiun sejak 2020 dari sekolah. Minggu lalu ia memasang baliho paslon 1 di "
                       "depan rumahnya.", position="Pensiunan guru", subject="other", day=CAMPAIGN)
    assert (result.subject_type, result.category) == ("other", LAWFUL)


def test_a_civil_servant_the_reporter_saw_at_a_rally_attended_it():
    """SKB 2022 ethics (PP 42/2004): attending a pair's campaign as a participant; 'saya lihat X di kampanye' places
    X there, 'hanya menonton' keeps it the ethics item."""
    result = _classify("Saya lihat Pak Budi, penyuluh KB, di kampanye terbuka paslon 2 di lapangan kecamatan. Ia hanya "
                       "menonton dari pinggir lapangan bersama istrinya.", position="Penyuluh KB", day=CAMPAIGN)
    assert result.category == "ethics_campaign_attendance"


@pytest.mark.parametrize("description", [
    "Saya lihat Brigpol Arman di kampanye terbuka paslon 2 di lapangan kecamatan. Ia bertugas mengatur lalu lintas di "
    "pintu masuk, tanpa atribut.",
    "bbrp polisi td di kampanye paslon 1 di pasar, mrk cm atur parkir motor, gak ikut joget, gak pake atribut",
])
def test_a_police_officer_seen_at_a_rally_directing_traffic_or_parking_is_on_duty(description):
    """UU 2/2002 Pasal 13-14: securing and ordering a campaign is police duty ('atur parkir' read as 'mengatur')."""
    result = _classify(description, position="Anggota Polres", subject="polri", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_chat_message_about_tying_up_a_pair_s_banner_is_campaign_material():
    """SKB 2022 / PP 94/2021 (berat): 'ngikat spanduk paslon' is putting up a pair's banner."""
    result = _classify("td malem sy liat bu Rini staf dinas ngikat spanduk paslon 2 di pagar sekolah, ada videonya",
                       position="Staf Dinas Pendidikan", day=CAMPAIGN)
    assert result.category == PROPS


def test_aid_prioritised_for_a_pair_s_supporters_is_an_official_s_use_of_a_programme():
    """UU 10/2016 Pasal 71(1) jo. 188: a head of agency (pejabat ASN) steering a programme, 'diprioritaskan untuk
    kelompok yang mendukung paslon 2', benefits one pair."""
    result = _classify("Kepala Dinas Pertanian mengatakan di depan kelompok tani bahwa bantuan bibit jagung "
                       "diprioritaskan untuk kelompok yang mendukung paslon 2.", position="Kepala Dinas Pertanian",
                       day=CAMPAIGN)
    assert result.category == OFFICIAL_ACT and result.crime_indication


def test_aid_prioritised_for_flood_victims_is_no_official_act_for_a_pair():
    """UU 10/2016 Pasal 71(1) needs a benefit to a pair: prioritising by need names none."""
    result = _classify("Kepala Dinas Pertanian mengatakan di depan kelompok tani bahwa bantuan bibit jagung "
                       "diprioritaskan untuk kelompok yang lahannya terdampak banjir.", position="Kepala Dinas Pertanian",
                       day=CAMPAIGN)
    assert result.category != OFFICIAL_ACT and not result.crime_indication


def test_a_team_structure_placing_a_village_official_as_coordinator_is_his_campaign_and_the_pair_s_crime():
    """UU 6/2014 Pasal 51 huruf g, j: a village official in a campaign team; UU 10/2016 Pasal 70(1) jo. 189: the pair
    involving him is the crime's offender (review A5), so his own case carries no crime indication."""
    result = _classify("Susunan tim pemenangan paslon 1 tingkat desa yang ditempel di posko menempatkan Pak Rahmat, "
                       "Kaur Umum Desa Sumber, sebagai koordinator. Ia juga memimpin rapat relawan di posko itu.",
                       position="Kaur Umum Desa Sumber", subject="village_official", day=CAMPAIGN)
    assert result.category == "village_law_campaign" and not result.crime_indication
    assert result.crime_offender == "candidate_pair"


def test_a_candidate_s_relative_the_report_says_holds_no_office_campaigns_lawfully():
    """SKB 2022 binds Pegawai ASN; UU 10/2016 Pasal 70(1)/71(1) name officials, ASN, TNI/Polri and village
    officials: 'bukan pegawai negeri dan tidak punya jabatan apa pun' is a private citizen (review E3)."""
    result = _classify("Pak Darman, menantu calon wali kota nomor 2, setiap hari menempel poster mertuanya di "
                       "warung-warung dan ikut bicara di arisan warga. Ia bukan pegawai negeri dan tidak punya jabatan "
                       "apa pun, hanya pedagang.", position="", subject="other", day=CAMPAIGN)
    assert result.category == LAWFUL and (result.confidence or 0) < 0.7


def test_a_private_citizen_handing_out_money_for_a_pair_is_not_cleared():
    """Money for votes is forbidden to everyone (UU 10/2016 Pasal 73, 187A): no lawful reading for it."""
    result = _classify("Pak Darman, menantu calon wali kota nomor 2, membagikan amplop berisi uang kepada warga sambil "
                       "meminta memilih nomor 2. Ia bukan pegawai negeri dan tidak punya jabatan apa pun.",
                       position="", subject="other", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_civil_servant_who_is_no_official_stays_bound_by_the_skb():
    """SKB 2022 binds every Pegawai ASN, not only officials: 'bukan pejabat, hanya staf biasa' clears nothing."""
    result = _classify("Pak Darman, staf Dinas PU, menempel poster paslon 2 di warung-warung. Dia bukan pejabat, hanya "
                       "staf biasa.", position="Staf Dinas PU", subject="asn_pns", day=CAMPAIGN)
    assert result.category == PROPS
