"""General rules added after the third blind evaluation (issue 14, round 4). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations

from datetime import datetime

from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify, language
from triage.domain.text import Passage

REFERENCE = load_reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


def _classify(description: str, *, position: str = "Staf", subject: str = "asn_pns", day: str = "2024-11-01"):
    party = ReportedParty(full_name="Terlapor", subject_type=subject, position=position)
    when = datetime.fromisoformat(f"{day}T10:00:00+07:00")
    return classify(party, [Incident(occurred_at=when, known_at=when, description=description)], REFERENCE,
                    region_code="15.04")


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
