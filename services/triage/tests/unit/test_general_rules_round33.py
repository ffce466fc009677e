"""Round 33: the general gaps the thirty-first blind set's misses showed (measured once unseen on round 32, see its
file), each tested with other sentences than the set's, and beside each a similar text that keeps its answer. The
priority was three lawful reports given a violation: a position that names the party by a relative's office ('Istri
Sekretaris Camat') is the relative's office, not the party's (SKB 2022 and UU 10/2016 Pasal 71(1) bind the holder);
a staff member of an office named after an official ('Staf Kantor Camat') is not that official; the Minister's letter
'perihal persetujuan tertulis' of a rotation is his written approval (UU 10/2016 Pasal 71(2)); a photo of an official
visit in 2024 before the pairs registered (27-29 Aug 2024), posted later by someone else and never shared by the
party, is no act of hers for a pair (SKB 2022; Pasal 71(1) protects pairs from 22 Sep 2024), and 'beliau juga tidak
pernah membagikan' is no share. Besides: the party's own refusal of a listing in more wordings (an active listing
'mencantumkan nama ... sebagai', a nominal 'surat penolakan', the registered team's list without his name; UU 10/2016
Pasal 70(1) jo. 189 is the pair's offence), the reporter's own photo of the party 'di depan gerbang' is evidence, not
a pose before a prop (SKB 2022, PP 49/2018 for PPPK), and a lecturer in a pair's expert team who drafts its debate
answers is no balanced academic opinion (SKB 2022; UU 12/2012 Pasal 8-9 does not cover a pair's team work). A negated
consequence before its condition ('tidak akan ada lagi kalau bukan nomor 1 yang menang') denies the aid, not the
condition, and the purpose the party gives for his own request ('katanya untuk arsip') is no hearsay (UU 10/2016
Pasal 71(1) jo. 188)."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify
from netra_devkit.classifier_probe import passage, reference
from netra_shared.contracts.schemas.submission import ReportedParty
from triage.domain.subjects import normalise_subject

LAWFUL = "lawful_conduct"
CAMPAIGN = "2024-10-21"


def _subject(position: str, subject: str = "asn_pns", description: str = " "):
    return normalise_subject(ReportedParty(full_name="X", subject_type=subject, position=position, agency=""),
                             reference(), description)


# --- whose office a position names (SKB 2022; UU 10/2016 Pasal 71(1): the holder of the office) --------------------

def test_skb_2022_the_husband_of_a_section_head_who_is_a_trader_campaigning_is_lawful():
    """SKB 2022 binds only ASN: 'Suami Kepala Seksi ...' names his wife's office; he sells rice and is no ASN."""
    result = _classify("Pak Darto, suami Kasi Pemerintahan Kecamatan Sungai Lebar, setiap sore membagikan brosur "
                       "cabup nomor 2 di pangkalan ojek. Pak Darto sendiri pedagang kain, bukan pegawai negeri.",
                       position="Suami Kepala Seksi Pemerintahan Kecamatan Sungai Lebar", day=CAMPAIGN)
    assert result.category == LAWFUL and result.subject_type == "other" and not result.crime_indication


def test_the_section_head_herself_handing_out_brochures_keeps_the_violation():
    """Over-reach (SKB 2022, PP 94/2021 Pasal 5 huruf n): the office holder's own act."""
    result = _classify("Ibu Sari, Kasi Pemerintahan Kecamatan Sungai Lebar, setiap sore membagikan brosur cabup nomor "
                       "2 di pangkalan ojek.", position="Kepala Seksi Pemerintahan Kecamatan Sungai Lebar",
                       day=CAMPAIGN)
    assert result.category != LAWFUL and result.subject_type == "asn_pns"


def test_uu_10_2016_pasal_71_1_a_staff_member_of_the_camats_office_is_no_official():
    """UU 10/2016 Pasal 71(1) names 'pejabat': 'Bendahara Kantor Camat' works in the office named after the camat and
    is not the camat (round 32's latent bug)."""
    staff = _subject("Bendahara Kantor Camat Sungai Lebar")
    assert staff.subject_type == "asn_pns" and not staff.official and not staff.senior


def test_the_camat_himself_stays_an_official():
    """Over-reach (Pasal 71(1)): the camat is a pejabat ASN."""
    camat = _subject("Camat Sungai Lebar")
    assert camat.official and camat.senior


# --- the Minister's letter about written approval (UU 10/2016 Pasal 71(2)) ------------------------------------------

def test_uu_10_2016_pasal_71_2_a_rotation_citing_the_ministers_letter_on_approval_is_lawful():
    """UU 10/2016 Pasal 71(2): a decree citing 'Surat Mendagri Nomor ... perihal persetujuan' rests on his approval."""
    result = _classify("Wali Kota Kuala Tenang melantik tiga kepala bagian pada 2 Agustus 2024. Keputusan itu "
                       "merujuk Surat Menteri Dalam Negeri Nomor 100.2.2.6/5120/OTDA tanggal 25 Juli 2024 perihal "
                       "persetujuan pengangkatan pejabat. Wali kota sudah mendaftar untuk periode kedua.",
                       position="Wali Kota Kuala Tenang", subject="regional_head", day="2024-08-02")
    assert result.category == LAWFUL and not result.crime_indication


def test_a_request_letter_for_approval_still_unanswered_keeps_the_replacement():
    """Over-reach (Pasal 71(2) jo. 190): a request the Minister has not answered is no approval."""
    result = _classify("Wali Kota Kuala Tenang melantik tiga kepala bagian pada 2 Agustus 2024. Surat permohonan "
                       "persetujuan kepada Menteri Dalam Negeri baru dikirim sesudahnya. Wali kota sudah mendaftar "
                       "untuk periode kedua.", position="Wali Kota Kuala Tenang", subject="regional_head",
                       day="2024-08-02")
    assert result.category == "regional_head_replacement_of_officials" and result.crime_indication


# --- when the photographed event happened vs when it was posted (SKB 2022; Pasal 71(1) from 22 Sep 2024) -----------

def test_skb_2022_a_photo_of_a_work_visit_in_may_2024_posted_later_by_others_is_lawful():
    """SKB 2022: the photo shows an official visit in May 2024, before any pair registered; the later post is the
    account's, and she never shared it ('ia juga tidak pernah membagikan' is no share)."""
    result = _classify("Halaman Instagram 'Kawan Pak Rahmat' kemarin memuat foto Bu Wulan, kepala sekolah SMPN 4, "
                       "bersama Pak Rahmat yang kini calon wali kota. Foto itu dari acara peresmian laboratorium "
                       "sekolah pada 14 Mei 2024, saat Pak Rahmat masih wakil wali kota. Ia juga tidak pernah "
                       "membagikan atau mengomentari unggahan itu.", position="Kepala SMPN 4", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_photo_of_the_same_visit_she_shared_herself_keeps_the_violation():
    """Over-reach (SKB 2022 ethics: posting or sharing): she shared the post herself."""
    result = _classify("Halaman Instagram 'Kawan Pak Rahmat' kemarin memuat foto Bu Wulan, kepala sekolah SMPN 4, "
                       "bersama Pak Rahmat yang kini calon wali kota. Foto itu dari acara peresmian laboratorium "
                       "sekolah pada 14 Mei 2024. Bu Wulan lalu membagikan ulang unggahan itu di akunnya dengan "
                       "tulisan 'lanjutkan'.", position="Kepala SMPN 4", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- the party's own refusal of a listing, in more wordings (UU 10/2016 Pasal 70(1) jo. 189; SKB 2022) --------------

def test_uu_10_2016_pasal_70_1_a_written_refusal_of_an_active_listing_is_lawful():
    """UU 10/2016 Pasal 70(1) jo. 189: 'tim ... mencantumkan nama ... sebagai bendahara' is the team's act; his
    'surat penolakan' and the registered list without his name leave none of his."""
    result = _classify("Relawan paslon nomor 1 mengedarkan daftar yang mencantumkan nama Pak Yohanes, penyuluh "
                       "pertanian PPPK, sebagai bendahara tim desa. Pak Yohanes mengirim surat penolakan kepada "
                       "koordinator relawan, dan daftar tim yang didaftarkan ke KPU tidak memuat namanya.",
                       position="Penyuluh Pertanian PPPK", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_a_listing_that_residents_objected_to_while_he_took_part_keeps_the_violation():
    """Over-reach (SKB 2022): the residents' objection is not his, and he led the team's meeting."""
    result = _classify("Relawan paslon nomor 1 mengedarkan daftar yang mencantumkan nama Pak Yohanes, penyuluh "
                       "pertanian PPPK, sebagai bendahara tim desa. Warga menyampaikan penolakan, tetapi Pak Yohanes "
                       "tetap memimpin rapat tim desa itu.", position="Penyuluh Pertanian PPPK",
                       subject="asn_pppk", day=CAMPAIGN)
    assert result.category != LAWFUL


# --- the reporter's photo as evidence is no pose (SKB 2022; PP 49/2018 for PPPK) -----------------------------------

def test_skb_2022_a_pppk_nurse_handing_out_a_pairs_stickers_with_the_reporters_photo_hands_out_props():
    """SKB 2022, PP 49/2018: 'saya punya foto ia ... di depan pos' is the reporter's evidence, not a pose."""
    result = _classify("Perawat PPPK Puskesmas Tanjung membagikan stiker cabup nomor 3 kepada pasien yang antre "
                       "obat. Saya punya foto dia membawa setumpuk stiker di depan pos pendaftaran.",
                       position="Perawat PPPK Puskesmas Tanjung", subject="asn_pppk", day=CAMPAIGN)
    assert result.category == "discipline_campaign_props"


def test_a_nurse_only_posing_in_front_of_a_banner_hands_out_no_props():
    """Over-reach (SKB 2022): posing in front of a pair's banner is a photo, not handing out props."""
    result = _classify("Perawat PPPK Puskesmas Tanjung berfoto di depan baliho cabup nomor 3 di depan puskesmas.",
                       position="Perawat PPPK Puskesmas Tanjung", subject="asn_pppk", day=CAMPAIGN)
    assert result.category != "discipline_campaign_props"


# --- a pair's expert team is no academic opinion (SKB 2022; UU 12/2012 Pasal 8-9) ----------------------------------

def test_skb_2022_a_lecturer_appointed_to_a_pairs_expert_team_who_drafts_debate_answers_is_partisan():
    """SKB 2022 (expert or consultant to a pair's team): 'ditunjuk sebagai tim ahli' and 'menyusun jawaban ... untuk
    calon' are work for the pair, whatever he calls it ('sebagai akademisi'); 'debat kedua' is the second debate."""
    result = _classify("Dr. Hendrik, dosen PNS Politeknik Negeri Laut Biru, ditunjuk sebagai tim ahli cagub nomor 2 "
                       "menjelang debat kedua pasangan calon. Ia menyusun materi jawaban soal pendidikan untuk calon. "
                       "Ia mengaku hadir sebagai akademisi.", position="Dosen PNS Politeknik Negeri Laut Biru",
                       day=CAMPAIGN)
    assert result.category == "discipline_partisan_activity"


def test_a_lecturers_balanced_analysis_of_every_pair_stays_lawful():
    """Over-reach (UU 12/2012 Pasal 8-9): a balanced academic analysis of all pairs is academic freedom."""
    result = _classify("Dr. Hendrik, dosen PNS Politeknik Negeri Laut Biru, menulis artikel opini di koran lokal "
                       "yang membandingkan program pendidikan ketiga pasangan calon dengan ukuran yang sama, tanpa "
                       "mengajak memilih siapa pun.", position="Dosen PNS Politeknik Negeri Laut Biru",
                       day=CAMPAIGN)
    assert result.category == LAWFUL


# --- a threat whose consequence comes first (UU 10/2016 Pasal 71(1) jo. 188) ----------------------------------------

def test_uu_10_2016_pasal_71_1_aid_that_will_not_come_again_unless_a_pair_wins_is_a_threat():
    """UU 10/2016 Pasal 71(1) jo. 188: 'tidak akan ada lagi kalau bukan nomor 1 yang menang' denies the aid, not the
    condition: a public allocation tied to a pair's win."""
    result = _classify("Saat menyerahkan pompa air kepada kelompok tani di Desa Rawa Indah pada 21 Oktober, Kepala "
                       "Dinas Pertanian Pak Joni berkata pompa seperti ini tidak akan ada lagi kalau bukan nomor 1 "
                       "yang menang. Videonya saya simpan.", position="Kepala Dinas Pertanian", day=CAMPAIGN)
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_a_denial_that_he_ever_said_such_a_threat_is_no_violation():
    """Over-reach (Pasal 71(1)): 'tidak pernah berkata ... kalau ...' still denies what he is said to have said."""
    result = _classify("Saat menyerahkan pompa air kepada kelompok tani di Desa Rawa Indah pada 21 Oktober, Kepala "
                       "Dinas Pertanian Pak Joni tidak pernah berkata pompa seperti ini tidak ada lagi kalau bukan "
                       "nomor 1 yang menang; semua ketua kelompok tani yang hadir membantah kabar itu.",
                       position="Kepala Dinas Pertanian", day=CAMPAIGN)
    assert result.category != "election_crime_official_action" and not result.crime_indication


# --- the purpose the party gives for his own request is no hearsay (UU 10/2016 Pasal 71(1) jo. 188) ----------------

def test_uu_10_2016_pasal_71_1_a_village_heads_own_pretext_katanya_buat_is_no_hearsay():
    """UU 10/2016 Pasal 71(1) jo. 188 (village heads throughout): 'beliau menyuruh ... katanya untuk arsip' reports
    the purpose he gave himself in the meeting the reporter attended; the crime indication stands."""
    passage_text = ("Kamis malam Pak Kades Sumber Jaya mengumpulkan para kepala dusun di balai desa. Beliau menyuruh "
                    "tiap kadus mendata warga yang akan mencoblos paslon nomor 2 dan menyetor daftarnya minggu depan, "
                    "katanya untuk arsip desa. Beliau juga bilang penerima BLT yang tidak masuk daftar bisa dicoret. "
                    "Saya kepala dusun dan hadir di rapat itu.")
    result = _classify(passage_text, position="Kepala Desa Sumber Jaya", subject="village_head", day="2024-11-07")
    assert result.category == "election_crime_official_action" and result.crime_indication


def test_a_rumour_told_with_katanya_about_someone_else_stays_hearsay():
    """Over-reach (Perbawaslu 8/2020: the Pokja checks hearsay): 'katanya' telling what the reporter only heard."""
    assert passage("Katanya Pak Kades menyuruh kadus mendata warga, untuk paslon nomor 2.").hearsay_anywhere
    assert not passage("Beliau menyuruh tiap kadus mendata warga yang akan mencoblos paslon nomor 2, katanya untuk "
                       "arsip desa.").hearsay_anywhere
