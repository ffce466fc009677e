"""Round 42: the general gaps the forty-second and forty-third blind sets' misses showed (both measured once unseen on
round 41, see their files), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. The priority was three lawful reports given a violation (set 43) and five lawful reports sent to manual
(set 42). A request the party refused, told in the passive ('didatangi tim paslon dan diminta menjadi koordinator
tetapi menolak'), is the requester's act (menolak_permintaan_berpihak; UU 6/2014 Pasal 29 huruf j), and a list that
'mencantumkan nama' him is the team's (menolak_dicantumkan_dalam_tim); 'dimasukkan admin grup' is being added by the
admin, not being its admin (kampanye_daring). A village head's or official's presence at a prospective pair's event
before the campaign began (25 Sep 2024) is no part in a campaign, for there was none (campaign_acts.starts; UU 6/2014
Pasal 29 huruf j, 51 huruf j; PKPU 2/2024), while an ASN's is still an ethics breach (SKB 2022). An act no rule reaches
on its date (a rotation before 22 Mar 2024, UU 10/2016 Pasal 71(2)) is lawful even when told as a rumour
(lawful_by_date). Also general: 'blm' is 'belum' (word_forms), 'hanya meminta keempat paslon' is no favour to one pair,
a police officer 'cuma jaga-jaga' at a rally is on duty (UU 2/2002 Pasal 13-14), a thanksgiving at a team's house
after the vote is no campaign, revoking one pair's permit and granting it to another is an official's decision (UU
10/2016 Pasal 71(1) jo. 188), an ASN's own billboards as a 2024 hopeful approach the public as a prospective
candidate (PP 94/2021 Pasal 5 huruf n), 'pilihlah nomor 2' said to parents is an appeal, a secretary in a volunteer
group's SK has a role in the campaign, an event 'tercatat dalam STTP' is no public service of the party, the party's
own claim that it was 'hanya kebetulan' is his word, not the report's finding (Peraturan DKPP 2/2017 Pasal 8 huruf l),
and a position 'tidak tahu' names no one."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_uu_6_2014_pasal_29_j_a_village_head_who_refused_a_teams_request_told_in_the_passive_is_lawful():
    """UU 6/2014 Pasal 29 huruf j, UU 10/2016 Pasal 71(1): visited by a team, asked to coordinate, he refused."""
    result = _classify('Kepala Desa Tanjung Harapan, Pak Rusli, mengaku pernah disambangi tim pemenangan paslon nomor '
                       'urut 3 pada akhir September 2024 dan diminta menjadi ketua relawan desa, tetapi ia menolak dan '
                       'meminta tim itu tidak datang lagi ke kantor desa.',
                       position='Kepala Desa Tanjung Harapan', subject='village_head', day='2024-10-03')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_6_2014_pasal_29_j_a_village_head_who_was_asked_and_then_agreed_keeps_the_campaign():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): asked the same way, he agreed after all and led the volunteers."""
    result = _classify('Kepala Desa Tanjung Harapan, Pak Rusli, disambangi tim pemenangan paslon nomor urut 3 pada '
                       'akhir September 2024 dan diminta menjadi ketua relawan desa. Awalnya ia menolak, tetapi akhirnya '
                       'bersedia dan memimpin rapat relawan di balai desa.',
                       position='Kepala Desa Tanjung Harapan', subject='village_head', day='2024-10-03')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_70_1_a_list_that_names_him_which_he_refused_is_the_teams_act():
    """UU 10/2016 Pasal 70(1) jo. 189 (the pair's act), SKB 2022: a list 'yang mencantumkan nama' him, refused."""
    result = _classify('Beredar susunan tim relawan paslon nomor urut 1 yang mencantumkan nama Pak Darmawan, Kepala '
                       'Bidang Anggaran BPKAD, sebagai koordinator kecamatan. Pak Darmawan mengirim surat keberatan '
                       'kepada ketua tim pada 7 Oktober 2024 dan minta namanya dicoret.',
                       position='Kepala Bidang Anggaran BPKAD', subject='asn_pns', day='2024-10-07')
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_list_that_names_him_who_then_leads_the_team_keeps_the_violation():
    """Over-reach (SKB 2022): the list names him and he led the team's meeting; no refusal."""
    result = _classify('Beredar susunan tim relawan paslon nomor urut 1 yang mencantumkan nama Pak Darmawan, Kepala '
                       'Bidang Anggaran BPKAD, sebagai koordinator kecamatan. Pada 7 Oktober 2024 Pak Darmawan memimpin '
                       'rapat tim relawan itu di rumahnya.',
                       position='Kepala Bidang Anggaran BPKAD', subject='asn_pns', day='2024-10-07')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_pppk_added_to_a_pairs_group_by_its_admin_who_left_is_lawful():
    """SKB 2022 ethics (following a pair's group is one's own act): 'dimasukkan admin' is being added, not an admin."""
    result = _classify('Bu Sinta, bidan PPPK Puskesmas Lubuk Alung, dimasukkan admin ke grup WhatsApp relawan paslon '
                       'nomor 2 pada 12 Oktober 2024. Ia keluar dari grup itu sore harinya dan tidak pernah mengirim '
                       'pesan apa pun.',
                       position='Bidan PPPK Puskesmas Lubuk Alung', subject='asn_pppk', day='2024-10-12')
    assert result.category == LAWFUL


def test_skb_2022_a_pppk_who_is_the_admin_of_a_pairs_group_keeps_the_online_campaign():
    """Over-reach (SKB 2022, PP 49/2018): she is the admin of the pair's group and posts its flyers."""
    result = _classify('Bu Sinta, bidan PPPK Puskesmas Lubuk Alung, menjadi admin grup WhatsApp relawan paslon nomor 2 '
                       'sejak 12 Oktober 2024 dan setiap hari mengirim pamflet ajakan memilih paslon nomor 2.',
                       position='Bidan PPPK Puskesmas Lubuk Alung', subject='asn_pppk', day='2024-10-12')
    assert result.category in ("discipline_online_campaign", "ethics_social_media", "discipline_partisan_activity")


def test_uu_6_2014_pasal_29_j_a_village_head_seated_at_a_hopefuls_declaration_before_the_campaign_is_lawful():
    """UU 6/2014 Pasal 29 huruf j, PKPU 2/2024 (campaign from 25 Sep 2024): no campaign yet to take part in."""
    result = _classify('Pak Kades Sungai Limau terlihat hadir di acara deklarasi bakal calon wali kota Hendra Gunawan '
                       'di gedung olahraga pada Minggu, 18 Agustus 2024. Ia duduk di barisan tamu, tidak berbicara dan '
                       'tidak memakai atribut.',
                       position='Kepala Desa Sungai Limau', subject='village_head', day='2024-08-18')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_6_2014_pasal_29_j_the_same_presence_in_the_campaign_period_is_a_campaign():
    """Over-reach (UU 6/2014 Pasal 29 huruf j): the same presence at a pair's campaign on 18 Oct 2024."""
    result = _classify('Pak Kades Sungai Limau terlihat hadir di acara kampanye paslon wali kota nomor urut 2 di gedung '
                       'olahraga pada Jumat, 18 Oktober 2024. Ia duduk di barisan tamu, tidak berbicara dan tidak '
                       'memakai atribut.',
                       position='Kepala Desa Sungai Limau', subject='village_head', day='2024-10-18')
    assert result.category == "village_law_campaign"


def test_skb_2022_an_asn_seated_at_a_hopefuls_declaration_before_the_campaign_stays_an_ethics_breach():
    """Over-reach (SKB 2022 ethics: attending a declaration of a bakal calon): the period clears village law only."""
    result = _classify('Pak Yudi, Kepala Seksi di Dinas Perhubungan, terlihat hadir di acara deklarasi bakal calon wali '
                       'kota Hendra Gunawan di gedung olahraga pada Minggu, 18 Agustus 2024. Ia duduk di barisan tamu.',
                       position='Kepala Seksi Dinas Perhubungan', subject='asn_pns', day='2024-08-18')
    assert result.category == "ethics_campaign_attendance"


def test_uu_10_2016_pasal_71_2_a_replacement_whose_written_approval_blm_ada_is_a_replacement():
    """UU 10/2016 Pasal 71(2) jo. 190: 'blm' is 'belum'; the approval not yet there is no approval."""
    result = _classify('Bupati Pesisir Timur melantik kepala dinas kesehatan dan tiga camat baru pada 9 Oktober 2024. '
                       'Persetujuan tertulis Mendagri blm ada sampai hari pelantikan.',
                       position='Bupati Pesisir Timur', subject='regional_head', day='2024-10-09')
    assert result.category == "regional_head_replacement_of_officials"


def test_uu_10_2016_pasal_71_2_a_replacement_with_the_ministers_written_approval_is_lawful():
    """Over-reach (UU 10/2016 Pasal 71(2)): the same replacement with the Minister's written approval."""
    result = _classify('Bupati Pesisir Timur melantik kepala dinas kesehatan dan tiga camat baru pada 9 Oktober 2024 '
                       'setelah mendapat persetujuan tertulis Mendagri melalui surat Nomor 100.2.2.6/5120/OTDA.',
                       position='Bupati Pesisir Timur', subject='regional_head', day='2024-10-09')
    assert result.category == LAWFUL


def test_uu_10_2016_pasal_71_2_a_rumoured_rotation_before_22_march_2024_is_lawful():
    """UU 10/2016 Pasal 71(2) (from 22 Mar 2024): rumour or not, no rule reaches a rotation on 5 Mar 2024."""
    result = _classify('Kabarnya Wali Kota Bukit Raya yang akan maju lagi memutasi sembilan pejabat eselon III pada 5 '
                       'Maret 2024, dan katanya yang dimutasi itu orang dekat wakilnya.',
                       position='Wali Kota Bukit Raya', subject='regional_head', day='2024-03-05')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_2_a_rumoured_rotation_in_the_ban_is_not_cleared():
    """Over-reach (UU 10/2016 Pasal 71(2) jo. 190): the same rumour in October is no lawful answer."""
    result = _classify('Kabarnya Wali Kota Bukit Raya yang akan maju lagi memutasi sembilan pejabat eselon III pada 5 '
                       'Oktober 2024, dan katanya yang dimutasi itu orang dekat wakilnya.',
                       position='Wali Kota Bukit Raya', subject='regional_head', day='2024-10-05')
    assert result.category != LAWFUL


def test_uu_6_2014_pasal_51_j_a_thanksgiving_at_a_teams_house_after_the_vote_is_no_campaign():
    """UU 6/2014 Pasal 51 huruf j, PKPU 2/2024: after the vote of 27 Nov 2024 there is no campaign to join."""
    result = _classify('Kaur Keuangan Desa Padang Lalang terlihat ikut tasyakuran di rumah tim pemenangan bupati '
                       'terpilih pada Sabtu malam, 30 November 2024, makan bersama dan berdoa.',
                       position='Kaur Keuangan Desa Padang Lalang', subject='village_official', day='2024-11-30')
    assert result.category == LAWFUL


def test_uu_6_2014_pasal_51_j_a_gathering_at_a_teams_house_in_the_campaign_stays_a_campaign():
    """Over-reach (UU 6/2014 Pasal 51 huruf j): the same gathering on 30 Oct 2024, in the campaign period."""
    result = _classify('Kaur Keuangan Desa Padang Lalang terlihat ikut tasyakuran di rumah tim pemenangan paslon bupati '
                       'nomor urut 1 pada Rabu malam, 30 Oktober 2024, makan bersama dan berdoa.',
                       position='Kaur Keuangan Desa Padang Lalang', subject='village_official', day='2024-10-30')
    assert result.category == "village_law_campaign"


def test_uu_10_2016_pasal_65_an_acting_regent_asking_all_pairs_to_keep_order_at_a_kpu_plenary_is_lawful():
    """SKB 2022, UU 10/2016 (KPU events for every pair): 'hanya meminta ketiga paslon' favours no pair."""
    result = _classify('Pj Bupati Tanah Merah hadir pada rapat pleno terbuka pengundian nomor urut pasangan calon di '
                       'aula KPU, 23 September 2024. Dalam sambutannya ia hanya meminta ketiga paslon menjaga '
                       'kedamaian.',
                       position='Pj Bupati Tanah Merah', subject='regional_head', day='2024-09-23')
    assert result.category == LAWFUL


def test_skb_2022_an_acting_regent_showing_a_pairs_sign_at_a_kpu_plenary_is_not_lawful():
    """Over-reach (SKB 2022 ethics): at the same plenary he raised two fingers for pair 2."""
    result = _classify('Pj Bupati Tanah Merah hadir pada rapat pleno terbuka pengundian nomor urut pasangan calon di '
                       'aula KPU, 23 September 2024, lalu mengacungkan dua jari ke arah pendukung paslon nomor 2.',
                       position='Pj Bupati Tanah Merah', subject='regional_head', day='2024-09-23')
    assert result.category != LAWFUL


def test_uu_2_2002_pasal_13_police_who_only_stand_guard_at_a_rally_are_on_duty():
    """UU 2/2002 Pasal 13-14: police 'cuma jaga-jaga' at a rally, as at the other pair's, do their duty."""
    result = _classify('td siang bnyk polisi di lapangan kampanye paslon 3, berdiri di pinggir panggung. mereka ga ikut '
                       'nyanyi atau pegang bendera, cuma jaga jaga aja. waktu paslon 1 kampanye jg sama.',
                       position='anggota Polsek', subject='polri', day='2024-10-20')
    assert result.category == LAWFUL


def test_uu_2_2002_pasal_28_a_police_officer_on_guard_who_dances_with_a_pairs_shirt_is_not_lawful():
    """Over-reach (UU 2/2002 Pasal 28): on guard, but he danced on stage wearing the pair's shirt."""
    result = _classify('Seorang polisi yang katanya cuma jaga di lapangan kampanye paslon 3 pada 20 Oktober 2024 naik '
                       'ke panggung, berjoget dan memakai kaos paslon 3.',
                       position='anggota Polsek', subject='polri', day='2024-10-20')
    assert result.category != LAWFUL


def test_uu_10_2016_pasal_71_1_revoking_one_pairs_permit_and_granting_it_to_another_is_an_official_decision():
    """UU 10/2016 Pasal 71(1) jo. 188: the acting regent cancels pair 2's venue permit, then gives it to pair 1."""
    result = _classify('Penjabat Bupati Sungai Dalam mencabut izin pemakaian GOR Sungai Dalam untuk rapat umum paslon '
                       'nomor urut 2 pada 28 Oktober 2024. Dua hari kemudian GOR itu diberikan kepada paslon nomor '
                       'urut 1 untuk tanggal yang sama.',
                       position='Penjabat Bupati Sungai Dalam', subject='regional_head', day='2024-10-28')
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_uu_10_2016_pasal_71_1_the_police_revoking_a_permit_for_every_pair_is_no_official_favour():
    """Over-reach (UU 10/2016 Pasal 71(1)): the police, not the regent, revoked the permits of all pairs alike."""
    result = _classify('Polres Sungai Dalam mencabut izin keramaian untuk semua paslon di GOR Sungai Dalam pada 28 '
                       'Oktober 2024 karena banjir, dan penjabat bupati hanya meneruskan surat itu ke KPU.',
                       position='Penjabat Bupati Sungai Dalam', subject='regional_head', day='2024-10-28')
    assert not result.crime_indication


def test_pp_94_2021_pasal_5_n_an_asns_own_billboards_as_a_2024_hopeful_approach_the_public():
    """PP 94/2021 Pasal 5 huruf n, SKB 2022 (approaching the public as a prospective candidate)."""
    result = _classify('Sejak Mei 2024 di simpang-simpang jalan Kota Tepian terpasang spanduk bergambar Sekda Tepian, '
                       'Pak Johan, bertuliskan "Mohon doa restu menuju Pilwalkot 2024". Pak Johan masih menjabat Sekda.',
                       position='Sekretaris Daerah Kota Tepian', subject='asn_pns', day='2024-05-20')
    assert result.category == "discipline_approach_party"


def test_skb_2022_an_asns_face_on_a_pairs_billboard_is_no_approach_as_a_hopeful():
    """Over-reach (SKB 2022): a billboard of pair 2 with his face beside the candidate is the pair's prop."""
    result = _classify('Di simpang jalan Kota Tepian terpasang spanduk paslon nomor urut 2 bergambar Sekda Tepian, Pak '
                       'Johan, di samping calon wali kota, bertuliskan "Mohon doa restu, Pilwalkot 2024", sejak 10 '
                       'Oktober 2024.',
                       position='Sekretaris Daerah Kota Tepian', subject='asn_pns', day='2024-10-10')
    assert result.category != "discipline_approach_party"


def test_pp_94_2021_pasal_5_n_a_teachers_pilihlah_nomor_said_to_parents_is_an_appeal():
    """PP 94/2021 Pasal 5 huruf n (appeals leaning to a pair): said to parents at a school meeting."""
    result = _classify('Dalam rapat komite sekolah 8 Oktober 2024, Bu Lestari, guru PNS kelas 6, bilang ke para orang '
                       'tua yang hadir bahwa kalau ingin gedung sekolah cepat direhab nanti pilihlah nomor 1 saja.',
                       position='Guru PNS SDN 4 Pulau Rimba', subject='asn_pns', day='2024-10-08')
    assert result.category == "discipline_partisan_activity"


def test_skb_2022_a_teacher_telling_parents_to_vote_as_they_wish_is_no_appeal():
    """Over-reach (SKB 2022): 'pilihlah sesuai hati nurani' names no pair."""
    result = _classify('Dalam rapat komite sekolah 8 Oktober 2024, Bu Lestari, guru PNS kelas 6, bilang ke para orang '
                       'tua yang hadir agar datang ke TPS tanggal 27 November dan pilihlah sesuai hati nurani.',
                       position='Guru PNS SDN 4 Pulau Rimba', subject='asn_pns', day='2024-10-08')
    assert result.category not in ("discipline_partisan_activity", "election_crime_official_action")


def test_skb_2022_a_civil_servant_named_secretary_in_a_volunteer_groups_sk_has_a_role_in_the_campaign():
    """SKB 2022 (a role in a pair's campaign team), PP 94/2021 Pasal 5 huruf n."""
    result = _classify('Beredar SK relawan "Sahabat Bu Rina" untuk Kecamatan Lubuk Sirih tertanggal 1 Oktober 2024. '
                       'Di lampirannya tertulis sebagai bendahara Pak Hasan, staf Dinas Pendidikan yang PNS.',
                       position='Staf Dinas Pendidikan', subject='asn_pns', day='2024-10-01')
    assert result.category == "discipline_campaign_attendance"


def test_uu_10_2016_a_civil_servant_in_the_kpus_relawan_demokrasi_sk_has_no_campaign_role():
    """Over-reach (UU 10/2016, KPU's voter education): 'relawan demokrasi' is the KPU's, no pair's volunteers."""
    result = _classify('Beredar SK relawan demokrasi KPU Kabupaten untuk Kecamatan Lubuk Sirih tertanggal 1 Oktober '
                       '2024. Di lampirannya tertulis sebagai bendahara Pak Hasan, staf Dinas Pendidikan yang PNS.',
                       position='Staf Dinas Pendidikan', subject='asn_pns', day='2024-10-01')
    assert result.category != "discipline_campaign_attendance"


def test_uu_6_2014_pasal_29_j_a_meeting_recorded_in_an_sttp_is_no_public_service_of_the_village_head():
    """UU 6/2014 Pasal 29 huruf j: 'tercatat dalam STTP' records the police notice of the campaign, not his service."""
    result = _classify('Kepala Desa Batu Ampar duduk di deretan depan pertemuan terbatas calon bupati nomor urut 2 '
                       'pada 2 November 2024 dan bertepuk tangan saat calon berbicara. Pertemuan itu tercatat dalam STTP '
                       'Polres sebagai kampanye.',
                       position='Kepala Desa Batu Ampar', subject='village_head', day='2024-11-02')
    assert result.category == "village_law_campaign"


def test_uu_25_2009_a_police_officer_issuing_sttp_to_every_pair_serves_the_public():
    """Over-reach (UU 25/2009 Pasal 4; UU 2/2002): the officer issues STTP to every pair alike."""
    result = _classify('Kasat Intelkam Polres Batu Ampar menerbitkan STTP kampanye untuk ketiga paslon bupati pada 2 '
                       'November 2024 sesuai permohonan tim masing-masing.',
                       position='Kasat Intelkam Polres Batu Ampar', subject='polri', day='2024-11-02')
    assert result.category == LAWFUL


def test_dkpp_2_2017_pasal_8_l_an_organisers_own_claim_that_he_met_by_chance_is_no_finding():
    """Peraturan DKPP 2/2017 Pasal 8 huruf l: 'mengaku hanya kebetulan' is his word, not the report's finding."""
    result = _classify('Ketua Bawaslu Kabupaten Lembah Hijau terlihat makan malam berdua dengan calon bupati nomor urut '
                       '2 di sebuah kafe pada 15 November 2024. Fotonya beredar. Saat ditanya, ia mengaku hanya '
                       'kebetulan bertemu.',
                       position='Ketua Bawaslu Kabupaten Lembah Hijau', subject='election_organiser', day='2024-11-15')
    assert result.category != LAWFUL


def test_dkpp_2_2017_a_meeting_by_chance_that_the_supervisor_confirmed_is_lawful():
    """Over-reach (Peraturan DKPP 2/2017): the supervisors themselves found he was there by chance, uninvited."""
    result = _classify('Anggota KPU Kabupaten Lembah Hijau berada di kafe yang sama dengan calon bupati nomor urut 2 '
                       'pada 15 November 2024. Hasil penelusuran Bawaslu: ia kebetulan berada di sana bersama '
                       'keluarganya, tidak diundang dan tidak bertemu atau berbicara dengan calon.',
                       position='Anggota KPU Kabupaten Lembah Hijau', subject='election_organiser', day='2024-11-15')
    assert result.category == LAWFUL


def test_skb_2022_a_position_the_reporter_does_not_know_names_no_civil_servant():
    """SKB 2022 binds ASN only (review E3): a position 'tidak tahu' leaves who he is to the Pokja."""
    result = _classify('Ada bapak berseragam cokelat datang ke pos ronda dan membagikan kalender kepada warga pada 3 '
                       'November 2024.',
                       position='tidak tahu, seragam cokelat', subject='asn_pns', day='2024-11-03')
    assert result.category == MANUAL and result.subject_type == "other"


def test_skb_2022_a_position_that_names_the_office_stays_a_civil_servant():
    """Over-reach (SKB 2022): the same act by a known civil servant is judged as his."""
    result = _classify('Pak Amir datang ke pos ronda dan membagikan kalender paslon nomor urut 2 kepada warga pada 3 '
                       'November 2024.',
                       position='Staf Dinas Pekerjaan Umum', subject='asn_pns', day='2024-11-03')
    assert result.subject_type == "asn_pns" and result.category != MANUAL


def test_uu_10_2016_pasal_71_1_a_dprd_members_pokir_promised_for_a_pair_before_mk_136_goes_to_the_pokja():
    """UU 10/2016 Pasal 71(1) names pejabat daerah; Pasal 188 punished them only from MK 136/PUU-XXII/2024 (review A1).
    Sets 42 and 43 label such a promise lawful; it is not: the prohibition stood before the ruling, only its criminal
    sanction did not, and no SKB or village-law category binds a DPRD member. Whether the office's means were used
    for the pair is for the Pokja, so the answer is manual, never lawful and never a crime."""
    result = _classify('Anggota DPRD Kabupaten Sukaraja berjanji di depan warga Desa Bukit Jaya pada 2 November 2024 '
                       'bahwa dana pokok-pokok pikirannya untuk jalan desa akan cair asal paslon nomor 1 menang di desa '
                       'itu.', position='Anggota DPRD Kabupaten Sukaraja', subject='regional_official', day='2024-11-02')
    assert result.category == MANUAL and not result.crime_indication


def test_uu_10_2016_pasal_70_2_a_dprd_member_campaigning_without_the_offices_means_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 70(2)): campaigning for his party's pair, with no pokir or budget, is lawful."""
    result = _classify('Anggota DPRD Kabupaten Sukaraja berorasi di kampanye paslon nomor 1 di lapangan Desa Bukit Jaya '
                       'pada 2 November 2024 dan mengajak warga memilih paslon nomor 1. Ia datang dengan mobil pribadi.',
                       position='Anggota DPRD Kabupaten Sukaraja', subject='regional_official', day='2024-11-02')
    assert result.category == LAWFUL
