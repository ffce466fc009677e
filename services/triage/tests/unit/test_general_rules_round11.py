"""Round 11: the general gaps the ninth blind set's misses showed (measured once unseen on round 10, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays a violation."""

from __future__ import annotations

import pytest
from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
REPLACEMENT = "regional_head_replacement_of_officials"


def test_a_rotation_on_the_minister_s_letter_approving_it_is_lawful():
    """UU 10/2016 Pasal 71(2): a regional head may replace officials with the Minister's written approval; 'surat
    Mendagri ... yang menyetujui penggantian' is that approval."""
    result = _classify("Wali Kota Tanjung Lestari melantik tujuh kepala bidang pada 20 Juli 2024. Pelantikan itu "
                       "berdasarkan surat Mendagri bertanggal 10 Juli 2024 yang menyetujui penggantian para pejabat "
                       "tersebut.", position="Wali Kota", subject="regional_head", day="2024-07-20")
    assert result.category == LAWFUL and not result.crime_indication


@pytest.mark.parametrize("description", [
    "Wali Kota Tanjung Lestari melantik tujuh kepala bidang pada 20 Juli 2024, padahal surat Mendagri tidak menyetujui "
    "penggantian para pejabat tersebut.",
    "Bupati Sungai Jernih memindahkan lima camat pada 20 Juli 2024. Persetujuan dari Kemendagri untuk mutasi itu belum "
    "dikantongi, kata Sekda kepada kami di kantornya.",
])
def test_an_approval_refused_or_not_yet_in_hand_is_none(description):
    """UU 10/2016 Pasal 71(2) jo. 190: the approval must be there; one refused, or 'belum dikantongi', is none."""
    result = _classify(description, position="Wali Kota", subject="regional_head", day="2024-07-20")
    assert result.category == REPLACEMENT and result.crime_indication


def test_an_official_only_tagged_by_a_pair_s_volunteers_who_asked_for_the_tag_to_go_did_nothing():
    """SKB 2022 (etika: menyukai, mengomentari, membagikan, mengikuti): being tagged by someone else is no act of the
    party's; 'akun kepala dinas' is the person's account, not the office's (no Pasal 71(1) facility)."""
    result = _classify("Akun relawan paslon 2 menandai nama Pak Yusran, Kabid Perikanan, di foto kegiatan. Pak Yusran "
                       "tidak menyukai dan tidak mengomentari unggahan itu, dan sudah meminta tag namanya dihapus.",
                       position="Kepala Bidang Perikanan", subject="asn_pns")
    assert result.category == LAWFUL


@pytest.mark.parametrize("description, expected, crime", [
    ("Pak Yusran, Kabid Perikanan, menyukai dan mengomentari unggahan paslon 2 di Instagram sambil menulis "
     "'lanjutkan'.", "ethics_social_media", False),
    ("Akun resmi dinas sosial membagikan unggahan paslon 1 dengan tulisan dukung, dikelola Kepala Dinas Sosial.",
     "election_crime_official_action", True),
])
def test_an_official_s_own_like_stays_an_ethics_item_and_an_office_account_a_facility(description, expected, crime):
    """SKB 2022 (etika); UU 10/2016 Pasal 71(1) jo. 188: an agency's official account is a means of the office."""
    result = _classify(description, position="Kepala Dinas", subject="asn_pns")
    assert (result.category, result.crime_indication) == (expected, crime)


def test_a_worker_the_report_shows_to_be_contract_staff_not_a_civil_servant_is_not_bound_by_the_skb():
    """SKB 2022 binds Pegawai ASN (PNS and PPPK, UU 20/2023); contract or honorary staff are not ASN (review E3),
    whatever the channel said: lawful at medium confidence, with the note on their contract."""
    result = _classify("Bu Rina, perawat di Puskesmas Lembah Hijau, membagikan flyer paslon 3 di grup WhatsApp warga. "
                       "Setelah kami tanya ke puskesmas, ternyata dia tenaga kontrak daerah, bukan PNS.",
                       position="perawat", subject="asn_pns")
    assert (result.subject_type, result.category) == ("other", LAWFUL)
    assert result.confidence < 0.7


def test_a_former_honorary_worker_now_pppk_stays_an_asn():
    """UU 20/2023: a PPPK is an ASN; PP 49/2018 and SKB 2022 bind her."""
    result = _classify("Bu Rina, perawat di Puskesmas Lembah Hijau, membagikan flyer paslon 3 di grup WhatsApp warga. "
                       "Dulu ia honorer, sekarang statusnya PPPK sejak Maret.", position="perawat", subject="asn_pns")
    assert result.subject_type == "asn_pppk" and result.category not in (LAWFUL, MANUAL)


def test_a_reporter_asking_whether_the_report_can_be_processed_makes_no_threat():
    """UU 10/2016 Pasal 71(1) (pressure) needs a threat by the party: 'apakah laporan ini bisa diproses' is the
    reporter's question; a threat that a permit 'akan diproses kalau memilih paslon 2' stays one."""
    asked = _classify("Kepala Seksi di kantor camat membagikan stiker paslon 2 ke warga. Mohon arahan, apakah laporan "
                      "ini bisa diproses?", position="Kepala Seksi Pemerintahan Kecamatan", subject="asn_pns")
    assert asked.category == "discipline_campaign_props"
    threat = _classify("Kepala Seksi perizinan bilang ke pedagang, izin usaha mereka akan diproses kalau memilih "
                       "paslon 2.", position="Kepala Seksi Perizinan", subject="asn_pns")
    assert threat.category == "election_crime_official_action" and threat.crime_indication


def test_declining_an_invitation_in_writing_to_stay_neutral_and_staying_away_is_keeping_neutral():
    """SKB 2022 (and PP 94/2021 Pasal 5 huruf n): a refusal to attend, to stay neutral, is no prohibited act."""
    result = _classify("Pak Halim, Kepala SMPN 4, diundang tim paslon 1 menjadi pembicara. Ia menolak lewat pesan "
                       "tertulis karena ingin menjaga netralitas dan tidak hadir di acara itu.",
                       position="Kepala SMPN 4", subject="asn_pns")
    assert result.category == LAWFUL


def test_a_leave_decree_is_no_official_decision_and_a_spouse_on_cltn_may_accompany():
    """SKB 2022 (etika): the bar on following a spouse-candidate's campaign holds outside leave outside state
    responsibility (CLTN); an 'SK cuti' is the party's leave, not a Pasal 71(1) decision. Without leave: the item."""
    on_leave = _classify("Bu Sari, guru PNS, istri calon bupati nomor 2, ikut mendampingi suaminya kampanye di Desa "
                         "Pangkal. SK cuti di luar tanggungan negara miliknya berlaku sampai Desember.",
                         position="guru SD", subject="asn_pns")
    assert on_leave.category == LAWFUL
    no_leave = _classify("Bu Sari, guru PNS, istri calon bupati nomor 2, ikut mendampingi suaminya kampanye di Desa "
                         "Pangkal pada hari sekolah tanpa cuti.", position="guru SD", subject="asn_pns")
    assert no_leave.category == "ethics_spouse_campaign"


def test_a_spouse_standing_beside_the_candidate_on_the_stage_follows_the_spouse_s_campaign():
    """SKB 2022 (etika: mengikuti kampanye suami/istri calon tanpa CLTN): accompanying one's spouse on the stage is
    that item; another ASN on a pair's stage keeps active support (discipline, PP 94/2021)."""
    spouse = _classify("Pak Anton, Kabag Umum Setda, suami calon wali kota nomor 1, naik ke atas panggung kampanye dan "
                       "berdiri di samping istrinya sepanjang acara.", position="Kepala Bagian Umum",
                       subject="asn_pns", day="2024-10-05")
    assert spouse.category == "ethics_spouse_campaign"
    other = _classify("Pak Anton, Kabag Umum Setda, naik ke atas panggung kampanye paslon 1 dan berdiri di samping calon "
                      "sepanjang acara.", position="Kepala Bagian Umum", subject="asn_pns", day="2024-10-05")
    assert other.category == "discipline_campaign_attendance"


def test_a_polling_officer_wearing_a_pin_with_a_candidate_s_name_breaches_organiser_neutrality():
    """Peraturan DKPP 2/2017 (ad hoc bodies: the KPU of the regency or city, review B6): the writing on the item names
    the candidate; another pair's witness who saw it is no sign that every pair was treated alike."""
    result = _classify("Anggota KPPS TPS 12 memakai pin bulat tulisannya nama calon wali kota nomor 1 selama pemungutan "
                       "suara. Saksi paslon lain juga protes.", position="Anggota KPPS",
                       subject="election_organiser_ad_hoc", day="2024-11-27")
    assert result.category == "organiser_ethics"


def test_a_pair_s_team_list_naming_civil_servants_as_coordinators_is_the_pair_s_crime():
    """UU 10/2016 Pasal 70(1) jo. 189, in the campaign period: the pair involves ASN in its campaign."""
    result = _classify("Kami menerima daftar susunan tim pemenangan pasangan calon bupati nomor 3. Di situ dua "
                       "koordinator desa adalah PNS guru SD negeri, lengkap dengan NIP mereka.",
                       position="Tim Pemenangan Paslon 3", subject="candidate", day="2024-10-15")
    assert result.category == "election_crime_candidate_involvement" and result.crime_indication


@pytest.mark.parametrize("day, expected, crime", [
    ("2024-11-18", "election_crime_official_action", True),
    ("2024-10-18", "polri_neutrality", False),
])
def test_a_patrol_car_carrying_a_pair_s_material_is_a_state_facility(day, expected, crime):
    """UU 10/2016 Pasal 71(1) jo. 188 reaches Polri members from MK 136/PUU-XXII/2024 (14 Nov 2024); before it, UU
    2/2002 Pasal 28 (Polri neutrality)."""
    result = _classify("Seorang Kanit Polsek membawa poster dan kalender paslon 2 dengan mobil patroli lalu "
                       "membagikannya di terminal.", position="Kanit Binmas Polsek", subject="polri", day=day)
    assert (result.category, result.crime_indication) == (expected, crime)


def test_asking_subordinates_to_make_a_named_prospective_candidate_succeed_is_partisan_activity():
    """SKB 2022 (disiplin, PP 94/2021 Pasal 5 huruf n: kegiatan yang mengarah pada keberpihakan, ajakan kepada
    bawahan); before 22 Sep 2024 there is no pair for Pasal 71(1). 'Menyukseskan pilkada' is no partisan appeal."""
    result = _classify("Kepala UPT Pertanian mengumpulkan para penyuluh di kantornya dan meminta mereka ikut "
                       "menyukseskan Pak Darto yang akan maju jadi bupati.", position="Kepala UPT Pertanian",
                       subject="asn_pns", day="2024-08-01")
    assert result.category == "discipline_partisan_activity" and not result.crime_indication
    neutral = _classify("Kepala UPT Pertanian meminta para penyuluh menyukseskan pilkada dengan datang ke TPS.",
                        position="Kepala UPT Pertanian", subject="asn_pns", day="2024-08-01")
    assert neutral.category != "discipline_partisan_activity"


def test_a_candidate_s_relative_who_holds_no_office_may_campaign():
    """SKB 2022 binds ASN; UU 10/2016 Pasal 70(1) the pair: a candidate's in-law named by that tie alone is a private
    person ('mengkampanyekan' read from 'kampanyein' too). One whose position names an ASN post stays an ASN."""
    private = _classify("Menantu calon bupati nomor 1 setiap sore keliling kampung kampanyein mertuanya. Ia pedagang, "
                        "bukan pegawai pemerintah.", position="menantu calon bupati", subject="candidate")
    assert (private.subject_type, private.category) == ("other", LAWFUL)
    official = _classify("Menantu calon bupati nomor 1 setiap sore keliling kampung mengkampanyekan mertuanya.",
                         position="menantu calon bupati, guru PNS SDN 3", subject="candidate")
    assert official.subject_type == "asn_pns" and official.category not in (LAWFUL, MANUAL)


def test_being_greeted_by_a_pair_while_having_breakfast_is_a_chance_meeting():
    """SKB 2022 (etika: hadir sebagai peserta, berfoto): a pair greeting someone who happens to be there, with no
    attribute or photo, is no attendance; posing with the pair's finger sign after it is the photo item."""
    met = _classify("Paslon nomor 3 blusukan ke warung kopi. Pak Ruslan, staf kecamatan, yang sedang sarapan disalami "
                    "calon itu. Ia tidak ikut foto dan tidak memakai atribut.", position="staf kecamatan",
                    subject="asn_pns")
    assert met.category == LAWFUL
    posed = _classify("Pak Ruslan, staf kecamatan, yang sedang sarapan disalami paslon nomor 3, lalu berpose "
                      "mengacungkan tiga jari bersama paslon.", position="staf kecamatan", subject="asn_pns")
    assert posed.category == "ethics_photo_with_candidate"


def test_a_village_head_s_aid_handed_out_on_the_apbdes_schedule_without_attributes_or_appeals_is_routine():
    """UU 10/2016 Pasal 71(1) and UU 6/2014 Pasal 29 need a tie to a pair: 'sesuai jadwal dalam APBDes' and 'tidak
    terlihat atribut maupun ajakan' say there is none."""
    result = _classify("Kepala Desa Suka Rukun membuka penyaluran bantuan pangan pada 9 Oktober sesuai jadwal dalam "
                       "APBDes. Tidak terlihat atribut maupun ajakan memilih, dan penerima sesuai data desa.",
                       position="Kepala Desa", subject="village_head", day="2024-10-09")
    assert result.category == LAWFUL


def test_a_reporter_not_sure_whether_the_party_was_there_at_all_goes_to_manual_classification():
    """Perbawaslu 8/2020's material requirements: whether the act happened is not established."""
    result = _classify("Kaur Keuangan Desa Padang datang ke kampanye paslon 2 semalam memakai kaos paslon. Tapi saya "
                       "belum tahu dia benar hadir atau tidak, fotonya gelap.", position="Kaur Keuangan",
                       subject="village_official")
    assert result.category == MANUAL


def test_a_pretext_the_reporter_then_corrects_from_what_they_saw_is_no_hearsay():
    """UU 10/2016 Pasal 71(1) jo. 188: 'katanya untuk sosialisasi kurikulum. Ternyata ...' reports the meeting's
    pretext, then what the reporter witnessed; the crime indication is not withheld for hearsay. A bare rumour is."""
    seen = _classify("Para guru dikumpulkan di aula dinas, katanya untuk sosialisasi kurikulum. Ternyata Kepala Dinas "
                     "Pendidikan meminta kami memilih pasangan nomor 1 dan mengancam tunjangan ditahan. Saya hadir dan "
                     "merekamnya.", position="Kepala Dinas Pendidikan", subject="asn_pns", day="2024-10-10")
    assert seen.category == "election_crime_official_action" and seen.crime_indication
    rumour = _classify("Katanya Kepala Dinas Pendidikan meminta para guru memilih pasangan nomor 1 dan mengancam "
                       "tunjangan ditahan.", position="Kepala Dinas Pendidikan", subject="asn_pns", day="2024-10-10")
    assert not rumour.crime_indication


def test_a_candidate_calling_village_heads_onto_the_campaign_stage_is_indicated_on_the_pair_s_track():
    """UU 10/2016 Pasal 70(1) jo. 189 (review A5): the pair involving village heads in its campaign commits the crime;
    the village heads' own case is UU 6/2014 Pasal 29 huruf j and names the pair as the other offender."""
    result = _classify("Di kampanye akbar paslon 2, calon bupati memanggil empat kepala desa ke atas panggung; "
                       "keempatnya memakai kaos paslon 2.", position="Kepala Desa", subject="village_head",
                       day="2024-11-03")
    assert result.category == "village_law_campaign" and result.crime_offender == "candidate_pair"
