"""Round 40: the general gaps the thirty-ninth blind set's misses showed (measured once unseen on round 39, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation. A former regional secretary the report calls 'sekarang calon wakil
bupati nomor urut 3 yang sudah ditetapkan KPU' was read as a serving ASN with a Pasal 71(1) crime because the reading of
a candidate who resigned (round 34) needed the resignation told; a candidate KPU determined has resigned by law
(UU 10/2016 Pasal 7(2) huruf t), so the determination now tells it (description_determined_candidates), not when the
report says he has not resigned, not for a relative who is the candidate, and not for an elected head who runs on leave
(Pasal 70(3)). A worker whose position says PPPK and whom the office says 'ternyata ia tenaga honorer' was kept PPPK:
that answer now corrects the position (description_status_corrections; UU 20/2023 Pasal 1), unless he has since been
appointed. A check that finds 'tidak ada cuti di luar tanggungan negara' confirms a spouse's campaign and no longer
reads as the report denying the act (laporan_sendiri_membantah; SKB 2022 ethics). Also: the retirement of 'dua camat
lama' is theirs, not the head's (subjects.py; Pasal 71(2)); an ASN who came 'karena mengira' it was another event and
left before a team's meeting began took no part (pamit_sebelum_acara_berpihak; SKB 2022, PP 94/2021 Pasal 5 huruf n),
and the belief is hers, no hedge; ID copies gathered 'untuk pendataan paslon' or on a quota are an official's act for a
pair (tekanan_dan_pengerahan; Pasal 71(1) jo. 188); a pose with a candidate uploaded by a pair's team account is a photo
with a candidate, the caption the team's (foto_dengan_calon, kampanye_daring none_of; SKB 2022 ethics)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_10_2016_pasal_7_2_t_a_former_official_now_a_determined_candidate_campaigning_is_lawful():
    """UU 10/2016 Pasal 7(2) huruf t: a candidate KPU determined has left the civil service; his own campaign is lawful."""
    result = _classify('Tolong ditindak Kepala Bappeda Lembah, Ir. Hasan, yang berorasi di lapangan desa pada 18 Oktober 2024 dan meminta warga mencoblos nomor 2. Padahal ASN harus netral. Memang dia kini calon bupati nomor urut 2 yang telah ditetapkan KPU, tapi orang masih menyebutnya kepala Bappeda.',
                       position='Kepala Bappeda Kabupaten Lembah', subject='asn_pns', day='2024-10-18')
    assert result.category == LAWFUL and result.subject_type == "candidate" and not result.crime_indication


def test_skb_2022_a_determined_candidate_who_has_not_resigned_stays_a_serving_asn():
    """Over-reach (UU 10/2016 Pasal 7(2) huruf t, SKB 2022): the report says he has not resigned and still serves."""
    result = _classify('Kepala Bappeda Lembah, Ir. Hasan, berorasi di lapangan desa pada 18 Oktober 2024 dan meminta warga mencoblos nomor 2. Dia kini calon bupati nomor urut 2, tetapi sampai sekarang belum mundur dari PNS dan masih masuk kantor.',
                       position='Kepala Bappeda Kabupaten Lembah', subject='asn_pns', day='2024-10-18')
    assert result.category not in (LAWFUL, MANUAL) and result.subject_type == "asn_pns"


def test_skb_2022_a_civil_servant_campaigning_for_a_relative_who_is_a_candidate_keeps_the_violation():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): the candidate is his brother, not the party."""
    result = _classify('Pak Rahmat, staf Bappeda, berorasi di lapangan desa pada 18 Oktober 2024 dan meminta warga mencoblos kakaknya yang sekarang calon bupati nomor urut 2.',
                       position='Staf Bappeda', subject='asn_pns', day='2024-10-18')
    assert result.category not in (LAWFUL, MANUAL) and result.subject_type == "asn_pns"


def test_uu_10_2016_pasal_70_3_an_elected_deputy_head_who_is_a_determined_candidate_stays_a_regional_head():
    """Over-reach (UU 10/2016 Pasal 70(3)): an elected head runs on leave, no resignation; he stays regional_head."""
    result = _classify('Wakil Wali Kota Tanjung berkampanye di pasar pada 18 Oktober 2024 meminta warga memilihnya. Dia sekarang calon wali kota nomor urut 1 dan tidak mengambil cuti kampanye, memakai mobil dinas.',
                       position='Wakil Wali Kota Tanjung', subject='regional_head', day='2024-10-18')
    assert result.subject_type == "regional_head"


def test_skb_2022_a_worker_taken_for_pppk_whom_the_office_says_is_contract_staff_is_not_asn():
    """SKB 2022, UU 20/2023 Pasal 1 angka 2-4: 'ternyata dia tenaga kontrak' corrects the position's PPPK."""
    result = _classify('Pak Dedi, juru parkir Dinas Perhubungan, menempel stiker paslon nomor 2 di angkot pada sore 22 Oktober 2024. Warga mengira dia PPPK. Setelah saya tanyakan ke kantornya, ternyata dia tenaga kontrak harian, belum pernah diangkat ASN. Ia melakukannya sepulang kerja.',
                       position='PPPK Dinas Perhubungan', subject='asn_pppk', day='2024-10-22')
    assert result.category == LAWFUL and result.subject_type == "other"


def test_uu_20_2023_an_honorary_worker_since_appointed_pppk_stays_pppk():
    """Over-reach (UU 20/2023 Pasal 1 angka 4, SKB 2022): 'honorer yang sudah diangkat menjadi PPPK' is PPPK."""
    result = _classify('Pak Dedi, juru parkir Dinas Perhubungan, menempel stiker paslon nomor 2 di angkot pada sore 22 Oktober 2024. Ternyata dia honorer yang sudah diangkat menjadi PPPK tahun ini.',
                       position='PPPK Dinas Perhubungan', subject='asn_pppk', day='2024-10-22')
    assert result.subject_type == "asn_pppk" and result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_check_that_finds_no_cltn_letter_confirms_the_spouse_campaign():
    """SKB 2022 ethics (spouse campaign without CLTN): 'sudah kami tanyakan: tidak ada surat cuti' confirms, not denies."""
    result = _classify('Bu Wati, bidan PNS Puskesmas Lembah dan istri calon wali kota nomor urut 2, ikut berkeliling bersama suaminya di kampanye terbuka 30 Oktober 2024 dan berdiri di panggung. Sudah kami tanyakan ke puskesmas: tidak ada surat cuti di luar tanggungan negara untuk beliau.',
                       position='Bidan PNS Puskesmas Lembah', subject='asn_pns', day='2024-10-30')
    assert result.category == "ethics_spouse_campaign"


def test_skb_2022_a_check_that_says_someone_else_was_on_stage_still_clears_the_spouse():
    """Over-reach (Perbawaslu 8/2020; SKB 2022): the check's 'ternyata bukan dia' still denies the act."""
    result = _classify('Bu Wati, bidan PNS Puskesmas Lembah dan istri calon wali kota nomor urut 2, disebut ikut di panggung kampanye terbuka suaminya 30 Oktober 2024. Setelah kami cek ke panitia, ternyata bukan dia yang naik panggung, melainkan adiknya.',
                       position='Bidan PNS Puskesmas Lembah', subject='asn_pns', day='2024-10-30')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_2_a_head_whose_predecessor_officials_retire_is_no_former_holder():
    """UU 10/2016 Pasal 71(2): 'dua camat lama memasuki masa pensiun' is theirs; the approved rotation is lawful."""
    result = _classify('Wali Kota Tanjung melantik dua camat baru pada 10 Juni 2024. Kami cek, pelantikan itu dengan persetujuan tertulis Menteri Dalam Negeri tanggal 3 Juni 2024, karena dua camat lama memasuki masa pensiun.',
                       position='Wali Kota Tanjung', subject='regional_head', day='2024-06-10')
    assert result.category == LAWFUL and result.subject_type == "regional_head"


def test_skb_2022_a_party_who_himself_entered_retirement_stays_a_private_person():
    """Over-reach (SKB 2022 binds the serving ASN): the party's own 'memasuki masa pensiun' still makes him a retiree."""
    result = _classify('Pak Yusuf sudah memasuki masa pensiun sejak Maret 2024, lalu pada 10 Oktober 2024 ikut kampanye paslon nomor 2 di lapangan.',
                       position='Mantan Camat Lembah', subject='asn_pns', day='2024-10-10')
    assert result.subject_type == "other"


def test_skb_2022_an_asn_who_came_thinking_it_an_arisan_and_left_before_it_began_is_lawful():
    """SKB 2022, PP 94/2021 Pasal 5 huruf n: she left before the team's meeting began; 'datang karena mengira' is her belief, no hedge."""
    result = _classify('Relawan paslon nomor 1 mengundang beberapa pegawai kecamatan, termasuk Bu Ani, staf kecamatan, ke rumah seorang tokoh pada Minggu 27 Oktober 2024. Bu Ani datang karena mengira acara arisan, tetapi setelah mengetahui itu acara pemenangan ia langsung pulang sebelum acara dimulai. Fotonya di depan rumah itu, dengan spanduk paslon nomor 1 di belakangnya, lalu disebar dengan tuduhan ikut tim.',
                       position='Staf Kantor Kecamatan', subject='asn_pns', day='2024-10-27')
    assert result.category == LAWFUL


def test_skb_2022_an_asn_who_left_then_stayed_and_posed_keeps_the_violation():
    """Over-reach (SKB 2022 ethics): she meant to leave, but stayed to the end and posed with the pair's banner."""
    result = _classify('Relawan paslon nomor 1 mengundang beberapa pegawai kecamatan, termasuk Bu Ani, staf kecamatan, ke rumah seorang tokoh pada Minggu 27 Oktober 2024. Setelah mengetahui itu acara pemenangan ia sempat pamit sebelum acara dimulai, tetapi akhirnya tetap ikut sampai selesai, berfoto dengan spanduk paslon nomor 1 dan menerima kaos paslon.',
                       position='Staf Kantor Kecamatan', subject='asn_pns', day='2024-10-27')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_71_1_an_official_collecting_id_copies_for_a_pair_is_an_official_action():
    """UU 10/2016 Pasal 71(1) jo. 188: ID copies collected 'untuk pendataan pendukung paslon' with a quota."""
    result = _classify('Lurah Sukamaju, Pak Anton, pada 14 Oktober 2024 meminta para ketua RT mengumpulkan fotokopi KTP warga untuk pendataan pendukung paslon nomor 2. Ketua RT 03 menunjukkan pesan beliau: target tiap RT 50 KTP.',
                       position='Lurah Sukamaju', subject='asn_pns', day='2024-10-14')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_71_1_id_copies_collected_for_an_aid_programme_are_no_act_for_a_pair():
    """Over-reach (UU 10/2016 Pasal 71(1)): ID copies for a ministry's aid on schedule name no pair."""
    result = _classify('Lurah Sukamaju, Pak Anton, pada 14 Oktober 2024 meminta para ketua RT mengumpulkan fotokopi KTP warga untuk pendataan penerima bantuan pangan dari Kemensos sesuai jadwal.',
                       position='Lurah Sukamaju', subject='asn_pns', day='2024-10-14')
    assert result.category != "election_crime_official_action" and not result.crime_indication


def test_skb_2022_a_photo_with_the_candidate_uploaded_by_his_volunteers_is_a_photo_not_online_campaign():
    """SKB 2022 ethics (photo with a candidate): the upload and caption are the volunteers' account's, the pose hers."""
    result = _classify("Di akun Instagram relawan paslon wali kota nomor 3 diunggah foto tanggal 12 Oktober 2024: calon wali kota nomor 3 berdiri bersama empat perawat Puskesmas Lembah, salah satunya Bu Nita yang PNS. Mereka mengacungkan tiga jari. Keterangannya: 'Nakes siap menangkan nomor 3'.",
                       position='Perawat PNS Puskesmas Lembah', subject='asn_pns', day='2024-10-12')
    assert result.category == "ethics_photo_with_candidate"


def test_skb_2022_a_civil_servant_posting_an_appeal_on_her_own_account_keeps_online_campaign():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): her own post asking to win a number is online campaign."""
    result = _classify("Bu Nita, perawat PNS Puskesmas Lembah, pada 12 Oktober 2024 mengunggah di akun Facebook pribadinya poster paslon wali kota nomor 3 dengan tulisan 'Ayo menangkan nomor 3, warga Lembah!'.",
                       position='Perawat PNS Puskesmas Lembah', subject='asn_pns', day='2024-10-12')
    assert result.category == "discipline_online_campaign"
