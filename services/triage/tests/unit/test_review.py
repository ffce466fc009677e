"""The Pokja review: opening a case, the members' opinions, the decision, the deadline; and classification."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.common import Outcome
from netra_shared.contracts.schemas.review import (
    Agency,
    CaseDecided,
    CastingVoteRequested,
    OpinionRejected,
    ReviewDeadlineMissed,
    ReviewExtended,
    ReviewOpened,
    ReviewPacket,
    ReviewPacketUpdated,
)
from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from netra_shared.contracts.topics import (
    CASE_DECIDED,
    CASTING_VOTE_REQUESTED,
    OPERATOR_ALERT_RAISED,
    OPINION_REJECTED,
    POKJA_REJECTIONS,
    POKJA_REVIEW_REQUESTS,
    REVIEW_DEADLINE_MISSED,
    REVIEW_EXTENDED,
    REVIEW_OPENED,
    REVIEW_REQUESTED,
    REVIEW_UPDATED,
    TRIAGE_EVENTS,
)
from netra_shared.kernel.aggregates import Cause, to_change
from triage.adapters.reference_file import load_reference
from triage.domain.case import CaseStatus, case_id_for, open_review
from triage.domain.classification import classify
from triage.domain.policy import ReviewPolicy
from triage.domain.review import record_opinion, timer_fired

from .conftest import as_the_kernel_applies

REFERENCE = load_reference()

REGISTERED_AT = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
MEMBERS = [Agency.TNI, Agency.POLRI, Agency.BKD, Agency.KESBANGPOL]
LATER = REGISTERED_AT + timedelta(hours=5)
POLICY = ReviewPolicy(members=tuple(MEMBERS), decision_days=3)


def _open(report, now=REGISTERED_AT):
    return open_review(None, report, policy=POLICY, reference=REFERENCE, now=now)


def deadline_reached(case, *, now):
    """The timer at the decision deadline, once the reminder before it went out."""
    return timer_fired(case.model_copy(update={"reminder_sent_for": case.decision_due_at}), now=now, policy=POLICY)


def _vote(case, opinion):
    result = record_opinion(case, opinion, sender=opinion.agency.value.lower(), now=LATER)
    return as_the_kernel_applies(case, opinion, result, now=LATER)


def _votes(case, opinions):
    decision = None
    for opinion in opinions:
        decision = _vote(case, opinion)
        case = decision.state
    return decision


# --- opening the review --------------------------------------------------------------------------------------------

def test_open_review_sends_the_packet_to_the_pokja_and_announces_the_review(make_registered):
    report = make_registered(0)
    decision = _open(report)
    case_id = case_id_for(report.receipt_no)
    assert case_id == "CASE-TEST-0000-AA"
    *requested, opened = decision.emits
    # each member on its own topic, and the coordinator: the same packet, an event id per topic
    assert [(e.topic, e.event, e.key) for e in requested] == [
        (POKJA_REVIEW_REQUESTS[member], REVIEW_REQUESTED, case_id) for member in ("tni", "polri", "bkd", "kesbangpol",
                                                                                   "bawaslu")]
    assert len({e.data.model_dump_json() for e in requested}) == 1 and len({e.label for e in requested}) == 5
    assert (opened.topic, opened.event, opened.key) == (TRIAGE_EVENTS, REVIEW_OPENED, case_id)
    assert isinstance(requested[0].data, ReviewPacket) and isinstance(opened.data, ReviewOpened)
    assert decision.outcome == "review_opened"


def test_a_member_recused_from_the_case_never_receives_its_packet(make_registered):
    """Security review M8 / H6: TNI reviews no case about its own soldier, and does not see it either."""
    decision = _open(make_registered(0, subject_type="tni", party={"position": "Babinsa", "agency": "Kodim 0201"}))
    assert "TNI" in decision.state.recused
    sent_to = {emit.topic.sender for emit in decision.emits if emit.event is REVIEW_REQUESTED}
    assert sent_to == {"polri", "bkd", "kesbangpol", "bawaslu"}


def test_decision_is_due_three_days_after_registration(make_registered):
    report = make_registered(0)
    decision = _open(report, now=REGISTERED_AT + timedelta(hours=1))
    due = report.registered_at + timedelta(days=3)
    assert decision.emits[0].data.decision_due_at == due
    assert decision.emits[1].data.decision_due_at == due
    assert decision.state.decision_due_at == due
    assert decision.next_due_at == due - timedelta(hours=24)  # the reminder first, then the deadline


def test_review_packet_names_the_case_reports_and_members(make_registered):
    report = make_registered(1)
    packet = _open(report).emits[0].data
    assert packet.case_id == case_id_for(report.receipt_no)
    assert packet.receipt_nos == [report.receipt_no]
    assert packet.registration_nos == [report.registration_no]
    assert [ref.receipt_no for ref in packet.reports] == [report.receipt_no]
    assert packet.reports[0].submission_id == "gowaslu-2024-0457" and packet.reports[0].channel == "gowaslu"
    assert packet.members == MEMBERS
    assert packet.reported_party.full_name == "Yuliana Pratiwi"  # the reported official, not the reporter


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_review_packet_has_no_reporter_identity(make_registered, index):
    report = make_registered(index, consents=True)
    decision = _open(report)
    change = to_change(decision, source="/netra/triage", cause=Cause("evt-1"), now=REGISTERED_AT)
    packet_json = change.events[0].event.to_bytes().decode()
    reporter = samples.SAMPLE_SUBMISSIONS[index]["reporter"]
    for secret in (reporter["full_name"], reporter["nik"], reporter["phone"], reporter["email"]):
        assert secret not in packet_json
    assert report.reporter_ref not in packet_json
    assert "reporter" not in json.loads(packet_json)["data"]


def test_case_remembers_the_reporter_ref_and_consent(make_registered):
    case = _open(make_registered(0, consents=True)).state
    assert case.reporter_refs == ["rr-0"] and case.reporters_consenting == ["rr-0"]
    case = _open(make_registered(0)).state
    assert case.reporters_consenting == []


def test_opening_a_review_twice_changes_nothing(make_registered, open_case):
    assert open_review(open_case(), make_registered(0), policy=POLICY, reference=REFERENCE, now=LATER) is None


# --- opinions and the decision ------------------------------------------------------------------------------------

def test_unanimous_violation_is_decided_with_the_majority_proposed_outcome(open_case, make_opinion):
    decision = _votes(open_case(), [
        make_opinion("TNI", "violation", "election_crime"),
        make_opinion("POLRI", "violation", "election_crime"),
        make_opinion("BKD", "violation", "neutrality_violation"),
        make_opinion("KESBANGPOL", "violation", "election_crime"),
    ])
    assert decision.state.status is CaseStatus.decided
    assert decision.state.outcome is Outcome.election_crime
    assert decision.state.decided_at == LATER
    assert decision.next_due_at is None
    assert decision.outcome == "decided_election_crime"
    (emit,) = decision.emits
    assert (emit.topic, emit.event, emit.key) == (TRIAGE_EVENTS, CASE_DECIDED, "CASE-TEST-0000-AA")
    decided = emit.data
    assert isinstance(decided, CaseDecided)
    assert decided.outcome is Outcome.election_crime
    assert decided.votes == {"TNI": "violation", "POLRI": "violation", "BKD": "violation",
                             "KESBANGPOL": "violation"}
    assert decided.reporter_refs == ["rr-0"]
    assert decided.subject_type == "village_official"
    assert [ref.receipt_no for ref in decided.reports] == ["RCP-TEST-0000-AA"]


def test_violation_without_proposed_outcome_is_a_neutrality_violation(open_case, make_opinion):
    decision = _votes(open_case(), [make_opinion(a, "violation") for a in ("TNI", "POLRI", "BKD", "KESBANGPOL")])
    assert decision.state.outcome is Outcome.neutrality_violation


def test_the_decision_waits_for_every_member(open_case, make_opinion):
    case = open_case()
    for agency in ("TNI", "POLRI", "BKD"):
        decision = _vote(case, make_opinion(agency, "violation"))
        case = decision.state
        assert case.status is CaseStatus.under_review
        assert decision.emits == []
        assert decision.outcome == "opinion_recorded"
        assert decision.next_due_at == case.decision_due_at - timedelta(hours=24)  # the reminder stays armed
    assert set(case.opinions) == {"TNI", "POLRI", "BKD"}


def test_three_no_violation_opinions_make_it_not_a_violation(open_case, make_opinion):
    decision = _votes(open_case(), [
        make_opinion("TNI", "no_violation"), make_opinion("POLRI", "no_violation"),
        make_opinion("BKD", "no_violation"), make_opinion("KESBANGPOL", "violation", "neutrality_violation"),
    ])
    assert decision.state.outcome is Outcome.not_a_violation
    assert decision.emits[0].data.outcome is Outcome.not_a_violation


def test_three_members_all_no_violation_is_not_a_violation(open_case, make_opinion):
    case = open_case(members=[Agency.TNI, Agency.POLRI, Agency.BKD])
    decision = _votes(case, [make_opinion(a, "no_violation") for a in ("TNI", "POLRI", "BKD")])
    assert decision.state.outcome is Outcome.not_a_violation


def test_tie_waits_then_the_bawaslu_opinion_decides(open_case, make_opinion):
    tied = _votes(open_case(), [
        make_opinion("TNI", "violation", "neutrality_violation"), make_opinion("POLRI", "violation"),
        make_opinion("BKD", "no_violation"), make_opinion("KESBANGPOL", "no_violation"),
    ])
    assert tied.state.status is CaseStatus.under_review
    request, asked, alert = tied.emits  # to the coordinator: told on triage.events, asked on its topic; operators hear
    assert (request.topic, request.event) == (TRIAGE_EVENTS, CASTING_VOTE_REQUESTED)
    assert (asked.topic, asked.event, asked.data) == (POKJA_REVIEW_REQUESTS["bawaslu"], CASTING_VOTE_REQUESTED,
                                                      request.data)
    assert isinstance(request.data, CastingVoteRequested)
    assert (request.data.reason, request.data.tally) == ("tie", {"violation": 2, "no_violation": 2})
    assert (alert.topic, alert.event, alert.key) == (TRIAGE_EVENTS, OPERATOR_ALERT_RAISED, tied.state.case_id)
    assert (alert.data.alert, alert.data.reason, alert.data.severity) == ("casting_vote_requested", "tie", "warning")
    assert alert.data.receipt_nos == [ref.receipt_no for ref in tied.state.reports]
    assert alert.data.due_at == tied.state.decision_due_at and alert.data.agency == "bawaslu"
    assert "seri" in alert.data.detail and "violation 2" in alert.data.detail
    decision = _vote(tied.state, make_opinion("BAWASLU", "violation", "neutrality_violation"))
    assert decision.state.status is CaseStatus.decided
    assert decision.state.outcome is Outcome.neutrality_violation
    assert decision.emits[0].data.votes["BAWASLU"] == "violation"


def test_tie_broken_by_bawaslu_no_violation_is_not_a_violation(open_case, make_opinion):
    tied = _votes(open_case(), [
        make_opinion("TNI", "violation"), make_opinion("POLRI", "violation"),
        make_opinion("BKD", "no_violation"), make_opinion("KESBANGPOL", "no_violation"),
    ])
    assert _vote(tied.state, make_opinion("BAWASLU", "no_violation")).state.outcome is Outcome.not_a_violation


def test_the_casting_vote_uses_the_coordinators_proposed_outcome(open_case, make_opinion):
    tied = _votes(open_case(), [
        make_opinion("TNI", "violation", "ethics_violation"), make_opinion("POLRI", "violation", "ethics_violation"),
        make_opinion("BKD", "no_violation"), make_opinion("KESBANGPOL", "no_violation"),
    ])
    decision = _vote(tied.state, make_opinion("BAWASLU", "violation", "election_crime"))
    assert decision.state.outcome is Outcome.election_crime


def test_recusals_are_not_counted(open_case, make_opinion):
    # Three recusals would outvote one violation if they were counted as verdicts.
    decision = _votes(open_case(), [
        make_opinion("TNI", "recuse"), make_opinion("POLRI", "recuse"), make_opinion("BKD", "recuse"),
        make_opinion("KESBANGPOL", "violation", "neutrality_violation"),
    ])
    assert decision.state.status is CaseStatus.decided
    assert decision.state.outcome is Outcome.neutrality_violation


def test_a_recusal_can_turn_a_majority_into_a_tie(open_case, make_opinion):
    decision = _votes(open_case(), [
        make_opinion("TNI", "recuse"), make_opinion("POLRI", "violation"), make_opinion("BKD", "violation"),
        make_opinion("KESBANGPOL", "no_violation"),
    ])
    assert decision.state.outcome is Outcome.neutrality_violation  # 2-1 among those counted
    tie = _votes(open_case(), [
        make_opinion("TNI", "recuse"), make_opinion("POLRI", "recuse"), make_opinion("BKD", "violation"),
        make_opinion("KESBANGPOL", "no_violation"),
    ])
    assert tie.state.status is CaseStatus.under_review


def test_majority_asking_for_more_information_does_not_decide_but_extends_the_deadline(open_case, make_opinion):
    decision = _votes(open_case(), [
        make_opinion("TNI", "need_more_info"), make_opinion("POLRI", "need_more_info"),
        make_opinion("BKD", "need_more_info"), make_opinion("KESBANGPOL", "violation"),
    ])
    assert decision.state.status is CaseStatus.under_review
    assert [(emit.topic, emit.event) for emit in decision.emits] == [(TRIAGE_EVENTS, REVIEW_EXTENDED), *(
        (POKJA_REVIEW_REQUESTS[member], REVIEW_UPDATED) for member in ("tni", "polri", "bkd", "kesbangpol", "bawaslu"))]
    assert isinstance(decision.emits[0].data, ReviewExtended)
    assert isinstance(decision.emits[1].data, ReviewPacketUpdated)
    assert not [emit for emit in decision.emits if emit.event is CASE_DECIDED]


def test_second_opinion_from_the_same_agency_is_rejected_as_duplicate(open_case, make_opinion):
    first = _vote(open_case(), make_opinion("TNI", "violation"))
    decision = _vote(first.state, make_opinion("TNI", "no_violation"))
    (emit,) = decision.emits
    assert (emit.topic, emit.event, emit.key) == (POKJA_REJECTIONS["tni"], OPINION_REJECTED, "CASE-TEST-0000-AA")
    assert isinstance(emit.data, OpinionRejected)
    assert emit.data.reason == "duplicate_opinion" and emit.data.agency == "TNI"
    assert decision.state.opinions["TNI"].verdict.value == "violation"  # the first opinion stands
    assert decision.outcome == "opinion_rejected_duplicate_opinion"
    assert decision.next_due_at == first.next_due_at  # the review's timer stays armed


def test_opinion_after_the_decision_is_rejected_as_already_decided(open_case, make_opinion):
    decided = _votes(open_case(), [make_opinion(a, "violation") for a in ("TNI", "POLRI", "BKD", "KESBANGPOL")])
    decision = _vote(decided.state, make_opinion("BAWASLU", "no_violation"))
    assert decision.emits[0].data.reason == "already_decided"
    assert decision.state.outcome is Outcome.neutrality_violation
    assert decision.state.status is CaseStatus.decided
    assert decision.next_due_at is None


def test_opinion_from_an_agency_outside_the_pokja_is_rejected(open_case, make_opinion):
    case = open_case(members=[Agency.TNI, Agency.POLRI, Agency.BKD])
    decision = _vote(case, make_opinion("KESBANGPOL", "violation"))
    assert decision.emits[0].data.reason == "not_a_member"
    assert "KESBANGPOL" not in decision.state.opinions


def test_bawaslu_gives_its_opinion_only_when_the_review_asks_for_a_casting_vote(open_case, make_opinion):
    case = open_case(members=[Agency.TNI, Agency.POLRI])
    decision = _vote(case, make_opinion("TNI", "violation"))
    decision = _vote(decision.state, make_opinion("BAWASLU", "violation"))
    assert [emit.data.reason for emit in decision.emits if emit.event is OPINION_REJECTED] == [
        "casting_vote_not_requested"]
    assert "BAWASLU" not in decision.state.opinions


def test_b6_the_coordinator_is_never_recused_for_an_ad_hoc_supervisor_so_a_tie_always_has_a_decider(
        open_case, make_opinion):
    """Legal review B6, second half, not adopted: Bawaslu decides by law (UU 10/2016 Pasal 134(5)); a coordinator who
    recused would leave no decision-maker, so its "recuse" is refused and the casting vote stays asked."""
    case = open_case(members=[Agency.TNI, Agency.POLRI], party={"position": "Anggota Panwaslu Kecamatan"})
    assert "BAWASLU" not in case.recused
    tied = _vote(_vote(case, make_opinion("TNI", "violation")).state, make_opinion("POLRI", "no_violation"))
    assert tied.state.with_coordinator is not None  # the tie asks the coordinator
    refused = _vote(tied.state, make_opinion("BAWASLU", "recuse"))
    assert [emit.data.reason for emit in refused.emits if emit.event is OPINION_REJECTED] == [
        "coordinator_cannot_recuse"]
    decided = _vote(refused.state, make_opinion("BAWASLU", "violation", "neutrality_violation"))
    assert decided.state.status is CaseStatus.decided


def test_a_member_cannot_give_another_members_opinion(open_case, make_opinion):
    """The credentials (the topic) say who sent it; the body's `agency` must agree, and never counts otherwise."""
    opinion = make_opinion("POLRI", "violation")
    case = open_case()
    refused = record_opinion(case, opinion, sender="tni", now=LATER)
    assert refused.reason == "sender_mismatch"
    decision = as_the_kernel_applies(case, opinion, refused, now=LATER, sender="tni")
    (emit,) = decision.emits
    assert emit.topic is POKJA_REJECTIONS["tni"] and emit.data.agency == "TNI"  # told to the sender, not to POLRI
    assert decision.state.opinions == {}
    coordinator = make_opinion("BAWASLU", "violation", "neutrality_violation")
    assert record_opinion(case, coordinator, sender="polri", now=LATER).reason == "sender_mismatch"


def test_one_member_cannot_outvote_the_coordinator_before_the_others_answer(open_case, make_opinion):
    decision = _votes(open_case(), [
        make_opinion("TNI", "no_violation"),
        make_opinion("BAWASLU", "violation", "neutrality_violation"),
    ])
    # Either wait for POLRI, BKD and KESBANGPOL, or follow the coordinator: never "not a violation" on 1 vote of 4.
    assert decision.state.outcome is not Outcome.not_a_violation


# --- the decision deadline ----------------------------------------------------------------------------------------

def test_deadline_before_it_is_due_does_nothing(open_case):
    case = open_case()
    assert deadline_reached(case, now=case.decision_due_at - timedelta(seconds=1)) is None
    assert timer_fired(case, now=case.decision_due_at - timedelta(hours=24, seconds=1), policy=POLICY) is None


def test_deadline_at_or_after_due_alerts_once(open_case, make_opinion):
    case = _vote(open_case(), make_opinion("TNI", "violation")).state
    decision = deadline_reached(case, now=case.decision_due_at)
    emit, missed_alert, request, asked, vote_alert = decision.emits  # too few opinions: the case goes to the coordinator
    assert (emit.topic, emit.event, emit.key) == (TRIAGE_EVENTS, REVIEW_DEADLINE_MISSED, case.case_id)
    assert (request.event, request.data.reason) == (CASTING_VOTE_REQUESTED, "too_few_opinions")
    assert (missed_alert.event, vote_alert.event) == (OPERATOR_ALERT_RAISED, OPERATOR_ALERT_RAISED)
    assert (missed_alert.data.alert, missed_alert.data.severity) == ("decision_deadline_missed", "critical")
    assert (vote_alert.data.alert, vote_alert.data.reason) == ("casting_vote_requested", "too_few_opinions")
    assert missed_alert.label != vote_alert.label  # two alerts of one cause: two event ids
    assert emit.data.awaiting == ["BAWASLU"]
    assert isinstance(emit.data, ReviewDeadlineMissed)
    assert emit.data.opinions_received == 1
    assert emit.data.decision_due_at == case.decision_due_at
    assert decision.state.deadline_missed is True
    assert decision.next_due_at is None
    assert decision.outcome == "decision_deadline_missed"
    assert deadline_reached(decision.state, now=case.decision_due_at + timedelta(days=1)) is None


def test_deadline_long_after_due_still_alerts(open_case):
    case = open_case()
    assert deadline_reached(case, now=case.decision_due_at + timedelta(days=10)).emits


def test_deadline_after_the_decision_does_nothing(open_case, make_opinion):
    decided = _votes(open_case(), [make_opinion(a, "violation") for a in ("TNI", "POLRI", "BKD", "KESBANGPOL")])
    assert deadline_reached(decided.state, now=decided.state.decision_due_at + timedelta(hours=1)) is None


def test_a_case_can_still_be_decided_after_its_deadline_was_missed_by_the_coordinator(open_case, make_opinion):
    case = open_case()
    missed = deadline_reached(case, now=case.decision_due_at).state
    late = _vote(missed, make_opinion("TNI", "violation"))
    assert late.emits[0].data.reason == "after_deadline"  # a member's late opinion no longer counts
    decision = _vote(late.state, make_opinion("BAWASLU", "violation", "neutrality_violation"))
    assert decision.state.status is CaseStatus.decided
    assert decision.emits[0].data.decided_by == "coordinator"


# --- classification -----------------------------------------------------------------------------------------------

def _classify(description: str, subject_type: str = "asn_pns", position: str = ""):
    party = ReportedParty(full_name="Terlapor", subject_type=subject_type, position=position)
    incident = Incident(occurred_at=REGISTERED_AT, known_at=REGISTERED_AT, place="Kantor", description=description)
    return classify(party, [incident], REFERENCE)


@pytest.mark.parametrize("description, subject_type, position, category, basis", [
    ("Bupati petahana melakukan mutasi pejabat eselon tiga sebulan sebelum pemungutan suara.", "regional_head",
     "Bupati", "regional_head_replacement_of_officials",
     ["UU 10/2016 Pasal 71(2) jo. Pasal 190", "UU 10/2016 Pasal 71(5)"]),
    ("Kepala desa membagikan bansos beras sambil menyebut nama calon gubernur.", "village_head", "Kepala Desa",
     "election_crime_official_action", ["UU 10/2016 Pasal 71(1) jo. Pasal 188"]),
    ("Camat memakai mobil dinas untuk mengantar tim pemenangan.", "asn_pns", "Camat",
     "election_crime_official_action", ["UU 10/2016 Pasal 71(1) jo. Pasal 188", "PP 94/2021 Pasal 5 huruf n"]),
    ("Surat Keputusan pengangkatan kepala sekolah diterbitkan untuk menguntungkan paslon.", "asn_pns",
     "Kepala Dinas Pendidikan", "election_crime_official_action",
     ["UU 10/2016 Pasal 71(1) jo. Pasal 188", "PP 94/2021 Pasal 5 huruf n"]),
])
def test_official_action_is_an_election_crime_indication(description, subject_type, position, category, basis):
    """UU 10/2016 Pasal 71(1) jo. 188 for officials (a camat, a kepala dinas, a village head) from 22 Sep 2024;
    an elected regent's replacement of officials is Pasal 71(2) jo. 190 (and 71(5) for an incumbent)."""
    classification = _classify(description, subject_type, position)
    assert classification.category == category
    assert classification.crime_indication is True
    assert classification.legal_basis == basis
    assert classification.subject_type == subject_type


@pytest.mark.parametrize("description", [
    "Lurah ikut memasang spanduk pasangan calon di depan kantor kelurahan.",
    "ASN memasang BALIHO calon bupati di halaman rumahnya.",
])
def test_banners_are_campaign_props(description):
    classification = _classify(description)
    assert classification.category == "discipline_campaign_props"
    assert classification.crime_indication is False


def test_like_on_facebook_is_social_media_ethics():
    classification = _classify("Guru PNS memberi like pada unggahan calon wali kota di Facebook.")
    assert classification.category == "ethics_social_media"
    assert classification.legal_basis == ["PP 42/2004"]
    assert classification.crime_indication is False
    assert any("like" in reason and "calon" in reason for reason in classification.reasons)


def test_attending_a_declaration_as_a_participant_is_ethics_and_with_active_support_discipline():
    # DOMAIN.md: attending as a participant is an ethics matter; with active support, a discipline one.
    assert _classify("ASN hadir pada deklarasi pasangan calon.").category == "ethics_campaign_attendance"
    assert _classify("ASN hadir pada deklarasi pasangan calon dan berorasi mengajak hadirin mendukungnya."
                     ).category == "discipline_campaign_attendance"


def test_photo_with_candidate_is_ethics():
    assert _classify("Pegawai berpose foto bersama calon bupati.").category == "ethics_photo_with_candidate"


def test_nothing_matching_needs_manual_classification():
    classification = _classify("Terlapor terlihat berbincang dengan seseorang di warung kopi.", "tni")
    assert classification.category == "needs_manual_classification"
    assert classification.crime_indication is False
    assert classification.legal_basis == []
    assert classification.subject_type == "tni"


def test_classification_of_an_opened_case_uses_the_report(make_registered):
    report = make_registered(3)  # a village head handing out bansos
    case = _open(report).state
    assert case.classification.category == "election_crime_official_action"
    assert case.classification.subject_type == "village_head"


def test_posting_a_campaign_photo_on_facebook_is_not_campaign_attendance(make_registered):
    report = make_registered(1)
    assert "facebook" in report.incident.description.lower()
    classification = classify(report.reported_party, [report.incident], REFERENCE)
    assert classification.category != "discipline_campaign_attendance"
