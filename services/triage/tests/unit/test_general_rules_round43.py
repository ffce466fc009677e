"""Round 43: the general gaps the forty-sixth and forty-seventh blind sets' misses showed (both measured once unseen on
round 42, see their files), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. The priority was six lawful reports given a violation (four in set 46, two in set 47) and a Pj mayor's
rotation without written approval read as lawful. A request the party refused is the requester's act even when the host
asks ('tuan rumah memintanya ..., ia menolak'; UU 10/2016 Pasal 71(1)), and 'dia tolak' is a refusal. An accusation
('warganet menuding polisi itu mendukung paslon') asserts no fact, so it voids no reading of an officer's duty (UU
2/2002 Pasal 13-14). 'Tidak ada surat persetujuan tertulis dari Menteri' and an approval 'dilaporkan secara lisan' are
no written approval (UU 10/2016 Pasal 71(2) jo. 190). Moving a programme is no moving of officials, and moving it to a
pair's base is a head's programme use (Pasal 71(3) jo. 190). Threatening a pair's supporters ('nanti dicari-cari
kesalahannya') is an official's act against a pair (Pasal 71(1) jo. 188, for Polri from MK 136/PUU-XXII/2024). The
elected pair's inauguration is no official's replacement. A spouse's campaign role is not the ASN's own act when the
report says she took no part (SKB 2022). Posing with the pair's sign is his act though the team uploaded it. The
party's pretext that his name was put in without his knowledge ('berdalih') establishes nothing when he attended the
party's inauguration (UU 20/2023 Pasal 52; UU 6/2014 Pasal 64 huruf h). Also general: 'video orasi' posted online is
no speech at an event, 'wakil ketua bidang organisasi' of a party is no other election, a hopeful 'yang akan mendaftar'
to the KPU is no applicant for a public service, 'hanya melihat sekilas foto calon' names no pair, being added to a
group by a cousin and leaving is no joining, a position 'pegawai berseragam (tidak tahu)' names no one, and a claim the
attached video does not show, with the clearer video still to come, waits for the Pokja."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_10_2016_pasal_71_1_a_lurah_who_refused_the_hosts_request_to_gather_rt_heads_is_lawful():
    """UU 10/2016 Pasal 71(1), SKB 2022: the host, a team coordinator, asked him to gather RT heads; he refused."""
    result = _classify('Lurah Sukamaju datang ke rumah Pak Herman, koordinator relawan paslon nomor 1, untuk acara '
                       'aqiqah cucunya pada 5 Oktober 2024. Di sana tuan rumah memintanya mengumpulkan para ketua RW '
                       'untuk mendukung paslon 1, tetapi lurah menolak dan berkata ia harus netral.',
                       position='Lurah Sukamaju', day='2024-10-05')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_lurah_who_did_what_the_host_asked_keeps_the_official_action():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): asked the same way, he gathered the RW heads the next day."""
    result = _classify('Lurah Sukamaju datang ke rumah Pak Herman, koordinator relawan paslon nomor 1, untuk acara '
                       'aqiqah cucunya pada 5 Oktober 2024. Di sana tuan rumah memintanya mengumpulkan para ketua RW '
                       'untuk mendukung paslon 1. Besoknya lurah mengumpulkan para ketua RW di kantor kelurahan dan '
                       'meminta mereka memenangkan paslon 1.',
                       position='Lurah Sukamaju', day='2024-10-06')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_teacher_who_said_no_to_a_candidates_selfie_in_colloquial_words_is_lawful():
    """SKB 2022: 'calon ngajak selfie, dia tolak' is a refusal."""
    result = _classify('Di IG tim cabup no 2 ada video calon blusukan ke Pasar Minggu tgl 20 Okt 2024, kelihatan bu '
                       'Sari guru SDN 4 di situ. Tapi di video itu calon ngajak selfie bareng, dia tolak terus langsung '
                       'pergi bawa belanjaannya.',
                       position='guru', day='2024-10-20')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_who_first_said_no_and_then_posed_with_two_fingers_keeps_the_photo():
    """Over-reach (SKB 2022): she said no at first, then posed with the pair's sign."""
    result = _classify('Di IG tim cabup no 2 ada video calon blusukan ke Pasar Minggu tgl 20 Okt 2024, kelihatan bu '
                       'Sari guru SDN 4 di situ. Calon ngajak selfie bareng, awalnya dia tolak tapi akhirnya mau berfoto '
                       'sambil mengacungkan dua jari.',
                       position='guru', day='2024-10-20')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_2_2002_pasal_13_an_accusation_by_netizens_does_not_void_an_officers_order_to_secure_a_rally():
    """UU 2/2002 Pasal 13-14: on duty under a security order; netizens accuse him of supporting the pair."""
    result = _classify('Foto seorang anggota Polres berseragam di samping panggung kampanye paslon nomor 3 pada 2 '
                       'November 2024 viral. Netizen menuding dia mendukung paslon 3. Kapolres menjelaskan anggota itu '
                       'bertugas berdasarkan surat perintah pengamanan kampanye dan berjaga di posnya sampai acara '
                       'selesai.',
                       position='anggota Polres', subject='polri', day='2024-11-02')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_2_2002_pasal_28_an_officer_on_duty_who_raised_the_pairs_sign_keeps_the_neutrality_breach():
    """Over-reach (UU 2/2002 Pasal 28): the same duty, but he raised three fingers with the crowd."""
    result = _classify('Foto seorang anggota Polres berseragam di samping panggung kampanye paslon nomor 3 pada 2 '
                       'November 2024 viral. Dalam video ia ikut mengacungkan tiga jari bersama massa dan berteriak '
                       'menangkan nomor 3, padahal ia bertugas berdasarkan surat perintah pengamanan kampanye.',
                       position='anggota Polres', subject='polri', day='2024-11-02')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_71_2_an_approval_reported_orally_and_no_written_letter_is_no_approval():
    """UU 10/2016 Pasal 71(2) jo. 71(4) jo. 190: a Pj regent's rotation in July 2024 without the Minister's letter."""
    result = _classify('Pj Bupati Lembah Hijau melantik tiga kepala dinas baru pada 15 Juli 2024. Ditanya soal izin '
                       'Kemendagri, Pj Bupati mengatakan rotasi itu sudah disampaikan secara lisan kepada Dirjen. '
                       'Kepala BKPSDM membenarkan tidak ada surat persetujuan tertulis dari Menteri Dalam Negeri.',
                       position='Pj Bupati Lembah Hijau', subject='regional_head', day='2024-07-15')
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_uu_10_2016_pasal_71_2_a_rotation_with_the_ministers_written_approval_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 71(2)): the Minister's written approval came before the inauguration."""
    result = _classify('Pj Bupati Lembah Hijau melantik tiga kepala dinas baru pada 15 Juli 2024. Kepala BKPSDM '
                       'menunjukkan surat Menteri Dalam Negeri tertanggal 8 Juli 2024 yang memberikan persetujuan '
                       'tertulis atas penggantian pejabat tersebut.',
                       position='Pj Bupati Lembah Hijau', subject='regional_head', day='2024-07-15')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_3_a_deputy_regent_moving_a_road_programme_to_a_pairs_base_is_programme_use():
    """UU 10/2016 Pasal 71(3) jo. 190: a road programme moved to villages that are a pair's base."""
    result = _classify('Wakil Wali Kota Teluk Indah pada 28 Oktober 2024 mengalihkan program perbaikan jalan '
                       'lingkungan ke empat kelurahan yang disebutnya basis paslon nomor 2, sementara dua kelurahan lain '
                       'dicoret. Kepala Dinas PUPR membenarkan ada perubahan lokasi atas perintah wakil wali kota.',
                       position='Wakil Wali Kota', subject='regional_head', day='2024-10-28')
    assert result.category == "regional_head_programme_use" and result.crime_indication


def test_uu_10_2016_pasal_71_2_moving_a_programme_for_a_flood_is_no_replacement_of_officials():
    """Over-reach (UU 10/2016 Pasal 71(2)): moving a programme's site because of a flood replaces no official."""
    result = _classify('Wakil Wali Kota Teluk Indah pada 28 Oktober 2024 memindahkan program perbaikan jalan ke '
                       'kelurahan lain karena lokasi semula terendam banjir, atas usulan kepala dinas PUPR.',
                       position='Wakil Wali Kota', subject='regional_head', day='2024-10-28')
    assert result.category != "regional_head_replacement_of_officials"


def test_uu_10_2016_pasal_71_1_a_police_officer_threatening_a_pairs_supporters_after_mk_136_is_a_crime():
    """UU 10/2016 Pasal 71(1) jo. 188, MK 136/PUU-XXII/2024: a threat to one pair's supporters on 24 Nov 2024."""
    result = _classify('Seorang anggota Polsek datang ke warung-warung di Pasar Baru pada 24 November 2024 dan '
                       'bilang ke pedagang, pendukung paslon nomor 2 nanti dicari-cari kesalahannya, jadi lebih baik '
                       'pilih nomor 1.',
                       position='anggota Polsek', subject='polri', day='2024-11-24')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_2_2002_pasal_28_the_same_threat_before_mk_136_is_a_neutrality_breach_without_a_crime():
    """Over-reach (MK 136/PUU-XXII/2024 reaches Polri from 14 Nov 2024): the same threat on 20 Oct 2024."""
    result = _classify('Seorang anggota Polsek datang ke warung-warung di Pasar Baru pada 20 Oktober 2024 dan '
                       'bilang ke pedagang, pendukung paslon nomor 2 nanti dicari-cari kesalahannya, jadi lebih baik '
                       'pilih nomor 1.',
                       position='anggota Polsek', subject='polri', day='2024-10-20')
    assert result.category == "polri_neutrality" and not result.crime_indication


def test_uu_6_2014_pasal_29_j_a_village_head_at_the_elected_regents_inauguration_in_2025_is_lawful():
    """UU 6/2014 Pasal 29 huruf j, UU 10/2016 Pasal 71(1): the elected pair's inauguration is no official's act."""
    result = _classify('Kepala Desa Sumber Makmur menghadiri pelantikan bupati dan wakil bupati terpilih pada 20 '
                       'Februari 2025 dan mengunggah foto bersama bupati baru di Facebook dengan ucapan selamat. '
                       'Pelapor, pendukung pasangan calon yang kalah, menyebut kades itu tidak netral.',
                       position='Kepala Desa Sumber Makmur', subject='village_head', day='2025-02-20')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_2_a_regent_who_inaugurated_officials_in_october_keeps_the_replacement():
    """Over-reach (UU 10/2016 Pasal 71(2) jo. 190): an incumbent inaugurating new officials during the campaign."""
    result = _classify('Bupati Sumber Makmur melantik lima camat baru pada 10 Oktober 2024 tanpa persetujuan tertulis '
                       'Menteri Dalam Negeri, sementara ia maju lagi sebagai calon bupati.',
                       position='Bupati Sumber Makmur', subject='regional_head', day='2024-10-10')
    assert result.category == "regional_head_replacement_of_officials"


def test_skb_2022_a_teacher_whose_husband_coordinates_a_team_and_who_took_no_part_is_lawful():
    """SKB 2022 binds the ASN, not her husband: 'karena suaminya menjadi koordinator ... tidak pernah terlihat ikut'."""
    result = _classify('Saya laporkan Ibu Wulan, guru PNS SMPN 1, karena suaminya menjadi ketua tim pemenangan paslon '
                       'nomor 1 di kecamatan dan sering rapat di rumah mereka. Ibu Wulan memang tidak pernah terlihat '
                       'ikut rapat dan tidak memakai atribut apa pun. Mohon diperiksa.',
                       position='guru', day='2024-10-22')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_whose_husband_coordinates_a_team_and_who_joined_his_rally_keeps_the_breach():
    """Over-reach (SKB 2022): the same husband, and she went with him to the rally in the pair's shirt."""
    result = _classify('Saya laporkan Ibu Wulan, guru PNS SMPN 1, karena suaminya menjadi ketua tim pemenangan paslon '
                       'nomor 1 di kecamatan. Pada 22 Oktober 2024 Ibu Wulan ikut hadir bersama suaminya di kampanye '
                       'paslon 1 memakai kaos paslon 1.',
                       position='guru', day='2024-10-22')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_posing_with_the_pairs_sign_is_his_act_though_the_team_uploaded_the_photo():
    """SKB 2022 (berfoto dengan pose simbol dukungan): the team uploaded it; the pose with two fingers was his."""
    result = _classify('Camat Bukit Raya berfoto dengan calon bupati nomor 2 sambil mengacungkan dua jari di acara '
                       'pernikahan warga pada 5 Oktober 2024. Foto itu diunggah akun tim pemenangan. Camat mengaku '
                       'sudah meminta unggahan itu dihapus.',
                       position='Camat Bukit Raya', day='2024-10-05')
    assert result.category == "ethics_photo_with_candidate"


def test_skb_2022_a_photo_the_team_tagged_him_in_without_permission_without_a_pose_stays_lawful():
    """Over-reach (SKB 2022): a crowd photo the team uploaded and tagged him in without permission; no pose."""
    result = _classify('Akun tim pemenangan paslon nomor 2 mengunggah foto kerumunan warga di pasar pada 5 Oktober '
                       '2024 dan menandai Camat Bukit Raya tanpa izinnya. Camat sudah meminta tanda namanya dihapus.',
                       position='Camat Bukit Raya', day='2024-10-05')
    assert result.category == LAWFUL


def test_uu_20_2023_pasal_52_the_partys_pretext_does_not_clear_a_name_in_the_board_when_he_was_inaugurated():
    """UU 20/2023 Pasal 52 ayat (3) huruf j: 'berdalih namanya dimasukkan tanpa sepengetahuannya', yet he was there."""
    result = _classify('Nama Sdr. Budi Santoso, Kepala Seksi di Dinas Pertanian, tercantum dalam SK kepengurusan DPC '
                       'sebuah partai sebagai bendahara. Budi berdalih namanya dimasukkan tanpa sepengetahuannya, tetapi '
                       'ia tercatat hadir dalam pelantikan pengurus pada 3 September 2024.',
                       position='Kepala Seksi', day='2024-09-03')
    assert result.category == "discipline_party_membership"


def test_uu_20_2023_pasal_52_a_name_put_in_without_his_knowledge_that_he_objected_to_stays_lawful():
    """Over-reach: his name was put in without his knowledge and he sent the party an objection."""
    result = _classify('Nama Sdr. Budi Santoso, Kepala Seksi di Dinas Pertanian, tercantum dalam SK kepengurusan DPC '
                       'sebuah partai sebagai bendahara. Namanya dicatut tanpa sepengetahuannya; ia mengirim surat '
                       'keberatan ke partai pada 3 September 2024.',
                       position='Kepala Seksi', day='2024-09-03')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_64_h_a_bpd_chair_as_wakil_ketua_bidang_organisasi_of_a_party_holds_party_office():
    """UU 6/2014 Pasal 64 huruf h: 'wakil ketua bidang organisasi' of a DPC is party office, no other election."""
    result = _classify('Ketua BPD Desa Sari Mulya masuk dalam susunan pengurus DPC sebuah partai politik sebagai wakil '
                       'ketua bidang organisasi dan dilantik pada Agustus 2024.',
                       position='Ketua BPD', subject='bpd_member', day='2024-08-20')
    assert result.category == "village_law_party_office"


def test_uu_10_2016_pasal_1_a_candidate_for_chair_of_an_alumni_organisation_is_still_another_election():
    """Over-reach (UU 10/2016 Pasal 1 angka 1): campaigning for the chair of an alumni organisation is no Pilkada."""
    result = _classify('Pak Rahmat, staf Dinas Pendidikan, mengajak rekan-rekannya memilih calon ketua organisasi '
                       'alumni SMA 1 dalam musyawarah alumni pada 12 Oktober 2024.',
                       position='staf Dinas Pendidikan', day='2024-10-12')
    assert result.category == LAWFUL


def test_skb_2022_a_camat_at_a_hopefuls_send_off_to_register_at_the_kpu_attends_a_declaration():
    """SKB 2022: a hopeful 'yang akan mendaftar ke KPU' is no applicant for a public service the camat gives."""
    result = _classify('Camat Pantai Indah hadir dalam acara deklarasi bakal pasangan calon wali kota yang akan '
                       'mendaftar ke KPU pada 28 Agustus 2024. Ia duduk di kursi tamu dan tidak memberi sambutan.',
                       position='Camat Pantai Indah', day='2024-08-28')
    assert result.category == "ethics_campaign_attendance"


def test_uu_25_2009_a_candidate_registering_for_a_health_check_at_the_hospital_is_still_public_service():
    """Over-reach (UU 25/2009 Pasal 4): a doctor examining a candidate who came to register for his check-up."""
    result = _classify('Dokter RSUD Kota memeriksa kesehatan calon wali kota nomor 1 yang datang mendaftar untuk '
                       'pemeriksaan kesehatan pada 30 Agustus 2024, sama seperti calon lain.',
                       position='dokter RSUD', day='2024-08-30')
    assert result.category == LAWFUL


def test_skb_2022_a_video_of_a_speech_posted_on_a_fan_page_is_online_campaigning():
    """SKB 2022 (berkampanye melalui media sosial): 'video orasi' posted daily is online, no speech at an event."""
    result = _classify('Sdr. Anton, PNS Dinas Sosial, adalah admin fanpage Facebook "Bersama 02" yang tiap hari '
                       'memposting flyer paslon 02 dan video orasi calon. Pada 8 November 2024 ia memposting ajakan '
                       'memenangkan 02. Warga mengeluh kerjanya kampanye terus.',
                       position='staf Dinas Sosial', day='2024-11-08')
    assert result.category == "discipline_online_campaign"


def test_skb_2022_an_asn_who_gave_a_speech_on_the_campaign_stage_keeps_active_support():
    """Over-reach (SKB 2022): he spoke on the campaign stage himself."""
    result = _classify('Sdr. Anton, PNS Dinas Sosial, berorasi di panggung kampanye paslon 02 di lapangan kecamatan '
                       'pada 8 November 2024 dan mengajak warga memenangkan 02.',
                       position='staf Dinas Sosial', day='2024-11-08')
    assert result.category == "discipline_campaign_attendance"


def test_skb_2022_sharing_a_kpu_debate_poster_stays_lawful_though_the_reporter_only_glanced_at_a_candidate():
    """SKB 2022: a KPU poster of all pairs; 'hanya melihat sekilas foto calon' is the reporter's glance."""
    result = _classify('Seorang ASN Dinas Kominfo membagikan poster resmi KPU tentang jadwal debat kedua yang memuat '
                       'ketiga pasangan calon di status WhatsApp-nya pada 3 November 2024. Pelapor mengaku hanya '
                       'melihat sekilas foto calon lalu melapor.',
                       position='Pranata Humas', day='2024-11-03')
    assert result.category == LAWFUL


def test_skb_2022_an_asn_added_to_a_volunteers_group_by_a_cousin_who_left_at_once_is_lawful():
    """SKB 2022 (bergabung dalam grup): added by his cousin, he left minutes later without a word."""
    result = _classify('Sdr. Yohanes, guru PPPK, ada di grup WA relawan paslon 01. Tangkapan layar menunjukkan ia '
                       'dimasukkan oleh sepupunya pada 12 Oktober 2024 pukul 19.00, lalu notifikasi Yohanes keluar pada '
                       'pukul 19.04. Tidak ada pesan darinya.',
                       position='guru PPPK', subject='asn_pppk', day='2024-10-12')
    assert result.category == LAWFUL


def test_skb_2022_an_asn_added_to_a_volunteers_group_who_stayed_and_shared_flyers_keeps_the_breach():
    """Over-reach (SKB 2022): added by his cousin, he stayed and forwarded the pair's flyers."""
    result = _classify('Sdr. Yohanes, guru PPPK, ada di grup WA relawan paslon 01. Ia dimasukkan oleh sepupunya pada 12 '
                       'Oktober 2024, lalu ia ikut meneruskan flyer paslon 01 ke grup guru.',
                       position='guru PPPK', subject='asn_pppk', day='2024-10-12')
    assert result.category not in (LAWFUL, MANUAL)


def test_perbawaslu_8_2020_a_position_that_says_tidak_tahu_names_no_one():
    """Perbawaslu 8/2020 (identitas terlapor): 'pegawai berseragam (tidak tahu)' does not say who he is."""
    result = _classify('Video di grup WA warga menunjukkan pria berseragam cokelat berkata pilih nomor 3 pada 10 '
                       'November 2024.',
                       position='pegawai berseragam (tidak tahu)', day='2024-11-10')
    assert result.category == MANUAL and result.subject_type == "other"


def test_perbawaslu_8_2020_a_position_whose_name_is_unknown_still_names_his_office():
    """Over-reach: 'guru SD (nama tidak tahu)' says what he is; only his name is missing."""
    result = _classify('Seorang guru SD mengajak wali murid memilih paslon nomor 3 saat rapat komite pada 10 November '
                       '2024.',
                       position='guru SD (nama tidak tahu)', day='2024-11-10')
    assert result.subject_type == "asn_pns"


def test_perbawaslu_8_2020_a_claim_the_attached_video_does_not_show_waits_for_the_clearer_video():
    """Perbawaslu 8/2020 (bukti): the video attached shows him walking past; the clearer one is still to come."""
    result = _classify('Pelapor menyebut Sdr. Rudi, PNS Dinas Perdagangan, ikut bersorak dan meneriakkan yel-yel di '
                       'kampanye paslon nomor 2 di pasar pada 14 Oktober 2024. Video yang dilampirkan hanya menunjukkan '
                       'Rudi berjalan melintas membawa map. Rudi mengatakan ia sedang mendata harga sebagai tugas rutin. '
                       'Pelapor mengaku punya video lain yang belum dikirim.',
                       position='staf Dinas Perdagangan', day='2024-10-14')
    assert result.category == MANUAL


def test_skb_2022_an_attached_video_that_shows_the_yel_yel_keeps_the_violation():
    """Over-reach (SKB 2022): the attached video shows him shouting the pair's chant."""
    result = _classify('Pelapor menyebut Sdr. Rudi, PNS Dinas Perdagangan, ikut bersorak dan meneriakkan yel-yel di '
                       'kampanye paslon nomor 2 di pasar pada 14 Oktober 2024. Video yang dilampirkan memperlihatkan '
                       'Rudi mengacungkan dua jari sambil meneriakkan yel-yel paslon 2.',
                       position='staf Dinas Perdagangan', day='2024-10-14')
    assert result.category not in (LAWFUL, MANUAL)
