"""General rules added after the fourth blind evaluation (issue 14, round 5). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations


import pytest
from netra_devkit.classifier_probe import classify_text as _classify, reference, passage as _passage

REFERENCE = reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


# --- how the text is read ---------------------------------------------------------------------------------------------

def test_chat_negators_deny_active_support():
    """'gk ikut teriak-teriak' denies the shouting: what is left is attending (an SKB 2022 ethics item, PP 42/2004),
    not active support (a discipline breach, PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Pak guru PNS itu datang ke kampanye paslon 3 di lapangan, gk ikut teriak2, cuma berdiri di "
                       "belakang sampai selesai.", position="Guru")
    assert result.category == "ethics_campaign_attendance"


def test_a_negation_reaches_every_item_of_the_list_it_opens():
    """'belum pernah melihatnya kampanye, pasang spanduk, atau mengajak warga memilih' denies all three acts: a report
    that only suspects leaves nothing UU 6/2014 Pasal 29 or the SKB could be applied to."""
    passage = _passage("Saya belum pernah melihat beliau kampanye, pasang spanduk, atau mengajak warga memilih paslon 1.")
    assert all(found.negated for found in passage.find(r"\bmengajak warga memilih\b"))
    assert all(found.negated for found in passage.find(r"\bpasang spanduk\b"))
    result = _classify("Saya belum pernah melihat beliau kampanye, pasang spanduk, atau mengajak warga memilih paslon 1. "
                       "Saya hanya curiga karena ia sering ngopi dengan tim sukses.", position="Kepala Desa",
                       subject="village_head")
    assert result.category == MANUAL


def test_a_list_without_a_closing_or_is_no_negated_list():
    """'tidak memakai atribut, lalu naik panggung dan berorasi': the speech after the comma is asserted, and active
    support at a rally is a discipline breach (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Kabid itu tidak memakai atribut, lalu naik panggung kampanye paslon 2 dan berorasi.",
                       position="Kepala Bidang Umum")
    assert result.category == "discipline_campaign_attendance"
    assert all(not found.negated for found in _passage("tidak memakai atribut, lalu berorasi").find(r"\bberorasi\b"))


def test_a_hedge_in_a_run_on_message_reaches_only_its_neighbourhood():
    """In a chat message without stops, 'katanya' about one detail does not make the whole account hearsay; in a
    normal sentence it still qualifies the sentence."""
    run_on = ("pagi itu pak lurah datang ke kantor kelurahan terus ngumpulin semua ketua rt di aula dan di depan mereka "
              "dia bilang semua rt wajib kumpulkan fotokopi ktp warga untuk paslon 2 paling lambat minggu depan lalu "
              "acara ditutup dengan doa bersama dan makan siang dan sesudah semua pulang ada kue dan kopi yang "
              "katanya dibeli pakai uang kas")
    found = _passage(run_on).find(r"\bpaslon 2\b")
    assert found and not found[0].hedged
    assert _passage("Katanya pak lurah mengumpulkan ketua RT untuk paslon 2.").find(r"\bpaslon 2\b")[0].hedged


def test_a_disqualifier_the_reporter_only_asks_about_does_not_void_a_lawful_reading():
    """Police officers securing a campaign do their duty (UU 2/2002 Pasal 13-14); 'apakah polisi berpihak?' asks,
    it does not assert taking sides."""
    result = _classify("Belasan anggota Polres berjaga mengamankan kampanye paslon 1 di stadion. Apakah polisi itu "
                       "berpihak? Mereka memakai seragam dinas dan rompi pengamanan.", position="Anggota Polres",
                       subject="polri")
    assert result.category == LAWFUL


# --- what is no campaign attribute ------------------------------------------------------------------------------------

@pytest.mark.parametrize("clothes", ["seragam guru", "baju biasa", "seragam dinas"])
def test_plain_or_official_clothes_are_no_campaign_attribute(clothes):
    """The SKB 2022 discipline item is wearing a PAIR's attributes; a uniform of one's office or everyday clothes is
    none. Campaigning in a video remains online campaigning (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify(f"Guru PNS itu membuat video TikTok memakai {clothes} dan mengajak penonton mencoblos paslon 1 "
                       "pada 27 November.", position="Guru")
    assert result.category == "discipline_online_campaign"


def test_a_shirt_with_the_pairs_picture_is_a_campaign_attribute():
    """Wearing the pair's shirt at its rally is active support (SKB 2022; PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Staf dinas itu hadir di kampanye terbuka memakai kaos bergambar paslon nomor 2.")
    assert result.category == "discipline_campaign_attendance"


# --- the person as a voter, the act done by nobody ---------------------------------------------------------------------

def test_showing_ones_own_vote_and_urging_turnout_is_lawful():
    """Voting is every voter's right, an ASN's too (UU 10/2016 Pasal 57); a post of one's inked finger saying 'ayo ke
    TPS' names no pair and supports none."""
    result = _classify("Setelah mencoblos, kasubbag itu mengunggah foto jari bertinta ke Facebook dengan tulisan 'ayo "
                       "ke TPS, jangan golput'. Tidak ada nama paslon.", position="Kepala Sub Bagian Umum")
    assert result.category == LAWFUL


def test_urging_a_vote_for_a_numbered_pair_after_voting_is_not_lawful():
    """'sudah nyoblos, pilih nomor 2 ya' urges a vote for a pair: online campaigning (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Setelah mencoblos, staf itu mengunggah foto jari bertinta ke Instagram dengan tulisan 'ayo "
                       "pilih nomor 2'.")
    assert result.category != LAWFUL


def test_an_edited_photo_clears_the_party():
    """A photo montage is no act of the party: the SKB 2022 ethics item (posing with a candidate) needs the pose."""
    result = _classify("Foto pak camat bersama calon bupati nomor 1 yang beredar di grup warga ternyata hasil "
                       "rekayasa: wajah orang lain diganti wajah pak camat.", position="Camat")
    assert result.category == LAWFUL


def test_doubting_another_act_is_no_doubt_about_who_the_person_is():
    """'saya tidak yakin dia pernah membagikannya' doubts a further act, not the identity: the like stays an SKB
    ethics item (PP 42/2004). 'tidak yakin itu dia' doubts the person: manual classification."""
    result = _classify("Staf dinas itu menyukai unggahan calon bupati nomor 1 di Instagram berkali-kali. Saya tidak "
                       "yakin dia pernah membagikannya.")
    assert result.category == "ethics_social_media"
    doubted = _classify("Ada akun yang menyukai unggahan calon bupati nomor 1 di Instagram. Saya tidak yakin itu dia.")
    assert doubted.category == MANUAL


def test_a_report_that_only_wonders_whether_it_is_wrong_clears_nothing():
    """'mungkin laporan saya salah' is the reporter's doubt, not a retraction: the act is weighed, never confidently."""
    result = _classify("Bu Sari, tenaga honorer kelurahan, membagikan selebaran paslon 2 di pasar. Mungkin laporan "
                       "saya salah karena ia bukan PNS.", position="Tenaga Honorer Kelurahan", subject="other")
    assert result.category == LAWFUL and result.confidence_level != "high"


# --- who the person is ------------------------------------------------------------------------------------------------

def test_a_former_employee_is_a_private_person():
    """Someone who left the service ('sudah berhenti sebagai honorer sejak 2022') is bound by no neutrality rule:
    campaigning is lawful for a private person (the SKB 2022 binds serving ASN)."""
    result = _classify("Dia sudah berhenti sebagai honorer di kantor camat sejak 2022 dan sekarang menjadi koordinator "
                       "relawan paslon 2.", position="Pegawai Kantor Camat")
    assert result.subject_type == "other" and result.category == LAWFUL


@pytest.mark.parametrize("description", [
    "Perawat itu membagikan ulang video paslon 2 di status WA. Di formulir saya tulis PNS, ternyata dia PPPK.",
    "Ada bidan PPPK di puskesmas kami yang membagikan ulang video paslon 2 di status WA.",
])
def test_pppk_said_of_the_party_in_the_description_decides_over_the_channel(description):
    """PPPK fall under PP 49/2018, PNS under PP 94/2021 (legal review B2): the reporter's own correction counts."""
    result = _classify(description, position="Perawat Puskesmas")
    assert result.subject_type == "asn_pppk"


# --- official acts ----------------------------------------------------------------------------------------------------

def test_lending_village_property_for_a_campaign_uses_a_facility():
    """Letting a pair's team use the village hall and its equipment is a village head's act for a pair (UU 10/2016
    Pasal 71(1) jo. 188)."""
    result = _classify("Kepala desa memberi izin pemakaian balai desa dan inventaris desa berupa tenda dan kursi untuk "
                       "pertemuan terbatas paslon 3, tanpa sewa.", position="Kepala Desa", subject="village_head")
    assert result.category == "election_crime_official_action" and result.crime_indication is True


def test_a_programme_promised_to_continue_only_under_a_pair_is_programme_use():
    """A governor telling recipients a scholarship continues only if pair 2 wins uses a programme for a pair
    (UU 10/2016 Pasal 71(3) jo. 190)."""
    result = _classify("Saat menyerahkan beasiswa provinsi, gubernur berkata programnya hanya akan dilanjutkan bila "
                       "paslon nomor 2 menang.", position="Gubernur", subject="regional_head")
    assert result.category == "regional_head_programme_use"


def test_a_vote_appeal_at_a_police_programme_is_an_official_act():
    """After MK 136/PUU-XXII/2024 (14 Nov 2024) a Polri member using a police programme for a pair falls under
    Pasal 71(1) jo. 188."""
    result = _classify("Dalam kegiatan resmi polsek di balai warga, kapolsek berkata kepada warga: pilih nomor 3 supaya "
                       "kampung aman.", position="Kapolsek", subject="polri", day="2024-11-20")
    assert result.category == "election_crime_official_action"


def test_ordering_subordinates_to_collect_identity_cards_for_a_pair_is_pressure():
    """A camat telling village heads to collect residents' ID cards for a pair's team, with a quota, uses his
    office's authority (UU 10/2016 Pasal 71(1) jo. 188)."""
    result = _classify("Di grup WA para kades, camat menulis: mohon dikumpulkan fotokopi KTP warga minimal 100 per desa "
                       "untuk relawan paslon 2.", position="Camat")
    assert result.category == "election_crime_official_action"


def test_handing_a_form_to_a_party_chairman_is_no_party_office():
    """Giving a party's chairman one's candidacy form is approaching a party as a prospective candidate (SKB 2022,
    PP 94/2021: a medium breach), not holding party office (UU 20/2023 Pasal 52)."""
    result = _classify("Kabag itu mengambil formulir pendaftaran bakal calon bupati dan menyerahkannya ke ketua DPC "
                       "partai.", position="Kepala Bagian Umum")
    assert result.category == "discipline_approach_party"


# --- lawful contexts: official duty, public service, the organisers, someone else's act ------------------------------

@pytest.mark.parametrize("description, position", [
    ("Petugas Dishub mengatur lalu lintas di sekitar lapangan tempat kampanye paslon 1 berdasarkan surat tugas.",
     "Petugas Dinas Perhubungan"),
    ("Dua perawat puskesmas berjaga di pos kesehatan rapat umum paslon 2 dan merawat peserta yang pingsan.",
     "Perawat Puskesmas"),
    ("Regu damkar disiagakan di dekat panggung kampanye paslon 3 karena banyak lampu dan genset.", "Anggota Damkar"),
])
def test_duty_at_a_campaign_site_is_lawful(description, position):
    """Serving at a campaign site in one's own function (traffic, first aid, fire standby) supports no pair: no SKB
    2022 item and no Pasal 71(1) 'tindakan yang menguntungkan' a pair."""
    assert _classify(description, position=position).category == LAWFUL


def test_duty_at_a_campaign_site_with_partisan_signs_is_not_lawful():
    """The same duty turns into active support once the person chants or shows the pair's hand sign (SKB 2022)."""
    result = _classify("Petugas Satpol PP berjaga di lokasi kampanye paslon 2 sambil ikut yel yel dan mengacungkan dua "
                       "jari.", position="Anggota Satpol PP")
    assert result.category not in (LAWFUL, MANUAL)


def test_serving_a_candidate_as_any_citizen_is_public_service():
    """Issuing a domicile letter or a police notice receipt to a pair as to anyone is public service on equal terms
    (UU 25/2009 Pasal 4), no act for a pair (Pasal 71(1))."""
    lurah = _classify("Lurah menandatangani surat keterangan domisili yang diminta tim paslon 1 untuk syarat "
                      "administrasi, seperti untuk warga lain.", position="Lurah")
    police = _classify("Polres menerbitkan surat tanda terima pemberitahuan kampanye untuk tim paslon 2, sama seperti "
                       "untuk tim paslon 1.", position="Kasat Intelkam Polres", subject="polri", day="2024-11-18")
    assert lurah.category == LAWFUL and police.category == LAWFUL


def test_a_service_conditioned_on_the_vote_is_an_official_act():
    """Serving only those who promise to vote for a pair uses the office for it (Pasal 71(1) jo. 188)."""
    result = _classify("Lurah hanya mau menandatangani surat keterangan usaha bagi warga yang berjanji memilih paslon 2.",
                       position="Lurah")
    assert result.category == "election_crime_official_action"


def test_lending_premises_to_the_organisers_is_lawful():
    """A school yard lent to the KPU for a polling station serves the election, not a pair."""
    result = _classify("Kepala sekolah mengizinkan halaman sekolah dipakai KPPS untuk TPS 03.", position="Kepala Sekolah",
                       day="2024-11-27")
    assert result.category == LAWFUL


def test_a_photo_with_a_regional_head_who_is_not_running_is_lawful():
    """SKB 2022 bars support for a candidate or prospective candidate; a regent who does not run is neither."""
    result = _classify("Staf itu berfoto bersama wali kota yang tidak mencalonkan diri lagi saat peringatan hari jadi "
                       "kota, lalu mengunggahnya.")
    assert result.category == LAWFUL


@pytest.mark.parametrize("description", [
    "Akun Instagram guru itu diretas sejak Senin dan dipakai mengunggah ajakan memilih paslon 3.",
    "Nama bidan itu dicatut dalam susunan tim pemenangan paslon 1; ia sudah menyatakan keberatan.",
    "Baliho paslon 2 dipasang tim sukses di tembok rumah pegawai itu tanpa izin.",
])
def test_an_act_done_by_someone_else_without_consent_clears_the_party(description):
    """A hacked account, a name used without consent, a banner put up by a team: none is the party's own act, which
    every SKB 2022 item needs."""
    assert _classify(description, position="Guru").category == LAWFUL


def test_someone_elses_act_does_not_clear_the_partys_own():
    """The party who also put up a banner herself did the SKB 2022 props item (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Baliho paslon 2 dipasang tim sukses di tembok rumah pegawai itu tanpa izin, tetapi ia sendiri "
                       "juga memasang spanduk paslon 2 di pagar kantornya.", position="Guru")
    assert result.category != LAWFUL


def test_a_government_activity_that_names_no_pair_is_lawful():
    """Inaugurating a village bridge with no pair's sign or appeal favours no pair (Pasal 71(1) needs one)."""
    result = _classify("Camat meresmikan jembatan desa yang dibangun dari dana desa, tanpa atribut atau ajakan memilih.",
                       position="Camat")
    assert result.category == LAWFUL


def test_sending_a_pairs_flyer_to_a_chat_group_is_a_share():
    """Passing on a pair's flyer is a share, an SKB 2022 ethics item (PP 42/2004); campaigning online needs more."""
    result = _classify("Staf itu mengirim flyer paslon 2 ke grup WA RT tanpa komentar apa pun.")
    assert result.category == "ethics_social_media"


# --- who did what online, what was handed out -------------------------------------------------------------------------

def test_an_admin_who_forwarded_a_picture_to_the_reporter_is_not_the_partys_online_campaign():
    """'admin grup kantor kirim ke saya' names who passed the picture on, not what the party did: her pose in front of
    the pair's billboard is an SKB 2022 ethics item (a photo with the pair's props), not online campaigning."""
    result = _classify("Admin grup RT meneruskan ke saya foto staf itu berpose di depan baliho paslon 3 yang ia unggah "
                       "di status WA. Tidak ada tulisan ajakan.")
    assert result.category == "ethics_photo_with_candidate"


def test_the_party_as_admin_of_a_pairs_group_campaigns_online():
    """Running a pair's chat group and posting its appeals is online campaigning (PP 94/2021 Pasal 5 huruf n)."""
    result = _classify("Ia menjadi admin grup WA 'Sahabat Paslon 1' dan tiap hari mengirim ajakan memilih paslon 1.",
                       position="Analis Kepegawaian")
    assert result.category == "discipline_online_campaign"


def test_goods_handed_out_with_a_pairs_card_are_a_partisan_gift():
    """Sarongs with a pair's name card tucked in are gifts for a pair (partisan activity, SKB 2022), not campaign props
    put up or handed out for their own sake."""
    result = _classify("Pegawai dinas itu membagikan sarung dan mukena yang diselipi kartu nama paslon 1 kepada ibu-ibu "
                       "pengajian.", position="Staf Dinas Sosial")
    assert result.category == "discipline_partisan_activity"


# --- a few readings made precise --------------------------------------------------------------------------------------

def test_a_pair_named_in_front_of_a_class_is_no_class_election():
    """'paslon 2 di depan kelas' is a Pilkada pair spoken of in a classroom, not a class-captain election."""
    result = _classify("Guru itu di depan kelas mengajak murid menyuruh orang tuanya memilih paslon 2 pada 27 November.",
                       position="Guru")
    assert result.category != LAWFUL


def test_securing_the_pairs_votes_is_no_security_duty():
    """'mengamankan suara paslon 2' orders a result, not public order: a police chief's order at roll call uses his
    office for a pair (Pasal 71(1) jo. 188, for Polri from MK 136/PUU-XXII/2024)."""
    result = _classify("Dalam apel pagi kapolsek memerintahkan anggotanya mengamankan suara paslon 2 di TPS.",
                       position="Kapolsek", subject="polri", day="2024-11-21")
    assert result.category == "election_crime_official_action"


def test_escorting_only_one_pair_favours_it():
    """Escorting only one pair's convoy is no neutral security duty (UU 2/2002 Pasal 28: Polri is neutral)."""
    result = _classify("Polisi lalu lintas itu hanya mengawal rombongan paslon 1; rombongan paslon lain tidak dikawal.",
                       position="Anggota Satlantas", subject="polri", day="2024-11-01")
    assert result.category == "polri_neutrality"


def test_dancing_on_the_stage_is_active_support_but_no_act_of_office():
    """Dancing with the candidate on stage is active support (UU 6/2014 Pasal 29 for a village head), in the manner
    of a participant: no decision or action of the office (Pasal 71(1))."""
    result = _classify("Kepala desa itu naik ke atas panggung kampanye paslon 1 dan menari bersama calon.",
                       position="Kepala Desa", subject="village_head")
    assert result.category == "village_law_campaign" and result.crime_indication is False


def test_a_pairs_team_meeting_is_a_role_in_the_team():
    """Sitting in a pair's team meeting is a role in its team, the SKB 2022 discipline item (PP 94/2021 Pasal 5
    huruf n), not mere attendance at a campaign."""
    result = _classify("Guru PNS itu ikut rapat tim pemenangan paslon 3 di rumah ketua tim setiap Kamis malam.",
                       position="Guru")
    assert result.category == "discipline_campaign_attendance"


def test_attending_a_party_inauguration_is_no_party_office():
    """The officers inaugurated are the party's; attending holds no office (UU 20/2023 Pasal 52 needs membership)."""
    result = _classify("Camat hadir di acara pelantikan pengurus DPC partai dan memberi sambutan.", position="Camat")
    assert result.category != "discipline_party_membership"


def test_the_organisers_turnout_banner_is_lawful():
    """A KPU banner urging people to the polling station names no pair (UU 10/2016 Pasal 57: the right to vote)."""
    result = _classify("Kepala sekolah memasang spanduk ajakan KPU 'Ayo ke TPS 27 November' di gerbang sekolah.",
                       position="Kepala Sekolah")
    assert result.category == LAWFUL


def test_a_question_about_the_law_takes_its_facts_as_given():
    """'Apakah boleh guru PNS jadi panitia jalan sehat paslon 1?' asks what the law says, not whether it happened: a
    role in the pair's event committee is the SKB 2022 discipline item (PP 94/2021 Pasal 5 huruf n); the reporter's
    question keeps it below confident."""
    result = _classify("Apakah boleh guru PNS menjadi panitia jalan sehat yang diadakan tim pemenangan paslon 1? Namanya "
                       "tertulis di spanduk panitia.", position="Guru")
    assert result.category == "discipline_campaign_attendance" and result.confidence_level == "medium"
    assert _passage("Apakah ia ikut kampanye paslon 1?").find(r"\bkampanye\b")[0].hedged


def test_attending_an_event_a_pair_holds_is_attending_its_campaign():
    """A religious gathering held by a pair's team is its event: attending it is the SKB 2022 ethics item."""
    result = _classify("Staf kecamatan itu hadir di pengajian yang diadakan tim pemenangan paslon 2 di rumah ketua tim.",
                       position="Staf Kecamatan")
    assert result.category == "ethics_campaign_attendance"


def test_urging_neutrality_is_no_partisanship():
    """A secretary-general telling all ASN to stay neutral at a ceremony does what UU 20/2023 and the SKB 2022 ask."""
    result = _classify("Dalam apel pagi, sekda mengingatkan seluruh ASN agar tetap netral dan tidak terlibat kampanye "
                       "paslon mana pun.", position="Sekretaris Daerah")
    assert result.category == LAWFUL


def test_the_spouse_named_as_the_one_reported_clears_the_party():
    """The SKB 2022 binds the ASN, not the ASN's spouse who is no ASN: the spouse's campaigning is no act of the
    party."""
    result = _classify("Pak Kabid sendiri tidak pernah ikut kampanye. Yang saya laporkan sebenarnya istrinya, yang bukan "
                       "ASN, menjadi jurkam paslon 1.", position="Kepala Bidang Umum")
    assert result.category == LAWFUL


def test_inviting_residents_to_a_pairs_rally_is_partisan_activity():
    """Calling residents to attend a pair's rally is partisan activity (SKB 2022; for a village head UU 6/2014
    Pasal 29)."""
    result = _classify("Lewat pengeras suara, pegawai kelurahan itu mengajak warga datang ke kampanye rapat umum paslon 2 "
                       "besok pagi.", position="Pegawai Kelurahan")
    assert result.category == "discipline_partisan_activity"


def test_driving_a_candidate_on_his_round_is_active_support():
    """Escorting a candidate from house to house is active support in his campaign (UU 6/2014 Pasal 29 for village
    officials)."""
    result = _classify("Kaur pemerintahan desa mengantar calon bupati nomor 2 berkeliling kampung saat blusukan.",
                       position="Kaur Pemerintahan", subject="village_official")
    assert result.category == "village_law_campaign"


def test_letting_a_pairs_team_into_a_school_uses_a_state_place():
    """A head teacher letting a pair's team into the school in class hours puts a state place at a pair's service
    (SKB 2022; Pasal 71(1) for a pejabat)."""
    result = _classify("Kepala sekolah mengizinkan tim paslon 1 masuk ke sekolah saat jam pelajaran untuk membagikan "
                       "buku bergambar paslon.", position="Kepala Sekolah")
    assert result.category not in (LAWFUL, MANUAL)


def test_an_asns_own_pension_decree_is_no_decision_for_a_pair():
    """'SK pensiunnya' is the party's own personnel decree; the retiree is a private person who may campaign."""
    result = _classify("Saya melaporkan guru yang ikut kampanye paslon 2. Ternyata beliau sudah pensiun bulan Agustus, SK "
                       "pensiunnya sudah terbit.", position="Guru SMP")
    assert result.subject_type == "other" and result.category == LAWFUL


def test_a_photo_taken_before_the_candidacy_is_lawful():
    """A photo from 2021, when the candidate still held another office, supports no candidate (SKB 2022 concerns
    candidates and prospective candidates)."""
    result = _classify("Foto pegawai itu bersama calon bupati diambil pada tahun 2021, waktu beliau masih menjabat "
                       "kepala dinas, dan kini disebarkan akun lain.", position="Staf Dinas")
    assert result.category == LAWFUL


def test_an_assignment_letter_for_security_is_no_partisan_decision():
    """A police officer at a rally under a written order to secure it does his duty (UU 2/2002 Pasal 13-14)."""
    result = _classify("Anggota polres itu berdiri di samping panggung kampanye paslon 3 karena ditugaskan Kapolres "
                       "untuk pengamanan, surat perintahnya ada.", position="Anggota Polres", subject="polri")
    assert result.category == LAWFUL


def test_a_candidate_served_as_a_patient_is_public_service():
    """Treating a candidate who comes as a patient is the service owed to everyone (UU 25/2009 Pasal 4)."""
    result = _classify("Dokter puskesmas memeriksa calon wali kota nomor 1 yang datang berobat sebagai pasien biasa.",
                       position="Dokter Puskesmas")
    assert result.category == LAWFUL


def test_being_at_a_rally_to_fetch_ones_child_is_no_attendance():
    """Present at a rally only to pick up one's child, briefly, the party takes no part in it (SKB 2022: joining as
    a participant)."""
    result = _classify("Guru PNS itu datang ke lapangan kampanye paslon 2 hanya untuk menjemput anaknya, lalu langsung "
                       "pulang.", position="Guru")
    assert result.category == LAWFUL


def test_an_account_that_is_not_the_partys_clears_the_party():
    """A fake account using the party's photo is someone else's act."""
    result = _classify("Akun TikTok yang mengunggah ajakan memilih paslon 1 itu bukan milik bidan tersebut, melainkan "
                       "akun palsu yang memakai fotonya.", position="Bidan")
    assert result.category == LAWFUL


def test_helping_the_organisers_at_their_request_is_lawful():
    """Handing out the KPPS's voting notices at the PPS's request serves the election, not a pair."""
    result = _classify("Lurah membagikan surat pemberitahuan memilih dari KPPS kepada warga karena diminta PPS.",
                       position="Lurah", day="2024-11-24")
    assert result.category == LAWFUL


def test_sharing_news_without_comment_is_no_candidates_content():
    """A news article on the debate, shared without comment, is not the pair's content (SKB 2022 ethics item)."""
    result = _classify("Staf itu membagikan berita media online tentang hasil debat publik tanpa komentar apa pun.")
    assert result.category == LAWFUL


# --- whose act it is --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("description", [
    "Guru itu menegur muridnya yang memakai kaos paslon 3 di kelas.",
    "Pegawai itu memblokir nomor timses yang terus mengajaknya bergabung dengan tim pemenangan paslon 1.",
])
def test_an_act_told_of_someone_else_in_a_relative_clause_is_not_the_partys(description):
    """'muridnya yang memakai kaos paslon' is the pupil's act: the SKB 2022 items need the party's own act."""
    assert _classify(description, position="Guru").category not in {
        "discipline_campaign_attendance", "ethics_campaign_attendance", "discipline_campaign_props"}


def test_the_target_of_an_act_in_a_relative_clause_still_counts():
    """'bantuan warga yang tidak memilih paslon 2': the residents' vote is the point of the official's threat
    (Pasal 71(1) jo. 188)."""
    result = _classify("Lurah mengancam mencabut bantuan warga yang tidak memilih paslon 2.", position="Lurah")
    assert result.category == "election_crime_official_action"


def test_a_refused_invitation_denies_its_purpose():
    """'menolak diajak ... untuk ikut kampanye' denies the joining: nothing of the SKB 2022 is left."""
    passage = _passage("Bidan itu menolak diajak tim paslon 2 untuk ikut kampanye.")
    assert all(found.negated for found in passage.find(r"\bikut kampanye\b"))


def test_enforcing_the_campaign_rules_on_the_supervisors_recommendation_is_lawful():
    """Stopping a campaign held in a government building, on Bawaslu's recommendation, is the official's duty; it
    harms no pair in the sense of Pasal 71(1)."""
    result = _classify("Camat menghentikan kampanye paslon 1 di aula kantor kecamatan karena melanggar ketentuan tempat "
                       "kampanye, sesuai rekomendasi Panwascam.", position="Camat")
    assert result.category == LAWFUL


def test_enforcing_against_one_pair_only_is_not_lawful():
    """Taking down only one pair's banners while leaving others' favours a pair (Pasal 71(1))."""
    result = _classify("Camat hanya menurunkan baliho paslon 1, sementara baliho paslon lain yang juga melanggar "
                       "dibiarkan, katanya sesuai perda.", position="Camat")
    assert result.category != LAWFUL


def test_a_hypothetical_question_asserts_nothing():
    """'apakah saya boleh hadir di kampanye ...?' asks about a case that has not happened: nothing to assess."""
    result = _classify("Saya guru PNS. Apakah saya boleh hadir di kampanye paslon 2 untuk mendengarkan visi misinya?",
                       position="Guru")
    assert result.category == MANUAL


def test_a_post_on_the_offices_official_account_uses_a_state_facility():
    """An official account of the kelurahan is the office's channel: thanking a pair on it is an act of the office
    (Pasal 71(1) jo. 188), not a personal post."""
    result = _classify("Lurah mengunggah video di akun resmi kelurahan berisi ucapan terima kasih kepada calon wali kota "
                       "nomor 1 atas bantuan jalan.", position="Lurah")
    assert result.category == "election_crime_official_action"


def test_hanging_out_at_a_pairs_post_is_attending_its_campaign():
    """Spending evenings at a pair's campaign post with its team is taking part in its campaign (UU 34/2004 Pasal 39
    for a TNI member: neutrality)."""
    result = _classify("Babinsa itu tiap malam nongkrong di posko pemenangan paslon 2 bersama timses.",
                       position="Babinsa", subject="tni")
    assert result.category == "tni_neutrality"


def test_receiving_campaign_goods_without_using_them_is_lawful():
    """Being handed a pair's shirt that one never wears is no act of support (SKB 2022 items are acts)."""
    result = _classify("Perawat itu diberi kaos paslon 1 oleh relawan, tetapi kaosnya tidak pernah dipakai dan "
                       "disimpan saja.", position="Perawat")
    assert result.category == LAWFUL


def test_leaving_a_pairs_group_one_was_added_to_is_lawful():
    """Being added to a pair's group by someone else and leaving it is no joining (SKB 2022 ethics item)."""
    result = _classify("Pegawai itu keluar dari grup WA relawan paslon 2 sesaat setelah dimasukkan temannya.")
    assert result.category == LAWFUL


def test_attending_the_organisers_count_is_lawful():
    """The tally session is the KPU's: attending it as a guest supports no pair."""
    result = _classify("Camat hadir di rapat pleno rekapitulasi suara tingkat kecamatan sebagai undangan.",
                       position="Camat", day="2024-11-29")
    assert result.category == LAWFUL


def test_a_pairs_billboard_in_the_background_is_no_photo_with_the_pair():
    """A school outing photo with a pair's billboard visible behind is no pose with the pair's props."""
    result = _classify("Guru itu mengunggah foto kegiatan pramuka; di latar belakang terlihat baliho paslon 3 di seberang "
                       "jalan.", position="Guru")
    assert result.category == LAWFUL


def test_a_time_reference_to_the_determination_is_no_organisers_event():
    """'dua bulan sebelum penetapan pasangan calon' dates the act; it is no KPU event the party attended."""
    result = _classify("Bupati menerbitkan SK mutasi 10 pejabat eselon III sebulan sebelum penetapan pasangan calon "
                       "tanpa persetujuan Mendagri.", position="Bupati", subject="regional_head", day="2024-08-20")
    assert result.category == "regional_head_replacement_of_officials"


def test_a_polite_address_after_voting_is_no_call_for_a_person():
    """'Habis nyoblos, pak camat ...': 'pak' addresses the camat, it is no 'coblos pak X' for a pair; showing one's
    inked finger is the voter's right (UU 10/2016 Pasal 57)."""
    result = _classify("Habis nyoblos, pak camat foto di depan TPS sambil menunjukkan jari yang ungu lalu dipost di FB "
                       "dengan tulisan 'sudah memilih'.", position="Camat", day="2024-11-27")
    assert result.category == LAWFUL


def test_an_event_by_the_organisers_is_lawful_however_it_is_named():
    """A KPU launch of the election mascot is the organiser's own activity, for every pair."""
    result = _classify("Kepala dinas hadir di peluncuran maskot dan jingle pilkada oleh KPU di alun-alun.",
                       position="Kepala Dinas Pariwisata", day="2024-06-10")
    assert result.category == LAWFUL


def test_setting_traffic_signs_for_a_rally_is_duty():
    """Diverting traffic around a rally on the head of office's order is the agency's function."""
    result = _classify("Pegawai Dishub memasang rambu pengalihan arus di sekitar kampanye akbar paslon 3 atas perintah "
                       "kepala dinas.", position="Pegawai Dishub")
    assert result.category == LAWFUL


def test_a_public_field_lent_to_every_pair_in_turn_is_lawful():
    """A field used by all pairs in turn on the KPU's schedule benefits none (Pasal 71(1) needs one pair)."""
    result = _classify("Lurah mengizinkan lapangan kelurahan dipakai kampanye paslon 1 dan paslon 2 secara bergiliran "
                       "sesuai jadwal dari KPU.", position="Lurah")
    assert result.category == LAWFUL
