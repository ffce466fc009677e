"""Round 41: the general gaps the fortieth and forty-first blind sets' misses showed (set 40 measured once unseen on
round 39, set 41 on round 40, see their files), each tested with other sentences than the sets', and beside each a
similar text that keeps its answer. The priority was four lawful reports given a violation. A CLTN wording was missed on
three sets running: a civil servant on cuti di luar tanggungan negara 'berdasarkan SK Bupati/Wali Kota' at the spouse's
campaign was read as an official decision because 'SK' counted as the party's own decree; a decree the report cites as
the basis or record of the party's status ('berdasarkan/sesuai/menurut/dengan/melalui SK ...', 'SK dari BKPSDM') is no
decision the party made, only one he issues, signs or orders is (keputusan_edaran; UU 10/2016 Pasal 71(1)), so the
CLTN reading clears the spouse's campaign (SKB 2022 ethics). A refusal of a pair's invitation on the ground that an ASN
must be neutral clears what the refusal letter shared in a WA group matched (menolak_ajakan_calon; SKB 2022), not when
he gave in after all or someone else refused. 'Wa Ode' (a Buton name) is no WhatsApp (@social_place), and a KPU
voter-education session held with KPU officers is an organiser's event (kegiatan_kedinasan_netralitas; UU 10/2016
Pasal 5). 'Program pasangan calon wali kota' is the pair's programme, no government programme (program_bantuan,
program_berwajah_kepala_daerah): a lurah seated at a pair's socialisation in working hours attends a campaign (SKB 2022
ethics), no official action under Pasal 71(1) jo. 188. Also: 'merotasi' is a rotation and 'tidak adanya izin' a missing
approval (penggantian_*; Pasal 71(2), from 22 Mar 2024), and 'nyopot' / 'Kadisdik' are read as 'mencopot' / 'kepala
dinas pendidikan' (word_forms); a party's officials the party meets ('disambut ketua DPC', 'di depan pengurus
partai') are his hosts, not his office, so taking a party's nomination form is an approach (PP 94/2021 Pasal 5 huruf n),
not membership (UU 20/2023 Pasal 52(3) huruf j)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_skb_2022_a_spouse_on_cltn_by_a_regents_decree_at_the_campaign_is_lawful():
    """SKB 2022 ethics, UU 10/2016 Pasal 71(1): 'sesuai SK Bupati' records her leave; it is no decision of hers."""
    result = _classify('Bu Ratna, Kepala Seksi Dinas Sosial, terlihat menemani suaminya, calon bupati nomor urut 1, '
                       'berkampanye di Desa Lembah Hijau pada 25 Oktober 2024. Menurut BKPSDM, ia menjalani cuti di luar '
                       'tanggungan negara sejak 2 September 2024 hingga akhir Desember 2024 melalui SK Bupati, dan '
                       'tidak berdinas.',
                       position='Kepala Seksi Dinas Sosial', subject='asn_pns', day='2024-10-25')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_decree_the_party_signs_for_a_pair_stays_an_official_decision():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): an SK the camat signs ordering lurah to a pair's rally is his act."""
    result = _classify('Camat Lembah Hijau menandatangani SK yang mewajibkan semua lurah hadir di kampanye paslon '
                       'nomor urut 1 pada 25 Oktober 2024.',
                       position='Camat Lembah Hijau', subject='asn_pns', day='2024-10-25')
    assert result.category == "election_crime_official_action"


def test_skb_2022_a_spouse_whose_post_rests_on_a_decree_but_has_no_cltn_keeps_the_spouse_campaign():
    """Over-reach (SKB 2022 ethics): 'menjabat berdasarkan SK Bupati' is no leave; the spouse's campaign stands."""
    result = _classify('Bu Ratna, yang menjabat Kepala Seksi Dinas Sosial berdasarkan SK Bupati, ikut naik panggung '
                       'kampanye suaminya, calon bupati nomor urut 1, di Desa Lembah Hijau pada 25 Oktober 2024.',
                       position='Kepala Seksi Dinas Sosial', subject='asn_pns', day='2024-10-25')
    assert result.category not in (LAWFUL, MANUAL)


def test_skb_2022_a_refusal_for_neutrality_shared_in_a_wa_group_is_no_online_campaign():
    """SKB 2022, UU 20/2023 Pasal 24(1): refusing a pair's invitation because an ASN must stay neutral, shared online."""
    result = _classify('Tim sukses paslon nomor urut 2 mengundang Kepala Dinas Pertanian, Pak Yusuf, ke temu akbar '
                       'relawan pada 2 November 2024. Pak Yusuf menolak undangan itu dengan pesan bahwa pegawai negeri '
                       'harus tetap netral, lalu ia kirim pesan penolakannya ke grup WA para penyuluh. Tim itu mencoba '
                       'mengajak pejabat dinas.',
                       position='Kepala Dinas Pertanian', subject='asn_pns', day='2024-11-02')
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_refusal_for_neutrality_then_attendance_keeps_the_violation():
    """Over-reach (SKB 2022): he refused for neutrality, but in the end came and spoke at the pair's rally."""
    result = _classify('Tim sukses paslon nomor urut 2 mengundang Kepala Dinas Pertanian, Pak Yusuf, ke temu akbar '
                       'relawan pada 2 November 2024. Awalnya Pak Yusuf menolak hadir karena harus netral, tetapi '
                       'akhirnya ia tetap hadir dan berorasi mengajak warga memilih paslon nomor urut 2.',
                       position='Kepala Dinas Pertanian', subject='asn_pns', day='2024-11-02')
    assert result.category not in (LAWFUL, MANUAL)


def test_uu_10_2016_pasal_5_a_kpu_voter_session_with_a_teacher_named_wa_ode_is_lawful():
    """UU 10/2016 Pasal 5 (tahapan), SKB 2022: 'Wa Ode' is a name, no WhatsApp; a KPU session for every pair."""
    result = _classify('Bu Wa Ode Sartika, guru PKn SMAN 1 Pasarwajo, memperlihatkan contoh surat suara dua paslon '
                       'kepada siswa kelas 12 pada 6 November 2024 dalam sosialisasi pemilih pemula bersama petugas KPU. '
                       'Ia hanya menerangkan cara mencoblos yang sah.',
                       position='Guru PKn SMAN 1 Pasarwajo', subject='asn_pns', day='2024-11-06')
    assert result.category == LAWFUL


def test_skb_2022_a_teacher_named_wa_ode_urging_a_pair_in_a_whatsapp_group_keeps_the_online_campaign():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): the name aside, her WhatsApp appeal is an online campaign."""
    result = _classify('Bu Wa Ode Sartika, guru PKn SMAN 1 Pasarwajo, mengirim pesan di grup WhatsApp wali murid pada '
                       '6 November 2024 mengajak semua memilih paslon nomor urut 2.',
                       position='Guru PKn SMAN 1 Pasarwajo', subject='asn_pns', day='2024-11-06')
    assert result.category in ("discipline_online_campaign", "ethics_social_media", "discipline_partisan_activity")


def test_skb_2022_a_lurah_seated_at_a_pairs_programme_talk_in_working_hours_attends_no_official_action():
    """SKB 2022 ethics; UU 10/2016 Pasal 71(1) jo. 188: 'program paslon wali kota' is the pair's, not the office's."""
    result = _classify('Pada Selasa 29 Oktober 2024 pukul 09.00 di aula rumah makan berlangsung pemaparan program '
                       'paslon wali kota nomor urut 2. Lurah Sidomulyo duduk di antara peserta dengan pakaian dinas '
                       'dan mendengarkan sampai selesai, tanpa berbicara. Itu jam kerja.',
                       position='Lurah Sidomulyo', subject='asn_pns', day='2024-10-29')
    assert result.category == "ethics_campaign_attendance" and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_government_programme_handed_out_for_a_pair_stays_an_official_action():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): the lurah hands out the city's aid programme for a pair."""
    result = _classify('Lurah Sidomulyo membagikan paket program bantuan pemerintah kota kepada warga pada 29 Oktober '
                       '2024 sambil meminta mereka memilih pasangan calon bupati nomor urut 2.',
                       position='Lurah Sidomulyo', subject='asn_pns', day='2024-10-29')
    assert result.category == "election_crime_official_action"


def test_uu_10_2016_pasal_71_2_a_rotation_before_22_march_2024_is_lawful():
    """UU 10/2016 Pasal 71(2): 'merotasi' is a rotation; before 22 Mar 2024 the ban does not yet apply."""
    result = _classify('Bupati Lembah merotasi sembilan camat dan dua kepala bagian pada 12 Februari 2024. Warga '
                       'menilai rotasi itu politis karena bupati akan maju lagi, dan menyoal tidak adanya izin Mendagri.',
                       position='Bupati Lembah', subject='regional_head', day='2024-02-12')
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_2_a_rotation_in_the_ban_without_approval_is_a_replacement():
    """Over-reach (UU 10/2016 Pasal 71(2) jo. 190): the same rotation in October without approval is the crime."""
    result = _classify('Bupati Lembah merotasi sembilan camat dan dua kepala bagian pada 14 Oktober 2024 tanpa '
                       'persetujuan tertulis Mendagri.',
                       position='Bupati Lembah', subject='regional_head', day='2024-10-14')
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_uu_10_2016_pasal_71_2_a_colloquial_removal_of_the_head_of_education_is_a_replacement():
    """UU 10/2016 Pasal 71(2) jo. 190: 'nyopot Kadisdik' reads as 'mencopot kepala dinas pendidikan'."""
    result = _classify('Bupati Lembah nyopot Kadisdik tgl 3 Okt 2024 dan langsung ganti Plt. Kata pegawai BKPSDM gak '
                       'ada persetujuan Mendagri.',
                       position='Bupati Lembah', subject='regional_head', day='2024-10-03')
    assert result.category == "regional_head_replacement_of_officials"


def test_pp_94_2021_pasal_5_taking_a_partys_form_welcomed_by_its_chairman_is_an_approach_not_membership():
    """PP 94/2021 Pasal 5 huruf n; UU 20/2023 Pasal 52(3) huruf j: 'disambut ketua DPC' names the host, not his office."""
    result = _classify('Kepala Bappeda Lembah, Ir. Salim, datang ke kantor DPC sebuah partai pada 20 Mei 2024 untuk '
                       'mengambil formulir pendaftaran bakal calon bupati. Ia disambut ketua DPC dan berbicara singkat '
                       'di depan pengurus partai. Ia belum mundur dari PNS.',
                       position='Kepala Bappeda Kabupaten Lembah', subject='asn_pns', day='2024-05-20')
    assert result.category == "discipline_approach_party"


def test_uu_20_2023_pasal_52_a_civil_servant_who_is_a_party_chairman_keeps_party_membership():
    """Over-reach (UU 20/2023 Pasal 52(3) huruf j jo. (4)): he himself sits as the DPC's secretary."""
    result = _classify('Ir. Salim, Kepala Bappeda Lembah, ternyata menjabat sekretaris DPC sebuah partai sejak Mei 2024 '
                       'dan namanya tercantum dalam SK kepengurusan partai itu.',
                       position='Kepala Bappeda Kabupaten Lembah', subject='asn_pns', day='2024-05-20')
    assert result.category == "discipline_party_membership"
