"""Round 37: the general gaps the thirty-sixth blind set's misses showed (measured once unseen on round 36, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation: an SK that grants the party's own leave (cuti, CLTN) is a record
of her status, not an official decision she made, whether 'SK' stands before the leave words ('SK Bupati tentang
pemberian cuti di luar tanggungan negara') or after them (round 35), while an SK she issues herself is not rewritten
(UU 10/2016 Pasal 71(1); SKB 2022: the spouse rule applies outside CLTN); and removing props in the quiet period
(masa tenang, 24-26 Nov 2024, PKPU 2/2024) or on a letter from the supervisor, KPU or Satpol PP ('mencopoti', the
repeated-action form, too) is enforcement, not campaigning (penegakan_aturan_kampanye; UU 10/2016 Pasal 71(1)),
unless only one pair's props are removed or the party urges a vote. Besides: a reporter who does not know who the
person is, in either order ('tidak tahu dia siapa', as 'tidak tahu siapa dia'), identifies no party (Perbawaslu
8/2020)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


# --- an SK granting the party's own leave, named before the leave words (UU 10/2016 Pasal 71(1); SKB 2022) -----------

def test_skb_2022_a_teacher_beside_her_husband_on_an_sk_about_cltn_named_before_the_leave_is_lawful():
    """SKB 2022 spouse rule applies outside CLTN; 'SK Sekda mengenai cuti ...' records her leave (Pasal 71(1))."""
    result = _classify("Setelah diklarifikasi Panwascam, Ibu Wulan, guru PNS, memang ikut mendampingi suaminya yang "
                       "menjadi calon bupati nomor urut 2 saat kampanye dialogis 20 Oktober 2024. Ia memperlihatkan SK "
                       "Sekda mengenai cuti di luar tanggungan negara yang berlaku sejak awal September, dan tidak "
                       "memakai atribut dinas.", position="Guru SMP Negeri 3", subject="asn_pns", day="2024-10-20")
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_an_official_who_issues_an_sk_granting_leave_for_a_campaign_keeps_the_violation():
    """Over-reach (UU 10/2016 Pasal 71(1)): he issues the leave decree himself, for his staff to join a pair's rally."""
    result = _classify("Kepala Dinas Pendidikan, Pak Darto, menerbitkan SK tentang pemberian cuti bagi dua puluh guru "
                       "agar mereka bisa ikut kampanye suaminya, calon bupati nomor urut 2, pada 20 Oktober 2024.",
                       position="Kepala Dinas Pendidikan", subject="asn_pns", day="2024-10-20")
    assert result.category not in (LAWFUL, MANUAL)


# --- removing props in the quiet period or on a supervisor's letter (UU 10/2016 Pasal 71(1); PKPU 2/2024) ----------

def test_uu_10_2016_pasal_71_1_a_village_official_taking_down_every_pairs_banners_on_25_november_is_enforcement():
    """UU 10/2016 Pasal 71(1), PKPU 2/2024 (masa tenang 24-26 Nov 2024): all pairs' props, on the supervisor's letter."""
    result = _classify("Pada Senin 25 November 2024 Kasi Pemerintahan Desa Wonosari bersama Satpol PP menurunkan "
                       "spanduk dan baliho semua pasangan calon di jalan desa, sesuai surat edaran Bawaslu tentang "
                       "pembersihan alat peraga.", position="Kasi Pemerintahan Desa Wonosari",
                       subject="village_official", day="2024-11-25")
    assert result.category == LAWFUL and not result.crime_indication


def test_removing_one_pairs_banner_in_the_quiet_period_while_urging_a_vote_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 51; UU 10/2016 Pasal 71(1)): one pair's props, and he urges a vote for another."""
    result = _classify("Selasa 26 November 2024, di masa tenang, Kaur Keuangan Desa Wonosari mencopoti spanduk paslon "
                       "nomor 1 sambil bilang ke warga besok coblos nomor 2 saja.",
                       position="Kaur Keuangan Desa Wonosari", subject="village_official", day="2024-11-26")
    assert result.category not in (LAWFUL, MANUAL)


def test_removing_only_one_pairs_banners_in_the_quiet_period_is_not_read_as_enforcement():
    """Over-reach (UU 10/2016 Pasal 71(1): harming one pair): only pair 3's banners, the others left standing."""
    result = _classify("Pada Senin 25 November 2024 Kasi Pemerintahan Desa Wonosari menurunkan hanya baliho paslon "
                       "nomor 3 di jalan desa, sementara baliho paslon lain dibiarkan, katanya atas perintah kades.",
                       position="Kasi Pemerintahan Desa Wonosari", subject="village_official", day="2024-11-25")
    assert result.category != LAWFUL


# --- a reporter who does not know who the person is (Perbawaslu 8/2020: the report names the reported party) -------

def test_perbawaslu_8_2020_a_reporter_who_does_not_know_who_the_uniformed_man_is_names_no_asn():
    """Perbawaslu 8/2020: 'tidak kenal orang itu siapa dan dari kantor mana' identifies no ASN: manual, subject other."""
    result = _classify("Waktu pembagian kaos paslon nomor 1 di pasar tanggal 3 November ada bapak-bapak berseragam "
                       "cokelat yang ikut membagikan. Saya tidak kenal orang itu siapa dan dari kantor mana, bisa saja "
                       "dia cuma relawan yang memakai seragam mirip pegawai.", position="Pegawai (tidak dikenal)",
                       subject="other", day="2024-11-03")
    assert result.category == MANUAL and result.subject_type == "other"


def test_a_named_civil_servant_who_does_not_know_who_put_up_a_banner_stays_a_civil_servant():
    """Over-reach (UU 20/2023 Pasal 1): he does not know who put the banner up; who he is, is known."""
    result = _classify("Pak Anton, staf Dinas Sosial, berfoto sambil mengacungkan satu jari di depan baliho paslon "
                       "nomor 1 di rumahnya. Ia bilang tidak tahu siapa yang memasang baliho itu, tetapi fotonya ia "
                       "unggah sendiri di Facebook.", position="Staf Dinas Sosial", subject="asn_pns",
                       day="2024-11-03")
    assert result.subject_type == "asn_pns"
