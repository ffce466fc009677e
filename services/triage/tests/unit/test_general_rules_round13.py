"""Round 13: the general gaps the eleventh blind set's misses showed (measured once unseen on round 12, see its file),
each tested with other sentences than the set's, and beside each a similar text that stays as it was."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL, MANUAL = "lawful_conduct", "needs_manual_classification"
ATTENDANCE, PROPS = "discipline_campaign_attendance", "discipline_campaign_props"
CAMPAIGN = "2024-10-20"


def test_an_asn_added_to_a_volunteers_chat_group_who_left_at_once_did_nothing():
    """SKB 2022 (etika: bergabung dalam grup pasangan calon): being listed in a WhatsApp group named after a pair's
    volunteers is group membership, not a place in the campaign team (PP 94/2021 discipline), and a member put in by
    someone else who left the same day joined nothing."""
    result = _classify("Bu Rina, guru SMP Negeri 3 (PNS), tercatat sebagai anggota grup WA 'Relawan Paslon 1 Kecamatan "
                       "Timur'. Ia dimasukin orang lain ke grup itu dan keluar dari grup pada sore "
                       "harinya; ia tidak pernah menulis apa pun di sana.", position="Guru SMP", day=CAMPAIGN)
    assert result.category == LAWFUL and not result.crime_indication


def test_an_asn_who_is_a_member_of_the_pair_s_volunteer_team_stays_in_the_team():
    """SKB 2022 / PP 94/2021 (berat): a member of the pair's volunteer team has a role in its campaign."""
    result = _classify("Bu Rina, guru SMP Negeri 3 (PNS), menjadi anggota tim relawan paslon 1 di kecamatan dan ikut "
                       "rapat pemenangan tiap minggu.", position="Guru SMP", day=CAMPAIGN)
    assert result.category == ATTENDANCE


def test_the_party_s_excuse_that_the_material_was_entrusted_to_him_is_no_hearsay_about_the_act():
    """SKB 2022 / PP 94/2021 (berat: menyebarkan bahan kampanye): 'katanya titipan' is what the party said to excuse
    himself; the reporter saw him hand the pair's stickers out himself."""
    result = _classify("Pak Budi, staf Kecamatan Sungai Jernih (PNS), membagikan stiker dan kalender bergambar paslon 3 "
                       "kepada warga yang antre di loket, katanya titipan dari temannya. Saya menerima satu.",
                       position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == PROPS


def test_hearsay_that_the_party_handed_material_out_stays_hearsay():
    """Perbawaslu 8/2020 (syarat materiel): 'katanya dia membagikan' is the reporter's hearsay about the act itself."""
    result = _classify("Pak Budi, staf Kecamatan Sungai Jernih, katanya membagikan stiker paslon 3 ke warga.",
                       position="Staf Kecamatan", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_revealed_pretext_is_no_denial_of_the_act():
    """SKB 2022 discipline (mengadakan kegiatan yang mengarah pada keberpihakan): 'ternyata bukan acara dinas' unmasks
    the meeting's pretext; it does not say the party did not act, so the lawful reading 'the report denies it' fails."""
    result = _classify("Lurah Tanjung Sari mengundang para ketua RT ke rumahnya untuk acara pembinaan. Ternyata bukan "
                       "acara dinas: ia memperkenalkan paslon 2 dan meminta kami mengajak warga memilih paslon 2.",
                       position="Lurah Tanjung Sari", day=CAMPAIGN)
    assert result.category not in (LAWFUL, MANUAL)


def test_a_report_that_finds_it_was_someone_else_still_clears_the_party():
    """The report's own correction ('ternyata bukan dia') clears the party (round 3's lawful reading, unchanged)."""
    result = _classify("Saya lapor Pak Dedi, staf Dinas Koperasi, ikut kampanye paslon 1 di lapangan. Setelah saya "
                       "lihat lagi videonya, ternyata bukan dia, hanya orang yang mirip.", position="Staf Dinas Koperasi",
                       day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_civil_servant_accompanying_her_candidate_husband_in_his_colours_follows_his_campaign():
    """SKB 2022 (etika: mengikuti kampanye suami/istri yang menjadi calon tanpa CLTN, PP 42/2004): wearing the pair's
    colour while at the candidate-spouse's side is part of following his campaign, not active support of a stranger."""
    result = _classify("Ibu Lestari, PNS bidan di Puskesmas Tanjung, ikut kampanye terbuka suaminya, calon bupati nomor "
                       "2, dan dampingi suaminya di panggung sambil memakai kaos paslon. Ia tidak mengambil cuti di luar "
                       "tanggungan negara.", position="Bidan Puskesmas", day=CAMPAIGN)
    assert result.category == "ethics_spouse_campaign"


def test_a_civil_servant_in_the_pair_s_shirt_at_a_rally_who_is_no_spouse_gives_active_support():
    """SKB 2022 / PP 94/2021 (berat): attending a campaign in the pair's attributes."""
    result = _classify("Ibu Lestari, PNS bidan di Puskesmas Tanjung, ikut kampanye terbuka calon bupati nomor 2 sambil "
                       "memakai kaos paslon dan bersorak di depan panggung.", position="Bidan Puskesmas", day=CAMPAIGN)
    assert result.category == ATTENDANCE


def test_someone_else_uploading_the_photo_does_not_undo_the_party_s_own_pose_with_a_support_sign():
    """SKB 2022 (etika: berfoto bersama calon dengan simbol dukungan, PP 42/2004): who uploaded the photo does not
    change that the party posed with the candidate making the pair's sign."""
    result = _classify("Pak Agus, guru SMA Negeri 2 (PNS), berfoto bersama calon wali kota nomor 1 di acara blusukan, "
                       "berpose satu jari sambil tersenyum. Yang mengunggah foto itu akun tim relawan, bukan dia.",
                       position="Guru SMA", day=CAMPAIGN)
    assert result.category == "ethics_photo_with_candidate"


def test_a_post_made_from_the_party_s_hacked_account_stays_cleared():
    """Round 3's lawful reading, unchanged: an act done by others without the party's consent (a hacked account) is
    not the party's; the new exception reaches only the party's own pose with a support sign."""
    result = _classify("Foto paslon 1 muncul di akun Facebook Pak Agus, guru SMA Negeri 2 (PNS), pada 3 Oktober. Akunnya "
                       "diretas sejak akhir September dan yang memposting bukan dia.", position="Guru SMA", day=CAMPAIGN)
    assert result.category == LAWFUL


def test_a_police_officer_of_a_polresta_is_polri_whatever_the_channel_said():
    """UU 2/2002 Pasal 28: a Polresta member or a polwan is Polri, not a civil servant."""
    result = _classify("Seorang anggota Polresta mengunggah video berjoget mengikuti lagu kampanye paslon 3 sambil "
                       "mengacungkan tiga jari.", position="anggota Polresta", subject="asn_pns", day=CAMPAIGN)
    assert result.subject_type == "polri" and result.category == "polri_neutrality"


def test_a_polling_station_officer_whispering_a_number_to_a_voter_breaches_organiser_neutrality():
    """Organiser ethics (Peraturan DKPP 2/2017; KPPS handled by the KPU Kabupaten/Kota, review B6): telling a voter
    'pilih nomor 3' at the booth is an appeal to vote."""
    result = _classify("Anggota KPPS TPS 11 bisik2 ke seorang ibu yang mau masuk bilik, bilang 'pilih nomor 3 ya bu'. "
                       "Saya lihat sendiri dari meja saksi.", position="Anggota KPPS TPS 11", day="2024-11-27")
    assert result.category == "organiser_ethics"


def test_a_polling_station_officer_who_only_explains_the_ballot_breaches_nothing_named():
    """No appeal: explaining how to fold the ballot names no pair (the new pattern needs a speech verb and a number)."""
    result = _classify("Anggota KPPS TPS 11 bilang ke seorang ibu cara melipat surat suara setelah dicoblos.",
                       position="Anggota KPPS TPS 11", day="2024-11-27")
    assert result.category != "organiser_ethics"


def test_a_person_who_could_be_a_soldier_or_a_member_of_a_mass_organisation_is_not_identified():
    """The law that applies depends on who he is (UU 34/2004 Pasal 39 for TNI; a private person may campaign):
    'bisa tentara, bisa juga anggota ormas' leaves the subject unknown, so manual classification."""
    result = _classify("Seorang pria berbaju loreng membagikan kaos paslon 1 di pasar. Bisa jadi tentara, bisa juga "
                       "anggota ormas.", position="", subject="tni", day=CAMPAIGN)
    assert result.category == MANUAL


def test_a_named_soldier_handing_out_shirts_stays_tni():
    """UU 34/2004 Pasal 39: a Babinsa identified by name and unit."""
    result = _classify("Serda Yusuf, Babinsa Koramil Timur, membagikan kaos paslon 1 di pasar.", position="Babinsa",
                       subject="tni", day=CAMPAIGN)
    assert result.category == "tni_neutrality"
