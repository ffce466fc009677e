"""Round 29: the general gaps the twenty-seventh blind set's misses showed (measured once unseen on round 28, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Three of
the set's seventeen lawful reports were given a violation unseen (a teacher who refused a candidate's photo, a village
head who only voted at his polling station, a pair that had a former village head speak), and three answers carried a
crime indication the law does not give. The readings are about the situation: whose act it was (the candidate's
invitation, the party's refusal; the reporter's own role and fears), whether the person a pair involved still holds an
office Pasal 70(1) names, and whether cheering in a rally's crowd is an act of the office."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
INVOLVEMENT = "election_crime_candidate_involvement"
OFFICIAL_ACTION = "election_crime_official_action"
CAMPAIGN, VOTING_DAY = "2024-10-21", "2024-11-27"


# --- refusing a pair's invitation is no support (SKB 2022: the ASN's own acts; UU 20/2023 Pasal 24(1) huruf d) -------

def test_skb_2022_a_nurse_who_declines_a_candidates_selfie_and_walks_away_commits_no_breach():
    """SKB 2022 bars posing with a candidate, attending or posting, not being asked: 'diajak berswafoto ... ia menolak'
    by the nurse is her refusal; the team's upload of the scene is the team's act."""
    result = _classify("Calon wali kota nomor 2 mampir ke puskesmas dan mengajak Ibu Lestari berswafoto. Ibu Lestari "
                       "menolak secara halus dan kembali melayani pasien. Video kunjungan itu kemudian diunggah akun tim "
                       "pemenangan.", position="Perawat PNS Puskesmas Sukajaya", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_skb_2022_a_civil_servant_unwilling_to_pose_with_a_pairs_team_is_lawful():
    """SKB 2022: 'tidak bersedia berfoto' when the pair's volunteers ask is no photo with a candidate."""
    result = _classify("Pak Dedi, staf kecamatan, diajak relawan paslon bupati nomor 1 berfoto bersama spanduk "
                       "paslon, tetapi ia tidak bersedia berfoto dan langsung masuk ke kantor.",
                       position="Staf Kecamatan Rawa Indah", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_civil_servant_who_first_refuses_and_then_poses_with_fingers_keeps_the_photo():
    """Over-reach (SKB 2022 ethics, PP 42/2004): a refusal the report says he gave up ('akhirnya mau berfoto' with a
    pair's finger sign) explains nothing."""
    result = _classify("Calon bupati nomor 3 mengajak Pak Rudi, guru PNS, berfoto. Awalnya Pak Rudi menolak, tetapi "
                       "akhirnya mau berfoto sambil mengacungkan tiga jari, lalu foto itu ia unggah di Facebook.",
                       position="Guru PNS SMA Negeri 2", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_reporter_who_refused_the_invitation_does_not_clear_the_party():
    """Over-reach: the refusal must be the party's; 'saya menolak' is the reporter's, and the party's own appeal to
    vote stands (SKB 2022 discipline, PP 94/2021)."""
    result = _classify("Kepala sekolah mengajak para guru berfoto dengan calon bupati nomor 2 dan mengajak guru memilih "
                       "paslon nomor 2. Saya menolak ikut berfoto.", position="Kepala Sekolah SD Negeri 4", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- a person who no longer holds the office is no one Pasal 70(1) names (UU 10/2016 Pasal 70(1) jo. 189) ------------

def test_uu_10_2016_pasal_70_a_pair_with_a_retired_camat_as_speaker_involves_no_official():
    """UU 10/2016 Pasal 70(1) names serving ASN, TNI/Polri and village heads and officials: a camat who 'sudah
    pensiun' is a private person the pair may invite."""
    result = _classify("Dalam kampanye dialog di Desa Harapan, calon bupati nomor 2 memperkenalkan Pak Usman sebagai "
                       "camat lama dan memintanya memberi sambutan. Pak Usman sudah pensiun sejak 2022 menurut surat "
                       "keterangan BKPSDM.", position="Calon Bupati nomor urut 2", subject="candidate", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_70_a_village_head_whose_term_ended_is_no_village_head():
    """UU 10/2016 Pasal 70(1) huruf c: a village head 'masa jabatannya sudah berakhir' before the campaign holds no
    village office."""
    result = _classify("Paslon nomor 1 menghadirkan Pak Darto di panggung kampanye dan menyebutnya pak kades. Masa "
                       "jabatannya sudah berakhir tahun lalu dan desa kini dipimpin penjabat.",
                       position="Calon Bupati nomor urut 1", subject="candidate", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_pair_that_involves_a_serving_village_head_keeps_the_pasal_70_indication():
    """Over-reach: a village head the report says 'masih aktif menjabat' stays in Pasal 70(1) huruf c jo. 189."""
    result = _classify("Calon bupati nomor 1 memperkenalkan kepala desa Sumber Rejo dan memintanya berpidato di "
                       "kampanye. Kepala desa itu masih aktif menjabat sampai 2027.",
                       position="Calon Bupati nomor urut 1", subject="candidate", day=CAMPAIGN)
    assert result.category == INVOLVEMENT and result.crime_indication


# --- a pair that has an ASN department head or a police officer act at its campaign (UU 10/2016 Pasal 70(1) b) -------

def test_uu_10_2016_pasal_70_1_b_a_pair_that_has_a_department_head_speak_at_its_rally():
    """UU 10/2016 Pasal 70(1) huruf b: a Kepala Dinas is ASN; a pair that 'mengajak kepala dinas' to address its
    campaign involves him (Pasal 189)."""
    result = _classify("Di kampanye terbuka paslon bupati nomor 3, calon bupati mengajak Kepala Dinas Perikanan naik "
                       "dan menjelaskan program bantuan kapal kepada nelayan yang hadir.",
                       position="Calon Bupati nomor urut 3", subject="candidate", day=CAMPAIGN)
    assert result.category == INVOLVEMENT and result.crime_indication


def test_uu_10_2016_pasal_70_1_b_a_pair_that_calls_a_police_officer_forward_to_lead_its_cheers():
    """UU 10/2016 Pasal 70(1) huruf b: a Polri member called forward at a campaign ('memanggil Bripka ... ke depan')
    and asked to lead the pair's cheers is involved by the pair."""
    result = _classify("Saat kampanye di lapangan desa, calon wali kota nomor 1 memanggil Bripka Anton ke depan lalu "
                       "memintanya memimpin yel yel pasangan nomor 1.",
                       position="Calon Wali Kota nomor urut 1", subject="candidate", day=CAMPAIGN)
    assert result.category == INVOLVEMENT and result.crime_indication


def test_a_pair_that_only_criticises_a_department_head_involves_nobody():
    """Over-reach: naming a Kepala Dinas in the pair's speech is no involvement of him (UU 10/2016 Pasal 70(1))."""
    result = _classify("Dalam kampanye, calon bupati nomor 2 mengkritik kinerja kepala dinas pertanian yang dinilainya "
                       "lamban menyalurkan pupuk.", position="Calon Bupati nomor urut 2", subject="candidate",
                       day=CAMPAIGN)
    assert result.category != INVOLVEMENT


# --- cheering in the crowd is a participant's support, no act of the office (UU 10/2016 Pasal 71(1); UU 6/2014 29 j) -

def test_uu_6_2014_a_village_head_cheering_in_the_crowd_breaks_village_law_without_a_pasal_71_indication():
    """UU 6/2014 Pasal 29 huruf j bars a village head from joining a campaign (Pemda sanctions, Pasal 30); shouting
    with the crowd is support in the manner of a participant, no decision or act of his office (Pasal 71(1))."""
    result = _classify("Pak Kades Mekarsari berdiri di tengah massa kampanye akbar paslon bupati nomor 1 dan ikut "
                       "bersorak setiap kali calon menyebut programnya.", position="Kepala Desa Mekarsari",
                       subject="village_head", day=CAMPAIGN)
    assert result.category == "village_law_campaign" and not result.crime_indication


def test_a_village_head_who_speaks_from_the_stage_keeps_the_pasal_71_indication():
    """Over-reach: a speech for the pair from the stage is still the office's active support (rounds 3 and 5; UU 10/2016
    Pasal 71(1) jo. 188), even when the crowd cheers."""
    result = _classify("Pak Kades Mekarsari berorasi di panggung kampanye paslon bupati nomor 1 dan mengajak warganya "
                       "memilih nomor 1, massa pun bersorak.", position="Kepala Desa Mekarsari",
                       subject="village_head", day=CAMPAIGN)
    assert result.crime_indication


# --- the reporter's own role and fears are no act of the party (SKB 2022; UU 10/2016 Pasal 57, 71(1)) ----------------

def test_uu_10_2016_pasal_71_a_village_head_voting_whom_the_reporter_only_fears_gives_no_crime():
    """UU 10/2016 Pasal 57: voting is every citizen's right; 'saya khawatir beliau mengarahkan warga' is the reporter's
    worry, no act (Pasal 71(1) jo. 188), and 'saya saksi paslon 1' is the reporter's role."""
    result = _classify("Saya saksi paslon 1 di TPS 04. Pak Kades datang pagi, antre, mencoblos lalu mencelupkan jari "
                       "dan pulang. Saya khawatir beliau mengarahkan warga. Beliau tidak memakai atribut dan tidak "
                       "berbicara dengan pemilih.", position="Kepala Desa Tanjung", subject="village_head",
                       day=VOTING_DAY)
    assert result.category != OFFICIAL_ACTION and not result.crime_indication


def test_a_village_head_the_report_shows_directing_voters_at_the_polling_station_keeps_the_act():
    """Over-reach: directing voters asserted as fact, not feared, stays an act under UU 10/2016 Pasal 71(1)."""
    result = _classify("Saya saksi paslon 1 di TPS 04. Pak Kades berdiri di pintu TPS dan mengarahkan warga yang antre "
                       "agar mencoblos paslon nomor 2.", position="Kepala Desa Tanjung", subject="village_head",
                       day=VOTING_DAY)
    assert result.category == OFFICIAL_ACTION


def test_a_party_who_is_himself_a_pairs_witness_is_still_read():
    """Over-reach: only the reporter's own role is set aside; a party who 'menjadi saksi paslon' is in the pair's team
    (SKB 2022 discipline, PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Pak Joko, staf kecamatan, menjadi saksi paslon nomor 2 di TPS 03 sepanjang hari pemungutan "
                       "suara.", position="Staf Kecamatan Tanjung", day=VOTING_DAY)
    assert result.category == "discipline_campaign_attendance"


# --- two accounts of what an organiser said (Perbawaslu 8/2020: the report's description and evidence) ---------------

def test_perbawaslu_8_2020_a_witness_and_a_companion_who_tell_opposite_accounts_go_to_manual_review():
    """Perbawaslu 8/2020 (uraian kejadian dan bukti): one witness says the PPS member urged a pair, the voter's
    companion says he only explained the ballot; the report's own accounts conflict, so the Pokja weighs them."""
    result = _classify("Saksi paslon 1 menyatakan anggota PPS berkata kepada pemilih 'pilih nomor dua saja'. Petugas "
                       "ketertiban TPS menerangkan bahwa anggota PPS itu hanya menunjukkan letak bilik suara. Tidak ada "
                       "rekaman.", position="Anggota PPS Desa Sukamaju", subject="election_organiser_ad_hoc",
                       day=VOTING_DAY)
    assert result.category == MANUAL


def test_a_single_account_of_an_organiser_urging_a_pair_is_still_read():
    """Over-reach: without a second account the act stays (organiser ethics, Peraturan DKPP 2/2017)."""
    result = _classify("Saksi paslon 1 menyatakan anggota PPS berkata kepada pemilih 'pilih nomor dua saja' di TPS 02.",
                       position="Anggota PPS Desa Sukamaju", subject="election_organiser_ad_hoc", day=VOTING_DAY)
    assert result.category == "organiser_ethics"
