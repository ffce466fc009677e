"""Round 16: the general gaps the fourteenth blind set's misses showed (measured once unseen on round 15, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays as it was."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_devkit.classifier_probe import passage

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION, PROGRAMME = "election_crime_official_action", "regional_head_programme_use"
ACTIVE, ATTENDING, PHOTO = "discipline_campaign_attendance", "ethics_campaign_attendance", "ethics_photo_with_candidate"
SOCIAL, TNI, POLRI = "ethics_social_media", "tni_neutrality", "polri_neutrality"
CAMPAIGN, AFTER_MK_136 = "2024-10-20", "2024-11-21"


# --- securing a pair's win (UU 10/2016 Pasal 71(1) jo. 188; MK 136/PUU-XXII/2024) -------------------------------------

def test_pasal_71_1_jo_188_after_mk_136_a_soldier_telling_village_heads_to_secure_a_pair_s_win():
    """Pasal 71(1) jo. 188 as MK 136/PUU-XXII/2024 reads it from 14 Nov 2024 (review A1): a Danramil who gathers
    Babinsa and village heads and tells them to 'mengamankan kemenangan' of a pair acts for the pair through his
    command; securing a win is no security duty."""
    result = _classify("Senin malam Danramil mengundang para Babinsa bersama delapan kepala desa ke makoramil. Ia "
                       "berpesan supaya tiap desa mengamankan kemenangan paslon bupati nomor 3.",
                       position="Danramil 07/Sukaraja", subject="tni", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_before_mk_136_a_police_officer_securing_a_pair_s_win_is_polri_neutrality_without_a_crime():
    """UU 2/2002 Pasal 28: before 14 Nov 2024 Pasal 188 did not reach Polri members (review A1)."""
    result = _classify("Kapolsek mengumpulkan para ketua RT dan meminta mereka memastikan kemenangan paslon nomor 2 di "
                       "wilayah masing-masing.", position="Kapolsek Sukaraja", subject="polri", day=CAMPAIGN)
    assert result.category == POLRI and not result.crime_indication


def test_securing_a_rally_stays_a_security_duty():
    """Over-reach (UU 2/2002 Pasal 13-14): police who 'mengamankan jalannya kampanye' do their duty."""
    result = _classify("Anggota Polres berjaga dan mengamankan jalannya kampanye paslon 1 di lapangan kecamatan, tanpa "
                       "atribut apa pun.", position="Anggota Polres Sukaraja", subject="polri", day=AFTER_MK_136)
    assert result.category == LAWFUL


# --- a programme's launch (UU 10/2016 Pasal 71(3) jo. 190) ------------------------------------------------------------

def test_pasal_71_3_a_launching_of_a_card_programme_with_the_candidacy_s_slogan():
    """Pasal 71(3) jo. 190 (review A4, from 22 Mar 2024): 'launching' is the programme's launch (peluncuran); a
    regent's new card carrying his photo and his candidacy's slogan uses the programme for his pair."""
    result = _classify("Bupati launching kartu bantuan pendidikan di aula kecamatan pada Agustus 2024. Kartu itu "
                       "memuat foto bupati dan tulisan MAJU LAGI, sama dengan baliho bakal calonnya.",
                       position="Bupati", subject="regional_head", day="2024-08-12")
    assert result.category == PROGRAMME


def test_the_launching_of_a_volunteers_post_is_no_programme():
    """Over-reach: a regent at the launching of his supporters' post on a Sunday uses no programme of the office."""
    result = _classify("Hari Minggu bupati hadir di launching posko relawan paslon 2 di rumah warga.",
                       position="Bupati", subject="regional_head", day=CAMPAIGN)
    assert result.category != PROGRAMME


# --- who the report is addressed to, and what the reporter asks ----------------------------------------------------

def test_a_greeting_to_bawaslu_is_not_the_supervisor_s_content_the_party_shared():
    """SKB 2022 ethics (sharing a candidate's content): 'Halo Bawaslu' names the report's addressee; the teacher who
    shares a candidate's video is not sharing the KPU's or Bawaslu's neutral information."""
    result = _classify("Halo Bawaslu. Guru SD bernama Sri membagikan video calon bupati Hendra di Facebook dengan "
                       "tulisan mantap pak.", position="Guru SD", day=CAMPAIGN)
    assert result.category == SOCIAL


def test_sharing_bawaslu_s_own_post_stays_neutral_information():
    """Over-reach: sharing Bawaslu's post on where the polling stations are is voter information."""
    result = _classify("Guru SD bernama Sri membagikan unggahan Bawaslu tentang lokasi TPS di Facebook.",
                       position="Guru SD", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_the_kpu_s_invitation_to_its_debate_and_the_reporter_s_request_are_not_the_official_s_acts():
    """UU 10/2016 Pasal 65(1) huruf c: the KPU sends the invitations to its debate; 'kami minta Bawaslu memeriksa' is
    the reporter's request. Neither is a decision or act of the official (Pasal 71(1)): he watched as an invitee."""
    result = _classify("Kepala Dinas Perikanan duduk di kursi tamu debat publik kedua. KPU mengirimkan undangan ke "
                       "dinas-dinas untuk menonton debat calon bupati. Ia tidak memakai atribut apa pun. Kami minta "
                       "Bawaslu memeriksa.", position="Kepala Dinas Perikanan", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_an_official_who_asks_his_subordinates_is_still_acting():
    """Over-reach (Pasal 71(1) jo. 188): the camat asking village heads to vote for a pair stays his act beside the
    reporter's own request to Bawaslu."""
    result = _classify("Dalam rapat koordinasi di kantor camat, Camat meminta para kepala desa memilih paslon 2. Kami "
                       "minta Bawaslu menindak.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- a negated list of acts ----------------------------------------------------------------------------------------

def test_each_act_of_a_negated_list_carries_its_object():
    """'tidak ikut bertepuk atau bersorak saat yel-yel' denies his cheering during the chant: the chant is not his."""
    said = passage("Ia tidak ikut bertepuk atau bersorak saat yel-yel berlangsung.")
    assert all(found.negated for found in said.find(r"\byel yel\b"))


def test_a_negated_list_stops_at_the_next_act():
    """Over-reach: 'tidak memakai kaos atau topi lalu berorasi' denies the clothes, not the speech."""
    said = passage("Ia tidak memakai kaos atau topi paslon lalu berorasi mengajak memilih paslon 2.")
    assert not any(found.negated for found in said.find(r"\bberorasi\b"))


# --- a salary from the budget (UU 10/2016 Pasal 70(2)) --------------------------------------------------------------

def test_pasal_70_2_a_dprd_member_paid_by_the_regional_budget_may_campaign():
    """UU 10/2016 Pasal 70(2): a DPRD member is a party politician and may campaign without the office's means;
    'digaji APBD' says where her salary comes from, not that the budget was used for the pair."""
    result = _classify("Anggota DPRD Bu Wati berorasi di kampanye paslon gubernur nomor 2 di lapangan desa. Ia digaji "
                       "APBD, jadi kami kira harus netral. Ia datang dengan mobil pribadi.",
                       position="Anggota DPRD Kabupaten Sukaraja", subject="regional_official", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_dprd_member_handing_out_budget_aid_for_a_pair_after_mk_136_is_still_an_official_act():
    """Over-reach (Pasal 71(1) jo. 188 after MK 136/PUU-XXII/2024): aid from the regional budget handed out with a
    pair's sticker is the budget used for the pair."""
    result = _classify("Anggota DPRD membagikan bantuan pupuk dari APBD kepada petani dengan stiker paslon nomor 2 dan "
                       "meminta mereka memilih nomor 2.", position="Anggota DPRD Kabupaten Sukaraja",
                       subject="regional_official", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_honorary_staff_paid_by_the_budget_go_to_the_pokja():
    """E3 and SKB 2022 (it binds ASN): a non-ASN worker the report says is paid by the regional budget is state-
    employed staff whose contract may bind him; whether it does is the Pokja's call."""
    result = _classify("Pak Dodi, tenaga honorer di kantor kecamatan, ikut konvoi kampanye paslon 1 memakai kaos "
                       "paslon. Ia digaji dari APBD.", position="Tenaga honorer", subject="other", day=CAMPAIGN)
    assert result.category == MANUAL


# --- who the party is (E3; UU 10/2016 Pasal 7(2) huruf t) -------------------------------------------------------------

def test_e3_a_civil_servant_who_resigned_from_the_service_is_a_private_person():
    """Review E3; UU 10/2016 Pasal 7(2) huruf t (a civil servant who runs resigns): 'ia mengundurkan diri sebagai PNS'
    before the campaign leaves him outside the SKB; campaigning as the candidate is no violation. Since round 34 he is
    read as the candidate he now is (blind sets 17 and 32 label such a party 'candidate'), no longer 'other'."""
    result = _classify("Pak Herman berkampanye di pasar sebagai calon wakil bupati nomor 1. Menurut data BKPSDM ia "
                       "mengundurkan diri sebagai PNS pada Agustus 2024.", position="Kepala Dinas Pertanian",
                       day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "candidate" and not result.crime_indication


def test_a_civil_servant_who_will_resign_is_still_serving():
    """Over-reach: 'ia akan mengundurkan diri sebagai PNS bulan depan' is a plan; today he is an ASN."""
    result = _classify("Pak Herman berorasi di kampanye paslon 1 di pasar. Katanya ia akan mengundurkan diri sebagai "
                       "PNS bulan depan.", position="Staf Dinas Pertanian", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != LAWFUL


def test_an_employment_status_the_report_does_not_know_leaves_the_party_unidentified():
    """E3 and SKB 2022 (it binds ASN, not honorary staff): 'status kepegawaiannya belum jelas' and two accounts of
    what she is (PPPK or honorary) leave the rule that applies to the Pokja."""
    unclear = _classify("Bu Yati, petugas kebersihan di RSUD, setiap hari mengunggah video ajakan memilih paslon 2. "
                        "Status kepegawaiannya belum jelas bagi saya.", position="Petugas RSUD", subject="asn_pppk",
                        day=CAMPAIGN)
    assert unclear.category == MANUAL and unclear.subject_type == "other"
    accounts = _classify("Pria bertopi itu membagikan kalender paslon 3 di terminal. Ada yang bilang dia polisi dari "
                         "polsek, ada juga yang bilang dia satpam terminal.", position="Anggota Polsek",
                         subject="polri", day=CAMPAIGN)
    assert accounts.category == MANUAL and accounts.subject_type == "other"


def test_two_accounts_of_what_the_party_did_leave_his_status_known():
    """Over-reach: the second account is about his acts, not his status: he stays the PNS his position names."""
    result = _classify("Ada yang bilang dia PNS yang rajin, ada juga yang bilang dia sering ikut kampanye paslon 2 dan "
                       "berorasi di panggung.", position="Staf Dinas Pertanian (PNS)", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != MANUAL


# --- an official who refuses the floor (UU 10/2016 Pasal 71(1)) -----------------------------------------------------

def test_pasal_71_1_an_official_who_does_not_give_an_uninvited_candidate_the_floor_does_not_act_for_him():
    """Pasal 71(1) jo. 188 needs the official's decision or act for a pair: a lurah who, at the musrenbang, does not
    let a candidate who came uninvited speak keeps the forum his office's."""
    result = _classify("Saat musrenbang kelurahan membahas pembagian bansos, calon wali kota nomor 2 datang tanpa "
                       "diundang. Lurah tidak memberi kesempatan calon itu berbicara dan rapat dilanjutkan.",
                       position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_an_official_who_gives_a_candidate_the_floor_still_acts():
    """Over-reach: a lurah who lets the candidate speak at the musrenbang uses the forum for the pair."""
    result = _classify("Saat musrenbang kelurahan membahas pembagian bansos, Lurah mempersilakan calon wali kota "
                       "nomor 2 berbicara di depan peserta.", position="Lurah Sukamaju", day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


def test_an_official_who_refuses_residents_and_then_gives_the_candidate_the_floor_still_acts():
    """Over-reach: the refusal is of residents' questions; the candidate was given the floor."""
    result = _classify("Saat musrenbang kelurahan membahas pembagian bansos, Lurah tidak memberi kesempatan warga "
                       "bertanya, lalu mempersilakan calon wali kota nomor 2 berbicara.", position="Lurah Sukamaju",
                       day=CAMPAIGN)
    assert result.category == OFFICIAL_ACTION


# --- a selfie at a rally (SKB 2022 ethics) ---------------------------------------------------------------------------

def test_skb_2022_ethics_a_selfie_at_a_pair_s_rally_shows_attendance():
    """SKB 2022 ethics (attending a campaign as a participant; PP 49/2018 for PPPK): a selfie taken in the crowd of a
    pair's rally shows she was there, not a pose with the candidate or his props."""
    result = _classify("Bidan PPPK Puskesmas Mawar memasang status WA berisi selfie di kampanye terbuka paslon 1 di "
                       "alun-alun, ramai sekali.", position="Bidan (PPPK)", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == ATTENDING


def test_a_selfie_with_the_candidate_stays_a_photo_with_the_candidate():
    """Over-reach (SKB 2022 ethics: a photo with a candidate): a selfie at the rally beside the candidate."""
    result = _classify("Bidan PPPK Puskesmas Mawar memasang status WA berisi selfie di kampanye terbuka bersama calon "
                       "bupati nomor 1.", position="Bidan (PPPK)", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == PHOTO


# --- evidence that conflicts, or whose author is disputed -------------------------------------------------------------

def test_the_party_s_alibi_backed_by_a_record_goes_to_the_pokja():
    """UU 6/2014 Pasal 29 huruf j (a village head at a campaign) needs him there: he shows a signed attendance list of
    a meeting elsewhere at that hour, so the conflicting evidence is for the Pokja to clarify."""
    result = _classify("Foto memperlihatkan kepala desa berdiri di kampanye paslon 2 hari Kamis sore. Kepala desa "
                       "mengatakan pada waktu itu ia menghadiri rapat di kantor kecamatan dan memperlihatkan daftar "
                       "hadir yang ia tanda tangani.", position="Kepala Desa Sukamaju", subject="village_head",
                       day=CAMPAIGN)
    assert result.category == MANUAL


def test_photo_metadata_dating_it_years_earlier_goes_to_the_pokja():
    """A photo said to be of this campaign whose metadata shows 2022 may be older than the candidacy: manual."""
    result = _classify("Kepala desa terlihat di panggung kampanye paslon 2 pada foto yang dikirim warga. Metadata foto "
                       "itu menunjukkan tanggal pengambilan 3 Maret 2022.", position="Kepala Desa Sukamaju",
                       subject="village_head", day=CAMPAIGN)
    assert result.category == MANUAL


def test_an_alibi_without_a_record_does_not_outweigh_the_video():
    """Over-reach: the village head only says he was at a meeting; the video shows him speaking at the rally."""
    result = _classify("Video memperlihatkan kepala desa berorasi di kampanye paslon 2. Kepala desa mengatakan pada "
                       "waktu itu ia menghadiri rapat, tetapi tidak bisa menunjukkan apa pun.",
                       position="Kepala Desa Sukamaju", subject="village_head", day=CAMPAIGN)
    assert result.category == "village_law_campaign"


def test_a_disputed_message_from_a_number_that_is_not_the_party_s_goes_to_the_pokja():
    """Pasal 71(1) and SKB 2022 need the party's own message: he denies sending it and the sender's number is not his
    official one, so who wrote it is for the Pokja to clarify."""
    result = _classify("Beredar tangkapan layar pesan yang disebut dari kepala dinas: semua staf wajib hadir di acara "
                       "paslon 3 besok. Kepala dinas membantah pernah mengirim pesan itu. Nomor pengirimnya berbeda "
                       "dengan nomor yang biasa ia pakai.", position="Kepala Dinas Koperasi", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_denied_message_from_the_party_s_own_number_is_not_disputed_evidence():
    """Over-reach: the message came from the number he uses in the office group; his denial alone settles nothing."""
    result = _classify("Kepala dinas mengirim pesan di grup kantor dari nomor yang biasa ia pakai: semua staf wajib "
                       "hadir di acara paslon 3 besok. Kepala dinas membantah.", position="Kepala Dinas Koperasi",
                       day=CAMPAIGN)
    assert result.category != MANUAL
