"""General rules added after the sixth blind evaluation (issue 14, round 7). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations


from netra_devkit.classifier_probe import classify_text as _classify, reference

REFERENCE = reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"
CONFIDENT = REFERENCE.confidence.confident_at


# --- how the text is read ---------------------------------------------------------------------------------------------

def test_colloquial_ganti_and_kadis_read_as_replacing_a_head_of_agency_under_pasal_71_2():
    """UU 10/2016 Pasal 71(2): 'ganti kadis' is 'mengganti kepala dinas'; with the Minister's written approval the
    replacement is lawful, without it it is the Pasal 71(2) jo. 190 act."""
    lawful = _classify("Bupati ganti kadis pertanian bulan Agustus, ada surat persetujuan tertulis Mendagri.",
                       position="Bupati", subject="regional_head", day="2024-08-20")
    assert lawful.category == LAWFUL
    barred = _classify("Bupati ganti kadis pertanian bulan Agustus tanpa persetujuan Mendagri.",
                       position="Bupati", subject="regional_head", day="2024-08-20")
    assert barred.category == "regional_head_replacement_of_officials" and barred.crime_indication


def test_an_approval_the_report_says_was_not_yet_issued_is_no_approval_under_pasal_71_2():
    """UU 10/2016 Pasal 71(2) allows a replacement only with the Minister's prior written approval: 'persetujuan
    Mendagri belum keluar' or 'baru diajukan' is none, and the Pj head's replacement stays a Pasal 190 indication."""
    result = _classify("Pj Bupati melantik 10 pejabat eselon III tanpa menunggu; persetujuan tertulis Mendagri belum "
                       "keluar, baru diajukan minggu lalu.", position="Pj Bupati", subject="regional_head",
                       day="2024-08-05")
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_making_tiktok_content_for_a_pair_is_online_campaigning_pp_94_2021():
    """PP 94/2021 Pasal 5 huruf n (PP 49/2018 for PPPK): 'bikin konten' for a pair on TikTok is making campaign
    content online, not an unmatched report."""
    result = _classify("Pegawai PPPK kecamatan itu tiap malam bikin konten TikTok 'alasan kenapa harus nomor 2'.",
                       position="Staf (PPPK)", subject="asn_pppk")
    assert result.category == "discipline_online_campaign"


def test_a_poster_shared_on_one_s_facebook_is_sharing_on_social_media_not_a_prop():
    """SKB 2022 (ethics: sharing a pair's content online) versus PP 94/2021 (props put up or handed out): a poster
    'dibagikan di akun Facebook' is a post, not a prop in the street."""
    result = _classify("Bu Sari (PNS) membagikan poster 'Bakal Calon Bupati - H. Salim' di akun Facebook-nya dengan "
                       "tulisan 'siap menangkan'.", day="2024-05-14")
    assert result.category == "ethics_social_media"


def test_a_picture_of_a_candidate_put_on_facebook_by_an_ad_hoc_organiser_is_organiser_ethics():
    """Peraturan DKPP 2/2017 and Keputusan KPU 337/2020: a PPS member who posts a candidate's picture with a word of
    support breaches the organisers' code of ethics."""
    result = _classify("Anggota PPS memasang foto calon bupati nomor 1 di Facebook dengan tulisan 'semoga menang'.",
                       position="Anggota PPS", subject="other")
    assert result.category == "organiser_ethics"


# --- lawful contexts --------------------------------------------------------------------------------------------------

def test_taking_down_banners_on_the_supervisors_recommendation_is_lawful_enforcement():
    """UU 10/2016 Pasal 71(1) forbids acts that favour a pair; removing banners in a banned zone on Bawaslu's
    recommendation is enforcement, and taking a banner down is no putting up of campaign props."""
    result = _classify("Petugas Satpol PP mencopot spanduk paslon 3 di depan sekolah. Mereka membawa surat "
                       "rekomendasi Bawaslu karena spanduk itu di zona larangan.", position="Anggota Satpol PP")
    assert result.category == LAWFUL


def test_broadcasting_a_kpu_debate_at_the_kpu_s_request_is_help_to_the_organisers():
    """UU 10/2016 Pasal 65 ayat (1) huruf c: the public debate is the KPU's; a humas officer streaming it on the
    agency's channel at the KPU's request acts for the organisers, not for a pair."""
    result = _classify("Pranata humas PPPK menyiarkan debat calon bupati di kanal YouTube pemda atas permintaan KPU "
                       "kabupaten.", position="Pranata Humas (PPPK)", subject="asn_pppk")
    assert result.category == LAWFUL
    appeal = _classify("Pranata humas PPPK menyiarkan debat calon bupati di kanal YouTube pemda atas permintaan KPU "
                       "kabupaten dan menulis 'dukung nomor 2' di kolom siaran.", position="Pranata Humas (PPPK)",
                       subject="asn_pppk")
    assert appeal.category != LAWFUL


def test_soldiers_moving_ballot_boxes_for_the_kpu_are_on_assigned_duty():
    """UU 34/2004 Pasal 7 (tugas perbantuan): TNI members carrying and guarding ballot boxes from the KPU's warehouse
    secure the organisers' logistics; that is no partisanship."""
    result = _classify("Tiga tentara mengangkut kotak suara dari gudang KPU ke kantor PPK dan jaga truk sampai "
                       "selesai.", position="Anggota TNI", subject="tni", day="2024-11-26")
    assert result.category == LAWFUL


def test_a_lawful_reading_given_as_an_impression_with_the_partisan_act_denied_is_lawful_at_medium_confidence():
    """UU 2/2002 Pasal 13-14: officers who 'kelihatannya jaga barisan' at a KPU debate and 'tidak ikut bersorak' show
    no violation: no violation is indicated, below confident (the reporter's impression), not manual."""
    result = _classify("Ada polisi berdiri dekat pendukung paslon 2 di lokasi debat. Mereka berseragam dan tidak ikut "
                       "bersorak, kelihatannya jaga barisan.", position="", subject="polri")
    assert result.category == LAWFUL and result.confidence < CONFIDENT


def test_near_a_campaign_only_to_buy_or_eat_is_no_attendance_skb_2022():
    """SKB 2022 bars attending a campaign as a participant; 'cuma beli bensin dan makan di warung seberang' puts the
    ASN near it for another purpose."""
    result = _classify("Saya lihat sendiri, Pak Arif (PNS kecamatan) tidak ikut acara kampanye paslon 1 di lapangan, "
                       "cuma beli bensin dan makan di warung seberang lalu pergi.", position="Staf Kecamatan (PNS)")
    assert result.category == LAWFUL


def test_a_village_standby_car_is_no_standby_duty_and_residents_carried_to_a_rally_are_mobilised():
    """UU 10/2016 Pasal 71(1) jo. 188 (a village head named in it): residents 'diangkut pakai mobil siaga desa' to a
    pair's rally under threat of losing village aid is an official's act for the pair, not duty at a campaign site."""
    result = _classify("Kepala desa menyuruh penerima BLT datang ke kampanye paslon 2. Warga diangkut pakai mobil "
                       "siaga desa, yang tidak datang diancam dicoret dari daftar penerima.", position="Kepala Desa",
                       subject="village_head", day="2024-10-15")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_the_village_government_s_official_account_is_a_facility_of_the_office():
    """UU 10/2016 Pasal 71(1) jo. 188: a village head's appeal for a pair posted on 'akun Facebook resmi pemerintah
    desa' uses the office's means."""
    result = _classify("Kepala desa mengajak warga memilih paslon 1 lewat video yang diposting di akun Facebook resmi "
                       "pemerintah desa.", position="Kepala Desa", subject="village_head", day="2024-11-10")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_an_elected_head_s_account_that_also_serves_the_office_s_announcements_goes_to_the_pokja():
    """UU 10/2016 Pasal 70(2) lets an elected head campaign, but not with the means of the office (Pasal 71(1)): a
    personal account 'juga dipakai untuk mengumumkan kegiatan pemda' is not plainly personal."""
    shared = "Wakil bupati yang tidak maju lagi membagikan ulang unggahan calon bupati nomor 2 di Instagram pribadinya."
    plain = _classify(shared, position="Wakil Bupati", subject="regional_head")
    assert plain.category == LAWFUL
    office = _classify(shared + " Akun itu juga sering dipakai untuk mengumumkan kegiatan pemda.",
                       position="Wakil Bupati", subject="regional_head")
    assert office.category == MANUAL


def test_the_party_s_own_excuse_told_by_the_reporter_clears_nothing_confidently():
    """SKB 2022 binds the ASN's own act: 'Bu Ani bilang spanduk itu dipasang tim' is her account, not the reporter's,
    so the lawful reading (someone else's act) is never confident."""
    result = _classify("Di pagar rumah Bu Ani (PNS) terpasang baliho paslon 1. Bu Ani bilang baliho itu dipasang tim "
                       "kampanye waktu dia dinas, tanpa izin, tapi sudah dua minggu baliho itu masih di sana.",
                       position="Perawat (PNS)")
    assert not (result.category == LAWFUL and result.confidence >= CONFIDENT)


# --- subjects and calibration -----------------------------------------------------------------------------------------

def test_a_bpd_member_who_is_also_a_pns_is_bound_as_asn_pp_94_2021():
    """UU 6/2014 Pasal 64 frees BPD members to campaign, but PP 94/2021 Pasal 5 huruf n binds every PNS: a BPD member
    who is a PNS teacher is judged as ASN."""
    result = _classify("Pak Budi memasang stiker paslon 2 di rumahnya dan ikut konvoi kampanye paslon 2.",
                       position="Anggota BPD, guru PNS", subject="bpd_member")
    assert result.subject_type == "asn_pns" and result.category != LAWFUL
    member = _classify("Pak Budi memasang stiker paslon 2 di rumahnya dan ikut konvoi kampanye paslon 2.",
                       position="Anggota BPD", subject="bpd_member")
    assert member.subject_type == "bpd_member" and member.category == LAWFUL


def test_the_pair_s_pasal_70_crime_keeps_the_party_s_own_category_below_confident():
    """UU 10/2016 Pasal 70(1) jo. 189 (review A5): an ASN named in the pair's registered team decree is the pair's
    crime; the ASN's own category (PP 94/2021) is one of two cases the Pokja registers, so not confident alone."""
    result = _classify("Dalam SK tim kampanye paslon nomor 2 yang diserahkan ke KPU ada nama Sdr. Joko sebagai "
                       "koordinator logistik. Joko adalah PPPK Dinas Sosial.", position="Staf (PPPK)",
                       subject="asn_pppk", day="2024-10-01")
    assert result.category == "discipline_campaign_attendance"
    assert result.crime_offender == "candidate_pair" and not result.crime_indication
    assert result.confidence < CONFIDENT


def test_a_village_official_s_like_read_as_village_law_campaigning_is_not_confident():
    """UU 6/2014 Pasal 51 huruf j bars a village official from taking part in a campaign; a like, only an ethics item
    for an ASN (PP 42/2004), may or may not be taking part: the category stands, below confident."""
    result = _classify("Kaur umum desa sering menyukai postingan paslon 2 di Facebook.", position="Kepala Urusan Umum",
                       subject="village_official")
    assert result.category == "village_law_campaign" and result.confidence < CONFIDENT
    speech = _classify("Kaur umum desa berorasi di panggung kampanye paslon 2 mengajak warga memilih paslon 2.",
                       position="Kepala Urusan Umum", subject="village_official", every_category=True)
    assert speech.category == "village_law_campaign" and speech.confidence >= CONFIDENT


# --- official acts ----------------------------------------------------------------------------------------------------

def test_aid_promised_to_continue_only_under_a_pair_is_a_programme_for_tni_from_mk_136_puu_xxii_2024():
    """UU 10/2016 Pasal 71(1) jo. 188 as extended by Putusan MK 136/PUU-XXII/2024 (14 Nov 2024): a Babinsa handing
    out rice and saying 'pilih nomor 2 biar bantuannya lanjut' uses aid for a pair; before the ruling it is TNI
    discipline without a crime indication (UU 34/2004 Pasal 39)."""
    text = "Babinsa membagikan beras ke warga dan bilang 'pilih nomor 2 biar bantuannya lanjut'."
    after = _classify(text, position="Babinsa", subject="tni", day="2024-11-18")
    assert after.category == "election_crime_official_action" and after.crime_indication
    before = _classify(text, position="Babinsa", subject="tni", day="2024-11-10")
    assert before.category == "tni_neutrality" and not before.crime_indication


def test_an_official_gathering_community_leaders_for_a_pair_is_mobilisation_under_pasal_71_1():
    """UU 10/2016 Pasal 71(1) jo. 188 (Polri from Putusan MK 136/PUU-XXII/2024): a police chief who gathers 'tokoh
    masyarakat dan ketua RW' at his station and tells them to vote for a pair uses his office for it."""
    result = _classify("Kapolsek mengumpulkan tokoh masyarakat dan ketua RW di mapolsek, lalu bilang 'pilih nomor 3'.",
                       position="Kapolsek", subject="polri", day="2024-11-20")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_an_official_telling_polling_staff_a_pair_must_win_is_pressure_under_pasal_71_1():
    """UU 10/2016 Pasal 71(1) jo. 188: a camat touring polling stations on voting day who tells the KPPS a pair 'harus
    menang' here presses the organisers for that pair."""
    result = _classify("Hari pencoblosan Pak Camat berkeliling ke TPS dan bilang ke KPPS bahwa nomor 1 harus menang "
                       "di TPS ini.", position="Camat", day="2024-11-27")
    assert result.category == "election_crime_official_action" and result.crime_indication
