"""Round 30: the general gaps the twenty-eighth blind set's misses showed (measured once unseen on round 29, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Two of
the set's sixteen lawful reports were given a violation unseen (a teacher a candidate greeted while she shopped, a
village head who refused a team's request), two answers carried a crime indication the law does not give and one was
confidently wrong. The readings are about whose act it was (the team's request, the party's refusal; the candidate's
greeting of everyone present), where witnesses place the party at the time, what a pair's pin worn at an organiser's
own event shows, and what 'habis mencoblos dia ...' means (a time, not a vote for him)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
CAMPAIGN, VOTING_DAY, RECAP = "2024-10-21", "2024-11-27", "2024-11-29"


# --- refusing a pair's or its team's request to act for them (UU 10/2016 Pasal 71(1); UU 6/2014 Pasal 29 j) ---------

def test_uu_10_2016_pasal_71_1_a_village_head_who_refuses_a_teams_request_to_gather_residents_is_lawful():
    """UU 10/2016 Pasal 71(1) bars the village head's own decisions or actions benefiting a pair, and UU 6/2014
    Pasal 29 huruf j his joining a campaign; the team's request is the team's act, his refusal none of his."""
    result = _classify("Relawan paslon bupati nomor 3 datang ke rumah Pak Kades Sukamaju dan meminta beliau "
                       "mengerahkan warga ke kampanye akbar hari Minggu. Pak Kades menolak karena kepala desa harus "
                       "netral, lalu relawan itu pergi.", position="Kepala Desa Sukamaju", subject="village_head",
                       day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_camat_asked_by_a_candidate_to_lend_the_office_hall_who_declines_is_lawful():
    """UU 10/2016 Pasal 71(1), SKB 2022: 'diminta oleh tim ... meminjamkan aula ... tidak bersedia' is a refusal."""
    result = _classify("Camat Lembah Hijau diminta oleh tim pemenangan calon wali kota nomor 2 untuk meminjamkan aula "
                       "kantor kecamatan bagi pertemuan relawan. Camat tidak bersedia dan menyarankan mereka menyewa "
                       "gedung lain.", position="Camat Lembah Hijau", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_village_head_who_first_refuses_and_then_gathers_residents_keeps_the_violation():
    """Over-reach (UU 6/2014 Pasal 29 huruf j; UU 10/2016 Pasal 71(1)): a refusal the report says he gave up
    ('akhirnya tetap mengumpulkan warga') explains nothing."""
    result = _classify("Tim sukses paslon nomor 1 meminta kepala desa Rawa Jaya mengumpulkan warga untuk kampanye. "
                       "Awalnya kades menolak, tetapi akhirnya kades tetap mengumpulkan warga di balai desa dan "
                       "membuka acara kampanye itu.", position="Kepala Desa Rawa Jaya", subject="village_head",
                       day=CAMPAIGN)
    assert result.category != LAWFUL


def test_residents_who_refuse_the_village_heads_request_do_not_clear_him():
    """Over-reach: the refusal must be the party's; when residents refuse his own request to support a pair, the
    request is his act (UU 10/2016 Pasal 71(1))."""
    result = _classify("Kepala desa Sumber Agung mengumpulkan warga di balai desa dan meminta mereka mendukung paslon "
                       "nomor 2 yang diusung timses petahana. Sebagian warga menolak dan pulang.",
                       position="Kepala Desa Sumber Agung", subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- greeted by a candidate while going about private business (SKB 2022 ethics: attendance, photos) ---------------

def test_skb_2022_a_midwife_a_candidate_greets_in_a_coffee_shop_with_everyone_else_commits_no_breach():
    """SKB 2022 bars attending a campaign as a participant or posing with a candidate; being greeted, with everyone
    present, while drinking coffee is neither, even when the pair's visit is part of its campaign."""
    result = _classify("Sabtu pagi Bu Rina, bidan PNS, sedang sarapan di warung kopi dekat terminal. Cagub nomor 2 "
                       "yang sedang kampanye keliling masuk dan menyalami semua pengunjung warung termasuk Bu Rina. "
                       "Bu Rina tidak mengenakan atribut dan melanjutkan sarapannya.",
                       position="Bidan PNS Puskesmas Kota", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_civil_servant_who_then_poses_with_the_candidate_keeps_the_photo():
    """Over-reach (SKB 2022 ethics, PP 42/2004): greeted while shopping, but then taking a selfie with the candidate
    is a photo with a candidate."""
    result = _classify("Pak Budi, staf dinas PNS, sedang belanja di pasar ketika calon bupati nomor 1 menyalami semua "
                       "pedagang dan pembeli termasuk Pak Budi. Pak Budi lalu berfoto bersama calon sambil mengacungkan "
                       "satu jari dan mengunggahnya di Facebook.", position="Staf Dinas Perdagangan", day=CAMPAIGN)
    assert result.category != LAWFUL


def test_a_civil_servant_who_follows_the_candidates_walkabout_is_not_merely_greeted():
    """Over-reach (SKB 2022 ethics: attending a campaign as a participant): joining the candidate's entourage
    ('ikut rombongan') after the greeting is taking part."""
    result = _classify("Bu Sari, guru PNS, sedang belanja di pasar saat paslon nomor 2 menyalami semua pembeli termasuk "
                       "Bu Sari. Setelah itu Bu Sari ikut rombongan paslon berkeliling pasar sampai kampanye selesai.",
                       position="Guru PNS SD Negeri 3", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- witnesses who place the party elsewhere at the time (Perbawaslu 8/2020: the Pokja clarifies) --------------------

def test_perbawaslu_8_2020_witnesses_placing_the_village_head_at_a_wedding_make_the_report_manual():
    """Perbawaslu 8/2020 (clarification): a report that a village head spoke at a rally while others 'menyatakan ...
    siang itu berada di pernikahan' holds two accounts of the act: no crime indication (UU 10/2016 Pasal 188) is
    given on it, the Pokja weighs them."""
    result = _classify("Seorang warga melapor melihat kepala desa Karang Anyar berpidato di kampanye paslon nomor 1 di "
                       "lapangan kecamatan pukul 13.00. Tiga warga lain menyatakan bahwa kades siang itu berada di "
                       "pernikahan keponakannya di kabupaten lain, dan ada foto bertanggal sama.",
                       position="Kepala Desa Karang Anyar", subject="village_head", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_a_witness_who_places_the_village_head_at_the_rally_itself_raises_no_doubt():
    """Over-reach: 'menyatakan kades saat itu berada di lapangan kampanye' confirms the report; the village law
    breach (UU 6/2014 Pasal 29 huruf j) stands."""
    result = _classify("Kepala desa Karang Sari berorasi di panggung kampanye paslon bupati nomor 2. Dua warga lain "
                       "menyatakan kades saat itu berada di lapangan kampanye dan memegang mikrofon.",
                       position="Kepala Desa Karang Sari", subject="village_head", day=CAMPAIGN)
    assert result.category != MANUAL


# --- a pair's pin worn at the organiser's own event (Peraturan DKPP 2/2017: impartiality) ------------------------------

def test_dkpp_2_2017_a_pps_member_wearing_a_pairs_pin_at_the_plenary_is_an_ethics_case():
    """Peraturan DKPP 2/2017 (impartiality of organisers): a pair's pin worn during a KPU plenary is a sign of
    support, so 'kegiatan yang diselenggarakan KPU' explains nothing away."""
    result = _classify("Dalam rapat pleno rekapitulasi suara tingkat desa, anggota PPS Sidomulyo memakai pin bergambar "
                       "pasangan calon bupati nomor urut 2 di dadanya sampai pleno selesai. Saksi paslon lain protes.",
                       position="Anggota PPS Sidomulyo", subject="election_organiser_ad_hoc", day=RECAP)
    assert result.category == "organiser_ethics"


def test_an_official_attending_a_kpu_plenary_without_any_sign_of_support_stays_lawful():
    """Over-reach (UU 10/2016 Pasal 1 angka 21; SKB 2022): attending a KPU plenary as an invited official, with no
    pin, shirt or gesture, is still no attendance at a campaign."""
    result = _classify("Camat Sidomulyo hadir sebagai undangan dalam rapat pleno rekapitulasi hasil penghitungan suara "
                       "yang digelar PPK, duduk di kursi tamu dan pulang setelah pleno ditutup.",
                       position="Camat Sidomulyo", day=RECAP)
    assert result.category == LAWFUL


# --- 'habis mencoblos dia ...' is a time, not a vote for him (UU 10/2016 Pasal 57: the right to vote) ---------------

def test_uu_10_2016_pasal_57_a_civil_servant_who_votes_and_then_greets_the_kpps_is_lawful():
    """UU 10/2016 Pasal 57: an ASN casting his own ballot is lawful; 'sesudah mencoblos dia menyalami petugas' tells
    when he greeted, not whom he urged votes for."""
    result = _classify("Pagi tadi Pak Hendra, sekretaris dinas, antre di TPS 03 seperti pemilih lain lalu mencoblos. "
                       "Sesudah mencoblos dia menyalami petugas KPPS dan langsung pulang.",
                       position="Sekretaris Dinas Kesehatan", day=VOTING_DAY)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_civil_servant_who_tells_voters_to_vote_for_a_candidate_at_the_polling_station_is_no_lawful_voter():
    """Over-reach (SKB 2022 discipline, PP 94/2021): 'pilih dia' said to voters is an appeal for a pair, not the
    party's own vote."""
    result = _classify("Di TPS 05 Pak Joko, PNS kecamatan, selesai mencoblos lalu mendekati antrean pemilih dan "
                       "berkata coblos dia saja, calon bupati nomor 1, sambil menunjuk poster paslon.",
                       position="Staf Kecamatan", day=VOTING_DAY)
    assert result.category != LAWFUL
