"""Round 51: the general gaps sets 60 and 61 showed (measured once unseen on round 50, see their files: eleven lawful
reports given a violation), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. Most were who the party is: a pension decree in force, a term of office that ended, a DPRD politician, a
namesake the findings tell apart (SKB 2022 and UU 6/2014 bind serving officials; review E3). A number in a school's name
('SMPN 1 Pare') counts no people. The reporter's own acts ('saya foto dan sebar') and a friend's story are not the
party's. A banner the team put up at night without the school's knowledge is not the principal's; taking one pair's
banners down while another's stay is an act against a pair (UU 10/2016 Pasal 71(1) jo. 188)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"


def test_skb_2022_a_teacher_retired_since_2022_at_smpn_1_campaigns_as_a_citizen():
    """SKB 2022 binds serving ASN (review E3): he taught at SMPN 1 but has been retired since 2022."""
    result = _classify('Seorang pria yang disebut warga sebagai guru SMPN 1 Pare berorasi di kampanye paslon nomor 2 pada 9 '
                       'November 2024. Setelah ditanyakan ke sekolah, ia memang dulu mengajar di SMPN 1 Pare, tetapi sudah '
                       'pensiun sejak Maret 2022.',
                       position='guru', day='2024-11-09')
    assert result.category == LAWFUL and result.subject_type == "other"


def test_skb_2022_a_teacher_who_retires_next_year_is_still_serving():
    """Over-reach (SKB 2022): his pension decree takes effect only next year."""
    result = _classify('Seorang guru SMPN 1 Pare berorasi di kampanye paslon nomor 2 pada 9 November 2024. SK pensiunnya '
                       'baru berlaku tahun depan.',
                       position='guru', day='2024-11-09')
    assert result.category != LAWFUL and result.subject_type == "asn_pns"


def test_uu_6_2014_a_former_village_head_whose_term_ended_in_2023_campaigns_as_a_citizen():
    """UU 6/2014 Pasal 29-30 bind the serving village head: his term ended in December 2023."""
    result = _classify('Pak Darto berorasi di kampanye paslon nomor 1 pada 26 Oktober 2024 dan dipanggil warga "Pak Kades". '
                       'Hasil konfirmasi ke kecamatan: masa jabatan Darto sebagai kepala desa berakhir Desember 2023, dan '
                       'kini ia tidak memegang jabatan apa pun di desa.',
                       position='Kepala Desa', subject='village_head', day='2024-10-26')
    assert result.category == LAWFUL


def test_uu_6_2014_a_village_head_whose_term_ends_in_2025_is_still_serving():
    """Over-reach (UU 6/2014 Pasal 29): his term ends only in 2025."""
    result = _classify('Kepala desa berorasi di kampanye paslon nomor 1 pada 26 Oktober 2024. Masa jabatannya berakhir '
                       'pada 2025.',
                       position='Kepala Desa', subject='village_head', day='2024-10-26')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_70_a_dprd_politician_named_pejabat_dprd_is_no_civil_servant():
    """UU 10/2016 Pasal 70: a DPRD member is no ASN; the channel said asn_pns."""
    result = _classify('Seorang anggota DPRD dari partai pengusung paslon 1 menjadi juru kampanye di rapat umum paslon nomor '
                       '1 pada 24 Oktober 2024, datang dengan mobil pribadi.',
                       position='pejabat DPRD', subject='asn_pns', day='2024-10-24')
    assert result.subject_type == "regional_official" and result.category == LAWFUL


def test_skb_2022_a_namesake_the_findings_tell_apart_is_not_the_civil_servant():
    """SKB 2022 (the ASN's own acts): the team's decree names a trader who shares the teacher's name."""
    result = _classify('Nama guru PPPK Rahmat tercantum dalam SK tim kampanye paslon nomor 1 sebagai koordinator. Hasil '
                       'penelusuran: Rahmat di SK itu seorang pedagang, lahir 1975; guru PPPK itu lahir 1992. Kepala '
                       'sekolah dan tim membenarkan bahwa mereka dua orang berbeda.',
                       position='guru PPPK', subject='asn_pppk', day='2024-10-03')
    assert result.category == LAWFUL


def test_skb_2022_a_civil_servant_in_the_teams_decree_stays_on_it():
    """Over-reach (SKB 2022): the decree names the teacher himself, and nothing tells him apart."""
    result = _classify('Nama guru PPPK Rahmat tercantum dalam SK tim kampanye paslon nomor 1 sebagai koordinator kecamatan '
                       'sejak 3 Oktober 2024.',
                       position='guru PPPK', subject='asn_pppk', day='2024-10-03')
    assert result.category == "discipline_campaign_attendance"


def test_skb_2022_a_banner_the_team_put_up_at_night_without_the_schools_knowledge_is_not_the_principals():
    """SKB 2022 (the ASN's own acts): she asked for it to be taken down the next morning."""
    result = _classify('Pada 14 Oktober 2024 di pagar sekolah terpasang spanduk paslon nomor 2. Spanduk dipasang malam '
                       'sebelumnya oleh beberapa orang tim pemenangan tanpa sepengetahuan sekolah. Pagi itu kepala sekolah '
                       'menelepon Panwascam dan meminta spanduk diturunkan; Satpol PP mencopotnya.',
                       position='Kepala Sekolah', day='2024-10-14')
    assert result.category == LAWFUL


def test_skb_2022_a_principal_who_let_the_team_put_up_the_banner_is_not_cleared():
    """Over-reach (SKB 2022): the team put it up, and she allowed it."""
    result = _classify('Pada 14 Oktober 2024 spanduk paslon nomor 2 dipasang oleh tim pemenangan di pagar sekolah, dan '
                       'kepala sekolah mengizinkan spanduk itu tetap terpasang.',
                       position='Kepala Sekolah', day='2024-10-14')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_taking_down_one_pairs_banners_and_leaving_the_others_is_an_act_against_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188: on the Kapolsek's order only pair 1's banners come down."""
    result = _classify('Pada 20 November 2024 anggota Polsek atas perintah Kapolsek menurunkan 15 baliho paslon nomor 1 '
                       'yang terpasang di titik resmi KPU, sementara baliho paslon nomor 2 di titik yang sama dibiarkan.',
                       position='Kapolsek', subject='polri', day='2024-11-20')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_34_2004_a_soldier_named_yakobus_beside_a_police_officer_uses_no_bus():
    """UU 34/2004 Pasal 39: 'Serka Yakobus bersama polisi' names no state vehicle; he escorted the ballot boxes."""
    result = _classify('Pada 24 November 2024 Serka Yakobus bersama polisi ditugaskan mengawal distribusi kotak suara dari '
                       'gudang KPU ke distrik. Saya foto dan sebar di grup WA. Beliau tidak memakai atribut dan tidak '
                       'bicara soal paslon.',
                       position='Babinsa', subject='tni', day='2024-11-24')
    assert result.category == LAWFUL
