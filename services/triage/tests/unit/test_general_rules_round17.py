"""Round 17: the general gaps the fifteenth blind set's misses showed (measured once unseen on round 16, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays as it was."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
OFFICIAL_ACTION, PROGRAMME = "election_crime_official_action", "regional_head_programme_use"
REPLACEMENT, ORGANISER = "regional_head_replacement_of_officials", "organiser_ethics"
PROPS, PARTY = "discipline_campaign_props", "discipline_party_membership"
POLRI, TNI = "polri_neutrality", "tni_neutrality"
CAMPAIGN, AFTER_MK_136 = "2024-10-21", "2024-11-19"


# --- an acting head named in the description (UU 10/2016 Pasal 71(4); review B1) --------------------------------------

def test_pasal_71_4_a_regent_the_report_calls_penjabat_is_an_asn():
    """Review B1, UU 10/2016 Pasal 71(4): the channel and position say 'Bupati', the report says 'Penjabat (Pj)
    Bupati': an acting head is an ASN appointed by the Minister, bound by Pasal 71(1) as a pejabat ASN."""
    result = _classify("Dalam apel gabungan di halaman kantor bupati, Penjabat (Pj) Bupati Sdr. Rudi meminta seluruh "
                       "kepala OPD memenangkan paslon nomor 1.", position="Bupati Sukaraja", subject="regional_head",
                       day=CAMPAIGN)
    assert result.subject_type == "asn_pns"


def test_an_elected_regent_stays_a_regional_head():
    """Over-reach: without 'Pj'/'Penjabat' in the report, the regent is the elected head the position names."""
    result = _classify("Dalam apel gabungan di halaman kantor bupati, Bupati Rudi meminta seluruh kepala OPD "
                       "memenangkan paslon nomor 1.", position="Bupati Sukaraja", subject="regional_head", day=CAMPAIGN)
    assert result.subject_type == "regional_head"


# --- the Minister's written approval (UU 10/2016 Pasal 71(2)) ----------------------------------------------------------

def test_pasal_71_2_a_minister_s_letter_with_a_long_number_that_approves_the_replacement():
    """Pasal 71(2) (review A4): replacing officials within the ban is lawful with the Minister's written approval; a
    letter cited with its full number and date before 'yang memberikan persetujuan' still is that approval."""
    result = _classify("Wali kota melantik 23 pejabat administrator pada 3 Juli 2024. Sekda menunjukkan surat Menteri "
                       "Dalam Negeri Nomor 800.1.2/5512/OTDA tanggal 28 Juni 2024 yang memberikan persetujuan atas "
                       "penggantian pejabat itu.", position="Wali Kota Sukaraja", subject="regional_head",
                       day="2024-07-03")
    assert result.category == LAWFUL and not result.crime_indication


def test_a_minister_s_letter_that_does_not_approve_leaves_the_replacement():
    """Over-reach: a letter the report says does not approve is no approval."""
    result = _classify("Wali kota melantik 23 pejabat administrator pada 3 Juli 2024, padahal surat Menteri Dalam "
                       "Negeri Nomor 800.1.2/5512/OTDA tanggal 28 Juni 2024 tidak memberikan persetujuan atas "
                       "penggantian pejabat itu.", position="Wali Kota Sukaraja", subject="regional_head",
                       day="2024-07-03")
    assert result.category == REPLACEMENT


# --- a pension decree already issued (review E3) ------------------------------------------------------------------

def test_e3_a_former_head_of_office_whose_pension_decree_has_been_issued_is_a_private_person():
    """Review E3: a retired PNS is no longer ASN; 'SK pensiunnya sudah terbit' says he has retired, whatever title
    people still call him by, so he may campaign."""
    result = _classify("Pak Bambang, dulu kepala dinas pendidikan, berorasi di panggung kampanye paslon 1. SK "
                       "pensiunnya sudah terbit tahun lalu.", position="Kepala Dinas Pendidikan", day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other"


def test_a_pension_decree_not_yet_in_force_leaves_a_serving_official():
    """Over-reach: 'SK pensiunnya baru berlaku Januari 2025' shows him still serving during the campaign."""
    result = _classify("Pak Bambang, kepala dinas pendidikan, berorasi di panggung kampanye paslon 1. SK pensiunnya "
                       "baru berlaku Januari 2025.", position="Kepala Dinas Pendidikan", day=CAMPAIGN)
    assert result.subject_type == "asn_pns" and result.category != LAWFUL


# --- what the reporter supposed is no status; a status corrected is still a status ----------------------------------

def test_e3_a_supposed_pppk_who_is_honorary_staff_is_not_bound_by_the_skb():
    """Review E3 (SKB 2022 binds ASN only): 'saya kira dia PPPK' is the reporter's first guess; the report goes on that
    she is honorary staff without an NIP, so the campaign posts are no ASN's."""
    result = _classify("Staf loket di kantor kecamatan sering mengunggah ajakan memilih paslon 3 di Facebook. Saya kira "
                       "dia PPPK, ternyata dia tenaga honorer yang tidak punya NIP.", position="Staf Loket",
                       subject="asn_pppk", day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other"


def test_a_reporter_who_says_the_party_is_pppk_keeps_pppk():
    """Over-reach: where the report itself says 'dia PPPK', she is PPPK."""
    result = _classify("Staf loket di kantor kecamatan sering mengunggah ajakan memilih paslon 3 di Facebook. Setahu "
                       "saya dia PPPK angkatan 2023.", position="Staf Loket", subject="asn_pns", day=CAMPAIGN)
    assert result.subject_type == "asn_pppk" and result.category != LAWFUL


def test_uu_20_2023_pasal_52_3_j_not_pns_but_pppk_is_a_status_correction_not_a_denial():
    """UU 20/2023 Pasal 52(3) huruf j (PPPK barred from party office): 'ternyata bukan PNS, melainkan PPPK' corrects
    the party's status; it does not say she did not hold the office."""
    result = _classify("Nama Sdri. Wulan tercantum sebagai sekretaris DPC partai dalam SK kepengurusan. Setelah dicek ke "
                       "BKPSDM, ia ternyata bukan PNS, melainkan PPPK guru di SD Negeri 4.", position="Guru SD",
                       day="2024-08-10")
    assert result.category == PARTY and result.subject_type == "asn_pppk"


def test_not_pns_nor_pppk_stays_non_asn():
    """Over-reach: 'bukan PNS maupun PPPK' denies both statuses."""
    result = _classify("Nama Sdri. Wulan tercantum sebagai sekretaris DPC partai dalam SK kepengurusan. Ternyata dia "
                       "bukan PNS maupun PPPK, hanya guru honorer.", position="Guru SD", day="2024-08-10")
    assert result.subject_type != "asn_pppk"


def test_ternyata_bukan_dia_still_denies_the_act():
    """Over-reach: 'ternyata bukan dia' still says someone else did it."""
    result = _classify("Foto guru memasang spanduk paslon 2 beredar, tetapi setelah dicek ternyata bukan dia, hanya "
                       "mirip.", position="Guru SD", day=CAMPAIGN)
    assert result.category in (LAWFUL, MANUAL)


# --- a yearly event with nothing of a pair (UU 10/2016 Pasal 71(1); SKB 2022) ---------------------------------------

def test_pasal_71_1_a_yearly_event_without_candidate_team_or_banner_is_no_act_for_a_pair():
    """Pasal 71(1) and SKB 2022 need an act for or against a pair: a yearly village event the official speaks at, where
    the report says no candidate, team or banner was there, is no such act, whatever the reporter suspects."""
    result = _classify("Camat memberi sambutan pada lomba perahu hias yang digelar karang taruna setiap tahun. Menurut "
                       "saya ini kampanye terselubung. Di lokasi tidak ada calon, tim, baliho, atau nomor urut.",
                       position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_budgeted_distribution_schedule_is_routine():
    """Pasal 71(1): aid handed out on the schedule the DPA set, with no candidate or team present, is the programme's
    routine (as set 14's routine readings)."""
    result = _classify("Kepala dinas sosial hadir pada penyaluran bantuan pangan tahap III. Jadwalnya tercantum dalam "
                       "DPA 2024. Tidak ada calon atau tim kampanye yang datang.", position="Kepala Dinas Sosial",
                       day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_yearly_event_with_an_appeal_for_a_pair_stays_a_violation():
    """Over-reach: a yearly event where the official asks the crowd to pick a pair is still an act for the pair."""
    result = _classify("Camat memberi sambutan pada lomba perahu hias yang digelar karang taruna setiap tahun, lalu "
                       "mengajak warga memilih paslon nomor 2.", position="Camat Sukaraja", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


# --- a facility refused for campaigning (UU 10/2016 Pasal 71(1); UU 6/2014 Pasal 29) --------------------------------

def test_uu_6_2014_pasal_29_a_village_head_who_refuses_the_village_hall_for_a_campaign():
    """Pasal 71(1) jo. 188 and UU 6/2014 Pasal 29: a village head who writes that the village office cannot be used
    for a campaign, and stays away, takes no act for the pair that asked him."""
    result = _classify("Relawan paslon 1 meminta kades mengumpulkan warga dan memakai kantor desa untuk tatap muka. "
                       "Kades membalas dengan surat bahwa kantor desa tidak boleh digunakan untuk kampanye, dan ia "
                       "tidak datang ke acara itu.", position="Kepala Desa Sukamaju", subject="village_head",
                       day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_village_head_who_gathers_the_villagers_all_the_same_stays_a_violation():
    """Over-reach: a refusal of the hall followed by 'tapi kades tetap mengumpulkan warga' leaves the act."""
    result = _classify("Kades bilang balai desa tidak boleh dipakai untuk kampanye, tapi kades tetap mengumpulkan warga "
                       "di rumahnya untuk tatap muka dengan paslon 1.", position="Kepala Desa Sukamaju",
                       subject="village_head", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- the report's own conclusion that it cannot be determined ---------------------------------------------------------

def test_a_clarification_that_concludes_it_cannot_be_determined_goes_to_manual_classification():
    """Conflicting accounts: a supervisor's note whose own conclusion is 'belum dapat dipastikan' leaves the facts to
    the Pokja."""
    result = _classify("Catatan klarifikasi: Lurah diduga berorasi pada kampanye paslon 3. Seorang warga melihatnya "
                       "memegang pengeras suara; ketua RW tidak melihatnya di sana. Kesimpulan: belum dapat "
                       "dipastikan.", position="Lurah Sukasari", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_clarification_that_concludes_the_act_is_proven_stays():
    """Over-reach: a conclusion that the act is proven decides nothing for manual classification."""
    result = _classify("Catatan klarifikasi: Lurah berorasi pada kampanye paslon 3 dan mengajak warga memilih paslon "
                       "3. Kesimpulan: terbukti.", position="Lurah Sukasari", day=CAMPAIGN)
    assert result.category != MANUAL


# --- an organiser's closed meeting with a pair (Peraturan DKPP 2/2017) ----------------------------------------------

def test_peraturan_dkpp_2_2017_a_kpu_member_at_a_closed_meeting_with_a_candidate():
    """Peraturan DKPP 2/2017 Pasal 8 huruf l (review B6): a KPU member who attends a closed meeting with one pair's
    candidate outside the KPU's agenda breaches the organisers' code of ethics."""
    result = _classify("Anggota KPU kota terekam menghadiri pertemuan tertutup bersama calon wali kota nomor 3 di sebuah "
                       "hotel pada malam hari.", position="Anggota KPU Kota Sukaraja", subject="election_organiser",
                       day=CAMPAIGN)
    assert result.category == ORGANISER


def test_a_closed_meeting_of_the_kpu_itself_is_no_meeting_with_a_pair():
    """Over-reach: a closed plenary of the KPU's own members names no pair."""
    result = _classify("Anggota KPU kota menghadiri pertemuan tertutup pleno internal KPU membahas logistik.",
                       position="Anggota KPU Kota Sukaraja", subject="election_organiser", day=CAMPAIGN)
    assert result.category != ORGANISER


# --- appeals written short: 'blg', 'pilih 03', 'ikut nomor dua' (UU 2/2002 Pasal 28) ---------------------------------

def test_uu_2_2002_pasal_28_a_police_officer_who_says_pilih_02_before_mk_136():
    """UU 2/2002 Pasal 28 (review A1: before 14 Nov 2024 Pasal 188 did not reach Polri): 'blg' is 'bilang' and
    'pilih 02' names a pair by its number."""
    result = _classify("td malam pak polisi blg ke warga di warung 'pilih 02 aja biar aman'. ada 3 saksi.",
                       position="Bhabinkamtibmas Desa Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category == POLRI and not result.crime_indication


def test_a_police_officer_who_asks_traders_to_follow_a_pair_s_number_on_a_duty_visit_after_mk_136():
    """Pasal 71(1) jo. 188 as MK 136/PUU-XXII/2024 reads it from 14 Nov 2024 (review A1): on his duty visit (sambang)
    a Bhabinkamtibmas who asks traders to 'ikut nomor dua' acts for a pair through his office."""
    result = _classify("Saat kegiatan sambang di terminal, Bripka Joko meminta para sopir angkot ikut nomor dua.",
                       position="Bhabinkamtibmas Kelurahan Sukasari", subject="polri", day=AFTER_MK_136)
    assert result.category == OFFICIAL_ACTION and result.crime_indication


def test_a_duty_visit_without_a_pair_is_no_official_action():
    """Over-reach: a duty visit to remind traders of security, no pair named, is the officer's own work."""
    result = _classify("Saat kegiatan sambang di terminal, Bripka Joko meminta para sopir angkot menjaga keamanan "
                       "menjelang pencoblosan.", position="Bhabinkamtibmas Kelurahan Sukasari", subject="polri",
                       day=AFTER_MK_136)
    assert result.category != OFFICIAL_ACTION and not result.crime_indication


def test_a_number_that_is_not_a_pair_s_is_no_appeal():
    """Over-reach: 'pindah ke TPS 03' names a polling station, not a pair."""
    result = _classify("pak polisi blg ke warga kalau mau memilih pindah ke TPS 03 karena TPS 02 banjir.",
                       position="Bhabinkamtibmas Desa Sukamaju", subject="polri", day=CAMPAIGN)
    assert result.category not in (POLRI, OFFICIAL_ACTION)


# --- slipping a pair's calendar into a bag (SKB 2022) ---------------------------------------------------------------

def test_skb_2022_a_pppk_who_slips_a_pair_s_calendar_into_patients_bags_spreads_campaign_material():
    """SKB 2022 (discipline: spreading a pair's campaign material; PP 49/2018 for PPPK): 'menyelipkan kalender
    paslon' is spreading it."""
    result = _classify("Perawat PPPK di klinik desa menyelipkan kalender paslon bupati nomor 1 ke plastik obat setiap "
                       "pasien.", position="Perawat", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == PROPS


def test_slipping_a_health_leaflet_is_no_campaign_material():
    """Over-reach: a leaflet of the health office slipped into the bag names no pair."""
    result = _classify("Perawat PPPK di klinik desa menyelipkan brosur demam berdarah dari dinas kesehatan ke plastik "
                       "obat setiap pasien.", position="Perawat", subject="asn_pppk", day=CAMPAIGN)
    assert result.category != PROPS
