"""The round-5 calibration (issue 14): signals that made unseen answers confidently wrong no longer suffice. Each test
is written in our own words and says why the law makes the doubt real."""

from __future__ import annotations


from netra_devkit.classifier_probe import classify_text as _classify, reference

REFERENCE = reference()
MANUAL, LAWFUL = "needs_manual_classification", "lawful_conduct"


def _doubts(result) -> str:
    return " ".join(reason for reason in result.reasons if reason.startswith("keyakinan paling tinggi"))


def test_an_officials_act_that_shows_the_means_of_the_office_is_not_confidently_a_lesser_category():
    """A camat posting a pair's poster to a group of 'para kades' (his subordinates) may be using his office for the
    pair (UU 10/2016 Pasal 71(1) jo. 188), not only campaigning online: the lesser reading is not confident."""
    result = _classify("Camat mengirim poster paslon 2 ke grup WA para kades dengan tulisan 'ayo dukung nomor 2'.",
                       position="Camat")
    assert result.category == "discipline_online_campaign" and result.confidence_level == "medium"
    assert "sarana jabatan ('para kades')" in _doubts(result)


def test_the_means_of_an_office_do_not_weigh_where_pasal_71_does_not_reach():
    """A Polri member before MK 136/PUU-XXII/2024 (14 Nov 2024) is outside Pasal 188: the office's means do not
    make a second reading, the neutrality breach stands (UU 2/2002 Pasal 28)."""
    result = _classify("Anggota polsek membagikan kalender paslon 1 kepada warga di aula kelurahan.",
                       position="Anggota Polsek", subject="polri", day="2024-11-01", every_category=True)
    assert result.category == "polri_neutrality" and result.confidence_level == "high"


def test_a_report_that_the_party_only_sat_is_no_confident_active_support():
    """'cuma duduk saja' says the party only attended, an SKB 2022 ethics item; the rally's chant elsewhere in the
    report may be someone else's. Active support (a discipline breach) is not confident."""
    result = _classify("Guru PNS itu ikut kampanye paslon 2 di lapangan, massa berteriak yel yel, dia cuma duduk saja "
                       "di tenda belakang.", position="Guru")
    assert result.category == "discipline_campaign_attendance" and result.confidence_level == "medium"
    assert "hanya melakukan perbuatan yang lebih ringan ('cuma duduk')" in _doubts(result)


def test_not_only_sitting_is_no_lesser_act():
    """'bukan cuma duduk' corrects the report upwards: no doubt from it."""
    result = _classify("Kabid itu bukan cuma duduk di kampanye paslon 2, ia naik panggung dan berorasi.",
                       position="Kepala Bidang Umum")
    assert "hanya melakukan perbuatan yang lebih ringan" not in _doubts(result)


def test_a_bpd_member_in_a_registered_campaign_team_is_lawful_but_not_confidently():
    """UU 6/2014 Pasal 64 bars BPD members from party office, not from campaigning (legal review B4); the campaign
    team rules the KPU registers the team under are not in the reference data, so the Pokja weighs a formal role."""
    result = _classify("Anggota BPD itu tercantum sebagai bendahara dalam SK tim kampanye paslon 1 yang didaftarkan ke "
                       "KPU.", position="Anggota BPD", subject="bpd_member")
    assert result.category == LAWFUL and result.confidence_level == "medium"
    plain = _classify("Anggota BPD itu hadir di kampanye rapat umum paslon 1 memakai kaos paslon.",
                      position="Anggota BPD", subject="bpd_member", every_category=True)
    assert plain.category == LAWFUL and plain.confidence_level == "high"


def test_a_short_report_that_identifies_neither_the_person_nor_the_pair_goes_to_manual_classification():
    """'ada asn ikut kampanye kemarin' gives no person, pair, time or place (Perbawaslu 8/2020 material requirements):
    nothing can be assessed."""
    assert _classify("ada asn ikut kampanye kemarin. tolong ditindak", position="ASN").category == MANUAL
    named = _classify("Guru itu memasang spanduk kampanye di pagar sekolah.", position="Guru")
    assert named.category == "discipline_campaign_props" and named.confidence_level == "medium"


def test_the_means_of_an_office_weigh_for_any_polri_member_once_pasal_71_reaches_them():
    """From MK 136/PUU-XXII/2024 (14 Nov 2024) Pasal 71(1) jo. 188 reaches every Polri member, not only officers with
    a post: a member handing out a pair's calendars in a kelurahan hall at a police programme may be using his
    office, so the neutrality breach is not confident."""
    result = _classify("Anggota polsek membagikan kalender paslon 1 kepada warga di aula kelurahan.",
                       position="Anggota Polsek", subject="polri", day="2024-11-20")
    assert result.category == "polri_neutrality" and result.confidence_level == "medium"
    assert "sarana jabatan ('aula kelurahan')" in _doubts(result)
