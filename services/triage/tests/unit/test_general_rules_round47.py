"""Round 47: the general gaps the fifty-fourth and fifty-fifth blind sets' misses showed (both measured once unseen on
round 46, see their files: one lawful report given a violation in each, a Pj regent's rotation on an oral approval and
a DPRD member's aid 'hanya untuk yang coblos nomor 1' read as lawful), each tested with other sentences than the
sets', and beside each a similar text that keeps its answer. An approval 'diberikan secara lisan', the written one
'menyusul' or 'belum pernah diperlihatkan', is no written approval (UU 10/2016 Pasal 71(2) jo. 71(4) jo. 190).
'Anggota pengamanan sesuai surat perintah' is a security order told the other way round, and an officer at his post
in a photo near the candidate is on duty (UU 2/2002 Pasal 13-14); a meeting 'dengan alasan rapat pengamanan' where he
asks village heads to help a pair is no duty (Pasal 71(1) jo. 188, MK 136/PUU-XXII/2024). Aid 'hanya untuk yang ...
coblos nomor 1' is an act for a pair. The candidate's invitation told at length and refused later on is a refusal."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_10_2016_pasal_71_2_an_oral_approval_with_the_letter_to_follow_is_no_written_approval():
    """UU 10/2016 Pasal 71(2) jo. 71(4) jo. 190: 'sudah diberikan secara lisan ..., surat tertulis menyusul'."""
    result = _classify('Pj Bupati Tanjung Elok melantik 12 pejabat pengawas pada 4 September 2024. Sekda menyatakan '
                       'persetujuan Mendagri sudah diberikan secara lisan lewat telepon, surat tertulis menyusul. Surat '
                       'persetujuan tertulis belum pernah diperlihatkan kepada pejabat yang dilantik.',
                       position='Pj Bupati Tanjung Elok', subject='asn_pns', day='2024-09-04')
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_uu_10_2016_pasal_71_2_an_approval_letter_shown_before_the_inauguration_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 71(2)): the Minister's letter approving it was shown to the press."""
    result = _classify('Pj Bupati Tanjung Elok melantik 12 pejabat pengawas pada 4 September 2024. Sekda menunjukkan '
                       'surat Menteri Dalam Negeri tertanggal 28 Agustus 2024 yang memberikan persetujuan tertulis atas '
                       'penggantian itu.',
                       position='Pj Bupati Tanjung Elok', subject='asn_pns', day='2024-09-04')
    assert result.category == LAWFUL


def test_uu_2_2002_pasal_13_an_officer_at_his_post_in_a_photo_near_the_stage_is_on_duty():
    """UU 2/2002 Pasal 13-14: 'anggota pengamanan sesuai surat perintah', facing the crowd, no chant."""
    result = _classify('Foto polisi berseragam berdiri di samping panggung kampanye calon bupati nomor 2 viral pada 15 '
                       'November 2024. Dari video lengkap, ia berdiri menghadap massa memakai rompi, tidak bertepuk '
                       'tangan. Kasi Humas Polres menjelaskan mereka anggota pengamanan sesuai surat perintah.',
                       position='anggota polisi', subject='polri', day='2024-11-15')
    assert result.category == LAWFUL


def test_uu_2_2002_pasal_28_an_officer_who_posed_with_the_candidate_on_stage_is_not_cleared():
    """Over-reach (UU 2/2002 Pasal 28): on the same order, he posed for a photo with the candidate."""
    result = _classify('Polisi berseragam yang bertugas mengamankan kampanye calon bupati nomor 2 pada 15 November 2024 '
                       'berfoto bersama calon di atas panggung sambil tersenyum.',
                       position='anggota polisi', subject='polri', day='2024-11-15')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_a_danramil_who_asks_village_heads_to_help_a_pair_at_a_security_meeting_acts_for_it():
    """UU 10/2016 Pasal 71(1) jo. 188, MK 136/PUU-XXII/2024: 'dengan alasan rapat kesiapan pengamanan TPS'."""
    result = _classify('Pada 21 November 2024 Danramil mengundang delapan kepala desa ke Makoramil dengan alasan rapat '
                       'kesiapan pengamanan TPS. Di akhir pertemuan ia meminta para kades membantu pasangan calon nomor '
                       '2.',
                       position='Danramil', subject='tni', day='2024-11-21')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_34_2004_pasal_7_a_danramils_security_meeting_for_the_polling_stations_is_on_duty():
    """Over-reach (UU 34/2004 Pasal 7, tugas perbantuan): the meeting is only about securing the polling stations."""
    result = _classify('Pada 21 November 2024 Danramil mengadakan rapat kesiapan pengamanan TPS bersama kepala desa '
                       'dan Bhabinkamtibmas, membahas jadwal patroli dan pengamanan logistik pemungutan suara.',
                       position='Danramil', subject='tni', day='2024-11-21')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_1_a_dprd_members_aid_only_for_those_who_vote_for_a_pair_is_an_official_action():
    """UU 10/2016 Pasal 71(1) jo. 188, MK 136/PUU-XXII/2024: 'bantuan itu hanya untuk yang ... coblos nomor 1'."""
    result = _classify('Pada 20 November 2024 anggota DPRD kabupaten menyerahkan bantuan mesin perahu dari dana pokir '
                       'kepada kelompok nelayan dan mengatakan bantuan itu hanya untuk yang tanggal 27 nanti coblos '
                       'nomor 1.',
                       position='Anggota DPRD', subject='regional_official', day='2024-11-20')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_70_2_a_dprd_member_campaigning_for_a_pair_without_the_offices_means_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 70(2)): a registered campaigner speaking at a rally, no aid or office means."""
    result = _classify('Pada 20 November 2024 anggota DPRD kabupaten yang terdaftar sebagai juru kampanye berorasi di '
                       'kampanye paslon nomor 1 pada hari libur.',
                       position='Anggota DPRD', subject='regional_official', day='2024-11-20')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_who_refused_the_candidates_photo_told_at_length_is_lawful():
    """SKB 2022: 'calon mengajak seorang ibu guru SMA ..., untuk foto sambil mengacungkan dua jari ... menolak'."""
    result = _classify('Beredar video TikTok kunjungan calon bupati nomor 1 ke pasar pada 29 Oktober 2024. Di video itu '
                       'calon mengajak seorang ibu guru SMA Negeri 3, Ibu Nurlina, untuk foto sambil mengacungkan satu '
                       'jari. Pelapor awalnya menyangka ibu guru itu ikut berfoto. Tetapi di akhir video terlihat jelas '
                       'ibu guru menolak dan langsung pergi.',
                       position='guru', day='2024-10-29')
    assert result.category == LAWFUL
