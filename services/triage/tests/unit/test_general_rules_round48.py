"""Round 48: the general gaps the fifty-sixth and fifty-seventh blind sets' misses showed (both measured once unseen on
round 47, see their files: six lawful reports given a violation), each tested with other sentences than the sets', and
beside each a similar text that keeps its answer. 'Menurut pengecekan kami di SIPOL' is where the supervisor looked,
no party membership (UU 6/2014 Pasal 64). The KPU's 'undangan resmi' to a debate is no official's act, and a photo
'ada yang memotong ... dan menyebarkan' with its caption is someone else's (penonton_debat_kpu, perbuatan_orang_lain).
A refusal of the team's photo at a health post explains the post's place in it (menolak_ajakan_calon). Walking out
'begitu calon mulai bicara' is leaving before taking part (pamit_sebelum_acara_berpihak). An appeal to vote 'sesuai
hati nurani, siapa pun calonnya' favours no pair (ajakan_memilih_sesuai_hati_nurani; UU 10/2016 Pasal 71(1)). A wife
campaigning while he says 'itu urusan istri saya, saya tidak ikut-ikut' is her act (perbuatan_keluarga_terlapor)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_6_2014_pasal_64_a_bpd_chair_checked_in_sipol_and_found_in_no_party_campaigns_lawfully():
    """UU 6/2014 Pasal 64 huruf h: 'bukan pengurus partai ... menurut pengecekan kami di SIPOL'."""
    result = _classify('Ketua BPD Desa Sumber Rejo berorasi di kampanye paslon bupati nomor 3 pada 19 Oktober 2024 dan '
                       'mengajak warga memilih. Ia bukan pengurus partai mana pun menurut pengecekan kami di SIPOL.',
                       position='Ketua BPD', subject='bpd_member', day='2024-10-19')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_64_h_a_bpd_chair_registered_as_a_party_officer_in_sipol_holds_party_office():
    """Over-reach (UU 6/2014 Pasal 64 huruf h): SIPOL lists him as the party's branch secretary."""
    result = _classify('Ketua BPD Desa Sumber Rejo terdaftar di SIPOL sebagai sekretaris pengurus anak cabang sebuah '
                       'partai sejak Agustus 2024.',
                       position='Ketua BPD', subject='bpd_member', day='2024-08-20')
    assert result.category == "village_law_party_office"


def test_skb_2022_a_head_of_office_in_the_invited_block_of_a_kpu_debate_whose_cropped_photo_others_spread_is_lawful():
    """SKB 2022, UU 10/2016 Pasal 65: the KPU's 'undangan resmi'; 'ada yang memotong fotonya dan menyebarkan'."""
    result = _classify('Kepala Dinas Perhubungan duduk di barisan undangan debat publik calon bupati yang digelar KPU '
                       'pada 8 November 2024, sesuai undangan resmi KPU. Ada yang memotong fotonya dan menyebarkan di '
                       'Facebook dengan tulisan kadis dukung paslon. Ia tidak memakai atribut dan tidak bertepuk tangan '
                       'untuk pasangan tertentu.',
                       position='Kepala Dinas Perhubungan', day='2024-11-08')
    assert result.category == LAWFUL


def test_skb_2022_a_head_of_office_who_posted_support_from_the_debate_himself_is_not_cleared():
    """Over-reach (SKB 2022): at the same debate he posted 'dukung paslon 2' on his own Facebook."""
    result = _classify('Kepala Dinas Perhubungan yang hadir di debat publik KPU pada 8 November 2024 mengunggah foto '
                       'dirinya bersama calon nomor 2 di akun Facebook pribadinya dengan tulisan dukung paslon 2.',
                       position='Kepala Dinas Perhubungan', day='2024-11-08')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_midwife_who_refused_the_teams_photo_at_the_health_post_is_lawful():
    """SKB 2022: the team came to the posyandu and asked; she refused, 'saya sedang bertugas'."""
    result = _classify('Calon bupati nomor 1 mendadak datang ke Posyandu Melati pada 17 Oktober 2024. Timnya mengajak '
                       'bidan desa berfoto sambil mengacungkan satu jari, tetapi bidan menolak dan melanjutkan '
                       'penimbangan balita.',
                       position='Bidan Desa (PNS)', day='2024-10-17')
    assert result.category == LAWFUL


def test_skb_2022_a_civil_servant_who_walked_out_as_the_candidate_began_to_speak_is_lawful():
    """SKB 2022, PP 94/2021 Pasal 5 huruf n: 'begitu calon mulai bicara ... ia berdiri dan keluar masjid'."""
    result = _classify('Pengajian rutin di masjid pada 12 Oktober 2024 didatangi mendadak oleh calon wali kota nomor 1. '
                       'Ibu Rina, PNS kelurahan yang anggota tetap pengajian, duduk di belakang. Begitu calon mulai '
                       'bicara soal programnya, Ibu Rina berdiri dan keluar masjid, tidak ikut berfoto.',
                       position='staf kelurahan', day='2024-10-12')
    assert result.category == LAWFUL


def test_skb_2022_a_civil_servant_who_stayed_and_cheered_the_candidate_is_not_cleared():
    """Over-reach (SKB 2022): she stayed, clapped and shouted the pair's number."""
    result = _classify('Pada 12 Oktober 2024 calon wali kota nomor 1 berkampanye di pengajian di masjid. Ibu Rina, PNS '
                       'kelurahan, hadir di acara paslon itu, duduk di depan dan ikut bersorak menangkan nomor 1.',
                       position='staf kelurahan', day='2024-10-12')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_71_1_a_village_head_urging_residents_to_vote_by_conscience_favours_no_pair():
    """UU 10/2016 Pasal 71(1), UU 6/2014 Pasal 29 huruf j: 'memilih sesuai hati nurani, siapa pun calonnya'."""
    result = _classify('Dalam musyawarah dusun pada 16 November 2024 kepala desa mengumumkan lokasi TPS, lalu mengajak '
                       'warga datang ke TPS dan memilih sesuai hati nurani, siapa pun calonnya. Ia membaca nama ketiga '
                       'calon gubernur sesuai urutan di surat suara.',
                       position='Kepala Desa', subject='village_head', day='2024-11-16')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_29_j_a_village_head_urging_residents_to_vote_for_one_pair_is_not_cleared():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): the same meeting, but he asks them to choose number 2."""
    result = _classify('Dalam musyawarah dusun pada 16 November 2024 kepala desa mengumumkan lokasi TPS, lalu mengajak '
                       'warga datang ke TPS dan memilih nomor urut 2.',
                       position='Kepala Desa', subject='village_head', day='2024-11-16')
    assert result.category != LAWFUL


def test_skb_2022_a_civil_servants_wife_campaigning_while_he_stays_out_is_her_act():
    """SKB 2022 binds the ASN: 'itu urusan istri saya, saya tidak ikut-ikut'."""
    result = _classify('Sabtu 26 Oktober 2024 istrinya keliling gang bagi-bagi stiker paslon 3 dan memasang bendera '
                       'paslon 3 di pagar rumah mereka. Waktu saya tanya, Pak Anton bilang itu urusan istri saya, saya '
                       'tidak ikut-ikut. Saya tidak pernah lihat dia ikut kampanye.',
                       position='PNS Dinas Pertanian', day='2024-10-26')
    assert result.category == LAWFUL


def test_skb_2022_a_civil_servant_who_hands_out_the_stickers_with_his_wife_keeps_the_props():
    """Over-reach (SKB 2022): he went round with his wife handing out the stickers."""
    result = _classify('Sabtu 26 Oktober 2024 Pak Anton, PNS Dinas Pertanian, bersama istrinya keliling gang '
                       'membagikan stiker paslon 3 dan memasang bendera paslon 3 di pagar rumah mereka.',
                       position='PNS Dinas Pertanian', day='2024-10-26')
    assert result.category not in (LAWFUL, MANUAL)
