"""Round 35: the general gaps the thirty-third blind set's misses showed (measured once unseen on round 34, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was two lawful reports given a violation: a government programme paid on its regular schedule, with no pair's
name, face, slogan, speech or appeal attached, is no act for a pair, and the official's closeness to a candidate is no
violation (UU 10/2016 Pasal 71(1), (3)); the SK that granted the party's own leave ('cuti di luar tanggungan negara ...
berdasarkan SK Wali Kota') records her status, it is no decision of hers, so the CLTN reading explains the spouse's
campaign (SKB 2022). Equally: two violations read as lawful. A request for the Minister's approval 'masih berproses',
'belum ada balasan tertulis' is no approval (Pasal 71(2) jo. 190); a regional programme's aid packed with the face of a
head who has declared he runs is a programme used for a pair, never the elected head's own lawful campaigning (Pasal
71(3) jo. 190). Besides: a candidate who calls village heads up to his stage involves them (a bare 'panggil' is
'memanggil'; Pasal 70(1) jo. 189); a named column of a team's structure filled with the party's name is a role in the
team (SKB 2022, PP 94/2021 Pasal 5 huruf n); standing in the crowd of a rally is attending as a participant (SKB 2022
ethics); being on the stage of the spouse's own campaign is the spouse rule (SKB 2022 ethics); the party's own pose
before a pair's billboard made her profile photo is a photo with the pair's props (SKB 2022 ethics); 'sudah mundur dari
PNS waktu daftar ke KPU' tells a candidate who resigned to run, and 'meminta dipilih' is his own campaigning, no
involvement of others (UU 10/2016 Pasal 7(2) huruf t); 'kurang tahu siapa yang pasang' doubts who did it (Perbawaslu
8/2020)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


# --- a government programme on its regular schedule (UU 10/2016 Pasal 71(1), (3)) ----------------------------------

def test_uu_10_2016_pasal_71_a_quarterly_bpnt_payment_on_the_central_schedule_is_lawful():
    """Pasal 71(1), (3): a scheduled national payment with nothing of a pair attached benefits no pair."""
    result = _classify("Warga mengira Dinas Sosial sengaja membagi bantuan menjelang pencoblosan. Ternyata pada 5 November "
                       "2024 itu pencairan BPNT triwulan IV dari Kemensos sesuai jadwal pusat, diserahkan di balai "
                       "kelurahan. Tidak ada spanduk, tidak ada sambutan. Katanya sekretaris dinas akrab dengan salah "
                       "satu calon bupati.", position="Sekretaris Dinas Sosial", subject="asn_pns", day="2024-11-05")
    assert result.category == LAWFUL and not result.crime_indication


def test_the_same_payment_with_a_speech_asking_for_a_pair_keeps_the_violation():
    """Over-reach (Pasal 71(1) jo. 188): the same schedule, but the official's speech asks the recipients for number 2."""
    result = _classify("Pada 5 November 2024 pencairan BPNT triwulan IV dari Kemensos sesuai jadwal pusat diserahkan di "
                       "balai kelurahan oleh Sekretaris Dinas Sosial. Tidak ada spanduk, tetapi dalam sambutannya ia "
                       "meminta penerima ingat pilih nomor 2 karena bantuan ini berkat calon nomor 2.",
                       position="Sekretaris Dinas Sosial", subject="asn_pns", day="2024-11-05")
    assert result.category not in (LAWFUL, MANUAL)


# --- the SK of the party's own leave (SKB 2022: the spouse rule applies outside CLTN) -------------------------------

def test_skb_2022_a_husband_on_cltn_granted_by_a_regents_sk_may_accompany_his_wife():
    """SKB 2022: 'cuti di luar tanggungan negara ... dengan SK Bupati' is the decision granting his leave, not his act."""
    result = _classify("Pak Darmawan, PNS Dinas Pertanian, ikut mendampingi istrinya, calon bupati nomor urut 3, saat "
                       "kampanye tatap muka di Desa Talang pada 2 November 2024. Menurut BKPSDM ia sedang menjalani cuti "
                       "di luar tanggungan negara sejak Agustus dengan SK Bupati.", position="PNS Dinas Pertanian",
                       subject="asn_pns", day="2024-11-02")
    assert result.category == LAWFUL and not result.crime_indication


def test_the_same_husband_without_leave_keeps_the_spouse_rule():
    """Over-reach (SKB 2022 ethics): he did not take CLTN; the SK named is his wife's registration, not his leave."""
    result = _classify("Pak Darmawan, PNS Dinas Pertanian, ikut mendampingi istrinya, calon bupati nomor urut 3, saat "
                       "kampanye tatap muka di Desa Talang pada 2 November 2024 pada hari kerja. Ia tidak mengambil cuti "
                       "di luar tanggungan negara.", position="PNS Dinas Pertanian", subject="asn_pns",
                       day="2024-11-02")
    assert result.category == "ethics_spouse_campaign"


# --- an approval still pending is no approval (UU 10/2016 Pasal 71(2) jo. 190) -------------------------------------

def test_uu_10_2016_pasal_71_2_a_rotation_while_the_ministers_approval_is_still_pending_is_a_replacement():
    """Pasal 71(2) jo. 190: the request 'masih diproses' and 'belum ada jawaban tertulis' on the day of installation."""
    result = _classify("Wali Kota Pantai Indah pada 12 Agustus 2024 melantik lima kepala dinas baru. Ia sudah menyatakan "
                       "maju kembali. Ketika wartawan bertanya soal izin Mendagri, Kepala BKD menjawab bahwa surat "
                       "permohonan itu masih diproses; sampai hari pelantikan belum ada jawaban tertulis.", position="Wali Kota Pantai Indah",
                       subject="regional_head", day="2024-08-12")
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


def test_the_same_rotation_with_the_written_approval_in_hand_stays_lawful():
    """Over-reach (Pasal 71(2)): the Minister's written approval was granted before the installation."""
    result = _classify("Wali Kota Pantai Indah pada 12 Agustus 2024 melantik lima kepala dinas baru setelah mendapat "
                       "persetujuan tertulis Mendagri yang terbit pada 1 Agustus 2024. Ia sudah menyatakan maju kembali.",
                       position="Wali Kota Pantai Indah", subject="regional_head", day="2024-08-12")
    assert result.category == LAWFUL and not result.crime_indication


# --- a programme branded with a running head's face (UU 10/2016 Pasal 71(3) jo. 190) -------------------------------

def test_uu_10_2016_pasal_71_3_aid_parcels_bearing_the_running_mayors_face_are_programme_use():
    """Pasal 71(3) jo. 190: the programme serves his own candidacy; his being an elected head explains nothing here."""
    result = _classify("Pembagian paket sembako program Pemkot Pantai Indah untuk 500 lansia pada 9 September 2024 memakai "
                       "kantong bergambar wajah wali kota dengan tulisan 'Sahabat Lansia'. Wali kota, yang sudah "
                       "diusung dua partai untuk masa jabatan berikutnya, ikut menyerahkan paket.",
                       position="Wali Kota Pantai Indah", subject="regional_head", day="2024-09-09")
    assert result.category == "regional_head_programme_use" and result.crime_indication


def test_the_running_mayor_campaigning_on_a_sunday_stays_lawful():
    """Over-reach (Pasal 70(2)): the elected head's own campaigning on a holiday, no programme, stays lawful."""
    result = _classify("Wali Kota Pantai Indah yang sudah mendeklarasikan diri maju kembali berkampanye untuk dirinya "
                       "sendiri di Lapangan Kelurahan Sukamaju pada Minggu 10 November 2024, hari libur, dengan mobil "
                       "pribadi.", position="Wali Kota Pantai Indah", subject="regional_head", day="2024-11-10")
    assert result.category == LAWFUL and not result.crime_indication


# --- a candidate calling village heads up to his stage (UU 10/2016 Pasal 70(1) jo. 189) ----------------------------

def test_uu_10_2016_pasal_70_1_a_candidate_who_calls_village_heads_onto_his_stage_involves_them():
    """Pasal 70(1) jo. 189: a bare 'panggil' is 'memanggil'; the village heads are called up at his rally."""
    result = _classify("kampanye cabup no 3 di lapangan desa Sumber Rejo tgl 3/11, pak cabup panggil 4 kepala desa naik "
                       "ke atas panggung, terus mereka angkat tangan bareng sambil teriak menang.",
                       position="Calon Bupati Nomor Urut 3", subject="candidate", day="2024-11-03")
    assert result.category == "election_crime_candidate_involvement" and result.crime_indication


def test_a_candidate_who_calls_youth_leaders_onto_his_stage_involves_no_official():
    """Over-reach (Pasal 70(1) names ASN, village heads, TNI and Polri): youth leaders hold no such office."""
    result = _classify("kampanye cabup no 3 di lapangan desa Sumber Rejo tgl 3/11, pak cabup panggil 4 tokoh pemuda naik "
                       "ke atas panggung, terus mereka angkat tangan bareng sambil teriak menang.",
                       position="Calon Bupati Nomor Urut 3", subject="candidate", day="2024-11-03")
    assert result.category != "election_crime_candidate_involvement" and not result.crime_indication


# --- a column of a team's structure (SKB 2022; PP 94/2021 Pasal 5 huruf n, PP 49/2018) ------------------------------

def test_skb_2022_a_pppk_named_in_the_coordinator_column_of_a_winning_team_has_a_role_in_it():
    """SKB 2022: 'di kolom koordinator desa tercantum' the party: a role in the pair's team."""
    result = _classify("Saya menerima susunan tim pemenangan bakal calon wali kota Ibu Ratih yang disebar di grup relawan "
                       "pada 20 Agustus 2024. Pada kolom koordinator desa Mekarsari tercantum Sdr. Yoga, pegawai PPPK "
                       "di kantor kelurahan, beserta nomor teleponnya. Ia juga yang mengirim undangan rapat relawan.",
                       position="Pegawai PPPK Kantor Kelurahan", subject="asn_pppk", day="2024-08-20")
    assert result.category == "discipline_campaign_attendance" and not result.crime_indication


def test_a_pppk_in_the_coordinator_column_of_a_posyandu_schedule_has_no_team_role():
    """Over-reach (SKB 2022 binds a pair's team): a health-post roster names no pair, team or campaign."""
    result = _classify("Pada kolom koordinator desa Mekarsari di jadwal posyandu bulan Agustus 2024 tercantum Sdr. Yoga, "
                       "pegawai PPPK di kantor kelurahan, beserta nomor teleponnya. Ia yang mengirim undangan "
                       "penimbangan balita.", position="Pegawai PPPK Kantor Kelurahan", subject="asn_pppk",
                       day="2024-08-20")
    assert result.category != "discipline_campaign_attendance"


# --- in the crowd of a rally (SKB 2022 ethics: attending a campaign as a participant) -------------------------------

def test_skb_2022_a_pns_standing_in_the_crowd_of_a_rally_attends_it():
    """SKB 2022 ethics: no stage, no attribute, but among the crowd of a pair's rally."""
    result = _classify("Pada 14 November 2024 ada rapat umum pasangan calon wali kota nomor 2 di Alun-alun. Bu Sinta, PNS "
                       "Dinas Perdagangan, tampak berdiri di tengah kerumunan dan ikut bertepuk tangan. Ia tidak naik "
                       "panggung dan tidak memakai atribut apa pun.", position="PNS Dinas Perdagangan",
                       subject="asn_pns", day="2024-11-14")
    assert result.category == "ethics_campaign_attendance" and not result.crime_indication


def test_the_same_pns_in_the_crowd_of_a_market_day_attends_no_campaign():
    """Over-reach (SKB 2022 ethics binds a campaign): a market festival, no pair or campaign."""
    result = _classify("Pada 14 November 2024 ada bazar hari jadi kota di Alun-alun. Bu Sinta, PNS Dinas Perdagangan, "
                       "tampak berdiri di tengah kerumunan dan ikut bertepuk tangan saat lomba dimulai.",
                       position="PNS Dinas Perdagangan", subject="asn_pns", day="2024-11-14")
    assert result.category != "ethics_campaign_attendance"


# --- on the stage of the spouse's own campaign (SKB 2022 ethics: a spouse-candidate's campaign without CLTN) --------

def test_skb_2022_a_pns_on_the_stage_of_her_husbands_campaign_is_the_spouse_rule():
    """SKB 2022 ethics: the campaign is her husband's own; she is on its stage, without CLTN."""
    result = _classify("Ibu Rina, guru PNS SMPN 4, hadir di kampanye akbar suaminya, calon bupati nomor urut 1, pada 26 "
                       "Oktober 2024 dan naik ke panggung ketika suaminya menyapa pendukung. Ia tidak berpidato dan tidak "
                       "sedang cuti di luar tanggungan negara.", position="Guru PNS SMPN 4", subject="asn_pns",
                       day="2024-10-26")
    assert result.category == "ethics_spouse_campaign" and not result.crime_indication


def test_a_pns_on_the_stage_of_another_candidates_campaign_keeps_the_discipline_breach():
    """Over-reach (SKB 2022 discipline): the candidate is no relative of hers."""
    result = _classify("Ibu Rina, guru PNS SMPN 4, hadir di kampanye akbar calon bupati nomor urut 1 pada 26 Oktober 2024 "
                       "dan naik ke panggung ketika calon itu menyapa pendukung.", position="Guru PNS SMPN 4",
                       subject="asn_pns", day="2024-10-26")
    assert result.category == "discipline_campaign_attendance"


# --- her own pose before a pair's billboard as her profile photo (SKB 2022 ethics) ---------------------------------

def test_skb_2022_her_own_pose_at_a_pairs_billboard_made_her_profile_photo_is_a_photo_with_the_pair():
    """SKB 2022 ethics: the photo is of the party posing with the pair's props; its later use does not change it."""
    result = _classify("Pak Anton, perawat PNS puskesmas, berpose mengacungkan dua jari di depan baliho paslon nomor 2 "
                       "di depan pasar pada 1 Oktober 2024, lalu foto itu dijadikan foto profil Facebook-nya.",
                       position="Perawat PNS Puskesmas", subject="asn_pns", day="2024-10-01")
    assert result.category == "ethics_photo_with_candidate"


def test_a_pairs_poster_set_as_his_profile_photo_stays_social_media():
    """Over-reach (SKB 2022 ethics: social media): no photo of himself, the pair's own poster as his profile photo."""
    result = _classify("Pak Anton, perawat PNS puskesmas, sejak 1 Oktober 2024 mengganti foto profil Facebook-nya dengan "
                       "gambar paslon nomor 2.", position="Perawat PNS Puskesmas", subject="asn_pns", day="2024-10-01")
    assert result.category == "ethics_social_media"


# --- a civil servant who resigned to run (UU 10/2016 Pasal 7(2) huruf t) --------------------------------------------

def test_uu_10_2016_pasal_7_2_t_a_former_kadis_who_resigned_when_registering_campaigns_lawfully():
    """Pasal 7(2) huruf t: 'sudah mundur dari PNS waktu mendaftar ke KPU'; 'meminta dipilih' is his own campaigning."""
    result = _classify("ASN Kadis Pendidikan Bambang Sutejo kampanye keliling Desa Sidomulyo pada 20 Oktober 2024 membagi kalender "
                       "dan meminta dipilih. Setahu saya beliau sudah mundur dari PNS waktu mendaftar ke KPU, tapi warga "
                       "masih menyebutnya Pak Kadis.", position="Kepala Dinas Pendidikan", subject="asn_pns",
                       day="2024-10-20")
    assert result.category == LAWFUL and result.subject_type == "candidate" and not result.crime_indication


def test_a_kadis_who_has_not_resigned_asking_for_votes_for_a_pair_stays_an_asn():
    """Over-reach (SKB 2022; PP 94/2021 Pasal 5 huruf n): 'belum mundur dari PNS' and asking votes for a pair."""
    result = _classify("Kadis Pendidikan Bambang Sutejo keliling Desa Sidomulyo pada 20 Oktober 2024 membagikan kalender "
                       "paslon nomor 1 dan mengajak warga memilih paslon nomor 1. Ia belum mundur dari PNS.",
                       position="Kepala Dinas Pendidikan", subject="asn_pns", day="2024-10-20")
    assert result.subject_type == "asn_pns" and result.category not in (LAWFUL, MANUAL)


# --- not knowing who did it (Perbawaslu 8/2020: the facts must identify the party) ----------------------------------

def test_perbawaslu_8_2020_not_knowing_which_brother_put_up_the_banner_is_manual():
    """Perbawaslu 8/2020: 'tidak tahu siapa yang memasang' between two neighbours doubts the party."""
    result = _classify("Spanduk paslon 2 terpasang di pagar rumah Kadus Wibowo sejak 28 Oktober 2024. Pagarnya menyatu "
                       "dengan rumah kakaknya yang simpatisan paslon 2, jadi saya tidak tahu siapa yang memasang.",
                       position="Kepala Dusun Krajan", subject="village_official", day="2024-10-28")
    assert result.category == MANUAL and not result.crime_indication


def test_a_kadus_seen_putting_up_the_banner_himself_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 51 huruf j): the reporter saw the kadus himself put it up."""
    result = _classify("Spanduk paslon 2 dipasang di pagar rumah Kadus Wibowo pada 28 Oktober 2024. Saya melihat sendiri "
                       "Kadus Wibowo yang memasang spanduk itu bersama tim paslon 2.",
                       position="Kepala Dusun Krajan", subject="village_official", day="2024-10-28")
    assert result.category == "village_law_campaign"
