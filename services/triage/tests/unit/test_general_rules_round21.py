"""Round 21: the general gaps the nineteenth blind set's misses showed (measured once unseen on round 20, see its file),
each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Six of the
set's fourteen lawful reports were given a violation unseen; the lawful readings behind them are tested here in
general words, each with a real violation in similar words that still gets its category."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_devkit.classifier_probe import passage

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION, REPLACEMENT, PROGRAMME = ("election_crime_official_action", "regional_head_replacement_of_officials",
                                           "regional_head_programme_use")
ACTIVE, PROPS, PARTISAN, ONLINE = ("discipline_campaign_attendance", "discipline_campaign_props",
                                   "discipline_partisan_activity", "discipline_online_campaign")
PARTY, SPOUSE, SOCIAL = "discipline_party_membership", "ethics_spouse_campaign", "ethics_social_media"
ORGANISER, POLRI, VILLAGE_CAMPAIGN = "organiser_ethics", "polri_neutrality", "village_law_campaign"
WINDOW, CAMPAIGN, AFTER_MK_136 = "2024-08-12", "2024-10-21", "2024-11-18"


def _negated(text: str, word: str) -> bool:
    found = passage(text).find(rf"\b{word}\b")
    assert found, word
    return all(f.negated for f in found)


# --- the party's own leave decree referred back to ('SK tersebut') is no decision for a pair (SKB 2022 ethics) --------

def test_skb_2022_a_spouse_on_cltn_whose_leave_decree_the_report_calls_sk_itu_is_lawful():
    """SKB 2022 (ethics: a spouse-candidate's campaign only without cuti di luar tanggungan negara): 'SK itu' refers
    back to her own CLTN decree, no decision of an official for a pair (UU 10/2016 Pasal 71(1)); on CLTN she may
    accompany her husband."""
    result = _classify("Seorang pranata humas PNS hadir di rapat umum calon bupati nomor 2, suaminya sendiri, dan duduk "
                       "di antara penonton. Ia memperlihatkan SK cuti di luar tanggungan negara yang berlaku selama masa "
                       "kampanye, dan bagian kepegawaian membenarkan SK itu.", position="Pranata Humas", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_camat_s_own_decree_referred_back_to_as_sk_itu_stays_an_official_action():
    """Over-reach: a camat's decree for a pair, later called 'SK itu', is still his decision (Pasal 71(1) jo. 188)."""
    result = _classify("Camat menerbitkan SK yang menunjuk para ketua RT sebagai penggerak suara paslon nomor 1. SK itu "
                       "dibagikan kepada para ketua RT di aula kecamatan.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- a public place given in turn to every pair on the KPU's schedule (UU 10/2016 Pasal 71(1)) ------------------------

def test_pasal_71_1_a_field_lent_in_turn_to_every_pair_on_the_kpu_schedule_benefits_none():
    """UU 10/2016 Pasal 71(1) ('menguntungkan atau merugikan salah satu pasangan calon'): a lurah who lets a pair use
    the kelurahan hall on the KPU's schedule, 'digilir untuk setiap pasangan', favours no pair."""
    result = _classify("Lurah memberi izin paslon nomor 3 memakai aula kelurahan untuk kampanye. Aula itu tercantum dalam "
                       "jadwal kampanye dari KPU kota dan digilir untuk setiap pasangan.",
                       position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_hall_lent_to_one_pair_while_the_others_are_refused_stays_an_official_action():
    """Over-reach: the hall lent to one pair while the others' requests are refused is an act for that pair."""
    result = _classify("Lurah memberi izin paslon nomor 3 memakai aula kelurahan untuk kampanye, padahal permohonan "
                       "pasangan lain untuk aula yang sama ditolak.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- a team role named as the one served ('untuk koordinator tim') is someone else's (SKB 2022; UU 6/2014 Pasal 29) --

def test_uu_6_2014_pasal_29_a_routine_letter_for_a_team_coordinator_is_no_team_role_of_the_village_head():
    """UU 6/2014 Pasal 29 huruf j and UU 25/2009 Pasal 4: a village head who signs a routine certificate 'untuk
    koordinator tim' of a pair serves a resident; the team role is the applicant's, not his."""
    result = _classify("Kepala desa menandatangani surat keterangan domisili untuk koordinator tim kampanye paslon nomor 2 "
                       "yang mengontrak rumah di desa itu, dengan syarat yang sama seperti warga lain.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_village_head_who_is_himself_the_team_coordinator_takes_part_in_the_campaign():
    """Over-reach: the village head 'menjadi koordinator tim' of a pair has the role himself (UU 6/2014 Pasal 29 j)."""
    result = _classify("Kepala desa menjadi koordinator tim kampanye paslon nomor 2 di desanya dan memimpin rapat tim di "
                       "rumahnya.", position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


# --- the party's own name for the meeting is his word, not the report's finding (Peraturan DKPP 2/2017) --------------

def test_dkpp_2_2017_an_organiser_at_a_pair_s_post_who_calls_it_a_bimtek_is_not_cleared_by_his_label():
    """Peraturan DKPP 2/2017 (independence and impartiality): a KPU member at a pair's campaign post, who 'menyebut
    pertemuan itu' a technical briefing, gives his own label: it is no finding of an official activity."""
    result = _classify("Anggota KPU kabupaten terekam duduk di posko pemenangan paslon nomor 3 bersama para saksi paslon "
                       "itu. Ketika ditanya, ia mengakui hadir, tetapi menyebut pertemuan itu sebagai bimtek biasa.",
                       position="Anggota KPU Kabupaten Sukaraja", subject="election_organiser", day=CAMPAIGN)
    assert result.category == ORGANISER


def test_an_organiser_giving_the_kpu_s_own_briefing_to_all_pairs_witnesses_stays_lawful():
    """Over-reach: the KPU's own bimtek, with no label of his own, is its official activity (not campaign attendance)."""
    result = _classify("Anggota KPU kabupaten hadir sebagai narasumber bimtek saksi yang diadakan KPU di aula kantor KPU "
                       "untuk saksi semua pasangan calon.", position="Anggota KPU Kabupaten Sukaraja",
                       subject="election_organiser", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- an anonymous source is hearsay (Perbawaslu 8/2020: the material requirements) -------------------------------------

def test_perbawaslu_8_2020_an_anonymous_letter_accusing_a_camat_is_hearsay_for_the_pokja():
    """Perbawaslu 8/2020 (syarat materiel) and UU 10/2016 Pasal 71(1): a 'surat kaleng' or a leaflet 'tanpa nama
    pembuat' that says a camat gave an instruction is someone's unsigned claim, not evidence of his act: no confident
    answer and no crime indication (manual)."""
    for text in ("Beredar surat kaleng yang menyebut Camat sudah menginstruksikan para ketua RT mengarahkan warga ke "
                 "paslon nomor 2.",
                 "Di pasar tersebar selebaran tanpa nama pembuat yang menyebut Camat sudah menginstruksikan para ketua "
                 "RT mengarahkan warga ke paslon nomor 2.",
                 "Beredar pesan berantai yang pengirimnya tidak diketahui, menyebut Camat sudah menginstruksikan para "
                 "ketua RT mengarahkan warga ke paslon nomor 2."):
        result = _classify(text, position="Camat Sukaraja", day=AFTER_MK_136)
        assert result.category == MANUAL and not result.crime_indication, text


def test_a_camat_s_own_signed_instruction_stays_an_official_action():
    """Over-reach: an instruction the camat signed himself is his act (Pasal 71(1) jo. 188)."""
    result = _classify("Camat menandatangani surat edaran yang menginstruksikan para ketua RT mengarahkan warga ke paslon "
                       "nomor 2.", position="Camat Sukaraja", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_a_leaflet_an_official_hands_out_himself_is_campaign_material_not_an_anonymous_source():
    """Over-reach: 'selebaran' alone is campaign material the official spreads (SKB 2022), no anonymous source."""
    result = _classify("Kepala seksi itu membagikan selebaran paslon nomor 2 kepada warga di depan kantor kelurahan.",
                       position="Kepala Seksi Pelayanan", day=CAMPAIGN)
    assert result.category == PROPS


# --- a list of acts under one negation, written without a comma before 'atau' (negation.py) -------------------------------

def test_a_negation_reaches_every_item_of_a_list_whose_last_clause_holds_atau():
    """'tidak terlihat membalas, memberi reaksi atau meneruskan pesan itu': the negation reaches the last item too."""
    assert _negated("Di tangkapan layar ia tidak terlihat membalas, memberi reaksi atau meneruskan pesan itu.",
                    "meneruskan")


def test_a_clause_after_tetapi_is_asserted_not_part_of_the_negated_list():
    """Over-reach: 'tidak memakai kaos, tetapi mengacungkan jari atau berteriak': what follows 'tetapi' is asserted."""
    assert not _negated("Ia tidak memakai kaos, tetapi mengacungkan jari atau berteriak bersama massa.", "berteriak")


# --- a silent member of a group someone else posts in (SKB 2022 ethics: like, comment, share, follow) ----------------

def test_skb_2022_a_silent_member_of_a_residents_group_where_another_posts_a_pair_s_poster_is_lawful():
    """SKB 2022 ethics bars liking, commenting, sharing or following a pair's content or group: an ASN who is only a
    member of an alumni group where another member posts a pair's poster, and who 'tidak membalas' it, does none."""
    result = _classify("Di grup WhatsApp alumni SMA yang beranggotakan 90 orang, seorang anggota memposting poster paslon "
                       "nomor 1. Pak Danu, PNS dinas pertanian, memang tergabung di grup itu, tetapi tidak membalas, "
                       "memberi jempol atau meneruskan poster tersebut.", position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_group_member_who_forwards_the_poster_still_shares_it():
    """Over-reach: the member who 'tidak membalas, tetapi kemudian meneruskan' the poster elsewhere shares it."""
    result = _classify("Di grup WhatsApp alumni SMA, seorang anggota memposting poster paslon nomor 1. Pak Danu, PNS dinas "
                       "pertanian, tergabung di grup itu; ia tidak membalas, tetapi kemudian meneruskan poster paslon "
                       "tersebut ke grup kantornya.", position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category == SOCIAL


def test_a_group_member_who_replies_to_the_poster_himself_comments_on_it():
    """Over-reach: the member who does not forward the poster but 'ia membalas poster itu' comments on it (SKB 2022)."""
    result = _classify("Di grup WhatsApp alumni SMA, seorang anggota memposting poster paslon nomor 1. Pak Danu, PNS dinas "
                       "pertanian, tergabung di grup itu dan tidak meneruskan poster tersebut, tetapi ia membalas poster "
                       "itu dengan tulisan mantap, menang.", position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category == SOCIAL


def test_a_silent_member_of_the_pair_s_own_volunteer_group_follows_the_pair_s_group():
    """Over-reach: membership of 'grup relawan paslon' is following the pair's group (SKB 2022), silent or not."""
    result = _classify("Pak Danu, PNS dinas pertanian, tergabung dalam grup relawan paslon nomor 1 sejak September, "
                       "walaupun tidak pernah membalas pesan di sana.", position="Penyuluh Pertanian", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- an academic opinion that weighs every pair alike (UU 12/2012 Pasal 8-9; SKB 2022) --------------------------------

def test_uu_12_2012_pasal_8_a_lecturer_s_analysis_of_every_pair_s_programme_without_an_appeal_is_lawful():
    """UU 12/2012 Pasal 8-9 (kebebasan akademik, kebebasan mimbar akademik) and SKB 2022 (partisan activity): a
    lecturer's 'kajian' of every pair's programme with the same yardstick and no appeal to vote shows no partisanship,
    though one pair's team dislikes it."""
    result = _classify("Dosen PNS fakultas ekonomi memaparkan kajian program ekonomi keempat pasangan calon dalam "
                       "diskusi publik di kampus, memakai data APBD yang sama untuk masing-masing. Tim salah satu paslon "
                       "keberatan karena programnya dinilai sulit dibiayai.", position="Dosen", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_lecturer_s_analysis_that_ends_with_an_appeal_for_one_pair_is_partisan():
    """Over-reach: the same analysis that ends by urging the audience to vote for one pair is an appeal (SKB 2022)."""
    result = _classify("Dosen PNS fakultas ekonomi memaparkan kajian program ekonomi keempat pasangan calon dalam "
                       "diskusi publik di kampus, lalu mengajak peserta diskusi memilih paslon nomor 2.",
                       position="Dosen", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


# --- a private car while the service car stayed put (UU 10/2016 Pasal 70(3) huruf b, 71(3)) --------------------------

def test_pasal_70_3_a_regent_on_campaign_leave_in_his_private_car_uses_no_facility_of_office():
    """UU 10/2016 Pasal 70(3) (an incumbent campaigns on leave, without the facilities of his office) and 71(3): a
    regent on campaign leave whom the supervisor recorded in a 'mobil pribadi' while 'mobil dinasnya tetap di garasi
    pendopo' used no facility of his office for the pair, whatever the first report said."""
    result = _classify("Warga melaporkan bupati berkampanye di lapangan kecamatan dengan mobil dinas. Bupati berkampanye "
                       "dengan izin cuti kampanye dari gubernur, dan pengawas kecamatan mencatat ia memakai mobil pribadi "
                       "berpelat hitam, sedangkan mobil dinasnya tetap di garasi pendopo.", position="Bupati Sukaraja",
                       subject="regional_head", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_regent_in_his_private_car_but_without_leave_is_not_cleared():
    """Over-reach: the private car does not clear a regent campaigning 'tanpa cuti' on a working day (Pasal 70(3) a)."""
    result = _classify("Bupati petahana berkampanye di lapangan kecamatan pada hari kerja tanpa cuti. Ia memakai mobil "
                       "pribadi berpelat hitam dan mobil dinasnya tetap di garasi pendopo.", position="Bupati Sukaraja",
                       subject="regional_head", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_private_car_does_not_clear_an_official_s_decree_for_a_pair():
    """Over-reach (the reading explains a facility's use only, LawfulRule.kinds): a camat's circular for a pair stays
    his decision, whatever car he drove (Pasal 71(1) jo. 188)."""
    result = _classify("Camat menerbitkan surat edaran agar para kepala desa menghadirkan warga di kampanye paslon nomor 1. "
                       "Ke acara itu ia datang dengan mobil pribadi berpelat hitam, mobil dinasnya tetap di kantor "
                       "kecamatan.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- two witnesses who contradict each other: the lawful account is one of them (UU 6/2014 Pasal 29 huruf j) ---------

def test_uu_6_2014_pasal_29_a_second_reporter_who_says_he_only_passed_by_contradicts_the_first():
    """UU 6/2014 Pasal 29 huruf j needs the village head's part in the campaign: 'warga pertama' says he danced on
    stage, 'warga kedua menyatakan ia hanya lewat': two accounts, for the Pokja (manual), not a lawful finding."""
    result = _classify("Warga pertama mengatakan kepala desa berjoget di panggung kampanye paslon nomor 1 di lapangan "
                       "desa. Warga kedua menyatakan kepala desa hanya lewat dengan motornya dan tidak berhenti.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == MANUAL


def test_the_report_s_own_finding_that_he_only_passed_by_stays_lawful():
    """Over-reach: with one account, the report's own finding 'hanya lewat' clears him (laporan_sendiri_membantah)."""
    result = _classify("Ada foto kepala desa di dekat panggung kampanye paslon nomor 1. Setelah kami cek ke lokasi, kepala "
                       "desa hanya lewat dengan motornya menuju kantor desa dan tidak berhenti.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == LAWFUL


# --- a request for the Minister's approval sent after the fact, still unanswered (UU 10/2016 Pasal 71(2)) ------------

def test_pasal_71_2_a_request_for_approval_sent_after_the_installation_and_unanswered_is_no_approval():
    """UU 10/2016 Pasal 71(2) jo. 190 (review A4): the written approval must come first; a request 'baru dikirim'
    after the installation and 'belum dijawab' is none."""
    result = _classify("Wali kota melantik enam kepala bidang pada 12 Agustus 2024. Surat permohonan persetujuan kepada "
                       "Mendagri baru dikirim dua hari setelah pelantikan dan sampai kini belum dijawab.",
                       position="Wali Kota Sukaraja", subject="regional_head", day=WINDOW)
    assert result.category == REPLACEMENT and result.crime_indication


def test_an_approval_granted_before_the_installation_stays_lawful():
    """Over-reach: the Minister's written approval given before the installation is the Pasal 71(2) approval."""
    result = _classify("Wali kota melantik enam kepala bidang pada 12 Agustus 2024 setelah mendapat persetujuan tertulis "
                       "Menteri Dalam Negeri tanggal 5 Agustus 2024.", position="Wali Kota Sukaraja",
                       subject="regional_head", day=WINDOW)
    assert result.category == LAWFUL


# --- a pair's slogan on the regency's aid (UU 10/2016 Pasal 71(3) jo. 190) ---------------------------------------------

def test_pasal_71_3_the_regency_s_aid_bearing_the_pair_s_slogan_is_a_programme_used_for_the_pair():
    """UU 10/2016 Pasal 71(3) jo. 190 (from 22 Mar 2024, review A4): the regency's food aid in bags printed with the
    'slogan pasangan' the regent runs with is a programme used for that pair: a pair's slogan names the pair."""
    result = _classify("Bantuan pangan dari Dinas Sosial dibagikan dalam kantong bertuliskan 'Terus Melaju', slogan "
                       "pasangan bupati dan wakilnya di pilkada tahun ini. Desain kantong itu atas perintah bupati.",
                       position="Bupati Sukaraja", subject="regional_head", day=WINDOW)
    assert result.category == PROGRAMME and result.crime_indication


def test_the_regency_s_aid_with_only_the_regency_s_logo_is_no_programme_used_for_a_pair():
    """Over-reach: aid bags with the regency's logo and nothing of a pair are the programme itself (Pasal 71(3))."""
    result = _classify("Bantuan pangan dari Dinas Sosial dibagikan dalam kantong berlogo pemerintah kabupaten dengan "
                       "tulisan 'Bantuan Pangan Tahun 2024'.", position="Bupati Sukaraja", subject="regional_head",
                       day=WINDOW)
    assert result.category != PROGRAMME and not result.crime_indication


# --- receiving a party's membership card (UU 20/2023 Pasal 52(3) huruf j) ---------------------------------------------

def test_uu_20_2023_pasal_52_a_civil_servant_who_received_a_party_s_membership_card_is_a_member():
    """UU 20/2023 Pasal 52(3) huruf j jo. (4) and PP 11/2017 Pasal 255 (review B3): a PNS who 'menerima kartu tanda
    anggota' at a party's ceremony is a party member, however inactive he says he is."""
    result = _classify("Pada acara konsolidasi DPC sebuah partai, Pak Rahmat, staf PNS kantor kecamatan, menerima kartu "
                       "tanda anggota dari ketua DPC. Ia mengaku belum pernah ikut rapat.",
                       position="Staf Kantor Kecamatan", day="2024-07-01")
    assert result.category == PARTY


def test_a_membership_card_of_a_teachers_union_is_no_party_membership():
    """Over-reach: a 'kartu tanda anggota PGRI' received at the union's anniversary names no party."""
    result = _classify("Pada HUT PGRI di aula dinas pendidikan, Bu Sinta, guru PNS, menerima kartu tanda anggota PGRI.",
                       position="Guru SD Negeri 3", day="2024-07-01")
    assert result.category != PARTY


# --- the candidate's spouse at the candidate's own event (SKB 2022 ethics: a spouse's campaign) -----------------------

def test_skb_2022_the_candidate_s_husband_in_the_team_s_jacket_at_her_declaration_is_a_spouse_s_campaign():
    """SKB 2022 (ethics: taking part in the declaration or campaign of one's spouse without CLTN) is the provision for
    a civil servant 'yang merupakan suami calon': his team jacket at her declaration is a spouse's campaign."""
    result = _classify("Pada deklarasi calon wali kota di gedung olahraga, Pak Yoga, kepala seksi di dinas koperasi yang "
                       "merupakan suami calon wali kota, hadir di barisan depan memakai jaket tim pemenangan. Ia "
                       "tidak sedang cuti di luar tanggungan negara.", position="Kepala Seksi", day="2024-08-28")
    assert result.category == SPOUSE


def test_skb_2022_a_civil_servant_whose_husband_is_the_candidate_on_her_husband_s_stage_is_a_spouse_s_campaign():
    """SKB 2022 (ethics: a spouse's declaration without CLTN): 'yang suaminya menjadi calon bupati' on the stage of his
    declaration takes part in her spouse's campaign, not active support of a stranger's."""
    result = _classify("Pada deklarasi calon bupati, Bu Rina, kepala seksi PNS yang suaminya menjadi calon bupati, hadir dan "
                       "naik ke panggung deklarasi di samping para calon. Ia tidak sedang cuti di luar tanggungan negara.",
                       position="Kepala Seksi", day="2024-08-28")
    assert result.category == SPOUSE


def test_a_civil_servant_who_is_no_spouse_on_the_declaration_stage_gives_active_support():
    """Over-reach: a civil servant who is nobody's spouse there, on the declaration stage, gives active support."""
    result = _classify("Pada deklarasi calon bupati, Bu Rina, kepala seksi PNS, hadir dan naik ke panggung deklarasi di "
                       "samping para calon.", position="Kepala Seksi", day="2024-08-28")
    assert result.category == ACTIVE


def test_a_civil_servant_who_is_no_spouse_in_the_team_s_jacket_gives_active_support():
    """Over-reach: a civil servant who is not the candidate's spouse, in the team's jacket, gives active support."""
    result = _classify("Pada deklarasi calon wali kota di gedung olahraga, Pak Yoga, kepala seksi di dinas koperasi, hadir "
                       "di barisan depan memakai jaket tim pemenangan calon itu.", position="Kepala Seksi",
                       day="2024-08-28")
    assert result.category == ACTIVE


# --- a relative's team role, not the party's ('sepupunya yang jadi tim sukses') ----------------------------------------

def test_skb_2022_the_team_role_of_a_relative_who_gave_her_the_material_is_the_relative_s():
    """SKB 2022 (discipline: spreading a pair's material): a teacher hands out the pair's stickers 'titipan sepupunya
    yang jadi tim sukses': the team role is the cousin's, her act is spreading the material."""
    result = _classify("Bu Lina, guru PNS, membagikan stiker paslon nomor 2 kepada wali murid di gerbang sekolah. Stiker "
                       "itu titipan sepupunya yang jadi tim sukses.", position="Guru SD Negeri 2", day=CAMPAIGN)
    assert result.category == PROPS


def test_a_teacher_who_is_herself_in_the_team_has_a_team_role():
    """Over-reach: the teacher who 'sendiri jadi tim sukses' has the role herself (SKB 2022)."""
    result = _classify("Bu Lina, guru PNS, jadi tim sukses paslon nomor 2 dan mengatur jadwal pertemuan tim di "
                       "rumahnya.", position="Guru SD Negeri 2", day=CAMPAIGN)
    assert result.category == ACTIVE


# --- refusing one pair what another is given (UU 10/2016 Pasal 71(1) jo. 188; MK 136/PUU-XXII/2024) -------------------

def test_pasal_71_1_after_mk_136_a_police_chief_who_refuses_one_pair_what_he_gives_another_harms_it():
    """UU 10/2016 Pasal 71(1) jo. 188 as MK 136/PUU-XXII/2024 reads it from 14 Nov 2024 (review A1): a Kapolsek who
    'menolak memberikan' one pair's escort while he gives it to another decides against a pair."""
    result = _classify("Kapolsek menolak memberikan pengawalan untuk kampanye paslon nomor 2 dengan alasan personel "
                       "terbatas, tetapi pada hari yang sama memberikan pengawalan kepada paslon nomor 1.",
                       position="Kapolsek Sukaraja", subject="polri", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_before_mk_136_the_same_refusal_is_polri_neutrality_without_a_crime():
    """Over-reach: before 14 Nov 2024 Pasal 188 did not reach Polri members (review A1): polri_neutrality."""
    result = _classify("Kapolsek menolak memberikan pengawalan untuk kampanye paslon nomor 2 dengan alasan personel "
                       "terbatas, tetapi pada hari yang sama memberikan pengawalan kepada paslon nomor 1.",
                       position="Kapolsek Sukaraja", subject="polri", day=CAMPAIGN)
    assert result.category == POLRI and not result.crime_indication


def test_uu_25_2009_a_police_chief_who_refuses_a_campaign_notice_stays_outside_the_public_service_reading():
    """UU 25/2009 Pasal 4 clears serving a pair like any citizen; a refusal of one pair's STTP while another's is
    issued is not that service (Pasal 71(1) jo. 188 after MK 136/PUU-XXII/2024)."""
    result = _classify("Tim paslon nomor 3 mengajukan pemberitahuan kampanye, tetapi Kapolsek menolak menerbitkan STTP "
                       "dengan alasan rawan. Sore itu ia menerbitkan STTP untuk paslon nomor 1 di lapangan yang sama.",
                       position="Kapolsek Sukaraja", subject="polri", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_a_police_chief_who_issues_the_notice_to_every_pair_stays_lawful():
    """Over-reach: STTP issued to every pair alike is public service (UU 25/2009 Pasal 4)."""
    result = _classify("Kapolsek menerbitkan STTP kampanye untuk semua pasangan calon sesuai jadwal KPU, dengan syarat "
                       "yang sama.", position="Kapolsek Sukaraja", subject="polri", day=AFTER_MK_136)
    assert result.category == LAWFUL
