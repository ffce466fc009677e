"""Round 53: the general gaps set 64 showed (measured once unseen on round 52, see its file: six lawful reports given a
violation), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. An
account whose owner 'adalah Darwin lain'; a term of office that 'sudah habis' and no office held 'apa apa lagi'; a meeting
led by the head's wife while no photo or account shows him there; a photo 'diunggah tim paslon' is the team's upload; a
supervisor's duty told as hearsay goes to the Pokja; the reporter's worry that state facilities 'dipakai' is no fact
(SKB 2022, UU 6/2014, UU 10/2016 Pasal 70 and 71)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_skb_2022_an_account_whose_owner_is_another_man_of_the_same_name_is_not_the_teachers():
    """SKB 2022 (the ASN's own acts): the findings show the account's owner is an honorary teacher at a private school."""
    result = _classify('Akun Facebook Darwin S. mengunggah ajakan memilih paslon nomor 1 pada 21 Oktober 2024. Warga mengira '
                       'pemiliknya guru PNS SMA Negeri 2. Hasil penelusuran: pemilik akun adalah Darwin S. lain, guru honorer '
                       'di SMA swasta, bukan ASN.',
                       position='Guru PNS', day='2024-10-21')
    assert result.category == LAWFUL


def test_skb_2022_the_teachers_own_account_keeps_the_online_campaign():
    """Over-reach (SKB 2022): the account is the PNS teacher's own."""
    result = _classify('Akun Facebook milik Darwin S., guru PNS SMA Negeri 2, mengunggah ajakan memilih paslon nomor 1 pada '
                       '21 Oktober 2024.',
                       position='Guru PNS', day='2024-10-21')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_6_2014_a_former_keuchik_whose_term_has_ended_and_who_holds_no_office_campaigns_as_a_citizen():
    """UU 6/2014 Pasal 29 binds the serving head: 'masa jabatannya sudah habis', 'tidak pegang jabatan apa apa lagi'."""
    result = _classify('Keuchik Zainal bicara di meunasah pada 23 Oktober 2024 mengajak warga pilih paslon nomor 2. Ternyata '
                       'dia keuchik lama, masa jabatannya sudah habis, gampong dipimpin Pj keuchik, dan dia tidak pegang '
                       'jabatan apa apa lagi di gampong.',
                       position='Keuchik', subject='village_head', day='2024-10-23')
    assert result.category == LAWFUL


def test_uu_6_2014_a_keuchik_still_in_office_who_asks_villagers_to_vote_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): he is the serving keuchik."""
    result = _classify('Keuchik Zainal, yang masih menjabat, bicara di meunasah pada 23 Oktober 2024 mengajak warga pilih '
                       'paslon nomor 2.',
                       position='Keuchik', subject='village_head', day='2024-10-23')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_6_2014_a_meeting_led_by_the_heads_wife_while_he_was_away_is_not_his():
    """UU 6/2014 Pasal 29 (the head's own acts): his wife led it; no photo or account shows him there."""
    result = _classify('Rumah keuchik dipakai untuk pertemuan relawan paslon nomor 1 pada 10 November 2024. Yang memimpin '
                       'pertemuan adalah istri keuchik, koordinator relawan kecamatan. Tidak ada foto atau keterangan bahwa '
                       'beliau hadir; ia sedang rapat di dinas.',
                       position='Keuchik', subject='village_head', day='2024-11-10')
    assert result.category == LAWFUL


def test_skb_2022_a_photo_the_team_uploaded_of_a_midwife_at_work_is_not_her_upload():
    """SKB 2022 (the ASN's own acts): 'foto yang diunggah tim paslon'; she did not pose."""
    result = _classify('Saat posyandu terjadwal pada 12 November 2024 calon nomor 2 datang bersama timnya. Bidan PPPK yang '
                       'sedang menimbang bayi terekam dalam foto yang kemudian diunggah tim paslon. Ia tidak berpose dan '
                       'meminta tim keluar ruangan.',
                       position='Bidan PPPK', subject='asn_pppk', day='2024-11-12')
    assert result.category not in ("ethics_social_media", "ethics_photo_with_candidate")


def test_skb_2022_a_midwife_who_uploads_the_photo_herself_keeps_the_social_media_item():
    """Over-reach (SKB 2022): she uploads the photo with the candidate to her own status."""
    result = _classify('Bidan PPPK berfoto dengan calon nomor 2 di posyandu pada 12 November 2024, lalu fotonya ia unggah di '
                       'status WhatsApp-nya.',
                       position='Bidan PPPK', subject='asn_pppk', day='2024-11-12')
    assert result.category in ("ethics_social_media", "ethics_photo_with_candidate")


def test_uu_10_2016_pasal_70_an_incumbents_worry_about_state_facilities_is_no_fact():
    """UU 10/2016 Pasal 70(2)-(3): 'kami khawatir fasilitas negara dipakai'; he came in his own car, on leave."""
    result = _classify('Bupati petahana yang kembali mencalonkan diri berkampanye pada 27 Oktober 2024. Kami khawatir '
                       'fasilitas negara dipakai. Di lokasi beliau datang dengan mobil pribadi berpelat hitam.',
                       position='Bupati', subject='regional_head', day='2024-10-27')
    assert result.category != "regional_head_programme_use"


def test_uu_10_2016_pasal_71_3_an_incumbent_who_uses_the_service_car_keeps_the_facility():
    """Over-reach (UU 10/2016 Pasal 71(3)): the findings show the official car at his campaign."""
    result = _classify('Bupati petahana yang kembali mencalonkan diri berkampanye pada 27 Oktober 2024 dengan mobil dinas '
                       'berpelat merah dan dikawal ajudan berseragam.',
                       position='Bupati', subject='regional_head', day='2024-10-27')
    assert result.category not in (LAWFUL, MANUAL)
