"""General rules added after the second blind evaluation (issue 14, round 3). Each test is written in our own words,
not the blind set's sentences, and names the legal reason in its name or docstring."""

from __future__ import annotations

from datetime import datetime

import pytest
from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify, language
from triage.domain.text import Passage

REFERENCE = load_reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


def _classify(description: str, *, position: str = "Staf", subject: str = "asn_pns", day: str = "2024-11-01",
              agency: str = ""):
    party = ReportedParty(full_name="Terlapor", subject_type=subject, position=position, agency=agency)
    when = datetime.fromisoformat(f"{day}T10:00:00+07:00")
    return classify(party, [Incident(occurred_at=when, known_at=when, description=description)], REFERENCE,
                    region_code="15.04")


# --- regional and colloquial words ------------------------------------------------------------------------------------

def test_regional_words_are_read_in_their_standard_form_and_the_reasons_say_so():
    passage = Passage("Dia ora melu, mung nyoblos nomer loro.", language(REFERENCE))
    assert " tidak " in passage.text and " mencoblos nomor dua " in passage.text
    assert ("ora", "tidak") in passage.rewrites


@pytest.mark.parametrize("description", [
    "Pak guru itu indak mamakai kaos paslon, hanya menonton dari pinggir lapangan.",  # Minang
    "Pegawai eta teu masang spanduk paslon, anjeunna ngan ningali.",  # Sundanese
])
def test_a_regional_negator_negates_like_tidak(description):
    """SKB 2022 bars the act itself: a regional 'tidak' (indak, teu, ora) denies it just as the standard word does."""
    result = _classify(description, position="Guru")
    assert result.category not in ("discipline_campaign_attendance", "discipline_campaign_props")


def test_a_colloquial_appeal_to_vote_for_a_numbered_pair_is_read_as_one():
    """SKB 2022 discipline: an ASN calling on residents to vote for a pair ('milih nomer 2') takes sides."""
    result = _classify("Staf dinas itu keliling ke imah-imah warga, nyarios supaya milih nomer 2.", position="Staf dinas")
    assert result.category == "discipline_campaign_attendance" and result.crime_indication is False
    assert any(reason.startswith("uraian dibaca dalam bentuk baku") for reason in result.reasons)


def test_as_far_as_i_know_is_a_hedge():
    passage = Passage("Setahu saya dia memasang baliho paslon.", language(REFERENCE))
    (found,) = passage.find("memasang")
    assert found.hedged
