"""Round 20: the general gaps the eighteenth blind set's misses showed (measured once unseen on round 19, see its file),
each tested with other sentences than the set's, and beside each a similar text that keeps its answer."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION, CANDIDATE_INVOLVEMENT = "election_crime_official_action", "election_crime_candidate_involvement"
ACTIVE, PROPS, PHOTO, SOCIAL = ("discipline_campaign_attendance", "discipline_campaign_props",
                                "ethics_photo_with_candidate", "ethics_social_media")
POLRI, VILLAGE_CAMPAIGN = "polri_neutrality", "village_law_campaign"
BEFORE_DETERMINATION, CAMPAIGN = "2024-07-20", "2024-10-21"


# --- leaving before a part of an event (SKB 2022: taking part, not leaving before it) ---------------------------------

def test_skb_2022_an_invited_official_who_leaves_before_the_photo_session_takes_no_photo_with_a_candidate():
    """SKB 2022 (ethics: photos with a candidate) and UU 10/2016 Pasal 65(1) huruf c (the KPU's public debate): an
    official the KPU invited to its debate who 'meninggalkan gedung sebelum sesi foto bersama calon' took no photo."""
    result = _classify("Kepala dinas itu hadir sebagai tamu undangan KPU pada debat publik calon wali kota di aula "
                       "hotel. Ia tidak bersorak untuk siapa pun dan meninggalkan gedung sebelum sesi foto bersama "
                       "para calon.", position="Kepala Dinas Sosial", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_invited_official_who_stays_for_the_photo_session_and_shows_a_pair_s_number_still_poses():
    """Over-reach: the same guest who joins the photo session and raises the pair's fingers poses with a candidate."""
    result = _classify("Kepala dinas itu hadir sebagai tamu undangan KPU pada debat publik calon wali kota di aula "
                       "hotel. Usai debat ia ikut foto bersama calon nomor 2 sambil mengacungkan dua jari.",
                       position="Kepala Dinas Sosial", day=CAMPAIGN)
    assert result.category == PHOTO


# --- police on stage security (UU 2/2002 Pasal 13-14, 28(1)) -----------------------------------------------------------

def test_uu_2_2002_pasal_28_police_in_vests_reading_pengamanan_on_a_written_order_are_on_duty():
    """UU 2/2002 Pasal 13-14 and 28(1): officers at a campaign stage in vests 'bertuliskan PENGAMANAN' on a written
    security order wear a duty vest, no campaign attribute; 'seakan mendukung' is the first impression the
    reporter's own check ('setelah kami periksa rekamannya') corrects, not an assertion of support."""
    result = _classify("Foto yang viral memperlihatkan tiga polisi di panggung rapat umum calon bupati, seakan "
                       "mendukung. Setelah kami periksa rekamannya, mereka berjaga di tepi panggung menghadap penonton "
                       "dengan rompi bertuliskan PENGAMANAN, sesuai surat perintah pengamanan kampanye dari Polres.",
                       position="Bintara Samapta", subject="polri", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_police_on_a_security_order_who_wear_a_pair_s_vest_still_show_support():
    """Over-reach: officers on the same order in a vest bearing the pair's number show support (UU 2/2002 Pasal 28)."""
    result = _classify("Tiga polisi di panggung rapat umum calon bupati memakai rompi bergambar paslon nomor 1 dan "
                       "ikut yel-yel, padahal mereka datang dengan surat perintah pengamanan kampanye dari Polres.",
                       position="Bintara Samapta", subject="polri", day=CAMPAIGN)
    assert result.category == POLRI


def test_an_impression_nobody_corrects_stays_the_reporter_s_account():
    """Over-reach: 'seakan mendukung' with no later check correcting it keeps the report's reading of support."""
    result = _classify("Tiga polisi berseragam berdiri di panggung rapat umum calon bupati nomor 1, berjoget dan "
                       "mengacungkan satu jari seakan mendukung.", position="Bintara Samapta", subject="polri",
                       day=CAMPAIGN)
    assert result.category == POLRI


# --- material others made, to which the party objected (SKB 2022: his own acts) ---------------------------------------

def test_skb_2022_a_banner_volunteers_put_on_her_fence_that_she_asked_them_to_remove_is_not_her_act():
    """SKB 2022 (discipline: putting up a pair's banners) binds the ASN's own acts: a banner 'dipasang oleh relawan'
    that she asked to be taken down ('meminta ... agar spanduk itu diturunkan') is someone else's act."""
    result = _classify("Spanduk calon bupati nomor 3 dipasang oleh relawan di tembok rumah seorang bidan PNS. Esok "
                       "harinya bidan itu menelepon ketua relawan dan meminta agar spanduk itu segera diturunkan.",
                       position="Bidan Puskesmas Kota", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_banner_volunteers_put_up_with_her_consent_stays_hers():
    """Over-reach: volunteers' banner put up 'atas izinnya' is her act (SKB 2022)."""
    result = _classify("Spanduk calon bupati nomor 3 dipasang oleh relawan di tembok rumah seorang bidan PNS atas "
                       "izinnya, dan bidan itu sendiri ikut menempel stiker paslon di pagar.",
                       position="Bidan Puskesmas Kota", day=CAMPAIGN)
    assert result.category == PROPS


def test_pasal_71_1_old_footage_a_pair_reused_against_the_official_s_objection_is_no_act_of_his():
    """UU 10/2016 Pasal 71(1) and SKB 2022: a clip 'diambil dari dokumentasi' of a 2021 ceremony that a pair's team
    reused, with the official's letter of objection ('mengirim surat keberatan'), is no decision or act of his."""
    result = _classify("Video kampanye paslon nomor 2 memuat potongan gambar kepala bagian yang sedang menggunting pita. "
                       "Potongan itu diambil dari dokumentasi peresmian pasar pada 2021. Kepala bagian tersebut "
                       "mengirim surat keberatan kepada tim paslon dan meminta gambarnya dihapus.",
                       position="Kepala Bagian Perekonomian", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_an_official_who_shares_the_reused_footage_himself_is_still_acting():
    """Over-reach: the same clip that he 'juga membagikan' on his own account is his act (SKB 2022 social media)."""
    result = _classify("Video kampanye paslon nomor 2 memuat potongan gambar kepala bagian yang sedang menggunting pita. "
                       "Potongan itu diambil dari dokumentasi peresmian pasar pada 2021, dan ia juga membagikan video "
                       "kampanye itu di akun Facebook pribadinya.", position="Kepala Bagian Perekonomian", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a family member's activity at the party's house (SKB 2022 binds the ASN, not the family) --------------------------

def test_skb_2022_a_team_meeting_her_husband_held_while_she_was_on_duty_elsewhere_is_not_hers():
    """SKB 2022 and UU 20/2023 Pasal 24(1) huruf d bind the ASN herself: a meeting 'diadakan oleh suaminya', a team
    member, while 'pada waktu yang sama' she was on duty elsewhere, is her husband's act."""
    result = _classify("Rumah seorang kepala sekolah dipakai untuk rapat tim pemenangan calon gubernur nomor 1. Rapat itu "
                       "diadakan oleh suaminya, seorang kontraktor yang menjadi anggota tim kampanye. Pada waktu yang "
                       "sama kepala sekolah sedang memimpin rapat guru di sekolah.",
                       position="Kepala SMP Negeri 1", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_team_meeting_her_husband_held_that_she_joined_is_still_hers():
    """Over-reach: the same meeting at which 'ia juga hadir' and welcomes the members is her taking part."""
    result = _classify("Rumah seorang kepala sekolah dipakai untuk rapat tim pemenangan calon gubernur nomor 1. Rapat itu "
                       "diadakan oleh suaminya, seorang kontraktor yang menjadi anggota tim kampanye, dan ia juga "
                       "hadir menyambut peserta serta mengajak mereka memenangkan paslon nomor 1.",
                       position="Kepala SMP Negeri 1", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a discharge at his own request already in force (review E3) -------------------------------------------------------

def test_review_e3_a_discharge_decree_at_his_own_request_in_force_makes_him_a_former_official():
    """Review E3: the SKB binds serving ASN; a decree of 'pemberhentian dengan hormat atas permintaan sendiri' that
    'berlaku sejak' an earlier date makes him a private person, not a decision of his for a pair (Pasal 71(1))."""
    result = _classify("Pak Hendra, yang dulu Sekretaris Dinas Pertanian, memasang baliho dirinya sebagai bakal calon "
                       "bupati. SK pemberhentian dengan hormat atas permintaan sendiri sudah berlaku sejak 1 Mei 2024.",
                       position="Sekretaris Dinas Pertanian", day=BEFORE_DETERMINATION)
    assert result.subject_type == "other" and result.category != OFFICIAL_ACTION


def test_a_discharge_decree_that_takes_effect_next_year_leaves_him_serving():
    """Over-reach: a discharge that 'berlaku mulai tahun depan' leaves him an ASN for now."""
    result = _classify("Pak Hendra, Sekretaris Dinas Pertanian, memasang baliho dirinya sebagai bakal calon bupati. SK "
                       "pemberhentian dengan hormat atas permintaan sendiri baru berlaku mulai tahun depan.",
                       position="Sekretaris Dinas Pertanian", day=BEFORE_DETERMINATION)
    assert result.subject_type == "asn_pns"


# --- a post about a pair's programme (SKB 2022 ethics; not Pasal 71(1)/(3)) --------------------------------------------

def test_skb_2022_sharing_a_candidate_s_post_about_a_programme_promise_is_social_media_not_programme_use():
    """SKB 2022 (ethics: sharing a pair's content) and UU 10/2016 Pasal 71(3): an 'unggahan calon tentang program
    bantuan' that a Pj head re-shares is the pair's content about its promise, not a programme he used."""
    result = _classify("Penjabat Wali Kota membagikan ulang unggahan TikTok calon wali kota nomor 1 tentang program "
                       "bantuan modal usaha, dengan tambahan emoji hati.", position="Penjabat (Pj) Wali Kota Sukaraja",
                       subject="regional_head", day=CAMPAIGN)
    assert result.category == SOCIAL and not result.crime_indication


def test_a_pj_head_handing_out_the_city_s_aid_with_a_pair_s_sticker_still_uses_a_programme():
    """Over-reach: handing out the city's business aid with the pair's sticker is the programme used for the pair."""
    result = _classify("Penjabat Wali Kota menyerahkan bantuan modal usaha dari APBD kepada pedagang dengan amplop "
                       "berstiker calon wali kota nomor 1 dan meminta mereka memilihnya.",
                       position="Penjabat (Pj) Wali Kota Sukaraja", subject="regional_head", day=CAMPAIGN)
    assert result.category not in (SOCIAL, LAWFUL, MANUAL) and result.crime_indication


# --- a screenshot whose sender cannot be seen ---------------------------------------------------------------------------

def test_a_screenshot_whose_sender_cannot_be_seen_goes_to_the_pokja():
    """Perbawaslu 8/2020 (syarat materiel: the reported party identified): a screenshot whose 'nomor pengirim tidak
    terlihat' cannot tie the message to anyone, so the Pokja checks it (manual)."""
    result = _classify("Beredar tangkapan layar pesan berbunyi 'Pak Camat minta semua kasi mengarahkan warga memilih "
                       "nomor 3'. Nomor pengirim dan nama grupnya tidak terlihat.", position="Camat",
                       day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_a_screenshot_showing_the_sender_s_saved_number_still_counts():
    """Over-reach: a screenshot that shows the sender as the camat's own saved number stays an official's act."""
    result = _classify("Tangkapan layar memperlihatkan pesan dari nomor WhatsApp pribadi Camat Sukaraja yang meminta "
                       "semua kasi mengarahkan warga memilih paslon nomor 3.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- a document placing the party elsewhere --------------------------------------------------------------------------

def test_a_sick_note_the_party_hands_over_against_witnesses_goes_to_the_pokja():
    """UU 6/2014 Pasal 29 huruf j: whether the village head joined the campaign is in doubt when he 'menyerahkan surat
    keterangan sakit' for that day: the Pokja weighs it (manual)."""
    result = _classify("Dua warga mengaku melihat kepala desa menari di depan panggung kampanye paslon nomor 2 di "
                       "lapangan desa. Kepala desa menyerahkan surat keterangan sakit dari puskesmas untuk hari itu.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_village_head_filmed_dancing_at_a_campaign_with_no_alibi_still_campaigns():
    """Over-reach: without any note placing him elsewhere, dancing at a pair's campaign is taking part."""
    result = _classify("Kepala desa berjoget di depan panggung kampanye paslon nomor 2 di lapangan desa, terekam jelas "
                       "dalam video warga.", position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == VILLAGE_CAMPAIGN


# --- a role in a team's list ('tercatat sebagai'), a pair's list of campaigners ----------------------------------------

def test_skb_2022_tercatat_sebagai_bendahara_in_a_team_s_list_is_a_role_in_the_team():
    """SKB 2022 (discipline: a role in a campaign team): 'tercatat sebagai bendahara' after the team's list is named,
    even with the reporter's aside between, is a role in the team."""
    result = _classify("Di susunan tim kampanye pasangan calon bupati nomor 2 yang ditempel di posko, menurut salinan "
                       "yang kami foto dengan jelas, Bapak Yusuf, analis keuangan berstatus PNS, tercatat sebagai "
                       "bendahara.", position="Analis Keuangan", day=CAMPAIGN)
    assert result.category == ACTIVE


def test_a_name_recorded_in_a_meeting_s_attendance_list_is_no_team_role():
    """Over-reach: 'tercatat sebagai peserta' of a KPU socialisation names no team role."""
    result = _classify("Dalam daftar hadir sosialisasi tahapan pilkada yang diadakan KPU, Bapak Yusuf tercatat sebagai "
                       "peserta.", position="Analis Keuangan", day=CAMPAIGN)
    assert result.category != ACTIVE


def test_pasal_70_1_a_pair_s_list_of_campaigners_naming_village_heads_involves_them():
    """UU 10/2016 Pasal 70(1) jo. 189: a pair's 'daftar juru kampanye' in which village heads' names are listed
    involves them in the campaign."""
    result = _classify("Tim pasangan calon gubernur nomor 3 menyerahkan daftar juru kampanye ke KPU provinsi. Di dalamnya "
                       "tercantum nama tiga kepala desa yang masih menjabat.", position="Pasangan Calon Gubernur Nomor 3",
                       subject="candidate", day=CAMPAIGN)
    assert result.category == CANDIDATE_INVOLVEMENT and result.crime_indication


def test_a_pair_s_list_of_campaigners_with_only_party_cadres_involves_no_official():
    """Over-reach: a list naming only party cadres and artists involves no official (Pasal 70(1))."""
    result = _classify("Tim pasangan calon gubernur nomor 3 menyerahkan daftar juru kampanye ke KPU provinsi. Di dalamnya "
                       "tercantum nama kader partai dan dua artis ibu kota.", position="Pasangan Calon Gubernur Nomor 3",
                       subject="candidate", day=CAMPAIGN)
    assert result.category != CANDIDATE_INVOLVEMENT


# --- 'tidak ada yang menyebut nama calon' at a routine village meeting (Pasal 71(1)) -----------------------------------

def test_pasal_71_1_a_village_meeting_on_aid_recipients_where_nobody_names_a_candidate_is_routine():
    """UU 10/2016 Pasal 71(1): a village deliberation on aid recipients where 'tidak ada yang menyebut nama calon' is
    the village head's routine administration, no act for a pair."""
    result = _classify("Kepala desa memimpin musyawarah desa penetapan penerima bantuan pangan di balai desa. Yang "
                       "dibahas hanya data hasil pendataan dusun, dan tidak ada yang menyebut nama calon bupati.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_village_meeting_on_aid_where_the_head_asks_for_a_pair_is_still_an_act_for_the_pair():
    """Over-reach: at the same meeting, the head's appeal to choose a pair for the aid is an act for the pair."""
    result = _classify("Kepala desa memimpin musyawarah desa penetapan penerima bantuan pangan di balai desa dan "
                       "meminta warga penerima memilih paslon nomor 2 agar bantuan tetap cair.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- a first impression the reporter's own check corrects (language.py correction_openers) ----------------------------

def test_an_impression_that_the_reporter_s_own_check_corrects_is_not_asserted():
    """'seolah mendukung ... Setelah saya cek video lengkapnya, ...': the reporter's check opens the sentence that takes
    the first impression back, as 'ternyata' does (round 6); SKB 2022 binds what the official did, not what a clip
    seemed to show, so the clip's impression is no campaign attendance (what is left, a teacher selling drinks by the
    field, is for the Pokja to weigh)."""
    result = _classify("Dalam potongan video, Bu Wati, guru PNS, tampak berdiri di depan panggung kampanye paslon "
                       "nomor 2 seolah ikut mendukung. Setelah saya cek video lengkapnya, ia berjualan minuman di "
                       "tepi lapangan dan tidak pernah naik ke panggung.", position="Guru", day=CAMPAIGN)
    assert result.category in (LAWFUL, MANUAL)


def test_a_check_that_confirms_the_impression_keeps_the_report_s_reading():
    """Over-reach: 'seolah' with no correcting sentence after it keeps the report's reading of support."""
    result = _classify("Dalam potongan video, Bu Wati, guru PNS, berdiri di panggung kampanye paslon nomor 2 memakai "
                       "kaos paslon seolah ikut mendukung dan mengajak penonton memilih nomor 2.", position="Guru",
                       day=CAMPAIGN)
    assert result.category != LAWFUL
