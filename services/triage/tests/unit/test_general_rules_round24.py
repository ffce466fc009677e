"""Round 24: the general gaps the twenty-second blind set's misses showed (measured once unseen on round 23, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Six of
the set's eighteen lawful reports were given a violation unseen and two answers were confidently wrong; the readings
behind them are tested here in general words, each with a real violation in similar words that still gets its
category."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
ACTIVE, SOCIAL = "discipline_campaign_attendance", "ethics_social_media"
VIOLATIONS_FOR_A_REGENT = ("discipline_campaign_attendance", "ethics_campaign_attendance",
                           "regional_head_programme_use", OFFICIAL_ACTION)
CAMPAIGN = "2024-10-21"


# --- an acting head named in the description acts in his own office only (UU 10/2016 Pasal 70(2)-(3), 71(4)) ---------

def test_pasal_70_an_elected_mayor_whose_leave_an_acting_governor_signed_is_no_acting_head():
    """UU 10/2016 Pasal 70(2)-(3) (a regional head may campaign on leave, without state facilities) and Pasal 71(4)
    (only an acting head is an ASN; review A1: elected heads are not ASN): a 'Wali Kota' whose 'surat cuti kampanye
    ditandatangani Pj Gubernur' stays an elected mayor."""
    result = _classify("Wali Kota Sukamaju hadir dan berorasi di kampanye rapat umum pasangan calon gubernur nomor 2 pada "
                       "hari Minggu. Surat cuti kampanye untuknya ditandatangani Pj Gubernur. Ia datang dengan mobil "
                       "pribadi, tanpa kendaraan dinas dan tanpa fasilitas pemerintah.",
                       position="Wali Kota Sukamaju", subject="regional_head", day=CAMPAIGN)
    assert result.subject_type == "regional_head"


def test_a_position_s_head_the_description_calls_acting_for_the_same_office_is_an_acting_head():
    """Over-reach: a 'Bupati' the description calls 'Pj Bupati' acts in that office: an ASN (Pasal 71(4))."""
    result = _classify("Pj Bupati Sukamaju hadir dan berorasi di kampanye rapat umum pasangan calon bupati nomor 2 dan "
                       "mengajak warga memilih nomor 2.", position="Bupati Sukamaju", subject="regional_head",
                       day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != LAWFUL


# --- a PPPK whose work agreement ended is no ASN (PP 49/2018 Pasal 105(1) huruf a; UU 20/2023 Pasal 1) ---------------

def test_pp_49_2018_a_pppk_whose_agreement_ended_unrenewed_campaigns_as_a_private_person():
    """PP 49/2018 Pasal 105(1) huruf a (a PPPK's employment ends with the agreement's term) and review E3 (SKB 2022
    binds serving ASN only): 'kontrak kerjanya berakhir Maret 2024 dan tidak diperpanjang' before a rally in October
    leaves a private person."""
    result = _classify("Sdri. N, penyuluh pertanian PPPK, menjadi juru kampanye paslon nomor 2 di balai dusun. Dari "
                       "dinas pertanian diketahui kontrak kerjanya berakhir Maret 2024 dan tidak diperpanjang.",
                       position="Penyuluh Pertanian PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.subject_type == "other" and result.category == LAWFUL


def test_a_pppk_whose_agreement_was_renewed_still_serves():
    """Over-reach: 'kontraknya berakhir Maret 2024 lalu diperpanjang lima tahun' leaves a serving PPPK: campaigning
    for a pair is an ASN's breach (SKB 2022; PP 49/2018)."""
    result = _classify("Sdri. N, penyuluh pertanian PPPK, menjadi juru kampanye paslon nomor 2 di balai dusun. Dari "
                       "dinas pertanian diketahui kontraknya berakhir Maret 2024 lalu diperpanjang lima tahun.",
                       position="Penyuluh Pertanian PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.subject_type == "asn_pppk" and result.category != LAWFUL


def test_uu_20_2023_a_party_the_report_says_is_no_longer_pppk_is_no_asn():
    """UU 20/2023 Pasal 1 angka 4 (a PPPK is ASN under a work agreement): 'ia tidak lagi berstatus PPPK' is the
    report's finding that he is not one."""
    result = _classify("Pak D, operator sekolah PPPK, ikut konvoi kampanye paslon nomor 3 memakai kaos paslon. Menurut "
                       "BKPSDM ia tidak lagi berstatus PPPK sejak Januari 2024.",
                       position="Operator Sekolah PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.subject_type == "other"


# --- a relative's own campaign is not the ASN's (SKB 2022 binds the ASN; UU 20/2023 Pasal 24(1) huruf d) -------------

def test_skb_2022_the_possessive_wife_of_an_official_who_leads_volunteers_is_no_act_of_his():
    """SKB 2022 and UU 20/2023 Pasal 24(1) huruf d bind the ASN himself: 'suaminya bu Kasubag keuangan di dinas
    kesehatan, pak Anto, menjadi koordinator relawan' with 'bu Kasubag sendiri tidak ikut' is the husband's act."""
    result = _classify("Suaminya bu Kasubag keuangan di dinas kesehatan, pak Anto, menjadi koordinator relawan paslon 2 "
                       "dan memakai kaos paslon setiap minggu. Bu Kasubag sendiri tidak pernah ikut.",
                       position="Kepala Subbagian Keuangan Dinas Kesehatan", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_an_official_who_joins_her_husband_s_campaign_herself_keeps_the_breach():
    """Over-reach: 'bu Kasubag juga ikut memakai kaos paslon bersama suaminya' is her own act (SKB 2022)."""
    result = _classify("Suaminya bu Kasubag keuangan di dinas kesehatan, pak Anto, menjadi koordinator relawan paslon 2. "
                       "Bu Kasubag juga ikut berorasi di panggung kampanye paslon 2 bersama suaminya.",
                       position="Kepala Subbagian Keuangan Dinas Kesehatan", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a supervisor at a rally in his supervisor's vest supervises it (UU 1/2015 jo. 10/2016 Pasal 30-33) --------------

def test_pasal_30_33_a_village_supervisor_in_a_bawaslu_vest_taking_notes_at_a_rally_is_on_duty():
    """UU 1/2015 jo. UU 10/2016 Pasal 30-33 (PKD supervises the stages in the village, the campaign among them): a PKD
    'memakai rompi pengawas dan mencatat di formulir' at a rally is doing his statutory duty."""
    result = _classify("Anggota PKD Sukamaju datang ke kampanye paslon nomor 2 di lapangan desa dan berada di sana sampai "
                       "selesai. Ia memakai rompi pengawas dan mencatat jalannya acara di formulir.",
                       position="Pengawas Kelurahan/Desa Sukamaju", subject="election_organiser_ad_hoc", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_supervisor_in_a_pair_s_shirt_at_a_rally_is_no_supervision():
    """Over-reach: the same PKD 'memakai kaos paslon dan ikut yel yel' supports the pair (Peraturan DKPP 2/2017)."""
    result = _classify("Anggota PKD Sukamaju datang ke kampanye paslon nomor 2 di lapangan desa. Ia memakai kaos paslon, "
                       "ikut yel yel, dan memotret dirinya dengan calon.",
                       position="Pengawas Kelurahan/Desa Sukamaju", subject="election_organiser_ad_hoc", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a recording only attributed to the party, denied or untested, goes to the Pokja (Perbawaslu 8/2020) --------------

def test_a_video_only_said_to_show_the_camat_and_never_authenticated_goes_to_manual():
    """UU 10/2016 Pasal 71(1) jo. 188 needs the party's own act; Perbawaslu 8/2020 (the report's evidence must be
    examined): a video 'disebut milik camat', 'belum diperiksa keasliannya', is no proof whose act it was."""
    result = _classify("Beredar video di grup Facebook warga berisi seorang pria yang meminta ketua RT mengarahkan warga "
                       "memilih paslon nomor 1. Video itu disebut milik Camat Sukamaju. Camat membantah dan menyebut video "
                       "itu editan. Video itu belum diperiksa keasliannya.", position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_a_recording_the_reporter_made_himself_of_the_camat_keeps_the_act():
    """Over-reach: 'saya merekam sendiri camat meminta ketua RT ...' is a first-hand account: an act of office for a
    pair (Pasal 71(1) jo. 188)."""
    result = _classify("Di rapat koordinasi di kantor kecamatan, Camat Sukamaju meminta para ketua RT mengarahkan warga "
                       "memilih paslon nomor 1. Saya hadir dan merekam sendiri ucapannya.",
                       position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- the organiser's official material for every pair is no pair's content (UU 10/2016 Pasal 65(1)-(2); SKB 2022) --------

def test_pasal_65_sharing_the_kpu_s_official_poster_of_all_pairs_without_comment_is_lawful():
    """UU 10/2016 Pasal 65(1) huruf c and (2), Pasal 1 angka 21 (public debate is facilitated by the KPU for all pairs; campaign
    content is a pair's): a PNS who 'membagikan pengumuman resmi KPU tentang jadwal debat yang memuat kedua
    pasangan calon', adding nothing, shares no pair's content (SKB 2022)."""
    result = _classify("Seorang PNS dinas sosial membagikan di status WhatsApp-nya pengumuman resmi KPU kabupaten "
                       "tentang jadwal debat ketiga yang memuat foto kedua pasangan calon dengan ukuran sama. Ia tidak "
                       "menambahkan tulisan apa pun.", position="Analis Dinas Sosial", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_sharing_one_pair_s_poster_is_still_social_media_support():
    """Over-reach: sharing a pair's own campaign poster with 'dukung nomor 2' is an ASN's social-media breach."""
    result = _classify("Seorang PNS dinas sosial membagikan di status WhatsApp-nya poster kampanye paslon nomor 2 dengan "
                       "tulisan dukung nomor 2.", position="Analis Dinas Sosial", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- attending the KPU's own stage event is no act for a pair (UU 10/2016 Pasal 71(1); Pasal 1 angka 21) -------------

def test_pasal_71_an_acting_regent_who_asks_all_pairs_for_a_peaceful_race_at_the_kpu_s_draw_acts_for_none():
    """UU 10/2016 Pasal 71(1) and (3) (acts that favour or harm a pair): a Pj Bupati invited to the KPU's 'pengundian
    nomor urut' who 'meminta kedua pasangan calon menjaga ikrar damai' favours no pair."""
    result = _classify("Pj Bupati hadir di rapat pleno pengundian nomor urut pasangan calon bupati atas undangan resmi "
                       "KPU kabupaten dan memberi sambutan. Ia meminta kedua pasangan calon menjaga ikrar damai.",
                       position="Penjabat Bupati Sukamaju", subject="regional_head", day="2024-09-23")
    assert result.category == LAWFUL and not result.crime_indication


def test_an_acting_regent_who_asks_for_a_vote_at_the_kpu_s_event_acts_for_a_pair():
    """Over-reach: at the same event 'meminta ASN memilih paslon nomor 1' is an act of office for a pair (Pasal
    71(1), (3) jo. 71(4))."""
    result = _classify("Pj Bupati hadir di rapat pleno pengundian nomor urut pasangan calon bupati atas undangan KPU "
                       "kabupaten dan dalam sambutannya meminta ASN memilih paslon nomor 1.",
                       position="Penjabat Bupati Sukamaju", subject="regional_head", day="2024-09-23")
    assert result.category != LAWFUL


# --- no office logo on a pair's banner says nothing of the pair (SKB 2022; PP 94/2021 Pasal 5 huruf n) ---------------

def test_skb_2022_a_pns_who_hangs_a_pair_s_banner_without_his_office_s_logo_still_breaches():
    """SKB 2022 and PP 94/2021 Pasal 5 huruf n (an ASN may not put up a pair's campaign props): 'tidak ada lambang
    maupun logo instansi pada baliho itu' tells the banner bears no office mark, not that it is no pair's."""
    result = _classify("Sdr. K, PNS Dinas Perhubungan, memasang sendiri baliho pasangan calon wali kota nomor urut 3 di "
                       "depan rumahnya. Tidak ada atribut maupun logo instansi pada baliho itu.",
                       position="Staf Dinas Perhubungan", day=CAMPAIGN)
    assert result.category == "discipline_campaign_props"


def test_a_routine_task_without_any_pair_s_mark_is_still_lawful():
    """Over-reach: a PNS who hangs the agency's road-safety banner 'tanpa gambar atau nama paslon mana pun' does a
    routine task with no pair's content (SKB 2022)."""
    result = _classify("Sdr. K, PNS Dinas Perhubungan, memasang spanduk keselamatan lalu lintas dari dinas di simpang "
                       "pasar sebagai tugas rutin. Tidak ada gambar atau nama paslon mana pun pada spanduk itu.",
                       position="Staf Dinas Perhubungan", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- a public service withheld because the applicant backs a pair (UU 10/2016 Pasal 71(1) jo. 188) -------------------

def test_pasal_71_1_a_village_head_who_holds_back_a_letter_because_of_a_pair_s_sticker_harms_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 (an official's act that harms a pair; review A1): 'surat pengantar saya ditunda
    karena ada stiker paslon 1 di rumah saya' withholds a public service from a pair's supporter."""
    result = _classify("Saya minta surat pengantar nikah ke kantor desa tanggal 20 Oktober. Kepala desa bilang surat "
                       "pengantar saya ditunda karena ada stiker paslon 1 di rumah saya.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


def test_a_letter_issued_to_a_candidate_s_team_like_any_resident_s_is_public_service():
    """Over-reach: a lurah who issues 'surat keterangan domisili' to a pair's team like any resident does his duty
    (UU 25/2009 Pasal 4: equal service)."""
    result = _classify("Lurah menerbitkan surat keterangan domisili untuk posko tim paslon 1 sesuai prosedur, sama seperti "
                       "warga lain yang mengurus surat keterangan domisili.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- an old photo only supposed is no finding (SKB 2022; Perbawaslu 8/2020) -----------------------------------------

def test_a_photo_the_reporter_only_supposes_is_old_does_not_clear_an_officer():
    """SKB 2022 (a photo with a candidate before the candidacy is no breach) needs the photo's date: 'tidak tahu
    kapan foto itu diambil, bisa jadi itu foto lama' is a guess, not the report's finding, so it clears nothing."""
    result = _classify("Beredar foto anggota Polres berseragam berpose dengan calon bupati nomor 2 sambil tersenyum. "
                       "Saya tidak tahu kapan foto itu diambil, bisa jadi itu foto lama.",
                       position="Anggota Polres Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_photo_the_report_dates_before_the_candidacy_is_still_an_old_photo():
    """Over-reach: 'foto itu foto lama dari 2019, sebelum ia calon' is the report's finding: no breach (SKB 2022)."""
    result = _classify("Beredar foto anggota Polres berseragam berpose dengan calon bupati nomor 2. Foto itu foto lama "
                       "dari acara HUT Bhayangkara 2019, jauh sebelum ada pasangan calon.",
                       position="Anggota Polres Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- witnesses who place the party elsewhere at the same hour (Perbawaslu 8/2020: facts to be settled) ---------------

def test_witnesses_who_say_the_party_was_at_work_at_the_same_hour_send_the_report_to_manual():
    """Perbawaslu 8/2020 (the Pokja settles the facts): 'kepala sekolah menyatakan ia sedang mengajar di kelas pada jam
    yang sama' places the party elsewhere, against the account that she was at the rally: two accounts, manual."""
    result = _classify("Dua warga menyatakan melihat guru PNS Sdri. L memakai kaos paslon nomor 2 di kampanye di pasar "
                       "pada 25 Oktober pukul 09.00. Namun kepala sekolah menyatakan ia sedang mengajar di kelas pada jam "
                       "yang sama, dan daftar hadir mencatat namanya.", position="Guru SMP Negeri 2", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_party_seen_at_the_rally_whom_no_one_places_elsewhere_keeps_the_breach():
    """Over-reach: 'kepala sekolah menyatakan ia sudah izin pulang' places her nowhere else: her rally stands (SKB
    2022)."""
    result = _classify("Dua warga menyatakan melihat guru PNS Sdri. L memakai kaos paslon nomor 2 di kampanye di pasar "
                       "pada 25 Oktober pukul 09.00. Kepala sekolah menyatakan ia sudah izin pulang sejak pagi.",
                       position="Guru SMP Negeri 2", day=CAMPAIGN)
    assert result.category != MANUAL and result.category != LAWFUL


# --- a candidate whose campaign soldiers or police take part in (UU 10/2016 Pasal 70(1) jo. 189) ---------------------

def test_pasal_70_1_a_candidate_whose_police_escort_hands_out_her_stickers_involves_polri():
    """UU 10/2016 Pasal 70(1) huruf b jo. 189 (a pair may not involve TNI/Polri members in the campaign; review A3:
    in the campaign period): a candidate 'didampingi dua anggota Polres berseragam yang ikut membagikan stiker paslon'
    involves the police in her campaign."""
    result = _classify("Calon wali kota nomor 1 berkampanye di pasar pada 30 Oktober didampingi dua anggota Polres "
                       "berseragam yang ikut membagikan stiker paslon kepada pedagang.",
                       position="Calon Wali Kota nomor urut 1", subject="candidate", day=CAMPAIGN)
    assert result.category == "election_crime_candidate_involvement"


def test_a_candidate_with_a_police_escort_that_only_guards_is_no_involvement():
    """Over-reach: an escort that only guards the rally ('dikawal dua anggota Polres yang berjaga di pintu masuk')
    involves no one in the campaign (UU 2/2002 Pasal 13-14: security is police duty)."""
    result = _classify("Calon wali kota nomor 1 berkampanye di pasar pada 30 Oktober dikawal dua anggota Polres yang "
                       "berjaga di pintu masuk sesuai surat perintah pengamanan.",
                       position="Calon Wali Kota nomor urut 1", subject="candidate", day=CAMPAIGN)
    assert result.category != "election_crime_candidate_involvement"
