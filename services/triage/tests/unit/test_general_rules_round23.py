"""Round 23: the general gaps the twenty-first blind set's misses showed (measured once unseen on round 22, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. Five of
the set's seventeen lawful reports were given a violation unseen; the lawful readings behind them are tested here in
general words, each with a real violation in similar words that still gets its category."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_devkit.classifier_probe import passage

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION = "election_crime_official_action"
ACTIVE, PROPS, PARTISAN, ONLINE = ("discipline_campaign_attendance", "discipline_campaign_props",
                                   "discipline_partisan_activity", "discipline_online_campaign")
ATTENDANCE, SOCIAL = "ethics_campaign_attendance", "ethics_social_media"
POLRI = "polri_neutrality"
CAMPAIGN, AFTER_MK_136 = "2024-10-21", "2024-11-18"


# --- the description corrects the status the reporter wrote in the position (UU 20/2023 Pasal 1; PP 49/2018) ---------

def test_uu_20_2023_a_position_written_as_pns_that_the_description_corrects_to_pppk_is_pppk():
    """UU 20/2023 Pasal 1 angka 2-4 (ASN is PNS or PPPK by appointment) and PP 49/2018 for PPPK discipline (review
    B2): the form says 'Bidan (PNS)', the report then says 'setelah dicek ke puskesmas, ia bukan PNS melainkan PPPK':
    the status the report establishes decides."""
    result = _classify("Bidan desa Sdri. M ikut berorasi di panggung kampanye paslon nomor 1 dengan rompi paslon. Setelah "
                       "dicek ke puskesmas, ia bukan PNS melainkan PPPK formasi 2023.", position="Bidan Desa (PNS)",
                       day=CAMPAIGN)
    assert result.subject_type == "asn_pppk" and result.category == ACTIVE


def test_a_position_written_as_pns_that_the_description_confirms_stays_pns():
    """Over-reach: 'statusnya PNS golongan III' corrects nothing: the position's PNS stands."""
    result = _classify("Bidan desa Sdri. M ikut berorasi di panggung kampanye paslon nomor 1 dengan rompi paslon. "
                       "Statusnya PNS golongan III, bukan honorer.", position="Bidan Desa (PNS)", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category == ACTIVE


def test_skb_2022_binds_no_honorary_worker_whom_the_form_called_pns():
    """SKB 2022 binds ASN only; an honorary worker is no ASN (review E3): 'Staf Kebersihan (PNS)' on the form, then
    'saya kira dia PNS, tapi dari bagian umum dia tenaga harian lepas, bukan PNS' is a private person's rally."""
    result = _classify("Staf kebersihan kantor camat, Sdr. B, ikut konvoi kampanye paslon nomor 3 pada hari Minggu memakai "
                       "kaos paslon. Saya kira dia PNS. Namun dari bagian umum saya tahu dia tenaga honorer harian, "
                       "bukan PNS dan bukan PPPK.", position="Staf Kebersihan (PNS)", day=CAMPAIGN)
    assert result.subject_type == "other" and result.category == LAWFUL


def test_a_form_s_pns_that_the_description_does_not_correct_keeps_the_violation():
    """Over-reach: the same rally by a worker the report calls 'dia PNS, bukan honorer' is an ASN's campaign."""
    result = _classify("Staf kebersihan kantor camat, Sdr. B, ikut konvoi kampanye paslon nomor 3 pada hari Minggu memakai "
                       "kaos paslon. Dari bagian umum saya tahu dia PNS, bukan honorer.",
                       position="Staf Kebersihan (PNS)", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != LAWFUL


# --- a belief the next sentence answers shows no one still serving (SKB 2022 binds serving ASN; review E3) -----------

def test_skb_2022_the_reporter_s_belief_that_she_still_teaches_answered_by_the_school_shows_a_retiree():
    """SKB 2022 and review E3 (a retiree is a private person): 'setahu saya beliau masih mengajar di sekolah setiap
    hari' answered by 'waktu saya tanya ke tata usaha, ... sudah pensiun sejak 2022' is no proof she still serves."""
    result = _classify("Ibu T, guru SD Negeri 4, menjadi juru kampanye paslon nomor 2 di pertemuan terbatas di balai "
                       "dusun. Setahu saya beliau masih mengajar di sekolah setiap hari. Waktu saya tanya ke tata usaha, "
                       "beliau sudah pensiun sejak Juli 2022 dan hanya membantu perpustakaan secara sukarela.",
                       position="Guru SD Negeri 4", day=CAMPAIGN)
    assert result.subject_type == "other" and result.category == LAWFUL


def test_a_claimed_retirement_the_report_shows_false_keeps_the_teacher_serving():
    """Over-reach: 'katanya sudah pensiun, padahal masih mengajar di sekolah setiap hari' is the report's own finding:
    she serves, and speaking for a pair is an ASN's campaign."""
    result = _classify("Ibu T, guru SD Negeri 4, menjadi juru kampanye paslon nomor 2 di pertemuan terbatas di balai "
                       "dusun. Katanya beliau sudah pensiun, padahal masih mengajar di sekolah setiap hari.",
                       position="Guru SD Negeri 4", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != LAWFUL


# --- a discharge decree dated before the campaign is the party's status, no decision (UU 10/2016 Pasal 7(2) huruf t) -

def test_uu_10_2016_pasal_7_a_candidate_discharged_by_a_decree_dated_before_is_no_serving_official():
    """UU 10/2016 Pasal 7(2) huruf t (an ASN resigns to run) and review E3: a former kepala dinas whose 'SK
    pemberhentian sebagai PNS atas permintaan sendiri tertanggal 1 Agustus 2024' is cited campaigns as a former ASN;
    his discharge decree is no decision for a pair (Pasal 71(1))."""
    result = _classify("Kepala Dinas Perikanan, Ir. S, berkampanye sebagai calon wakil wali kota nomor 3 di pasar ikan. "
                       "Di laman pemkot sudah ada SK pemberhentian beliau sebagai PNS atas permintaan sendiri tertanggal "
                       "1 Agustus 2024.", position="Kepala Dinas Perikanan", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_serving_official_who_issues_a_discharge_decree_against_a_pair_s_supporters_decides_for_a_pair():
    """Over-reach: a kepala dinas who 'menerbitkan SK pemberhentian' of staff who back another pair acts with his
    office against a pair (Pasal 71(1) jo. 188)."""
    result = _classify("Kepala Dinas Perikanan menerbitkan SK pemberhentian tiga tenaga penyuluh yang mendukung paslon "
                       "nomor 1 dan meminta pengganti mereka mendukung paslon nomor 3.",
                       position="Kepala Dinas Perikanan", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


# --- 'waktu calon berpidato': the candidate's act, not the party's (SKB 2022 binds the ASN's own acts) ---------------

def test_skb_2022_the_candidate_s_speech_in_a_clause_of_time_is_no_speech_of_the_party():
    """SKB 2022 (discipline: active support binds the ASN's own acts): 'ia berdiri di pinggir lapangan ketika
    paslon berorasi' tells the pair's speech; the party only stood there."""
    p = passage("Pak R berdiri di pinggir lapangan ketika paslon berorasi di kampanye.")
    found = p.find(r"\bberorasi\b")
    assert found and all(f.others for f in found)


def test_a_party_who_speaks_himself_while_the_candidate_is_on_stage_gives_active_support():
    """Over-reach: 'ketika calon naik panggung, Pak R ikut berorasi mengajak memilih paslon nomor 2' is the party's
    own speech (SKB 2022 discipline)."""
    result = _classify("Ketika calon naik panggung kampanye, Pak R ikut berorasi mengajak warga memilih paslon nomor 2.",
                       position="Staf Dinas Sosial", day=CAMPAIGN)
    assert result.category == ACTIVE


# --- a rumour in the last clause is hearsay of that clause only (Perbawaslu 8/2020: what the reporter asserts) --------

def test_a_trailing_rumour_leaves_the_duty_assignment_the_reporter_learned_asserted():
    """SKB 2022 (attending as a supporter) and UU 25/2009 Pasal 4 (service): an ASN at a rally 'ditugaskan dengan surat
    tugas Dinas Kesehatan untuk jaga pos kesehatan, katanya kampanye pasangan lain juga dijaga' is on duty; the rumour
    about other pairs qualifies only its own clause."""
    result = _classify("Saya lihat seorang bidan PNS di tenda dekat panggung kampanye paslon nomor 2. Dia tidak memakai "
                       "atribut paslon. Dia ditugaskan dengan surat tugas Dinas Kesehatan untuk jaga pos kesehatan, "
                       "katanya kampanye pasangan lain juga dijaga begitu.", position="Bidan Puskesmas", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_trailing_rumour_that_names_who_the_actor_was_still_qualifies_the_sentence():
    """Over-reach: 'seorang bapak berbatik joget di panggung kampanye paslon 2, katanya itu pak camat' names the
    actor by rumour: the whole account is hearsay (Perbawaslu 8/2020), never a confident violation."""
    p = passage("Seorang bapak berbatik joget di atas panggung kampanye paslon 2, katanya itu pak camat.")
    assert all(f.hedged for f in p.find(r"\bjoget\b"))


# --- a threat's condition is no denial (UU 10/2016 Pasal 71(1) jo. 188) -----------------------------------------------

def test_pasal_71_1_a_village_head_s_threat_whose_condition_holds_a_negation_is_an_act_for_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 (kepala desa): 'kalau kalian tidak pilih paslon 3, nanti bantuan rumah
    dicabut' threatens aid recipients for a pair; the negation sits in the threat's condition and denies nothing."""
    result = _classify("Saat penyaluran bantuan bedah rumah di balai desa, kepala desa berkata kepada penerima: kalau "
                       "kalian tidak pilih paslon 3, nanti bantuan rumah tahun depan dicabut.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_a_plain_denial_without_a_threat_still_denies():
    """Over-reach: 'kepala desa tidak meminta penerima memilih paslon mana pun' denies the appeal: no act for a pair."""
    result = _classify("Saat penyaluran bantuan bedah rumah di balai desa, kepala desa tidak meminta penerima memilih "
                       "paslon mana pun dan hanya membacakan daftar penerima.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category != OFFICIAL_ACTION and not result.crime_indication


# --- security or aid promised on condition of a vote (UU 10/2016 Pasal 71(1) jo. 188; MK 136/PUU-XXII/2024) ----------

def test_pasal_71_1_after_mk_136_a_police_officer_who_makes_security_depend_on_a_vote_acts_for_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 as MK 136/PUU-XXII/2024 reads it from 14 Nov 2024 (review A1): a Polri member
    who tells residents 'kalau mau kampung aman, pilih nomor 2' ties his duty to a vote for a pair."""
    result = _classify("Di pos ronda, anggota Polsek berseragam berkata kepada warga: kalau mau kampung aman, pilih nomor "
                       "2 tanggal 27 nanti.", position="Anggota Polsek", subject="polri", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_a_safety_advice_without_a_vote_is_no_act_for_a_pair():
    """Over-reach: 'kalau mau kampung aman, ronda tiap malam' names no pair or vote (Pasal 71(1))."""
    result = _classify("Di pos ronda, anggota Polsek berseragam berkata kepada warga: kalau mau kampung aman, ronda tiap "
                       "malam harus jalan.", position="Anggota Polsek", subject="polri", day=AFTER_MK_136)
    assert result.category != OFFICIAL_ACTION and not result.crime_indication


# --- two accounts go to the Pokja (Peraturan DKPP 2/2017; Perbawaslu 8/2020: facts to be settled) --------------------

def test_witnesses_named_a_and_b_who_contradict_each_other_go_to_manual():
    """Two witnesses lettered 'saksi A' and 'saksi B' who give contradicting accounts leave the facts unsettled: the
    Pokja classifies (keterangan_saling_bertentangan)."""
    result = _classify("Saksi A menyatakan camat berpidato mendukung paslon nomor 2 di acara kampanye di rumah makan. "
                       "Saksi B, yang duduk di meja sebelah, menyatakan camat hanya makan siang lalu pulang.",
                       position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category == MANUAL and not result.crime_indication


def test_witnesses_a_and_b_who_agree_keep_the_violation():
    """Over-reach: 'saksi A dan saksi B sama-sama menyatakan camat berpidato mendukung paslon' agree: the act stands."""
    result = _classify("Saksi A dan saksi B sama-sama menyatakan camat berpidato mendukung paslon nomor 2 di acara "
                       "kampanye di rumah makan.", position="Camat Sukamaju", day=CAMPAIGN)
    assert result.category != MANUAL


def test_some_residents_against_others_on_whose_voice_it_is_go_to_manual():
    """Residents divided on who spoke ('sebagian warga yakin itu suara lurah, sebagian lagi bilang bukan') leave the
    party unidentified as the speaker: the Pokja classifies."""
    result = _classify("Beredar rekaman suara yang menyuruh ketua RT mengumpulkan warga untuk memilih nomor 2. Sebagian "
                       "warga yakin itu suara lurah, sebagian lagi bilang bukan suaranya.", position="Lurah Sukamaju",
                       day=CAMPAIGN)
    assert result.category == MANUAL


def test_residents_who_only_divide_the_work_are_no_contradicting_accounts():
    """Over-reach: 'sebagian warga merekam, sebagian lagi memotret' contradicts nothing; the lurah's act stands."""
    result = _classify("Lurah mengumpulkan ketua RT di kantor kelurahan dan meminta mereka memenangkan paslon nomor 2. "
                       "Sebagian warga merekam, sebagian lagi memotret.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- following an account is social media, not attending (SKB 2022 ethics) -------------------------------------------

def test_skb_2022_following_a_campaign_team_s_account_is_social_media_not_attendance():
    """SKB 2022 ethics (liking, following, commenting on a pair's posts): 'mulai mengikuti akun resmi tim kampanye'
    is a follow on social media, no presence at a campaign."""
    result = _classify("Sejak Oktober Sdr. K, PNS kantor kecamatan, memberi like pada unggahan calon bupati nomor 2 dan "
                       "mulai mengikuti akun resmi tim kampanye paslon itu di Instagram.", position="Staf Kecamatan",
                       day=CAMPAIGN)
    assert result.category == SOCIAL


def test_following_the_team_s_campaign_in_person_is_attendance():
    """Over-reach: 'mengikuti kampanye tim paslon nomor 2 di lapangan' is being at the campaign (SKB 2022 ethics)."""
    result = _classify("Sdr. K, PNS kantor kecamatan, mengikuti kampanye tim paslon nomor 2 di lapangan dan duduk di "
                       "barisan peserta sampai selesai.", position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == ATTENDANCE


# --- a status 'belum dipastikan' leaves the party unidentified (review E3) ----------------------------------------------

def test_a_status_not_yet_established_between_pns_and_contract_staff_goes_to_manual():
    """SKB 2022 binds ASN only (review E3): 'belum dipastikan apakah dia PNS atau tenaga kontrak' leaves the rules
    that apply open: the Pokja classifies."""
    result = _classify("Seorang pegawai kantor kecamatan ikut berjoget di panggung kampanye paslon nomor 1. Belum "
                       "dipastikan apakah dia PNS atau tenaga kontrak.", position="Pegawai Kantor Kecamatan",
                       day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_status_that_is_established_keeps_the_violation():
    """Over-reach: 'sudah dipastikan dia PNS' establishes the status: the campaign act stands."""
    result = _classify("Seorang pegawai kantor kecamatan ikut berjoget di panggung kampanye paslon nomor 1. Sudah "
                       "dipastikan dia PNS golongan II.", position="Pegawai Kantor Kecamatan", day=CAMPAIGN)
    assert result.category not in (MANUAL, LAWFUL)


# --- holding back works or services from the places that back another pair (UU 10/2016 Pasal 71(1) jo. 188) ---------

def test_pasal_71_1_an_official_who_defers_works_for_villages_that_do_not_back_a_pair_harms_a_pair():
    """UU 10/2016 Pasal 71(1) jo. 188 ('merugikan salah satu pasangan calon', pejabat ASN, review A2): a kepala
    dinas who writes to his staff 'desa yang tidak mendukung paslon 1, pembangunan irigasinya ditunda' uses his office
    against the pair those villages back."""
    result = _classify("Dalam pesan di grup dinas, Kepala Dinas Pertanian menulis: desa yang tidak mendukung paslon 1, "
                       "pembangunan irigasinya ditunda sampai tahun depan.", position="Kepala Dinas Pertanian",
                       day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_works_deferred_for_the_rain_harm_no_pair():
    """Over-reach: 'pembangunan irigasi ditunda karena musim hujan' names no pair or its supporters (Pasal 71(1))."""
    result = _classify("Dalam pesan di grup dinas, Kepala Dinas Pertanian menulis bahwa pembangunan irigasi di dua desa "
                       "ditunda sampai musim hujan selesai.", position="Kepala Dinas Pertanian", day=CAMPAIGN)
    assert result.category != OFFICIAL_ACTION and not result.crime_indication
