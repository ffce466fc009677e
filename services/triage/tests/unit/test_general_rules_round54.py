"""Round 54: the general gaps sets 65, 66 and 67 showed (measured once unseen on round 53, see their files: six lawful
reports given a violation), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. A post from the volunteers' account with its caption; an official speech at a government event the candidate
came to uninvited; a banner the team put up 'tanpa izin'; 'mengikuti pelatihan' and sitting beside one's husband in a
debate's audience are no spouse's campaign; an event in a photo first uploaded in 2022; 'yang juga bernama'; a police
escort in front of a convoy (SKB 2022; UU 2/2002 Pasal 13-14; UU 10/2016 Pasal 71)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"


def test_skb_2022_a_camat_reading_the_agencys_speech_at_a_harvest_the_candidate_came_to_uninvited_is_lawful():
    """SKB 2022 (the ASN's own acts): the volunteers' account posted the photo with its caption."""
    result = _classify('Saya teruskan postingan dari akun Facebook relawan paslon 01 tanggal 14 Oktober 2024: foto Pak Camat '
                       'di acara panen raya, di belakangnya calon bupati nomor 01, captionnya "Pak Camat sudah bersama kita". '
                       'Di video, Pak Camat sedang membacakan sambutan dinas pertanian, tidak angkat jari. Calonnya datang '
                       'sendiri tanpa diundang.',
                       position='Camat', day='2024-10-14')
    assert result.category == LAWFUL


def test_skb_2022_a_camat_who_gives_a_speech_for_the_pair_at_the_harvest_is_not_cleared():
    """Over-reach (SKB 2022; UU 10/2016 Pasal 71(1)): in his speech he asks the farmers to vote for the pair."""
    result = _classify('Pada 14 Oktober 2024 di acara panen raya, camat memberi sambutan dinas pertanian lalu mengajak petani '
                       'memilih calon bupati nomor 01 yang datang tanpa diundang.',
                       position='Camat', day='2024-10-14')
    assert result.category != LAWFUL


def test_skb_2022_a_teacher_away_on_training_whose_fence_the_team_used_tanpa_izin_is_lawful():
    """SKB 2022 (the ASN's own acts): the team tied the banner to his fence at night, without permission."""
    result = _classify('Spanduk paslon nomor 3 terikat di pagar rumah guru PNS pada 21 Oktober 2024. Ia sejak 19 Oktober '
                       'mengikuti pelatihan kurikulum dengan surat tugas. Istrinya menyebut spanduk dipasang malam hari oleh '
                       'beberapa pemuda tim paslon tanpa izin.',
                       position='guru', day='2024-10-21')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_sitting_beside_her_husband_in_the_kpu_debates_audience_is_lawful():
    """SKB 2022: the KPU's debate, open invitations, every pair present; her husband is no candidate."""
    result = _classify('Pada 30 Oktober 2024 KPU Kota menyelenggarakan debat publik calon wali kota. Di tribun penonton umum '
                       'seorang guru PNS duduk di barisan belakang bersama suaminya, tidak memakai atribut dan tidak bersorak.',
                       position='guru', day='2024-10-30')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_at_her_husbands_own_campaign_keeps_the_spouse_item():
    """Over-reach (SKB 2022 ethics): she stands beside her husband, who is the candidate, at his campaign."""
    result = _classify('Pada 30 Oktober 2024 seorang guru PNS hadir di kampanye bersama suaminya yang menjadi calon wali kota '
                       'dan berdiri di panggung.',
                       position='guru', day='2024-10-30')
    assert result.category == "ethics_spouse_campaign"


def test_skb_2022_a_photo_first_uploaded_in_2022_shows_no_programme_for_a_pair():
    """SKB 2022; UU 10/2016 Pasal 71: the same photo was first posted by the school in 2022, before any candidacy."""
    result = _classify('Akun Instagram relawan paslon 1 pada 23 Oktober 2024 mengunggah foto guru SMAN 1 berfoto bersama calon '
                       'gubernur nomor 1. Foto yang sama pernah diunggah akun sekolah pada Agustus 2022 waktu peresmian '
                       'laboratorium, ketika ia belum bakal calon. Para guru tidak membagikan ulang.',
                       position='guru', day='2024-10-23')
    assert result.category == LAWFUL


def test_skb_2022_a_bakso_seller_who_also_bears_the_heads_name_is_not_him():
    """SKB 2022 (the ASN's own acts): the account belongs to a trader 'yang juga bernama' Bambang."""
    result = _classify('Akun Facebook Bambang S. rajin memposting ajakan memilih paslon nomor 1 pada November 2024. Saya kira '
                       'itu Kabid Perdagangan, tetapi isi akunnya adalah pedagang bakso yang juga bernama Bambang S.; fotonya '
                       'beda dengan foto kabid di situs dinas.',
                       position='Kepala Bidang', day='2024-11-11')
    assert result.category == LAWFUL


def test_uu_2_2002_a_police_escort_in_front_of_a_convoy_is_duty():
    """UU 2/2002 Pasal 13-14: 'motor patwal di depan konvoi', as for the other pair the week before."""
    result = _classify('Pada 13 Oktober 2024 ada polisi memakai motor patwal di depan konvoi paslon nomor 1, sirene bunyi '
                       'terus. Minggu lalu saya juga lihat patwal di depan arak-arakan paslon 2.',
                       position='', subject='polri', day='2024-10-13')
    assert result.category == LAWFUL


def test_uu_2_2002_an_escort_who_shouts_for_the_pair_is_not_on_duty():
    """Over-reach (UU 2/2002 Pasal 28): the escort officer shouts the pair's win over the loudspeaker."""
    result = _classify('Pada 13 Oktober 2024 polisi dengan motor patwal di depan konvoi paslon nomor 1 berteriak lewat pengeras '
                       'suara "menangkan nomor 1".',
                       position='', subject='polri', day='2024-10-13')
    assert result.category != LAWFUL
