"""Round 50: the general gaps the fifty-ninth blind set's misses showed (measured once unseen on round 49, see its
file: two lawful reports given a violation, three reports read as lawful), each tested with other sentences than the
set's, and beside each a similar text that keeps its answer. A relative's own role in a team ('suaminya, seorang
kontraktor, adalah ketua tim pemenangan') is no role of the party's (whose_act.KIN; SKB 2022 binds the ASN's own acts).
Civil servants 'tidak dalam tugas' at a rally, or a KPPS member who will 'jaga TPS' and asks voters to remember a
pair's number, are not on duty there. 'Maaf, saya ASN, tidak bisa ikut' refuses the team. Not knowing whether someone
is PPPK or an honorary worker leaves the rules that apply unknown. Replying to the coordinator's invitation is no
coordinator's role. Asking guests to help a pair is no routine duty. Road works 'diprioritaskan untuk desa yang menang
paslon 2' are an official's act for a pair (UU 10/2016 Pasal 71(1) jo. 188)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_skb_2022_a_teacher_whose_husband_heads_the_team_is_not_herself_on_it():
    """SKB 2022 (the ASN's own acts): her husband, a private trader, is the team's head; she took no part herself."""
    result = _classify('Bu Ratna, guru PNS di SMP Negeri 4, saya laporkan karena suaminya, seorang pedagang beras, adalah '
                       'ketua tim pemenangan desa untuk paslon nomor 2 sejak Oktober 2024. Bu Ratna sendiri tidak pernah '
                       'ikut rapat tim dan tidak memasang atribut apa pun.',
                       position='guru', day='2024-10-20')
    assert result.category == LAWFUL


def test_skb_2022_a_civil_servant_on_the_team_herself_beside_her_husband_is_not_cleared():
    """Over-reach (SKB 2022): her husband heads the team, and she herself is its treasurer."""
    result = _classify('Suaminya adalah ketua tim pemenangan paslon nomor 2 di desa itu, dan Bu Ratna, guru PNS, sendiri '
                       'menjadi bendahara tim pemenangan paslon nomor 2 sejak Oktober 2024.',
                       position='guru', day='2024-10-20')
    assert result.category == "discipline_campaign_attendance"


def test_skb_2022_civil_servants_not_on_duty_in_the_audience_of_a_rally_attend_it():
    """SKB 2022 (attending a campaign as a participant): not on duty, the medical post was someone else's."""
    result = _classify('Pada kampanye terbuka paslon nomor 2 tanggal 2 November 2024 empat pegawai Puskesmas Lubuk duduk '
                       'di kursi penonton sampai acara selesai. Mereka tidak dalam tugas, karena pos kesehatan dijaga tim '
                       'medis dari klinik swasta. Mereka tidak memakai atribut dan tidak ikut bersorak.',
                       position='pegawai puskesmas', day='2024-11-02')
    assert result.category == "ethics_campaign_attendance"


def test_skb_2022_a_nurse_on_the_medical_team_at_a_rally_keeps_her_duty():
    """Over-reach (SKB 2022; duty at the campaign's place): she is the medical team at the post."""
    result = _classify('Pada kampanye terbuka paslon nomor 2 tanggal 2 November 2024 seorang perawat Puskesmas Lubuk '
                       'berada di pos kesehatan sebagai tim medis yang ditugaskan dinas, menolong dua peserta yang '
                       'pingsan. Ia tidak memakai atribut dan tidak ikut bersorak.',
                       position='perawat puskesmas', day='2024-11-02')
    assert result.category == LAWFUL


def test_peraturan_dkpp_a_kpps_member_who_will_guard_the_polling_station_and_names_a_pair_is_not_on_duty():
    """Peraturan DKPP 2/2017 (organisers' neutrality): 'jangan lupa nomor 2, nanti saya yang jaga di TPS'."""
    result = _classify('Seorang anggota KPPS TPS 07 menulis di grup WhatsApp warga pada 22 November 2024: "Warga RT 3 '
                       'jangan lupa nomor 2 ya, nanti saya yang jaga di TPS, aman."',
                       position='anggota KPPS', subject='election_organiser_ad_hoc', day='2024-11-22')
    assert result.category == "organiser_ethics"


def test_skb_2022_maaf_saya_asn_tidak_bisa_ikut_refuses_the_team():
    """SKB 2022 (the ASN's own acts): the team brought vests to her office; she said she is ASN and cannot join."""
    result = _classify('Pada 14 Oktober 2024 tiga orang tim paslon nomor 2 datang ke kantor Kepala Bidang Perizinan '
                       'membawa kaos dan formulir relawan. Dalam rekaman, ia menjawab: "Mohon maaf, saya ASN, tidak bisa '
                       'ikut, silakan dibawa kembali." Kaos dan formulir dibawa pulang tim.',
                       position='Kepala Bidang', day='2024-10-14')
    assert result.category == LAWFUL


def test_skb_2022_the_reporters_view_that_asn_may_not_attend_is_no_refusal():
    """Over-reach (SKB 2022): 'menurut saya ASN tidak boleh hadir' is the reporter's view; she attended the rally."""
    result = _classify('Seorang guru PNS hadir di kampanye terbuka paslon nomor 2 pada 3 November 2024 dan duduk di '
                       'antara peserta sampai selesai. Menurut saya ASN tidak boleh hadir sebagai peserta kampanye.',
                       position='guru', day='2024-11-03')
    assert result.category == "ethics_campaign_attendance"


def test_skb_2022_not_knowing_whether_a_worker_is_pppk_or_honorary_needs_manual_classification():
    """SKB 2022 binds ASN: the reporter does not know whether she is PPPK or an honorary worker."""
    result = _classify('Seorang pegawai kontrak di RSUD, saya tidak tahu apakah dia PPPK atau masih tenaga honorer, sering '
                       'membagikan poster paslon nomor 1 ke grup WhatsApp warga pada Oktober 2024.',
                       position='pegawai kontrak', day='2024-10-12')
    assert result.category == MANUAL


def test_skb_2022_a_pppk_nurse_who_shares_a_pairs_poster_keeps_the_category():
    """Over-reach (SKB 2022): she is PPPK, and she shares the pair's poster to the residents' group."""
    result = _classify('Seorang perawat PPPK di RSUD sering membagikan poster paslon nomor 1 ke grup WhatsApp warga pada '
                       'Oktober 2024.',
                       position='perawat PPPK', subject='asn_pppk', day='2024-10-12')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_replying_to_the_coordinators_invitation_in_a_group_is_no_coordinators_role():
    """SKB 2022 (following and reacting to a pair's groups): he answered the volunteers' coordinator's invitation."""
    result = _classify('Seorang staf Setda PNS ada di grup WhatsApp relawan paslon nomor 2. Pada 9 Oktober 2024 ia membalas '
                       'ajakan koordinator relawan dengan "siap" dan memberi tanda suka pada foto kegiatan paslon.',
                       position='staf', day='2024-10-09')
    assert result.category == "ethics_social_media"


def test_skb_2022_a_civil_servant_who_is_the_volunteers_coordinator_keeps_the_team_role():
    """Over-reach (SKB 2022, a role in the campaign team): he is himself the volunteers' coordinator."""
    result = _classify('Seorang staf Setda PNS menjadi koordinator relawan paslon nomor 2 untuk kecamatan Lubuk sejak 9 '
                       'Oktober 2024.',
                       position='staf', day='2024-10-09')
    assert result.category == "discipline_campaign_attendance"


def test_skb_2022_asking_guests_to_help_a_pair_at_a_gathering_is_no_routine_duty():
    """SKB 2022 (activities leading to partisanship): no banner, but she asks the parents to help candidate number 2."""
    result = _classify('Seorang guru PNS mengundang wali murid ke rumahnya pada 10 November 2024, membagikan gula, lalu '
                       'meminta mereka membantu calon nomor 2 pada hari pencoblosan. Tidak ada spanduk atau atribut paslon '
                       'di rumahnya.',
                       position='guru', day='2024-11-10')
    assert result.category == "discipline_partisan_activity"


def test_uu_10_2016_pasal_71_1_road_works_prioritised_for_villages_that_vote_for_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188: a department head ties next year's road works to the pair's win in each village."""
    result = _classify('Kepala Dinas PUPR berkata di depan warga pada 3 November 2024 bahwa jalan desa tahun depan '
                       'diprioritaskan untuk desa yang memenangkan paslon nomor 1.',
                       position='Kepala Dinas PUPR', day='2024-11-03')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_71_1_road_works_prioritised_by_the_planning_meeting_are_no_act_for_a_pair():
    """Over-reach (UU 10/2016 Pasal 71(1)): priority by the state of the road, as the planning meeting set it."""
    result = _classify('Kepala Dinas PUPR berkata di depan warga pada 3 November 2024 bahwa jalan desa tahun depan '
                       'diprioritaskan untuk desa yang jalannya paling rusak sesuai hasil Musrenbang.',
                       position='Kepala Dinas PUPR', day='2024-11-03')
    assert result.category != "election_crime_official_action" and not result.crime_indication
