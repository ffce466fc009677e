"""General rules added after the fifth blind evaluation (issue 14, round 6). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations


from netra_devkit.classifier_probe import classify_text as _classify, reference, passage as _passage

REFERENCE = reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


# --- how the text is read ---------------------------------------------------------------------------------------------

def test_sama_sekali_closes_a_negation_over_the_whole_phrase():
    """'tidak ada gambar atau nomor calon bupati sama sekali' denies the pair's picture as a whole: the emphatic closer
    'sama sekali' ends the negated span, so no Pilkada pair is named (UU 10/2016 Pasal 1 angka 1)."""
    passage = _passage("Di selebaran itu tidak ada gambar atau nomor calon bupati sama sekali.")
    assert all(found.negated for found in passage.find(r"\bcalon bupati\b"))
    assert all(not found.negated for found in _passage("Tidak ada gambar, calon bupati berdiri di situ.")
               .find(r"\bcalon bupati\b"))


def test_a_first_impression_the_report_corrects_is_not_asserted():
    """'saya kira untuk cabup ... ternyata untuk ketua koperasi': the report takes back its first impression; an
    association's election is no Pilkada (UU 10/2016 Pasal 1 angka 1), so the flyers are lawful."""
    result = _classify("Pak Dedi, guru PNS, membagikan selebaran 'coblos nomor 1' di ruang guru. Saya kira untuk cabup "
                       "nomor 1. Ternyata selebaran itu untuk pemilihan ketua koperasi guru, beliau calon nomor 1.",
                       position="Guru")
    assert result.category == LAWFUL
    assert not _classify("Pak Dedi, guru PNS, membagikan selebaran 'coblos nomor 1' di ruang guru. Saya kira untuk "
                         "cabup nomor 1.", position="Guru").category == LAWFUL


def test_an_association_election_such_as_pgri_or_korpri_is_no_pilkada():
    """UU 10/2016 Pasal 1 angka 1: the Pilkada elects governors, regents and mayors; a PGRI or KORPRI chairman's
    election is an association's own affair, even in the campaign period."""
    result = _classify("Selama masa kampanye pilkada Bu Rina (PNS) menempel stiker 'pilih nomor 3' di ruang guru untuk "
                       "pemilihan ketua PGRI kabupaten, dia sendiri calon nomor 3.", position="Guru")
    assert result.category == LAWFUL


def test_a_unit_named_program_in_the_party_s_title_is_no_programme_of_the_office():
    """'Kasubbag Program Dinas Pertanian' names the party's post: it is no programme of the office used for a pair
    (UU 10/2016 Pasal 71(1) jo. 188), so a photo with the candidate stays an SKB 2022 ethics matter."""
    result = _classify("Kasubbag Program Dinas Pertanian, Pak Rudi, memposting foto bersama calon bupati nomor 3 "
                       "sambil mengacungkan tiga jari di rumah makan.", position="Kepala Subbagian Program")
    assert result.category == "ethics_photo_with_candidate"
    assert not result.crime_indication


def test_the_reporter_s_fear_of_a_transfer_is_no_transfer():
    """Pasal 71(1)/(2) concern an official's decision to transfer someone; 'saya takut dimutasi' is the reporter's
    fear, and a report that names no act goes to manual classification (Perbawaslu 8/2020: a description of the act)."""
    result = _classify("Pak Joni di Dinas Sosial itu orangnya paslon 1, semua tahu. Saya tidak mau menyebut nama karena "
                       "takut dimutasi.", position="ASN Dinas Sosial")
    assert result.category == MANUAL
    transferred = _classify("Kepala dinas memutasi tiga kepala seksi yang menolak mendukung paslon 1.",
                            position="Kepala Dinas Sosial")
    assert transferred.category == "election_crime_official_action"


# --- whose act, and who the party is ------------------------------------------------------------------------------------

def test_a_relative_s_campaigning_is_not_the_asn_s_act():
    """SKB 2022 and UU 20/2023 Pasal 24(1) huruf d bind the ASN, not the family: a wife who leads a pair's volunteers,
    when the report says the ASN himself took no part, leaves no violation of his."""
    result = _classify("Suami Bu Ratna (staf Dinas Pendidikan) menjadi ketua relawan paslon 2 di desa kami dan "
                       "memasang spanduk di depan rumah mereka. Bu Ratna sendiri tidak pernah terlihat di posko.")
    assert result.category == LAWFUL
    joined = _classify("Suami Bu Ratna (staf Dinas Pendidikan) menjadi ketua relawan paslon 2. Bu Ratna sendiri tidak "
                       "malu, dia juga ikut membagikan kaos paslon 2 ke tetangga.")
    assert joined.category != LAWFUL


def test_a_post_someone_else_made_is_not_the_asn_s_post():
    """SKB 2022 bars the ASN's own posting; 'yang mengunggah bukan beliau' says someone else posted the photo."""
    result = _classify("Di akun relawan paslon 1 ada foto syukuran, calon bupati duduk di samping Pak Made (staf "
                       "kecamatan). Yang mengunggah juga bukan beliau, dan ia tidak berpose apa pun.")
    assert result.category == LAWFUL


def test_conflicting_accounts_of_who_the_party_is_go_to_manual_classification():
    """Which law applies (SKB 2022 for ASN, the contract for honorary staff, nothing for a private driver) depends on
    who the person is: when the report or the form says it is not known, no category is guessed."""
    result = _classify("Seorang pegawai di kantor camat memasang stiker paslon 1 di helmnya. Ada yang bilang dia PNS, "
                       "ada juga yang bilang dia tenaga harian lepas.", position="pegawai kantor camat")
    assert result.category == MANUAL
    on_the_form = _classify("Ia menempel stiker besar paslon 3 di motornya yang diparkir di kantor.",
                            position="staf kantor (PPPK atau honorer, belum pasti)")
    assert on_the_form.category == MANUAL and on_the_form.subject_type == "other"


def test_a_whatsapp_status_is_no_doubt_about_who_the_party_is():
    """'saya tidak tahu statusnya hilang' speaks of the WhatsApp status, not of the person's status: a PNS sharing a
    pair's flyer is still an SKB 2022 ethics or discipline matter, never manual for want of an identity."""
    result = _classify("Pak Budi (PNS) membuat status WA flyer paslon 2 lengkap dengan nomor urut. Saya tidak tahu "
                       "statusnya hilang kapan.", position="Penyuluh PNS")
    assert result.subject_type == "asn_pns" and result.category != MANUAL


def test_a_minangkabau_report_of_a_retiree_is_read_in_standard_words():
    """A retiree is no ASN (SKB 2022 binds serving ASN; legal review E3): 'alah pensiun' is 'sudah pensiun' and a
    banner he puts up, 'spanduak', is his lawful conduct as a private person."""
    result = _classify("Pak Zulkifli, guru SD, mamasang spanduak paslon nomor 1 di rumahnyo. Baliau alah pensiun "
                       "tahun lalu.", position="Guru SD")
    assert result.subject_type == "other" and result.category == LAWFUL


# --- exceptions the law makes -------------------------------------------------------------------------------------------

def test_a_kpu_letter_that_gives_every_pair_its_slot_in_a_public_hall_is_neutral_administration():
    """UU 10/2016 Pasal 71(1) forbids acts that benefit or harm one pair; a hall the KPU's letter lists for every pair's
    limited meetings, where the other pair also has its slot, benefits none."""
    result = _classify("Camat mengizinkan paslon 1 memakai aula kantor camat untuk pertemuan terbatas. Menurut surat "
                       "KPU kabupaten tentang lokasi dan jadwal kampanye aula itu memang terdaftar, dan paslon 2 juga "
                       "mendapat jadwal minggu depan.", position="Camat")
    assert result.category == LAWFUL and not result.crime_indication


def test_a_regional_head_back_from_campaign_leave_is_on_leave_no_longer():
    """UU 10/2016 Pasal 70(2) lets a regional head campaign on leave; once back in office ('kembali aktif setelah
    cuti'), a city programme used to ask for votes is a Pasal 71(3) jo. 190 act with no lawful reading against it."""
    result = _classify("Bupati yang kembali aktif setelah cuti kampanye membagikan bantuan bibit program Pemkab dan "
                       "berkata 'kalau program ini mau lanjut, pilih petahana nomor 2'.", position="Bupati",
                       subject="regional_head", day="2024-11-25")
    assert result.category == "regional_head_programme_use"
    assert result.crime_indication


def test_leave_outside_state_responsibility_told_only_as_hearsay_goes_to_the_pokja():
    """SKB 2022 bars an ASN from a spouse-candidate's campaign only without CLTN; when the report says, by hearsay,
    that the leave was granted, only the decree decides: manual classification, neither lawful nor a violation."""
    hearsay = _classify("Pak Wayan (PNS) selalu mendampingi istrinya, calon bupati nomor 2, di setiap kampanye. "
                        "Katanya beliau sudah cuti di luar tanggungan negara sejak September.", position="Penyuluh")
    assert hearsay.category == MANUAL
    stated = _classify("Pak Wayan (PNS) mendampingi istrinya, calon bupati nomor 2, di kampanye. Beliau sedang cuti "
                       "di luar tanggungan negara sejak September.", position="Penyuluh")
    assert stated.category == LAWFUL


# --- acts ---------------------------------------------------------------------------------------------------------------

def test_a_flyer_put_up_as_a_whatsapp_status_is_sharing_not_a_campaign_prop():
    """SKB 2022 lists sharing a pair's content online as an ethics item (PP 42/2004); 'pasang status WA' puts the
    flyer in a status, it puts up no banner or sticker (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Pak Andi (PNS) pasang status WA poster paslon 3 dengan nomor urutnya, tanpa komentar.",
                       position="Penyuluh")
    assert result.category == "ethics_social_media"


def test_a_sticker_on_the_asn_s_own_car_is_a_campaign_prop():
    """PP 94/2021 Pasal 5 huruf n and SKB 2022: an ASN's own car 'dipasangi stiker paslon' displays a pair's props."""
    result = _classify("Motor dinas tidak, tapi mobil pribadi Bu Sari (PNS, ia sendiri yang mengemudi) dipasangi stiker "
                       "paslon 2 bergambar calon di kaca depan selama dua minggu.", position="Bendahara")
    assert result.category == "discipline_campaign_props"


def test_an_asn_at_the_spouse_s_campaign_without_cltn_breaches_the_spouse_rule():
    """SKB 2022 (ethics: a spouse-candidate's campaign without leave outside state responsibility, PP 42/2004): 'ada
    di kampanye suaminya, duduk di samping suami' is being there."""
    result = _classify("Bu Nining, PNS di kecamatan, istri calon wali kota nomor 1, ada di kampanye suaminya di pasar "
                       "dan duduk di samping suami. Ia tidak mengajukan cuti.", position="Staf Kecamatan")
    assert result.category == "ethics_spouse_campaign"


def test_listening_at_a_pair_s_meeting_with_residents_is_attending_its_campaign():
    """SKB 2022 (ethics: attending a pair's campaign as a participant); a meeting of a candidate with residents where
    the vision is presented is a campaign event (UU 10/2016 Pasal 1 angka 21, Pasal 65(1) huruf a)."""
    result = _classify("Di balai warga ada pertemuan calon bupati nomor 1 dengan ibu-ibu. Bu Ani, PPPK di puskesmas, "
                       "ikut dengar paparan visi misi sampai selesai.", position="Staf PPPK", subject="asn_pppk")
    assert result.category == "ethics_campaign_attendance"
