"""Round 52: the general gaps sets 62 and 63 (measured once unseen on round 51: two lawful reports of each given a
violation) and the three left open in set 61 showed, each tested with other sentences than the sets', and beside each
a similar text that keeps its answer. Namesakes the findings tell apart by trade ('orang di video adalah ... kontraktor
swasta'), by the real holder's whereabouts, or by an account 'punya Slamet lain'; a village head whose son, no village
employee, runs the post; asking a team to leave a health post; an officer holding a radio with his back to the stage; the
crowd's raised fingers; a group's caption; the reporter's screenshot of a story; a sticker long on a hired truck whose
owner backs the pair (SKB 2022, UU 6/2014 and UU 34/2004 bind the party's own acts)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"


def test_skb_2022_the_man_in_the_video_is_a_contractor_who_shares_the_heads_name():
    """SKB 2022 (the ASN's own acts): the findings name the speaker's trade; the real head was at a meeting."""
    result = _classify('Beredar video seorang pria berpidato di kampanye paslon nomor 1 pada 6 November 2024, disebut sebagai '
                       'Kepala Dinas PUPR. Kami sudah mengecek: orang di video adalah Frans T., kontraktor swasta. Kepala '
                       'dinas yang asli pada hari itu tercatat mengikuti rapat di ibu kota provinsi.',
                       position='Kepala Dinas PUPR', day='2024-11-06')
    assert result.category == LAWFUL


def test_skb_2022_a_head_who_speaks_at_the_rally_himself_is_not_cleared_by_a_contractor_in_the_crowd():
    """Over-reach (SKB 2022): the head himself speaks; a contractor was only in the crowd."""
    result = _classify('Kepala Dinas PUPR berpidato di kampanye paslon nomor 1 pada 6 November 2024 dan mengajak warga '
                       'memilih paslon nomor 1. Di antara penonton ada seorang kontraktor swasta.',
                       position='Kepala Dinas PUPR', day='2024-11-06')
    assert result.category != LAWFUL


def test_uu_6_2014_an_account_that_belongs_to_another_man_of_the_same_name_is_not_the_village_officials():
    """UU 6/2014 Pasal 51 (the official's own acts): 'akun itu punya Slamet lain', a repairman."""
    result = _classify('Akun FB Slamet Riyadi tiap hari posting ajakan coblos paslon nomor 1. Saya kira itu Pak Slamet, '
                       'Kaur Keuangan desa kami, tapi ternyata akun itu punya Slamet Riyadi lain, tukang servis di dusun '
                       'sebelah; foto profilnya juga beda orang.',
                       position='Kaur Keuangan', subject='village_official', day='2024-11-05')
    assert result.category == LAWFUL


def test_uu_6_2014_a_village_head_whose_son_runs_the_post_and_who_never_appeared_is_lawful():
    """UU 6/2014 Pasal 29 (the head's own acts): the son, no village employee, is the coordinator."""
    result = _classify('Ada yang bilang kades jadi timses paslon nomor 2. Faktanya yang jadi koordinator itu anaknya, '
                       'bukan pegawai desa, dan poskonya di rumah atas nama anaknya sendiri. Pak kades tidak pernah '
                       'kelihatan di acara paslon.',
                       position='Kepala Desa', subject='village_head', day='2024-10-30')
    assert result.category == LAWFUL


def test_uu_6_2014_a_village_head_who_is_himself_on_the_team_beside_his_son_is_not_cleared():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): his son runs the post, and he himself joins the team's meetings."""
    result = _classify('Anaknya menjadi koordinator posko paslon nomor 2, dan kepala desa sendiri ikut rapat tim pemenangan '
                       'paslon nomor 2 di posko itu pada 30 Oktober 2024.',
                       position='Kepala Desa', subject='village_head', day='2024-10-30')
    assert result.category != LAWFUL


def test_uu_2_2002_an_officer_holding_a_radio_with_his_back_to_the_stage_is_securing_the_rally():
    """UU 2/2002 Pasal 13-14: the crowd behind him raised two fingers; a group's caption calls him a supporter."""
    result = _classify('Foto viral di grup FB sejak 2 November 2024, judul postingan "Polisi juga dukung 02". Kapolsek '
                       'berdiri di depan panggung kampanye paslon nomor 2, di belakangnya massa acung dua jari. Di video '
                       'aslinya ia memakai seragam dinas, memegang HT, tidak ikut acung jari, membelakangi panggung dan '
                       'menghadap massa.',
                       position='Kapolsek', subject='polri', day='2024-11-02')
    assert result.category == LAWFUL


def test_uu_2_2002_an_officer_who_raises_two_fingers_himself_is_not_cleared_by_his_radio():
    """Over-reach (UU 2/2002 Pasal 28): he holds a radio and raises two fingers himself."""
    result = _classify('Kapolsek berdiri di depan panggung kampanye paslon nomor 2 pada 2 November 2024, memegang HT, lalu '
                       'mengacungkan dua jari ke arah kamera.',
                       position='Kapolsek', subject='polri', day='2024-11-02')
    assert result.category != LAWFUL


def test_uu_34_2004_a_soldier_escorting_ballot_boxes_beside_a_hired_trucks_old_sticker_is_on_duty():
    """UU 34/2004 Pasal 7: the truck is hired from a private owner who backs the pair; the sticker was long there."""
    result = _classify('Pada 24 November 2024 Babinsa berdiri di samping truk yang pintunya ditempel stiker paslon nomor 4. '
                       'Truk itu sewaan KPU milik pengusaha setempat, dan stiker sudah lama ada. Babinsa ditugaskan mengawal '
                       'distribusi kotak suara.',
                       position='Babinsa', subject='tni', day='2024-11-24')
    assert result.category == LAWFUL


def test_skb_2022_a_midwife_who_asks_the_team_to_leave_the_health_post_makes_no_appeal():
    """SKB 2022 (the ASN's own acts): the team handed out stickers; she asked them to leave the posyandu."""
    result = _classify('Pada 8 Oktober 2024 di posyandu, dua orang tim paslon nomor 1 membagikan stiker kepada ibu-ibu yang '
                       'antre. Bidan meminta mereka keluar dari area posyandu dan tidak menerima stiker.',
                       position='Bidan PPPK', subject='asn_pppk', day='2024-10-08')
    assert result.category not in ("election_crime_official_action", "discipline_partisan_activity")


def test_uu_10_2016_pasal_71_1_a_midwife_who_asks_mothers_at_the_health_post_to_vote_for_a_pair_keeps_it():
    """Over-reach (UU 10/2016 Pasal 71(1); SKB 2022): she asks the mothers at the posyandu to vote for the pair."""
    result = _classify('Pada 8 Oktober 2024 di posyandu, bidan meminta ibu-ibu yang antre memilih paslon nomor 1.',
                       position='Bidan PPPK', subject='asn_pppk', day='2024-10-08')
    assert result.category not in (LAWFUL, "needs_manual_classification")
