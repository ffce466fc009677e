"""The routing table (DOMAIN.md "Referral") and refer(): one referral per recipient, or the case closes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.common import Outcome, Recipient
from netra_shared.contracts.schemas.referral import CaseClosed, CaseReferred, ReferralPackage
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    CASE_REFERRED,
    REFERRAL_EVENTS,
    REFERRAL_ISSUED,
    REFERRALS,
)
from netra_shared.kernel.aggregates import Cause, to_change
from referral.adapters.reference_data import load_routing_table
from referral.domain.identity import WITHHELD as IDENTITY_WITHHELD
from referral.domain.referral_case import ReferralCase, ReferralRules, refer
from referral.settings import DEFAULT_FOLLOW_UP_DAYS

ROUTING = load_routing_table()  # the packaged reference/routing.json
recipients_for = ROUTING.recipients_for
RULES = ReferralRules(routing=ROUTING, follow_up_days=DEFAULT_FOLLOW_UP_DAYS)

NOW = datetime(2024, 10, 5, 4, 0, tzinfo=UTC)
BKN, PEMDA, GAKKUMDU, TNI, POLRI, DKPP, KPU = (Recipient.bkn, Recipient.pemda, Recipient.gakkumdu, Recipient.tni,
                                               Recipient.polri, Recipient.dkpp, Recipient.kpu)
NON_CRIMINAL = [Outcome.neutrality_violation, Outcome.administrative_violation, Outcome.ethics_violation]

# subject type -> (non-criminal route, election-crime route), from DOMAIN.md's table
TABLE = {
    "asn_pns": ((BKN, PEMDA), (GAKKUMDU, BKN, PEMDA)),
    "asn_pppk": ((BKN, PEMDA), (GAKKUMDU, BKN, PEMDA)),
    "regional_official": ((BKN, PEMDA), (GAKKUMDU, BKN, PEMDA)),
    "village_head": ((PEMDA,), (GAKKUMDU, PEMDA)),
    "village_official": ((PEMDA,), (GAKKUMDU, PEMDA)),
    "bpd_member": ((PEMDA,), (GAKKUMDU, PEMDA)),
    "tni": ((TNI,), (GAKKUMDU,)),
    "polri": ((POLRI,), (GAKKUMDU,)),
    "election_organiser": ((DKPP,), (GAKKUMDU,)),
    "candidate": ((KPU,), (GAKKUMDU,)),
}


def _refer(decided, existing=None):
    return refer(existing, decided, rules=RULES, reporter_identity=IDENTITY_WITHHELD, now=NOW)


# --- the table ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("outcome", NON_CRIMINAL)
@pytest.mark.parametrize("subject_type", TABLE)
def test_non_criminal_violation_goes_to_the_discipline_route(subject_type, outcome):
    assert recipients_for(subject_type, outcome) == TABLE[subject_type][0]


@pytest.mark.parametrize("subject_type", TABLE)
def test_election_crime_goes_to_gakkumdu_with_bkn_in_parallel_for_asn(subject_type):
    assert recipients_for(subject_type, Outcome.election_crime) == TABLE[subject_type][1]


@pytest.mark.parametrize("subject_type", [*TABLE, "other", "unknown_type"])
def test_not_a_violation_goes_nowhere(subject_type):
    assert recipients_for(subject_type, Outcome.not_a_violation) == ()


def test_asn_violation_goes_to_bkn_and_the_staffing_authority():
    assert recipients_for("asn_pns", Outcome.neutrality_violation) == (BKN, PEMDA)


def test_asn_election_crime_goes_to_gakkumdu_with_the_discipline_route_in_parallel():
    assert recipients_for("asn_pppk", Outcome.election_crime) == (GAKKUMDU, BKN, PEMDA)


def test_village_head_election_crime_goes_to_gakkumdu_and_the_regent():
    assert recipients_for("village_head", Outcome.election_crime) == (GAKKUMDU, PEMDA)


def test_unknown_subject_type_is_routed_like_other():
    assert recipients_for("lurah_baru", Outcome.election_crime) == (GAKKUMDU,)
    assert recipients_for("lurah_baru", Outcome.neutrality_violation) == recipients_for("other",
                                                                                        Outcome.neutrality_violation)


def test_every_recipient_has_a_referral_topic_and_a_follow_up_deadline():
    routed = {r for subject in TABLE for route in TABLE[subject] for r in route}
    assert routed == set(Recipient)
    assert set(DEFAULT_FOLLOW_UP_DAYS) == {r.value for r in Recipient}
    assert DEFAULT_FOLLOW_UP_DAYS["bkn"] == 7 and DEFAULT_FOLLOW_UP_DAYS["pemda"] == 14


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
    assert decision.outcome == "referred_to_gakkumdu+bkn+pemda"
    assert decision.state.status == "referred"


def test_referral_carries_every_report_of_the_case(make_decided):
    decision = _refer(make_decided("village_head", "neutrality_violation", index=3, reports=2))
    (issued, _referred) = decision.emits
    assert issued.data.receipt_nos == ["RCP-TEST-0000-AA", "RCP-TEST-0001-AA"]
    assert issued.data.registration_nos == ["001/Reg/LP/PB/Kab/19.06/X/2024", "002/Reg/LP/PB/Kab/19.06/X/2024"]
    assert [ref.receipt_no for ref in issued.data.reports] == issued.data.receipt_nos


def test_follow_up_is_due_per_recipient(make_decided):
    decision = _refer(make_decided("asn_pns", "neutrality_violation"))
    due = {emit.data.recipient: emit.data.follow_up_due_at for emit in decision.emits[:-1]}
    assert due == {BKN: NOW + timedelta(days=7), PEMDA: NOW + timedelta(days=14)}
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
    assert decision.state.status == "awaiting_manual_routing" and decision.emits == []
