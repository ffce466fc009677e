"""Round 56: the general gaps sets 70 and 71 showed (measured once unseen on round 55, see their files: five lawful
reports given a violation), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. A village head who lost the village election and is 'sekarang warga biasa', and a village official who
resigned and was discharged by decree, hold no office (UU 6/2014 Pasal 29 and 51 bind the serving ones). A relative's
team role told in apposition ('anaknya, Yosef, anggota tim kampanye') or after the office ('istri kepala desa ... jadi
koordinator relawan') is the relative's, not the head's (whose_act.KIN)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_6_2014_a_head_who_lost_the_village_election_is_now_a_citizen():
    """UU 6/2014 Pasal 29: he lost the pilkades, the new head was sworn in; 'sekarang beliau warga biasa'."""
    result = _classify('Pak Rahman, dipanggil Pak Kades, jadi ketua relawan paslon nomor 1 dan pada 26 Oktober 2024 '
                       'mengumpulkan warga di rumahnya. Ternyata ia kalah di pilkades tahun lalu, kades yang baru sudah '
                       'dilantik, jadi sekarang beliau warga biasa.',
                       position='Kepala Desa', subject='village_head', day='2024-10-26')
    assert result.category == LAWFUL


def test_uu_6_2014_a_serving_head_who_leads_the_volunteers_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): he is the serving head."""
    result = _classify('Kepala desa yang sedang menjabat jadi ketua relawan paslon nomor 1 dan pada 26 Oktober 2024 '
                       'mengumpulkan warga di rumahnya.',
                       position='Kepala Desa', subject='village_head', day='2024-10-26')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_6_2014_a_village_official_discharged_by_decree_before_joining_the_team_holds_no_office():
    """UU 6/2014 Pasal 51: he resigned in August and was discharged by the head's decree; his post has an acting holder."""
    result = _classify('Kasi Pemerintahan desa menjadi pembawa acara pertemuan tim kampanye paslon nomor 2 pada 30 Oktober '
                       '2024. Hasil klarifikasi: ia mengajukan pengunduran diri pada Agustus 2024 dan diberhentikan dengan SK '
                       'kepala desa. Jabatannya kini diisi pelaksana tugas.',
                       position='Kasi Pemerintahan Desa', subject='village_official', day='2024-10-30')
    assert result.category == LAWFUL


def test_uu_6_2014_a_heads_son_on_the_team_who_put_up_the_banner_is_not_the_head():
    """UU 6/2014 Pasal 29 (the head's own acts): the son, a team member, put it up; the head did not join in."""
    result = _classify('Sejak 3 November 2024 ada baliho paslon nomor 3 di rumah sebelah rumah kepala desa. Rumah itu milik '
                       'anaknya, Yosef, anggota tim kampanye kecamatan, dan dia sendiri yang memasang baliho. Pak kades tidak '
                       'ikut memasang dan tidak memakai atribut.',
                       position='Kepala Desa', subject='village_head', day='2024-11-03')
    assert result.category == LAWFUL


def test_uu_6_2014_a_head_who_puts_up_the_banner_with_his_son_is_not_cleared():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): the head himself puts up the banner beside his son."""
    result = _classify('Pada 3 November 2024 kepala desa memasang baliho paslon nomor 3 di depan rumahnya bersama anaknya, '
                       'anggota tim kampanye kecamatan.',
                       position='Kepala Desa', subject='village_head', day='2024-11-03')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_6_2014_a_heads_wife_who_coordinates_volunteers_is_no_act_of_his():
    """UU 6/2014 Pasal 29 (the head's own acts): 'istri kepala desa ... jadi koordinator relawan'; he was away."""
    result = _classify('Istri kepala desa Air Batu, Ibu Rosmawati, jadi koordinator relawan perempuan paslon nomor 3 dan pada '
                       '5 November 2024 membuat pengajian sambil kampanye di rumahnya. Pak kades sendiri tidak hadir.',
                       position='Kepala Desa', subject='village_head', day='2024-11-05')
    assert result.category in (LAWFUL, MANUAL)
