"""Round 44: the general gaps the forty-eighth and forty-ninth blind sets' misses showed (both measured once unseen on
round 43, see their files: set 48 met every target unseen, set 49 gave two lawful reports a violation), each tested
with other sentences than the sets', and beside each a similar text that keeps its answer. A negation reaches the
rest of a list that follows it ('tidak ada bukti ia mengerahkan warga atau memakai fasilitas desa'), so a village head
at a rally takes part in a campaign without an official's act (UU 6/2014 Pasal 29 huruf j, not UU 10/2016 Pasal 71(1)).
A programme after the elected pair was determined is past Pasal 71(3)'s ban ('sampai dengan penetapan pasangan calon
terpilih'). A namesake's account, or no account at all, is someone else's act. Holding the party's member card is his
own, whatever he says of his name (UU 20/2023 Pasal 52). A branch chair ('ketua ranting') is party office (UU 6/2014
Pasal 64 huruf h), and 'pelapor memilih kategori' is no vote. Witnesses who disagree ('satu peserta mengatakan ...,
peserta lain bilang ...'; 'ada yang menyebut ..., ada pula yang bilang ...') leave it to the Pokja. Routine duty
explains no gift 'dari sahabat paslon' and no presence at a campaign. Also general:
'tidak tahu siapa aja orangnya' and 'tidak bisa memastikan statusnya' name no one; an agency's pretext that a billboard
was 'dipindahkan' does not make putting it up enforcement; the coordinator's message is no role of hers; and being
added to a group clears nothing when she comments support there herself."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_6_2014_pasal_29_j_a_village_head_at_a_rally_with_no_use_of_office_takes_part_in_a_campaign():
    """UU 6/2014 Pasal 29 huruf j: 'tidak ada bukti ia mengerahkan warga atau memakai fasilitas desa' denies both."""
    result = _classify('Kepala Desa Sumberagung ikut kampanye terbuka paslon bupati nomor 1 pada 9 November 2024, '
                       'memakai kaos paslon dan berjoget di depan panggung. Tidak ada bukti ia mengerahkan warga atau '
                       'memakai mobil desa.',
                       position='Kepala Desa Sumberagung', subject='village_head', day='2024-11-09')
    assert result.category == "village_law_campaign" and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_village_head_who_brought_residents_in_the_village_car_keeps_the_crime():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): he brought residents to the rally in the village's car."""
    result = _classify('Kepala Desa Sumberagung ikut kampanye terbuka paslon bupati nomor 1 pada 9 November 2024, '
                       'memakai kaos paslon dan membawa warga ke lapangan dengan mobil desa.',
                       position='Kepala Desa Sumberagung', subject='village_head', day='2024-11-09')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_71_3_rice_handed_out_after_the_elected_pair_was_determined_is_lawful():
    """UU 10/2016 Pasal 71(3): the ban runs 'sampai dengan penetapan pasangan calon terpilih'."""
    result = _classify('Bupati Lembah Sari, yang tidak mencalonkan diri lagi, membagikan beras cadangan pangan di '
                       'Kecamatan Hulu pada 12 Februari 2025, setelah KPU menetapkan pasangan calon terpilih pada '
                       'Januari. Karung beras hanya berlogo pemerintah kabupaten.',
                       position='Bupati Lembah Sari', subject='regional_head', day='2025-02-12')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_3_rice_with_a_pairs_sticker_during_the_campaign_keeps_the_programme_use():
    """Over-reach (UU 10/2016 Pasal 71(3) jo. 190): the same rice in November 2024, with the pair's sticker."""
    result = _classify('Bupati Lembah Sari membagikan beras cadangan pangan di Kecamatan Hulu pada 12 November 2024. '
                       'Di karung beras tertempel stiker paslon nomor urut 2.',
                       position='Bupati Lembah Sari', subject='regional_head', day='2024-11-12')
    assert result.category == "regional_head_programme_use"


def test_skb_2022_a_namesakes_account_is_someone_elses_act():
    """SKB 2022 binds the ASN: the account belongs to a farmer who happens to share his name."""
    result = _classify('Akun Facebook bernama "Markus Tanamal" membagikan poster paslon nomor 2 pada 4 November 2024. '
                       'Panwascam menemukan pemiliknya seorang petani di kecamatan lain yang kebetulan bernama sama '
                       'dengan guru PNS yang dilaporkan, dan guru itu tidak memiliki akun Facebook.',
                       position='Guru', day='2024-11-04')
    assert result.category == LAWFUL


def test_skb_2022_the_teachers_own_account_keeps_the_post():
    """Over-reach (SKB 2022): the account is his own, with his photo and his school."""
    result = _classify('Akun Facebook guru PNS Markus Tanamal, dengan foto profil dan nama sekolahnya, membagikan '
                       'poster paslon nomor 2 pada 4 November 2024 dan menulis "pilih nomor 2".',
                       position='Guru', day='2024-11-04')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_20_2023_pasal_52_holding_the_partys_member_card_is_his_own_act_whatever_he_says_of_his_name():
    """UU 20/2023 Pasal 52 ayat (3) huruf j: listed as a party officer, photographed holding the member card."""
    result = _classify('Nama Sdr. Anwar, PNS Dinas Koperasi, tercantum di papan struktur pengurus DPC sebuah partai '
                       'sebagai sekretaris, dan ia terlihat memegang kartu tanda anggota partai dalam foto pelantikan '
                       'pada 2 September 2024. Ia mengaku namanya cuma dicatut.',
                       position='staf Dinas Koperasi', day='2024-09-02')
    assert result.category == "discipline_party_membership"


def test_uu_20_2023_pasal_52_a_name_used_without_his_knowledge_with_nothing_of_his_own_stays_lawful():
    """Over-reach: his name was used without his knowledge; the party confirmed it and removed it."""
    result = _classify('Nama Sdr. Anwar, PNS Dinas Koperasi, tercantum di papan struktur pengurus DPC sebuah partai '
                       'sebagai sekretaris. Partai membenarkan namanya dicatut tanpa sepengetahuannya dan mencabutnya '
                       'pada 2 September 2024.',
                       position='staf Dinas Koperasi', day='2024-09-02')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_64_h_a_bpd_member_inaugurated_as_a_branch_chair_holds_party_office():
    """UU 6/2014 Pasal 64 huruf h: 'dilantik sebagai ketua ranting'; 'pelapor memilih kategori' is no vote."""
    result = _classify('Anggota BPD Desa Karang Anyar dilantik sebagai ketua ranting sebuah partai politik pada 10 '
                       'September 2024 dan masih menerima tunjangan BPD. Pelapor memilih kategori perangkat desa karena '
                       'tidak tahu kategori BPD.',
                       position='Anggota BPD', subject='village_official', day='2024-09-10')
    assert result.category == "village_law_party_office"


def test_uu_10_2016_pasal_71_2_a_regent_inaugurating_heads_of_office_in_october_keeps_the_replacement():
    """Over-reach (UU 10/2016 Pasal 71(2)): inaugurating officials is still a replacement when no party is named."""
    result = _classify('Bupati Karang Anyar melantik sekretaris daerah dan dua kepala dinas baru pada 10 Oktober 2024 '
                       'tanpa persetujuan tertulis Menteri Dalam Negeri.',
                       position='Bupati Karang Anyar', subject='regional_head', day='2024-10-10')
    assert result.category == "regional_head_replacement_of_officials"


def test_perbawaslu_8_2020_participants_who_disagree_about_the_camats_words_leave_it_to_the_pokja():
    """Perbawaslu 8/2020 (uraian dan bukti): one participant says no pair was named, another says he was urged."""
    result = _classify('Camat Sungai Biru menggelar rapat koordinasi dengan para ketua RW pada 4 November 2024. Satu '
                       'peserta mengatakan camat tidak menyebut calon sama sekali. Peserta lain bilang camat berpesan '
                       'pilih yang sudah terbukti membangun. Tidak ada rekaman dan tidak ada atribut paslon di ruangan.',
                       position='Camat Sungai Biru', day='2024-11-04')
    assert result.category == MANUAL


def test_uu_10_2016_pasal_71_1_participants_who_agree_that_the_camat_urged_them_keep_the_official_action():
    """Over-reach (UU 10/2016 Pasal 71(1)): the second participant says the same as the first."""
    result = _classify('Camat Sungai Biru menggelar rapat koordinasi dengan para ketua RW pada 4 November 2024 dan '
                       'meminta mereka memenangkan petahana. Satu peserta mengatakan camat menyebut nomor 1. Peserta lain '
                       'juga bilang camat meminta memenangkan nomor 1.',
                       position='Camat Sungai Biru', day='2024-11-04')
    assert result.category == "election_crime_official_action"


def test_perbawaslu_8_2020_two_versions_of_why_ids_were_collected_leave_it_to_the_pokja():
    """Perbawaslu 8/2020: 'ada yang menyebut ... untuk data pendukung paslon, ada pula yang bilang ... bantuan'."""
    result = _classify('Kepala Desa Mekar Jaya melalui ketua RT meminta fotokopi KTP warga pada pertengahan Oktober '
                       '2024. Ada yang menyebut itu untuk data pendukung paslon 2, ada pula yang bilang untuk pendataan '
                       'bantuan rumah dari provinsi.',
                       position='Kepala Desa Mekar Jaya', subject='village_head', day='2024-10-15')
    assert result.category == MANUAL


def test_uu_10_2016_pasal_71_1_ids_collected_for_a_pairs_supporters_keep_the_official_action():
    """Over-reach (UU 10/2016 Pasal 71(1)): one account, and the RT head confirms the purpose."""
    result = _classify('Kepala Desa Mekar Jaya melalui ketua RT meminta fotokopi KTP warga untuk pendukung paslon 2 '
                       'pada 15 Oktober 2024. Ketua RT membenarkan perintah itu datang dari kepala desa.',
                       position='Kepala Desa Mekar Jaya', subject='village_head', day='2024-10-15')
    assert result.category == "election_crime_official_action"


def test_pp_94_2021_pasal_5_n_gifts_marked_from_a_friend_of_the_pair_are_partisan_activity():
    """PP 94/2021 Pasal 5 huruf n: a gathering with gifts 'dari sahabat paslon'; 'tidak ada paslon atau tim' hadir."""
    result = _classify('Pak Dadang, PNS staf Dinas Perikanan, mengadakan pengajian di rumahnya pada 6 Oktober 2024 dan '
                       'membagikan sarung kepada jamaah. Di bingkisan tertera tulisan dari sahabat paslon nomor 2. Tidak '
                       'ada paslon atau tim kampanye yang hadir.',
                       position='staf Dinas Perikanan', day='2024-10-06')
    assert result.category == "discipline_partisan_activity"


def test_uu_10_2016_pasal_71_1_a_routine_programme_a_pairs_volunteers_object_to_stays_lawful():
    """Over-reach: 'kami dari relawan paslon 2' object to a routine health programme with no pair in it."""
    result = _classify('Kami dari relawan paslon 2 keberatan dengan posyandu lansia yang digelar Dinas Kesehatan di '
                       'lima desa pada Oktober 2024. Panwascam menelusuri: itu program rutin yang tercantum dalam DPA '
                       'sejak Januari, tidak ada atribut atau ajakan terkait pasangan calon mana pun.',
                       position='Kepala Dinas Kesehatan', day='2024-10-20')
    assert result.category == LAWFUL


def test_skb_2022_an_asn_present_at_a_campaign_without_the_pairs_attributes_still_attends_it():
    """SKB 2022 (menghadiri kampanye): 'tanpa atribut paslon' is no routine duty that explains being there."""
    result = _classify('Bu Ratih, PNS Dinas Sosial, terlihat hadir di kampanye dialogis paslon nomor 3 di balai '
                       'pertemuan pada 19 Oktober 2024. Ia duduk di barisan peserta tanpa atribut paslon dan tidak '
                       'berbicara.',
                       position='staf Dinas Sosial', day='2024-10-19')
    assert result.category == "ethics_campaign_attendance"


def test_perbawaslu_8_2020_a_rumour_about_unnamed_staff_names_no_one():
    """Perbawaslu 8/2020 (identitas terlapor): 'ga tau siapa aja orangnya'."""
    result = _classify('Katanya pegawai di kecamatan udah dikondisikan buat dukung paslon 3. Sy ga tau siapa aja '
                       'orangnya dan ga punya foto.',
                       position='pegawai kecamatan', day='2024-11-01')
    assert result.category == MANUAL and result.subject_type == "other"


def test_perbawaslu_8_2020_a_teacher_whose_status_the_reporter_cannot_confirm_names_no_one():
    """Perbawaslu 8/2020: PPPK or honorer, 'saya tidak bisa memastikan statusnya': the rules that bind him differ."""
    result = _classify('Pak Rino, guru di SDN 5, menempel poster paslon nomor 2 di pos ronda pada 21 Oktober 2024. '
                       'Ada yang bilang SK PPPK-nya sudah keluar, operator sekolah bilang ia masih honorer. Saya tidak '
                       'bisa memastikan statusnya.',
                       position='guru', subject='asn_pppk', day='2024-10-21')
    assert result.category == MANUAL and result.subject_type == "other"


def test_skb_2022_a_whatsapp_status_that_disappeared_is_no_doubt_about_the_persons_status():
    """Over-reach: 'saya tidak tahu statusnya hilang' speaks of the WhatsApp status, not his employment."""
    result = _classify('Bidan PNS di desa kami memasang status WA flyer paslon nomor 3 pada 25 November 2024. Saya '
                       'tidak tahu statusnya hilang setelah 24 jam, tapi sempat saya screenshot.',
                       position='bidan PNS', day='2024-11-25')
    assert result.subject_type == "asn_pns" and result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_71_1_an_agencys_pretext_of_moving_a_billboard_does_not_clear_putting_it_up():
    """UU 10/2016 Pasal 71(1): 'berdalih baliho itu dipindahkan', but residents saw it put up, not taken down."""
    result = _classify('Tiga anggota Satpol PP memasang baliho paslon nomor 1 di dekat kantor kecamatan pada malam 4 '
                       'November 2024. Satpol PP berdalih baliho itu dipindahkan karena melanggar zona, tetapi warga '
                       'yang merekam melihat baliho justru dipasang, bukan diturunkan.',
                       position='anggota Satpol PP', day='2024-11-04')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_satpol_pp_removing_a_billboard_on_bawaslus_recommendation_stays_lawful():
    """Over-reach: they took the billboard down under Bawaslu's recommendation."""
    result = _classify('Tiga anggota Satpol PP menurunkan baliho paslon nomor 1 di dekat kantor kecamatan pada 4 '
                       'November 2024 berdasarkan rekomendasi Bawaslu karena melanggar zona.',
                       position='anggota Satpol PP', day='2024-11-04')
    assert result.category == LAWFUL


def test_skb_2022_commenting_support_in_a_volunteers_group_she_says_she_was_added_to_is_her_act():
    """SKB 2022 (mengomentari konten pasangan calon): added by a relative, she kept commenting 'siap menangkan'."""
    result = _classify('Seorang perawat PNS di RSUD ada di grup WA relawan paslon 2. Tangkapan layar menunjukkan ia '
                       'berulang kali mengirim komentar siap menangkan di bawah pesan koordinator relawan, terakhir 11 '
                       'Oktober 2024. Ia mengaku dimasukkan ke grup oleh kerabat tanpa izin.',
                       position='perawat PNS', day='2024-10-11')
    assert result.category == "ethics_social_media"


def test_skb_2022_a_nurse_who_is_the_volunteers_coordinator_herself_has_a_campaign_role():
    """Over-reach (SKB 2022): she is the volunteers' coordinator herself."""
    result = _classify('Seorang perawat PNS di RSUD menjadi koordinator relawan paslon 2 di kecamatan dan memimpin '
                       'rapat relawan pada 11 Oktober 2024.',
                       position='perawat PNS', day='2024-10-11')
    assert result.category == "discipline_campaign_attendance"
