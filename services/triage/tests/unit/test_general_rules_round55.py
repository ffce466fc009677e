"""Round 55: the general gaps sets 68 and 69 showed (measured once unseen on round 54, see their files: three lawful
reports given a violation), each tested with other sentences than the sets', and beside each a similar text that keeps
its answer. Namesakes the findings tell apart by birth year and address, with the team member confirming it is himself
(SKB 2022 binds the ASN's own acts); a socialisation 'dari PPS dan KPU' is the organisers' event, and told as hearsay
it goes to the Pokja, not to a violation (UU 10/2016 Pasal 71(1))."""

from __future__ import annotations

from netra_devkit.classifier_probe import classify_text as _classify

LAWFUL = "lawful_conduct"
MANUAL = "needs_manual_classification"


def test_skb_2022_a_namesake_of_another_birth_year_and_address_who_confirms_he_is_on_the_team_is_not_the_head():
    """SKB 2022 (the ASN's own acts): the team's list names a trader born in 1971; the head bearing the same name was
    born in 1968 and lives elsewhere."""
    result = _classify('Aduan menyebut Kabid Bina Marga menjadi ketua tim pemenangan paslon nomor 3 menurut susunan tim yang '
                       'beredar pada 8 Oktober 2024. Susunan tim di KPU mencantumkan nama itu, kelahiran 1971, wiraswasta. '
                       'Kabid bernama sama lahir 1968 dan beralamat di kecamatan lain. Pemilik usaha itu mengonfirmasi dirinya '
                       'yang di tim.',
                       position='Kabid Bina Marga', day='2024-10-08')
    assert result.category == LAWFUL


def test_skb_2022_a_head_named_in_the_teams_list_with_his_own_birth_year_stays_on_the_team():
    """Over-reach (SKB 2022): the list gives his own birth year and office; nothing tells him apart."""
    result = _classify('Susunan tim pemenangan paslon nomor 3 yang diserahkan ke KPU pada 8 Oktober 2024 mencantumkan Kabid '
                       'Bina Marga, kelahiran 1968, sebagai ketua tim pemenangan kecamatan.',
                       position='Kabid Bina Marga', day='2024-10-08')
    assert result.category == "discipline_campaign_attendance"


def test_uu_10_2016_pasal_71_1_a_village_head_opening_the_pps_voter_information_is_no_gathering_for_a_pair():
    """UU 10/2016 Pasal 71(1): neighbours say it was the PPS and KPU's socialisation, with every pair on the banner."""
    result = _classify('Kades mengumpulkan warga di balai desa pada 12 November 2024, ada spanduk paslon. Kata tetangga, itu '
                       'acara sosialisasi tata cara mencoblos dari PPS dan KPU, spanduknya gambar semua paslon. Pak Kades '
                       'cuma buka acara lalu duduk.',
                       position='Kepala Desa', subject='village_head', day='2024-11-12')
    assert result.category in (LAWFUL, MANUAL) and not result.crime_indication


def test_uu_10_2016_pasal_71_1_a_village_head_gathering_residents_for_one_pair_keeps_the_crime():
    """Over-reach (UU 10/2016 Pasal 71(1) jo. 188): he gathers the residents and asks them to choose pair 2."""
    result = _classify('Kades mengumpulkan warga di balai desa pada 12 November 2024 dan meminta warga memilih paslon nomor 2.',
                       position='Kepala Desa', subject='village_head', day='2024-11-12')
    assert result.category == "election_crime_official_action" and result.crime_indication
