"""General rules added after the third blind evaluation (issue 14, round 4). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations


import pytest
from netra_devkit.classifier_probe import classify_text as _classify, reference
from triage.domain.classification import language
from triage.domain.passage import Passage

REFERENCE = reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


# --- how the text is read ---------------------------------------------------------------------------------------------

def test_do_not_forget_number_two_is_an_exhortation_not_a_negation():
    """'jangan lupa nomor 2' urges a vote: the double negative must not deny the pair. A village head saying it while
    handing out village cash aid uses a programme for a pair (UU 10/2016 Pasal 71(1) jo. 188)."""
    passage = Passage("Jangan lupa nomor 2 ya.", language(REFERENCE))
    assert " ingat nomor 2 " in passage.text
    result = _classify("Sambil menyerahkan BLT dari dana desa, kepala desa berkata kepada setiap warga: jangan lupa "
                       "nomor 2 di bilik suara.", position="Kepala Desa", subject="village_head")
    assert result.category == "election_crime_official_action" and result.crime_indication is True


def test_do_not_choose_wrongly_urges_a_vote_online():
    """'jangan salah pilih, nomor 3 ...' in one's own post is online campaigning (SKB 2022, PP 94/2021 Pasal 5 huruf
    n), not a denied choice."""
    result = _classify("Pegawai dinas itu mengunggah video buatannya sendiri di Instagram: 'besok jangan salah pilih, "
                       "pilih nomor 3 yang jelas kerjanya'.", position="Staf Dinas Perhubungan")
    assert result.category == "discipline_online_campaign"


def test_an_honorary_teacher_is_staff_not_an_honorarium():
    """'guru honor' names honorary staff; no state money is handed out, so no programme of Pasal 71(1) is used."""
    passage = Passage("Kepala sekolah menegur guru honor yang datang terlambat.", language(REFERENCE))
    assert " guru honorer " in passage.text
    result = _classify("Guru PNS itu meneruskan poster paslon nomor 1 ke grup WA sekolah, lalu memberi jempol pada "
                       "balasan seorang guru honor.", position="Guru")
    assert result.category == "ethics_social_media"


def test_first_hand_hearing_is_no_hearsay():
    """'saya dengar sendiri' (I heard it myself) is a witness's own account: it is not hedged."""
    passage = Passage("Saya dengar sendiri ia meminta warga memilih nomor 1.", language(REFERENCE))
    assert not passage.hearsay_anywhere
    assert Passage("Saya dengar ia meminta warga memilih nomor 1.", language(REFERENCE)).hearsay_anywhere


def test_content_described_in_a_relative_clause_is_not_the_partys_own_campaigning():
    """Liking a post 'yang isinya menjelekkan paslon 1' is a like (SKB ethics item, PP 42/2004); the post's content is
    its author's campaigning, not the liker's."""
    result = _classify("Pegawai kelurahan itu memberi like pada video Instagram paslon 2 yang isinya menjelekkan "
                       "paslon 1.", position="Pegawai Kelurahan")
    assert result.category == "ethics_social_media"


# --- the pair and the act ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("description", [
    "Kepala desa membagikan sembako bantuan desa dan berpesan agar warga mencoblos nomor dua.",
    "Kepala desa membagikan sembako bantuan desa dan berpesan agar warga ingat siapa yang membantu mereka.",
])
def test_a_pair_named_in_words_or_by_a_call_to_repay_help_is_a_pair(description):
    """'nomor dua' names a pair as '2' does; 'ingat siapa yang membantu' asks for the vote in return for aid. Either
    way a village programme serves a pair (Pasal 71(1) jo. 188)."""
    result = _classify(description, position="Kepala Desa", subject="village_head")
    assert result.category == "election_crime_official_action" and result.crime_indication is True


def test_an_incumbent_running_again_said_the_other_way_round_is_still_running():
    """'kembali mencalonkan diri' (running again) ties a regent's aid programme to his own pair: Pasal 71(3) jo. 190,
    and the KPU may cancel an incumbent's candidacy (Pasal 71(5))."""
    result = _classify("Bupati yang kembali mencalonkan diri membuka penyaluran beras bantuan pemerintah dan menempelkan "
                       "fotonya di setiap karung.", position="Bupati", subject="regional_head")
    assert result.category == "regional_head_programme_use" and result.crime_indication is True
    assert result.incumbent_candidacy_at_stake is True


def test_a_pin_worn_for_a_pair_is_an_attribute():
    """A pin, badge or sticker worn for a pair is an attribute like a shirt; worn by a polling-station officer while
    serving voters it breaches the organisers' neutrality (DKPP 2/2017; for KPPS, the KPU of the regency)."""
    result = _classify("Anggota KPPS itu memakai lencana bergambar paslon 1 di dadanya sepanjang pemungutan suara.",
                       position="Anggota KPPS", subject="election_organiser")
    assert result.category == "organiser_ethics"


def test_remember_number_one_urges_a_vote():
    """'ingat nomor 1 ya' said to voters is an appeal to vote (SKB 2022 'ajakan'); by a polling-station supervisor it
    breaches the organisers' neutrality."""
    result = _classify("Pengawas TPS berbisik kepada pemilih yang antre: ingat nomor 1 ya, Bu.", position="PTPS",
                       subject="election_organiser_ad_hoc")
    assert result.category == "organiser_ethics"


def test_door_to_door_in_plain_words_is_campaigning():
    """Going from house to house asking for votes is active campaign support (SKB 2022, PP 94/2021)."""
    result = _classify("Staf kantor camat itu datang ke rumah-rumah warga di gang 5 sambil meminta mereka coblos "
                       "nomor 2.", position="Staf Kantor Camat")
    assert result.category == "discipline_campaign_attendance"


def test_headscarves_with_a_pairs_card_are_a_partisan_gift():
    """SKB 2022 discipline 'pemberian barang' to the public, leaning to a pair: the goods need not be money or food."""
    result = _classify("Pegawai dinas itu bagi-bagi mukena kepada jamaah pengajian, di tiap bungkus terselip kartu "
                       "paslon 2.", position="Staf Dinas Sosial")
    assert result.category == "discipline_partisan_activity"


def test_a_pair_that_invites_civil_servants_to_perform_on_its_stage_involves_them():
    """UU 10/2016 Pasal 70(1) jo. 189: the pair commits the crime by involving ASN in its campaign, inviting PNS
    teachers to testify on its stage included."""
    result = _classify("Tim paslon nomor 1 undang puluhan guru PNS ke kampanye tertutup di gedung pertemuan dan dua guru "
                       "diminta berbicara di panggung.", position="Calon Bupati nomor urut 1", subject="candidate")
    assert result.category == "election_crime_candidate_involvement" and result.crime_indication is True


def test_an_official_giving_a_pair_the_stage_at_a_government_activity_uses_it_for_the_pair():
    """A village head or lurah who lets a candidate address a posyandu or another government activity uses it to
    benefit the pair: Pasal 71(1) jo. 188."""
    result = _classify("Pada penimbangan balita di posyandu, lurah memperkenalkan calon wali kota nomor 2 kepada para "
                       "ibu dan mempersilakannya berbicara.", position="Lurah")
    assert result.category == "election_crime_official_action" and result.crime_indication is True


def test_using_an_office_needs_the_use_and_the_office_together():
    """Pasal 71(1) 'tindakan': the office must be what is used for the pair. A staff member recording with his own
    phone, named as working at the camat's office, uses no office."""
    result = _classify("Pegawai kantor camat itu merekam pakai HP miliknya saat warga berkumpul, lalu meminta warga "
                       "memilih nomor 3.", position="Pegawai Kantor Camat")
    assert result.category == "discipline_partisan_activity"
    assert not any("tempat_atau_waktu_dinas" in rule for rule in result.rules)


def test_a_non_officials_pressure_phrase_in_an_online_appeal_is_online_campaigning():
    """A promise tied to a pair's victory is an official's pressure only through an office (Pasal 71(1)); from a
    nurse without one, in her own live broadcast, what the text shows is online campaigning (SKB 2022)."""
    result = _classify("Perawat puskesmas itu siaran langsung di TikTok meminta penonton coblos nomor 2 dan berkata "
                       "kalau nomor 2 menang puskesmas dapat ambulans baru.", position="Perawat")
    assert result.category == "discipline_online_campaign" and result.crime_indication is False


# --- lawful readings and doubts ---------------------------------------------------------------------------------------

def test_a_school_election_is_no_pilkada():
    """UU 10/2016 and SKB 2022 protect the pairs of the regional-head election; a teacher backing a student-council
    ticket takes no side in it."""
    result = _classify("Wali kelas meminta murid-muridnya memilih pasangan calon ketua OSIS nomor 1 pada pemilihan "
                       "minggu depan.", position="Guru")
    assert result.category == LAWFUL


def test_a_school_election_next_to_a_pilkada_appeal_is_not_cleared():
    result = _classify("Wali kelas meminta murid memilih ketua OSIS nomor 1, lalu menitipkan pesan agar orang tua "
                       "mereka mencoblos cabup nomor 1.", position="Guru")
    assert result.category != LAWFUL


def test_not_only_attending_is_no_retraction():
    """'ternyata bukan cuma hadir' corrects the report upwards: it does not clear the party."""
    result = _classify("Ternyata ia bukan cuma hadir: kepala seksi itu naik ke panggung kampanye paslon 2 dan "
                       "memimpin yel-yel.", position="Guru")
    assert result.category == "discipline_campaign_attendance"


def test_denying_one_act_while_saying_what_the_party_did_is_no_clearing():
    """'bukan dia yang memasang; dia hanya berfoto' denies the banner and states the photo: a photo with a pair's
    props is an SKB ethics breach."""
    result = _classify("Baliho paslon 3 itu bukan dia yang memasang, dia hanya berfoto di depannya lalu mengunggah "
                       "fotonya.", position="Guru")
    assert result.category == "ethics_photo_with_candidate"
    cleared = _classify("Ternyata bukan dia yang memasang baliho paslon 3 itu, melainkan adiknya.", position="Guru")
    assert cleared.category == LAWFUL


@pytest.mark.parametrize("description", [
    "Yang berjoget di panggung kampanye paslon 1 itu kelihatannya Pak Joko, tapi wajahnya buram di video.",
    "Ada foto pegawai berkaos paslon 2 di konvoi relawan. Bisa jadi orang lain, saya belum berani memastikan.",
])
def test_a_report_that_doubts_who_the_person_is_goes_to_manual_classification(description):
    """The rules that apply depend on who did it (ASN, village official, private person): a report that doubts the
    identity itself cannot be classified by the rules."""
    assert _classify(description, position="Staf Dinas Pertanian").category == MANUAL


def test_an_account_whose_owner_the_reporter_does_not_know_goes_to_manual_classification():
    """An anonymous account may belong to anyone: no ASN is identified until the owner is."""
    result = _classify("Akun anonim 'Suara Rakyat' setiap malam mengajak pilih paslon 3 di Facebook. Orang menyebut "
                       "pengelolanya pegawai dinas, tapi saya tidak tahu siapa.", position="Pegawai Dinas")
    assert result.category == MANUAL
