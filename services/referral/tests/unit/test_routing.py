"""The routing table (DOMAIN.md "Referral") and refer(): one referral per recipient, or the case closes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.regions import WIB
from netra_shared.contracts.schemas.common import Outcome, Recipient
from netra_shared.contracts.schemas.referral import CaseClosed, CaseReferred, ReferralPackage
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    CASE_REFERRED,
    OPERATOR_ALERT_RAISED,
    REFERRAL_EVENTS,
    REFERRAL_ISSUED,
    REFERRALS,
)
from netra_shared.kernel.aggregates import Cause, to_change
from referral.adapters.reference_data import DEFAULT_ROUTING, load_routing_table
from referral.domain.identity import WITHHELD as IDENTITY_WITHHELD
from referral.domain.referral_case import ReferralCase, ReferralRules, refer
from referral.domain.routing import RoutingTable
from referral.settings import DEFAULT_FOLLOW_UP_DAYS

ROUTING = load_routing_table()  # the packaged reference/routing.json
recipients_for = ROUTING.recipients_for
RULES = ReferralRules(routing=ROUTING, follow_up_days=DEFAULT_FOLLOW_UP_DAYS)

NOW = datetime(2024, 10, 5, 4, 0, tzinfo=UTC)  # Saturday 5 Oct 2024, 11.00 WIB
BKN, PEMDA, GAKKUMDU, TNI, POLRI, DKPP, KPU, BAWASLU = (
    Recipient.bkn, Recipient.pemda, Recipient.gakkumdu, Recipient.tni, Recipient.polri, Recipient.dkpp, Recipient.kpu,
    Recipient.bawaslu)
CRIME, NEUTRALITY, ADMINISTRATIVE, ETHICS = (Outcome.election_crime, Outcome.neutrality_violation,
                                            Outcome.administrative_violation, Outcome.ethics_violation)

# subject type -> {kind of outcome: recipients}: UU 10/2016 Pasal 135(1) and the review's corrections (B1, B6, D1-D4)
TABLE = {
    "asn_pns": {NEUTRALITY: (BKN, PEMDA), CRIME: (GAKKUMDU, BKN, PEMDA), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "asn_pppk": {NEUTRALITY: (BKN, PEMDA), CRIME: (GAKKUMDU, BKN, PEMDA), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "regional_head": {NEUTRALITY: (), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "regional_official": {NEUTRALITY: (), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "village_head": {NEUTRALITY: (PEMDA,), CRIME: (GAKKUMDU, PEMDA), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "village_official": {NEUTRALITY: (PEMDA,), CRIME: (GAKKUMDU, PEMDA), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "bpd_member": {NEUTRALITY: (PEMDA,), CRIME: (GAKKUMDU, PEMDA), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "tni": {NEUTRALITY: (TNI,), CRIME: (GAKKUMDU, TNI), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "polri": {NEUTRALITY: (POLRI,), CRIME: (GAKKUMDU, POLRI), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "election_organiser": {NEUTRALITY: (DKPP,), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: (DKPP,)},
    "election_organiser_ad_hoc": {NEUTRALITY: (KPU,), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: (KPU,)},
    "candidate": {NEUTRALITY: (KPU,), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: ()},
    "other": {NEUTRALITY: (), CRIME: (GAKKUMDU,), ADMINISTRATIVE: (KPU,), ETHICS: ()},
}
ROUTED = [pytest.param(subject, outcome, recipients, id=f"{subject}-{outcome.value}")
          for subject, row in TABLE.items() for outcome, recipients in row.items()]


def _refer(decided, existing=None):
    return refer(existing, decided, rules=RULES, reporter_identity=IDENTITY_WITHHELD, now=NOW)


# --- the table ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("subject_type, outcome, expected", ROUTED)
def test_the_route_depends_on_the_subject_and_the_kind_of_outcome(subject_type, outcome, expected):
    """UU 10/2016 Pasal 135(1): each kind of finding goes to its own body (review D1)."""
    assert recipients_for(subject_type, outcome) == expected


@pytest.mark.parametrize("subject_type", TABLE)
def test_an_administrative_violation_goes_to_the_kpu_whoever_committed_it(subject_type):
    """UU 10/2016 Pasal 135(1): administrative violations are recommended to the KPU (review D1)."""
    assert recipients_for(subject_type, ADMINISTRATIVE) == (KPU,)


def test_an_ethics_violation_decided_against_an_asn_waits_for_manual_routing_not_bkn():
    """Pasal 135(1): 'ethics' is the organisers' kind (DKPP); an ASN's case must not go to DKPP nor silently to BKN."""
    assert recipients_for("asn_pns", ETHICS) == ()


@pytest.mark.parametrize("subject_type", TABLE)
def test_not_a_violation_goes_nowhere(subject_type):
    assert recipients_for(subject_type, Outcome.not_a_violation) == ()


def test_asn_violation_goes_to_bkn_and_the_staffing_authority():
    """Perpres 91/2024 and 92/2024: KASN's neutrality supervision moved to BKN; the PPK imposes the sanction."""
    assert recipients_for("asn_pns", NEUTRALITY) == (BKN, PEMDA)


def test_asn_election_crime_goes_to_gakkumdu_with_the_discipline_route_in_parallel():
    assert recipients_for("asn_pppk", CRIME) == (GAKKUMDU, BKN, PEMDA)


def test_village_head_election_crime_goes_to_gakkumdu_and_the_regent():
    """UU 10/2016 Pasal 71(1) jo. 188; UU 6/2014 Pasal 30: the regent sanctions the village head."""
    assert recipients_for("village_head", CRIME) == (GAKKUMDU, PEMDA)


def test_an_elected_regional_head_is_not_routed_to_bkn_or_the_ppk():
    """Review B1: an elected bupati is a pejabat negara, not ASN; BKN has no disciplinary power over him."""
    for outcome in (NEUTRALITY, CRIME):
        assert not {BKN, PEMDA} & set(recipients_for("regional_head", outcome))


def test_an_incumbents_breach_of_pasal_71_2_or_3_also_goes_to_the_kpu_for_pasal_71_5():
    """UU 10/2016 Pasal 71(5): the KPU cancels the candidacy of an incumbent who breached Pasal 71(2) or (3)."""
    flags = frozenset({"incumbent_candidacy_at_stake"})
    assert recipients_for("regional_head", CRIME, flags=flags) == (GAKKUMDU, KPU)
    assert recipients_for("regional_head", NEUTRALITY, flags=flags) == (KPU,)
    assert recipients_for("asn_pns", CRIME, flags=flags) == (GAKKUMDU, BKN, PEMDA)  # Pasal 71(5) is the head's


@pytest.mark.parametrize("position, expected", [
    ("Anggota PPS Desa Kuala Dua", (KPU,)),
    ("Ketua KPPS TPS 05", (KPU,)),
    ("Anggota PPK Kecamatan Sungai Raya", (KPU,)),
    ("Anggota Panwaslu Kecamatan Manggar", (BAWASLU,)),
    ("PKD Desa Rengas", (BAWASLU,)),
    ("Pengawas TPS 03", (BAWASLU,)),
])
def test_ad_hoc_organisers_ethics_go_to_the_body_that_formed_them_not_dkpp(position, expected):
    """Keputusan KPU 337/2020: PPK/PPS/KPPS ethics to the KPU Kab/Kota; Panwascam/PKD/PTPS to the Bawaslu Kab/Kota
    (review B6, D3)."""
    assert recipients_for("election_organiser_ad_hoc", ETHICS, position=position) == expected


def test_a_permanent_organisers_ethics_go_to_dkpp():
    """UU 10/2016 Pasal 136; Peraturan DKPP 2/2017: DKPP takes KPU and Bawaslu members."""
    assert recipients_for("election_organiser", ETHICS, position="Anggota KPU Kabupaten") == (DKPP,)


@pytest.mark.parametrize("subject_type, parallel", [("tni", TNI), ("polri", POLRI)])
def test_a_tni_or_polri_crime_also_goes_to_internal_discipline(subject_type, parallel):
    """Review D2 (proposed, not verified): Propam/POM discipline runs regardless of the crime; soldiers fall under
    military criminal jurisdiction."""
    assert recipients_for(subject_type, CRIME) == (GAKKUMDU, parallel)


def test_unknown_subject_type_is_routed_like_other():
    assert recipients_for("lurah_baru", CRIME) == (GAKKUMDU,)
    assert recipients_for("lurah_baru", NEUTRALITY) == recipients_for("other", NEUTRALITY)


def test_every_recipient_has_a_referral_topic_and_a_follow_up_deadline():
    routed = {r for row in TABLE.values() for route in row.values() for r in route} | {BAWASLU}
    assert routed == set(Recipient)
    assert set(DEFAULT_FOLLOW_UP_DAYS) == {r.value for r in Recipient} == set(ROUTING.follow_up)
    assert DEFAULT_FOLLOW_UP_DAYS["bkn"] == 7 and DEFAULT_FOLLOW_UP_DAYS["pemda"] == 14


def test_a_routing_table_naming_an_unknown_outcome_is_refused():
    data = json.loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    data["routes"]["asn"]["sengketa"] = ["kpu"]
    with pytest.raises(ValueError, match="unknown outcomes"):
        RoutingTable.from_data(data)


# --- refer() ------------------------------------------------------------------------------------------------------

def test_refer_emits_one_referral_per_recipient_on_its_topic(make_decided):
    decided = make_decided("asn_pns", "neutrality_violation")
    decision = _refer(decided)
    issued = [emit for emit in decision.emits if emit.event is REFERRAL_ISSUED]
    assert [emit.topic for emit in issued] == [REFERRALS[BKN], REFERRALS[PEMDA]]
    assert [emit.topic.name for emit in issued] == ["referrals.bkn", "referrals.pemda"]
    for emit in issued:
        package = emit.data
        assert isinstance(package, ReferralPackage)
        assert emit.key == package.referral_id
        assert package.case_id == "CASE-TEST-0000-AA"
        assert package.receipt_nos == ["RCP-TEST-0000-AA"]
        assert package.registration_nos == ["001/Reg/LP/PB/Kab/19.06/X/2024"]
        assert package.outcome is Outcome.neutrality_violation
        assert package.reporter_identity == IDENTITY_WITHHELD
        assert package.issued_at == NOW
        assert package.reported_party.full_name == "Yuliana Pratiwi"
    assert [emit.data.recipient for emit in issued] == [BKN, PEMDA]
    assert len({emit.key for emit in issued}) == 2
    assert len({emit.label for emit in decision.emits}) == len(decision.emits)


def test_refer_announces_the_referral_on_referral_events(make_decided):
    decision = _refer(make_decided("asn_pns", "election_crime"))
    referred = decision.emits[-1]
    assert (referred.topic, referred.event, referred.key) == (REFERRAL_EVENTS, CASE_REFERRED, "CASE-TEST-0000-AA")
    assert isinstance(referred.data, CaseReferred)
    assert referred.data.recipients == [GAKKUMDU, BKN, PEMDA]
    assert referred.data.referral_ids == [emit.key for emit in decision.emits[:-1]]
    # each recipient's follow-up deadline, for the operator console (the packages carry the same dates)
    assert [(f.referral_id, f.recipient, f.follow_up_due_at) for f in referred.data.follow_ups] == [
        (emit.key, emit.data.recipient, emit.data.follow_up_due_at) for emit in decision.emits[:-1]]
    assert decision.outcome == "referred_to_gakkumdu+bkn+pemda"
    assert decision.state.status == "referred"


def test_referral_carries_every_report_of_the_case(make_decided):
    decision = _refer(make_decided("village_head", "neutrality_violation", index=3, reports=2))
    (issued, _referred) = decision.emits
    assert issued.data.receipt_nos == ["RCP-TEST-0000-AA", "RCP-TEST-0001-AA"]
    assert issued.data.registration_nos == ["001/Reg/LP/PB/Kab/19.06/X/2024", "002/Reg/LP/PB/Kab/19.06/X/2024"]
    assert [ref.receipt_no for ref in issued.data.reports] == issued.data.receipt_nos


def test_follow_up_is_due_per_recipient(make_decided):
    """BKN about 7 calendar days; the PPK 14 hari kerja (BKN, 6 Feb 2024): from Sat 5 Oct 2024 to Thu 24 Oct."""
    decision = _refer(make_decided("asn_pns", "neutrality_violation"))
    due = {emit.data.recipient: emit.data.follow_up_due_at for emit in decision.emits[:-1]}
    assert due == {BKN: NOW + timedelta(days=7), PEMDA: datetime(2024, 10, 24, 23, 59, tzinfo=WIB)}
    terms = {emit.data.recipient: emit.data.follow_up_terms for emit in decision.emits[:-1]}
    assert terms[PEMDA].startswith("14 hari kerja sejak 05-10-2024") and terms[BKN].startswith("7 hari kalender")
    assert [r.follow_up_due_at for r in decision.state.referrals] == [due[BKN], due[PEMDA]]


def test_referral_numbers_name_the_recipient_region_and_year(make_decided):
    decision = _refer(make_decided("tni", "neutrality_violation"))
    assert decision.emits[0].data.referral_no.startswith("REK-TNI/19.06/2024/")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_referral_has_no_reporter_identity(make_decided, index):
    decision = _refer(make_decided("asn_pns", "election_crime", index=index, consenting=True))
    change = to_change(decision, source="/netra/referral", cause=Cause("evt-1"), now=NOW)
    reporter = samples.SAMPLE_SUBMISSIONS[index]["reporter"]
    for entry in change.events:
        text = entry.event.to_bytes().decode()
        for secret in (reporter["full_name"], reporter["nik"], reporter["phone"], reporter["email"]):
            assert secret not in text
    package = json.loads(change.events[0].event.to_bytes())["data"]
    assert package["reporter_identity"] == IDENTITY_WITHHELD


def test_not_a_violation_closes_the_case_without_referrals(make_decided):
    decision = _refer(make_decided("asn_pns", "not_a_violation"))
    (emit,) = decision.emits
    assert (emit.topic, emit.event, emit.key) == (REFERRAL_EVENTS, CASE_CLOSED, "CASE-TEST-0000-AA")
    assert isinstance(emit.data, CaseClosed)
    assert emit.data.outcome is Outcome.not_a_violation
    assert emit.data.closed_at == NOW
    assert decision.state.status == "closed" and decision.state.referrals == []
    assert decision.outcome == "closed_without_referral"


def test_second_refer_on_an_existing_case_changes_nothing(make_decided):
    decided = make_decided("polri", "neutrality_violation")
    case = _refer(decided).state
    assert isinstance(case, ReferralCase)
    assert _refer(decided, existing=case) is None


def test_second_refer_on_a_closed_case_changes_nothing(make_decided):
    decided = make_decided("polri", "not_a_violation")
    assert _refer(decided, existing=_refer(decided).state) is None


def test_a_retried_refer_emits_the_same_event_ids(make_decided):
    decided = make_decided("asn_pns", "election_crime")
    first = to_change(_refer(decided), source="/netra/referral", cause=Cause("evt-1"), now=NOW)
    again = to_change(_refer(decided), source="/netra/referral", cause=Cause("evt-1"), now=NOW)
    assert [e.event.to_bytes() for e in first.events] == [e.event.to_bytes() for e in again.events]


def test_a_violation_with_no_route_is_not_closed_as_not_a_violation(make_decided):
    decision = _refer(make_decided("other", "neutrality_violation"))
    closed = [emit.data for emit in decision.emits if emit.event is CASE_CLOSED]
    assert not any("Bukan pelanggaran" in data.reason for data in closed)
    assert decision.state.status == "awaiting_manual_routing"
    (alert,) = decision.emits  # operators must route it by hand: an alert, not a log line (review M11)
    assert (alert.topic, alert.event, alert.key) == (REFERRAL_EVENTS, OPERATOR_ALERT_RAISED, decision.state.case_id)
    assert (alert.data.alert, alert.data.severity, alert.data.reason) == (
        "no_referral_route", "critical", "neutrality_violation")
