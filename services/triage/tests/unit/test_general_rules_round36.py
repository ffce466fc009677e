"""Round 36: the general gaps the thirty-fourth blind set's misses showed (measured once unseen on round 35, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation: police on a security order at a rally do their duty (UU 2/2002
Pasal 13-14), and a cheer ('yel-yel') voids that reading only as the word itself, not as the first letters of a place
name ('Kampung Yeleta'); a photo from a private family occasion taken before any pair existed (2024 before the
registration of 27-29 August, 'waktu itu belum menyatakan diri'), without a gesture, prop or appeal, is no photo with
a candidate and no post for a pair, even when the party posted it herself (SKB 2022 binds support to a bakal calon or
calon). Besides: an appeal put as advice ('sebaiknya ... memilih paslon nomor 3') at an official forum, a police
'acara sambang' among them, is an official's act for a pair, for Polri a crime from 14 Nov 2024 (UU 10/2016 Pasal
71(1) jo. 188, MK 136/PUU-XXII/2024); gathering people at one's home and asking them to help a pair is a partisan
meeting (SKB 2022; PP 49/2018 for PPPK); being added to a pair's group by its admin and leaving without a message is
no joining (SKB 2022 ethics); handing out a pair's stickers and calendars door to door, without a team or the pair's
programme, is spreading props, not taking part in the campaign (SKB 2022 discipline); a 'Kades' whose agency is a
kelurahan is the lurah, a PNS (UU 23/2014 Pasal 229(3)-(4)), and a Pj kepala desa whose position says PNS is an ASN
(UU 6/2014 Pasal 46-47; PP 43/2014 Pasal 58(1)); 'saya kira dia PNS ... dia penyuluh PPPK' corrects the status (UU
20/2023 Pasal 1); 'eh bukan kades, kayaknya sekdes' doubts who the party is (Perbawaslu 8/2020)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


# --- security duty at a rally, and a place name that only begins like a cheer (UU 2/2002 Pasal 13-14) ---------------

def test_uu_2_2002_pasal_13_14_police_on_a_security_order_at_a_rally_in_kampung_yeleta_do_their_duty():
    """UU 2/2002 Pasal 13-14: 'Yeleta' is a place, no 'yel-yel'; the order, no attribute, the other pair's rally too."""
    result = _classify("Sebuah rekaman tentang polisi di kampanye pasangan calon nomor 2 di Kampung Yeleta pada 5 "
                       "November 2024 tersebar dengan keterangan polisi dukung paslon 2. Setelah dicek Panwascam, Brigadir Markus bertugas pengamanan atas "
                       "surat perintah Kapolres; ia hanya berdiri di dekat panggung tanpa "
                       "atribut, dan tiga hari sebelumnya ia juga bertugas di kampanye pasangan nomor 1.",
                       position="Anggota Polres", subject="polri",
                       day="2024-11-05")
    assert result.category == LAWFUL and not result.crime_indication


def test_police_on_the_same_order_who_join_the_pairs_cheers_keep_the_violation():
    """Over-reach (UU 2/2002 Pasal 28(1)): the officer himself joins the pair's 'yel-yel'."""
    result = _classify("Brigadir Markus bertugas pengamanan kampanye pasangan calon nomor 2 di Kampung Yeleta pada 5 "
                       "November 2024 dengan surat perintah Kapolres, tetapi ia ikut meneriakkan yel-yel pasangan nomor "
                       "2 bersama massa.", position="Anggota Polres", subject="polri", day="2024-11-05")
    assert result.category not in (LAWFUL, MANUAL)


# --- a family occasion photographed before any pair existed (SKB 2022) ---------------------------------------------

def test_skb_2022_a_photo_from_a_family_circumcision_feast_in_may_2024_before_the_cousin_declared_is_lawful():
    """SKB 2022 binds support to a bakal calon or calon: in May 2024 the cousin had not declared; no gesture or prop."""
    result = _classify("Warga mempersoalkan foto di Instagram Bu Ratna, perawat PNS RSUD, bersama sepupunya yang kini "
                       "calon wali kota nomor 1. Foto itu diunggah 18 Mei 2024 pada syukuran khitanan anaknya, dan waktu "
                       "itu sepupunya belum menyatakan diri maju; ia baru mendaftar ke KPU akhir Agustus 2024. Di foto "
                       "itu tidak ada gestur maupun atribut.", position="Perawat PNS RSUD", subject="asn_pns",
                       day="2024-10-20")
    assert result.category == LAWFUL and not result.crime_indication


def test_the_same_family_photo_with_a_two_finger_sign_keeps_the_ethics_breach():
    """Over-reach (SKB 2022 ethics): she shows the pair's number with her fingers in the photo."""
    result = _classify("Warga mempersoalkan foto di Instagram Bu Ratna, perawat PNS RSUD, bersama sepupunya yang kini "
                       "calon wali kota nomor 1. Foto itu diunggah 18 Mei 2024 pada syukuran khitanan anaknya, dan waktu "
                       "itu sepupunya belum menyatakan diri maju, tetapi di foto itu Bu Ratna mengacungkan satu jari.",
                       position="Perawat PNS RSUD", subject="asn_pns", day="2024-10-20")
    assert result.category not in (LAWFUL, MANUAL)


# --- an appeal put as advice at an official forum (UU 10/2016 Pasal 71(1) jo. 188; MK 136/PUU-XXII/2024) -----------

def test_uu_10_2016_pasal_71_1_a_police_chiefs_advice_to_vote_a_pair_at_a_sambang_is_an_act_for_the_pair():
    """Pasal 71(1) jo. 188, for Polri from 14 Nov 2024: 'hendaknya ... memilih pasangan nomor 2' at an 'acara sambang'."""
    result = _classify("Pada acara sambang kamtibmas di balai desa Karang Sari, 21 November 2024, Kapolsek Kali Tengah "
                       "AKP Bonar berkata di depan warga dan para ketua RT bahwa hendaknya warga memilih pasangan nomor 2 "
                       "supaya kampung tetap aman.", position="Kapolsek Kali Tengah", subject="polri", day="2024-11-21")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_the_same_chief_advising_to_vote_by_conscience_commits_no_act_for_a_pair():
    """Over-reach (Pasal 71(1) protects a pair): advice to vote by conscience names no pair."""
    result = _classify("Pada acara sambang kamtibmas di balai desa Karang Sari, 21 November 2024, Kapolsek Kali Tengah "
                       "AKP Bonar berkata di depan warga dan para ketua RT bahwa hendaknya warga memilih sesuai hati "
                       "nurani dan datang ke TPS dengan tertib.", position="Kapolsek Kali Tengah", subject="polri",
                       day="2024-11-21")
    assert result.category != "election_crime_official_action" and not result.crime_indication


# --- a meeting at one's home to help a pair (SKB 2022; PP 49/2018 for PPPK) ----------------------------------------

def test_skb_2022_a_pppk_who_gathers_neighbours_at_her_home_to_help_a_pair_holds_a_partisan_meeting():
    """SKB 2022: 'mengumpulkan ... di rumahnya' and 'meminta ... membantu pasangan nomor 1'."""
    result = _classify("Sabtu 9 November 2024 Bu Yanti, penyuluh KB PPPK, mengumpulkan belasan ibu tetangga di rumahnya. "
                       "Ia meminta mereka membantu pasangan nomor 1 karena calon itu orang kampung sendiri.",
                       position="Penyuluh KB PPPK", subject="asn_pppk", day="2024-11-09")
    assert result.category == "discipline_partisan_activity" and not result.crime_indication


def test_the_same_gathering_to_help_flood_victims_is_no_partisan_meeting():
    """Over-reach (SKB 2022 binds support for a pair): help for flood victims names no pair."""
    result = _classify("Sabtu 9 November 2024 Bu Yanti, penyuluh KB PPPK, mengumpulkan belasan ibu tetangga di rumahnya. "
                       "Ia meminta mereka membantu korban banjir di desa sebelah dengan pakaian layak pakai.",
                       position="Penyuluh KB PPPK", subject="asn_pppk", day="2024-11-09")
    assert result.category != "discipline_partisan_activity"


# --- added to a pair's group by its admin (SKB 2022 ethics: joining or following a pair's group) --------------------

def test_skb_2022_a_pns_the_admin_added_to_a_pairs_group_who_left_without_a_message_did_not_join():
    """SKB 2022 ethics: 'admin grup menambahkan' him, he left, 'tanpa satu pesan pun'."""
    result = _classify("Pak Gilang, PNS Bappeda, tercatat di grup WhatsApp Relawan Paslon 3 Kecamatan Timur pada 3 Oktober "
                       "2024. Dari riwayat grup terlihat admin grup menambahkan Pak Gilang pukul 19.10 dan ia keluar "
                       "pukul 19.12, tanpa satu pesan pun.", position="PNS Bappeda", subject="asn_pns", day="2024-10-03")
    assert result.category == LAWFUL and not result.crime_indication


def test_a_pns_the_admin_added_who_then_forwarded_the_pairs_poster_keeps_the_breach():
    """Over-reach (SKB 2022 ethics): once added, he himself forwarded the pair's poster to another group."""
    result = _classify("Pak Gilang, PNS Bappeda, tercatat di grup WhatsApp Relawan Paslon 3 Kecamatan Timur pada 3 Oktober "
                       "2024. Admin grup menambahkan Pak Gilang, lalu Pak Gilang meneruskan poster paslon 3 ke grup "
                       "kantornya.", position="PNS Bappeda", subject="asn_pns", day="2024-10-03")
    assert result.category not in (LAWFUL, MANUAL)


# --- stickers and calendars door to door (SKB 2022 discipline: spreading props) ------------------------------------

def test_skb_2022_a_pns_handing_out_a_pairs_calendars_door_to_door_alone_spreads_props():
    """SKB 2022 discipline: no team and no programme: the calendars and stickers are the pair's props."""
    result = _classify("Sore 3 November 2024 Pak Hasan, staf PNS Dinas Perikanan, mendatangi rumah warga di Gang Melati "
                       "satu per satu dari rumah ke rumah dan membagikan kalender serta stiker paslon bupati nomor 4.",
                       position="Staf PNS Dinas Perikanan", subject="asn_pns", day="2024-11-03")
    assert result.category == "discipline_campaign_props" and not result.crime_indication


def test_the_same_round_with_the_pairs_team_is_taking_part_in_the_campaign():
    """Over-reach (SKB 2022 discipline): he goes door to door with the pair's team."""
    result = _classify("Sore 3 November 2024 Pak Hasan, staf PNS Dinas Perikanan, bersama tim pemenangan paslon bupati "
                       "nomor 4 mendatangi rumah warga dari rumah ke rumah dan membagikan kalender serta stiker paslon "
                       "nomor 4.", position="Staf PNS Dinas Perikanan", subject="asn_pns", day="2024-11-03")
    assert result.category == "discipline_campaign_attendance"


# --- a lurah typed as 'Kades', and a Pj kepala desa who is a PNS (UU 23/2014 Pasal 229; UU 6/2014 Pasal 47) -------

def test_uu_23_2014_pasal_229_a_kades_whose_agency_is_a_kelurahan_is_the_lurah_a_pns():
    """UU 23/2014 Pasal 229(3)-(4): a kelurahan is headed by a lurah appointed from the PNS; no kepala desa there."""
    result = _classify("Pak Darwis, lurah Tanjung Mas, duduk di kursi tamu pada sosialisasi pasangan calon wali kota nomor "
                       "3 di rumah warga RW 02 pada 12 Oktober 2024. Ia tidak bicara dan tidak memakai atribut.",
                       position="Kades Tanjung Mas", agency="Kelurahan Tanjung Mas", subject="village_head",
                       day="2024-10-12")
    assert result.subject_type == "asn_pns" and result.category == "ethics_campaign_attendance"


def test_a_kades_of_a_desa_stays_a_village_head():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): the agency is a desa, the kades is a village head."""
    result = _classify("Pak Darwis, kepala desa Tanjung Mas, duduk di kursi tamu pada sosialisasi pasangan calon bupati "
                       "nomor 3 di rumah warga dusun 2 pada 12 Oktober 2024.", position="Kades Tanjung Mas",
                       agency="Pemerintah Desa Tanjung Mas", subject="village_head", day="2024-10-12")
    assert result.subject_type == "village_head"


def test_pp_43_2014_pasal_58_a_pj_kepala_desa_whose_position_says_pns_is_an_asn():
    """UU 6/2014 Pasal 46(1), 47(1); PP 43/2014 Pasal 58(1): a penjabat kepala desa appointed from the PNS is bound as
    the ASN he is (SKB 2022)."""
    result = _classify("Pj Kepala Desa Suka Damai, Pak Rusli, hadir duduk di antara peserta sosialisasi bakal calon bupati "
                       "pada 20 Agustus 2024 di rumah tokoh desa.", position="Pj Kepala Desa Suka Damai (PNS Kecamatan)",
                       subject="village_head", day="2024-08-20")
    assert result.subject_type == "asn_pns"


def test_a_pj_kepala_desa_with_no_status_named_stays_a_village_head():
    """Over-reach (UU 6/2014): nothing says the acting village head is a PNS."""
    result = _classify("Pj Kepala Desa Suka Damai, Pak Rusli, hadir duduk di antara peserta sosialisasi bakal calon bupati "
                       "pada 20 Agustus 2024 di rumah tokoh desa.", position="Pj Kepala Desa Suka Damai",
                       subject="village_head", day="2024-08-20")
    assert result.subject_type == "village_head"


# --- a status the description corrects (UU 20/2023 Pasal 1 angka 2-4; PP 49/2018) ---------------------------------

def test_uu_20_2023_saya_kira_dia_pns_then_dia_penyuluh_pppk_is_a_pppk():
    """UU 20/2023 Pasal 1: the impression 'saya kira dia PNS' is corrected by what the office says: PPPK."""
    result = _classify("Pak Joko dari Dinas Pertanian menyukai unggahan kampanye paslon nomor 2 di Facebook pada 6 Oktober "
                       "2024. Saya kira dia PNS, namun menurut kantor dinas dia penyuluh PPPK sejak 2023.",
                       position="Penyuluh Pertanian (PNS)", subject="asn_pns", day="2024-10-06")
    assert result.subject_type == "asn_pppk"


def test_an_impression_the_office_confirms_keeps_the_pns():
    """Over-reach (UU 20/2023 Pasal 1): the office confirms he is a PNS."""
    result = _classify("Pak Joko dari Dinas Pertanian menyukai unggahan kampanye paslon nomor 2 di Facebook pada 6 Oktober "
                       "2024. Menurut kantor dinas dia memang penyuluh PNS.", position="Penyuluh Pertanian (PNS)",
                       subject="asn_pns", day="2024-10-06")
    assert result.subject_type == "asn_pns"


# --- the reporter correcting who the party is (Perbawaslu 8/2020) --------------------------------------------------

def test_perbawaslu_8_2020_eh_bukan_kades_mungkin_kaurnya_doubts_the_party():
    """Perbawaslu 8/2020: the reporter takes back whom he named and only guesses another."""
    result = _classify("Kades Sumber Agung ikut naik panggung kampanye paslon 1 tanggal 27 Oktober 2024. Eh bukan kades, "
                       "mungkin kaur keuangannya, mukanya mirip.", position="Kepala Desa Sumber Agung",
                       subject="village_head", day="2024-10-27")
    assert result.category == MANUAL and not result.crime_indication


def test_a_reporter_correcting_only_the_day_keeps_the_village_law_breach():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): 'eh bukan tanggal 26, tanggal 27' corrects the day, not the party."""
    result = _classify("Kades Sumber Agung ikut naik panggung kampanye paslon 1 dan berpidato mengajak warga memilih paslon "
                       "1. Eh bukan tanggal 26, tanggal 27 Oktober 2024.", position="Kepala Desa Sumber Agung",
                       subject="village_head", day="2024-10-27")
    assert result.category == "village_law_campaign"


# --- a retiree phrase in a relative clause about the candidate or a relative is not the party's status (review E3) ---

def test_e3_a_candidate_who_resigned_does_not_make_the_campaigning_civil_servant_a_private_person():
    """Review E3; SKB 2022: 'calon wakil bupatinya, Hendra, yang sudah mengundurkan diri sebagai PNS' tells the
    candidate's status; the staff member who spoke on the stage is still a serving ASN."""
    result = _classify("Sdr. Rudi, staf BKPSDM, berorasi di panggung kampanye paslon nomor 1 dan mengajak warga memilih "
                       "paslon itu. Calon wakil bupatinya, Hendra, yang sudah mengundurkan diri sebagai PNS, maju "
                       "bersama paslon nomor 1.", position="Staf BKPSDM", day="2024-10-20")
    assert result.subject_type == "asn_pns" and result.category not in (LAWFUL, MANUAL)


def test_e3_a_husband_who_retired_does_not_make_the_campaigning_civil_servant_a_private_person():
    """Review E3: 'suaminya yang sudah pensiun' is the husband's status, not hers."""
    result = _classify("Bu Sari, staf Dinas Sosial, berorasi di panggung kampanye paslon nomor 1 dan mengajak warga "
                       "memilih paslon itu. Suaminya yang sudah pensiun dari PNS ikut menemani.",
                       position="Staf Dinas Sosial", day="2024-10-20")
    assert result.subject_type == "asn_pns" and result.category not in (LAWFUL, MANUAL)


def test_e3_the_party_who_resigned_from_the_service_is_still_read_as_no_longer_serving():
    """Over-reach (review E3): the party's own resignation ('beliau sudah mengundurkan diri sebagai PNS') still
    makes him a private person."""
    result = _classify("Pak Darto berorasi di panggung kampanye paslon nomor 1 dan mengajak warga memilih paslon itu. "
                       "Beliau sudah mengundurkan diri sebagai PNS sejak Agustus 2024.", position="Staf BKPSDM",
                       day="2024-10-20")
    assert result.subject_type == "other" and result.category == LAWFUL
