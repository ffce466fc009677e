"""Round 45: the general gaps the fiftieth and fifty-first blind sets' misses showed (both measured once unseen on round
44, see their files: three lawful reports given a violation, and a village head's threat to strike voters off the
cash-aid list read as lawful), each tested with other sentences than the sets', and beside each a similar text that
keeps its answer. 'Ternyata tidak ada pupuk' says the promised fertiliser was missing, not that the report was wrong
(laporan_sendiri_membantah), so the threat stays an official's act (UU 10/2016 Pasal 71(1) jo. 188). A supervisor who
'tidak menemukan atribut, stiker, ucapan, atau ajakan' found no link to a pair (tugas_rutin_tanpa_kaitan_paslon). A
photo the pair's team posted of a nurse at work is the team's act and her duty (bertugas_dalam_unggahan_tim); only her
own upload voids a public service reading. 'Belum sempat mundur' and 'berencana mengundurkan diri' are no resignation
from party office (UU 6/2014 Pasal 29 huruf g); 'ia terlihat berdiri di barisan pengurus dan ikut dilantik' is his own
attendance; sitting 'bersama pengurus partai' is no office; and what a photo taken in 2021 shows, his shirt included,
is no act in the 2024 campaign (memakai_atribut)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_10_2016_pasal_71_1_fertiliser_that_was_not_there_does_not_retract_a_village_heads_threat():
    """UU 10/2016 Pasal 71(1) jo. 188: 'ternyata tidak ada pupuk' speaks of the promised fertiliser."""
    result = _classify('Kami diundang ke rumah kepala desa pada 24 November 2024 katanya ada pembagian pupuk. Ternyata '
                       'tidak ada pupuk, cuma kopi. Pak Kades bilang siapa yang tidak mencoblos nomor 2 namanya akan '
                       'dicoret dari penerima BLT Dana Desa tahun depan.',
                       position='Kepala Desa', subject='village_head', day='2024-11-24')
    assert result.category == "election_crime_official_action"


def test_perbawaslu_8_2020_a_report_that_finds_the_village_head_was_not_there_is_still_lawful():
    """Over-reach: 'ternyata tidak benar' still retracts the report itself."""
    result = _classify('Saya melapor kepala desa hadir di kampanye paslon nomor 2 pada 24 November 2024. Setelah saya '
                       'cek ke panitia, ternyata tidak benar, yang hadir adalah kakaknya.',
                       position='Kepala Desa', subject='village_head', day='2024-11-24')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_1_food_aid_on_the_common_schedule_with_nothing_of_a_pair_found_is_lawful():
    """UU 10/2016 Pasal 71(1): the supervisor 'tidak menemukan atribut, stiker, ucapan, atau ajakan' of any pair."""
    result = _classify('Panwascam menelusuri info lurah bagi beras untuk paslon. Pada 12 November 2024 Lurah Sukajaya '
                       'menyalurkan bantuan pangan beras dari Badan Pangan Nasional kepada keluarga penerima sesuai '
                       'daftar Dinas Sosial, pada jadwal yang sama dengan kelurahan lain. Pengawas tidak menemukan '
                       'atribut, stiker, ucapan, atau ajakan memilih pasangan calon mana pun.',
                       position='Lurah Sukajaya', day='2024-11-12')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_food_aid_handed_out_with_a_pairs_sticker_keeps_the_official_action():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): the same rice, with the pair's sticker on each sack."""
    result = _classify('Pada 12 November 2024 Lurah Sukajaya menyalurkan bantuan pangan beras kepada keluarga penerima, '
                       'dan di setiap karung ditempel stiker paslon nomor 2.',
                       position='Lurah Sukajaya', day='2024-11-12')
    assert result.category == "election_crime_official_action"


def test_skb_2022_a_nurse_at_work_in_a_photo_the_pairs_team_posted_is_lawful():
    """SKB 2022, UU 25/2009 Pasal 4: the team posted the photo; she was putting in a drip in her work uniform."""
    result = _classify('Tim paslon bupati no 2 mengunggah foto calon dirawat di IGD RSUD pada 16 Oktober 2024. Di foto '
                       'ada perawat PPPK sedang memasang infus, memakai seragam jaga, tidak tersenyum ke kamera.',
                       position='perawat PPPK', subject='asn_pppk', day='2024-10-16')
    assert result.category == LAWFUL


def test_skb_2022_a_nurse_who_posted_the_photo_herself_with_a_wish_for_the_pair_is_not_cleared():
    """Over-reach (SKB 2022): she uploaded it to her own account with a message for the pair."""
    result = _classify('Perawat PPPK di IGD RSUD mengunggah foto calon bupati no 2 yang dirawat di IGD ke akun '
                       'Instagram pribadinya pada 16 Oktober 2024 dengan tulisan semoga cepat sembuh, menangkan nomor 2.',
                       position='perawat PPPK', subject='asn_pppk', day='2024-10-16')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_6_2014_pasal_29_g_a_village_head_who_has_not_yet_resigned_from_party_office_holds_it():
    """UU 6/2014 Pasal 29 huruf g: 'belum sempat mundur' and 'berencana mengundurkan diri setelah pilkada'."""
    result = _classify('Kepala Desa Batu Putih tercatat sebagai Sekretaris PAC sebuah partai dalam SK tertanggal 3 '
                       'September 2024. Saat diklarifikasi ia mengaku belum sempat mundur dan berencana mengundurkan '
                       'diri setelah pilkada.',
                       position='Kepala Desa Batu Putih', subject='village_head', day='2024-09-03')
    assert result.category == "village_law_party_office"


def test_uu_20_2023_pasal_52_seen_standing_with_the_board_and_inaugurated_answers_his_word_that_he_was_named():
    """UU 20/2023 Pasal 52 ayat (3) huruf j: 'ia terlihat berdiri di barisan pengurus dan ikut dilantik'."""
    result = _classify('Dalam SK DPC sebuah partai tentang susunan pengurus, nama Sdr. Hadi, PNS Dinas PUPR, tercantum '
                       'sebagai wakil bendahara. Hadi '
                       'bilang namanya cuma dicatut, tetapi dalam foto Muscab 3 Agustus 2024 ia terlihat berdiri di '
                       'barisan pengurus dan ikut dilantik.',
                       position='staf Dinas PUPR', day='2024-08-03')
    assert result.category == "discipline_party_membership"


def test_uu_6_2014_pasal_29_j_a_village_head_sitting_with_party_officers_at_a_rally_takes_part_in_it():
    """UU 6/2014 Pasal 29 huruf j: 'duduk di tenda tim bersama pengurus partai' is presence, not party office."""
    result = _classify('Kepala Kampung Yoboi hadir di kampanye paslon nomor 1 pada 2 November 2024, memakai topi '
                       'paslon dan duduk di tenda tim bersama pengurus partai pengusung.',
                       position='Kepala Kampung Yoboi', subject='village_head', day='2024-11-02')
    assert result.category == "village_law_campaign"


def test_uu_6_2014_pasal_29_g_a_village_head_who_became_a_party_officer_holds_party_office():
    """Over-reach (UU 6/2014 Pasal 29 huruf g): he himself became the party's branch secretary."""
    result = _classify('Kepala Kampung Yoboi menjadi sekretaris pengurus partai tingkat distrik dan dilantik pada 2 '
                       'November 2024.',
                       position='Kepala Kampung Yoboi', subject='village_head', day='2024-11-02')
    assert result.category == "village_law_party_office"


def test_skb_2022_a_photo_taken_in_2021_shows_no_act_in_the_2024_campaign_shirt_included():
    """SKB 2022: the photo with the candidate was taken at a 2021 graduation; her yellow shirt is in it too."""
    result = _classify('Foto Ibu Guru Sinta, PNS SMPN 2, bergandengan tangan dengan calon bupati nomor 3 beredar di '
                       'Facebook sejak 5 Oktober 2024 dengan tulisan guru PNS sudah pilih 3. Ia juga memakai baju kuning '
                       'warna paslon. Tapi foto itu diambil di acara wisuda sekolah tahun 2021, ketika calon itu masih '
                       'pengusaha, dan Ibu Sinta tidak pernah membagikan ulang foto itu.',
                       position='guru', day='2024-10-05')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_29_j_a_village_head_in_the_pairs_colours_at_a_2024_rally_keeps_the_attire():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): attire in the pair's colours at the 2024 campaign itself."""
    result = _classify('Kepala Desa Taman Sari ikut kampanye paslon gubernur nomor 1 pada 3 November 2024, duduk di '
                       'depan memakai udeng dan saput warna paslon.',
                       position='Kepala Desa Taman Sari', subject='village_head', day='2024-11-03')
    assert result.category == "village_law_campaign"
