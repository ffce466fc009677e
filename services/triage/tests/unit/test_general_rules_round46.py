"""Round 46: the general gaps the fifty-second and fifty-third blind sets' misses showed (both measured once unseen on
round 45, see their files: five lawful reports given a violation, a Bhabinkamtibmas in the pair's shirt read as on
duty, and a village head's threat to withhold letters read as lawful), each tested with other sentences than the
sets', and beside each a similar text that keeps its answer. 'Tanpa' denies only what it governs: 'hadir tanpa seragam
dan mengenakan kaos bergambar paslon' wears the shirt (negation.py). 'Yang bertugas sebagai Bhabinkamtibmas' names a
post, not a duty at the event (UU 2/2002 Pasal 13-14). A banner put up 'tanpa sepengetahuan pemilik rumah' is the
tenant's act. Others raising their fingers around an officer on a security order, or the candidate asking him to, is
not his act, and his shake of the head ('menggeleng') is a refusal; every lawful reading then clears what it overrides
(classification.py). Refusing to serve residents ('menolak melayani') is no refusal of a team's list, and 'yang tidak
hadir di kampanye jangan minta surat pengantar' is pressure (UU 10/2016 Pasal 71(1) jo. 188). A retired officer
('Letkol (Purn.)') and a retired civil servant in a pair's team are no ASN or TNI (Pasal 70(1)). What the police post
says when asked ('orang Polsek, katanya ...') is no rumour. Taking props down on Bawaslu's recommendation explains
handling them (penegakan_aturan_kampanye)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_2_2002_pasal_28_an_officer_at_a_rally_without_uniform_and_in_the_pairs_shirt_is_not_on_duty():
    """UU 2/2002 Pasal 28: 'tanpa seragam dan mengenakan kaos bergambar paslon'; his post is no duty at the event."""
    result = _classify('Pada 12 Oktober 2024 anggota Polri yang bertugas sebagai Bhabinkamtibmas Desa Sungai Raya hadir '
                       'di kampanye dialogis paslon nomor 2 tanpa seragam dan mengenakan kaos bergambar paslon, duduk di '
                       'barisan peserta.',
                       position='Bhabinkamtibmas', subject='polri', day='2024-10-12')
    assert result.category == "polri_neutrality"


def test_uu_2_2002_pasal_13_an_officer_on_a_security_order_without_the_pairs_shirt_is_on_duty():
    """Over-reach (UU 2/2002 Pasal 13-14): no uniform, no shirt of the pair, and a security order for the event."""
    result = _classify('Pada 12 Oktober 2024 anggota Polri Bhabinkamtibmas Desa Sungai Raya hadir di kampanye dialogis '
                       'paslon nomor 2 berdasarkan surat perintah pengamanan dari Polres, berjaga di pintu masuk tanpa '
                       'atribut apa pun.',
                       position='Bhabinkamtibmas', subject='polri', day='2024-10-12')
    assert result.category == LAWFUL


def test_skb_2022_a_banner_the_tenant_put_up_without_the_owners_knowledge_is_not_the_owners_act():
    """SKB 2022 binds the ASN: 'dipasang penyewa ... tanpa sepengetahuan pemilik rumah'."""
    result = _classify('Di pagar rumah milik Pak Yusuf, PNS Dinas Pertanian, terpasang baliho paslon nomor 3 pada 8 '
                       'Oktober 2024. Rumah itu sudah dikontrakkan sejak 2023, dan baliho dipasang penyewa bersama '
                       'relawan tanpa sepengetahuan pemilik rumah.',
                       position='staf Dinas Pertanian', day='2024-10-08')
    assert result.category == LAWFUL


def test_skb_2022_a_banner_the_owner_put_up_himself_keeps_the_props():
    """Over-reach (SKB 2022): the owner put it up himself."""
    result = _classify('Pak Yusuf, PNS Dinas Pertanian, memasang baliho paslon nomor 3 di pagar rumahnya sendiri pada 8 '
                       'Oktober 2024.',
                       position='staf Dinas Pertanian', day='2024-10-08')
    assert result.category == "discipline_campaign_props"


def test_uu_34_2004_pasal_39_a_soldier_on_a_security_order_who_shook_his_head_at_the_candidates_photo_is_lawful():
    """UU 34/2004 Pasal 7 and 39: the crowd raised fingers and the candidate asked; he shook his head."""
    result = _classify('Foto di Facebook menunjukkan Babinsa berseragam berdiri di samping calon bupati nomor 2 di '
                       'panggung kampanye pada 9 November 2024, sementara warga di sekitarnya mengacungkan dua jari. Ia '
                       'masuk surat perintah pengamanan kampanye dari Kodim. Ketika calon mengajaknya berfoto sambil '
                       'mengacungkan jari, ia menggeleng dan kembali ke posisi jaga.',
                       position='Babinsa', subject='tni', day='2024-11-09')
    assert result.category == LAWFUL


def test_uu_34_2004_pasal_39_a_soldier_on_a_security_order_who_raised_the_pairs_sign_himself_is_not():
    """Over-reach (UU 34/2004 Pasal 39): he raised two fingers himself for the photo."""
    result = _classify('Babinsa berseragam yang masuk surat perintah pengamanan kampanye berdiri di samping calon bupati '
                       'nomor 2 di panggung pada 9 November 2024 dan ikut mengacungkan dua jari saat difoto.',
                       position='Babinsa', subject='tni', day='2024-11-09')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_a_village_head_who_withholds_letters_from_those_absent_from_a_rally_acts_for_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188: 'yang tidak hadir di kampanye ... jangan datang minta surat pengantar'."""
    result = _classify('Kepala Desa Waiheru mengumumkan lewat pengeras suara bahwa warga yang tidak hadir di kampanye '
                       'paslon nomor 1 hari Sabtu jangan datang minta surat pengantar ke kantor desa. Pada 5 November '
                       '2024 sekretaris desa menolak melayani dua warga yang namanya tidak ada di daftar hadir.',
                       position='Kepala Desa Waiheru', subject='village_head', day='2024-11-05')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_70_1_a_pair_whose_team_is_led_by_a_retired_officer_and_a_retired_civil_servant_is_lawful():
    """UU 10/2016 Pasal 70(1) names serving ASN and TNI: 'Letkol (Purn.)' and 'pensiunan PNS, sebagai bendahara'."""
    result = _classify('Kami melaporkan calon bupati nomor 2 karena menempatkan Kolonel (Purn.) Daniel Wenda sebagai '
                       'ketua tim kampanye dan Sdr. Markus, pensiunan PNS, sebagai bendahara dalam SK tim kampanye '
                       'tertanggal 2 Oktober 2024. Surat keterangan pensiun keduanya kami lampirkan.',
                       position='Calon Bupati', subject='candidate', day='2024-10-02')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_70_1_a_pair_whose_treasurer_is_a_serving_civil_servant_involves_asn():
    """Over-reach (UU 10/2016 Pasal 70(1) jo. 189): the treasurer is a serving PNS."""
    result = _classify('Kami melaporkan calon bupati nomor 2 karena menempatkan Sdr. Markus, PNS aktif Dinas Pendidikan, '
                       'sebagai bendahara dalam SK tim kampanye tertanggal 2 Oktober 2024.',
                       position='Calon Bupati', subject='candidate', day='2024-10-02')
    assert result.category == "election_crime_candidate_involvement"


def test_uu_2_2002_pasal_13_a_police_escort_for_every_pair_as_the_police_post_explains_is_lawful():
    """UU 2/2002 Pasal 13-14: 'aku tanya sama orang Polsek, katanya semua calon dikawal' is no rumour."""
    result = _classify('Minggu 27 Oktober 2024 konvoi calon wali kota nomor 3 lewat depan rumah, di depannya ada mobil '
                       'patroli polisi pakai sirene. Tapi aku tanya sama orang Polsek, katanya itu tugas pengawalan, '
                       'semua calon dikawal sama kalau kampanye, ada jadwalnya dari Polres. Polisinya tidak pakai '
                       'atribut apa-apa.',
                       position='polisi', subject='polri', day='2024-10-27')
    assert result.category == LAWFUL


def test_uu_2_2002_pasal_28_a_police_escort_for_one_pair_only_is_not_cleared():
    """Over-reach (UU 2/2002 Pasal 28): only one pair is escorted, with the patrol car."""
    result = _classify('Minggu 27 Oktober 2024 konvoi calon wali kota nomor 3 dikawal mobil patroli polisi pakai sirene. '
                       'Hanya paslon nomor 3 yang dikawal, konvoi paslon lain tidak.',
                       position='polisi', subject='polri', day='2024-10-27')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_satpol_pp_carrying_banners_away_on_bawaslus_recommendation_is_enforcement():
    """UU 10/2016 Pasal 71(1): props of every pair taken down on Bawaslu's recommendation."""
    result = _classify('Video malam hari memperlihatkan petugas Satpol PP, salah satunya PNS, memanggul spanduk paslon '
                       'nomor 1 dan memasukkannya ke truk pada 30 Oktober 2024. Menurut Kasatpol PP, penertiban dilakukan '
                       'berdasarkan surat rekomendasi Bawaslu tentang APK yang dipasang di luar zona, dan APK paslon 2 '
                       'dan 3 juga diturunkan malam itu.',
                       position='anggota Satpol PP', day='2024-10-30')
    assert result.category == LAWFUL
