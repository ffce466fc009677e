"""Every way a Pokja review concludes, driven by an injectable clock: unanimous, majority, tie and casting vote,
recusal, quorum at the deadline, the extension, the reminder, late and duplicate opinions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from netra_shared.contracts.schemas.common import Outcome
from netra_shared.contracts.schemas.review import Agency, Opinion
from netra_shared.kernel.clock import ManualClock
from triage.adapters.reference_file import load_reference
from triage.domain.case import CaseStatus, next_due, open_review
from triage.domain.policy import ReviewPolicy
from triage.domain.review import record_opinion, timer_fired

from .conftest import as_the_kernel_applies

REFERENCE = load_reference()
REGISTERED_AT = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
DUE = REGISTERED_AT + timedelta(days=3)


class Review:
    """One case, a clock, and the sweeper's job: fire every timer that is due when the clock moves."""

    def __init__(self, report, policy: ReviewPolicy = ReviewPolicy()) -> None:
        self.clock = ManualClock(REGISTERED_AT)
        self.policy = policy
        decision = open_review(None, report, policy=policy, reference=REFERENCE, now=self.clock.now())
        self.case, self.events = decision.state, [emit.event.type for emit in decision.emits]
        self.emits = list(decision.emits)

    def _apply(self, decision):
        if decision is not None:
            self.case = decision.state
            self.emits += decision.emits
            self.events += [emit.event.type for emit in decision.emits]
        return decision

    def opinion(self, agency: str, verdict: str = "violation", proposed: str | None = None, note: str = ""):
        opinion = Opinion(case_id=self.case.case_id, agency=Agency(agency), member=f"Anggota {agency}",
                          verdict=verdict, proposed_outcome=proposed, note=note, submitted_at=self.clock.now())
        result = record_opinion(self.case, opinion, sender=opinion.agency.value.lower(), now=self.clock.now(), policy=self.policy)
        return self._apply(as_the_kernel_applies(self.case, opinion, result, now=self.clock.now(), policy=self.policy))

    def advance(self, delta: timedelta) -> None:
        self.clock.advance(delta)
        while (due := next_due(self.case, self.policy)) is not None and due <= self.clock.now():
            if self._apply(timer_fired(self.case, now=self.clock.now(), policy=self.policy)) is None:
                break

    def last(self, suffix: str):
        return next(emit.data for emit in reversed(self.emits) if emit.event.type.endswith(suffix))

    def happened(self, suffix: str) -> int:
        return sum(1 for event in self.events if event.endswith(suffix))


@pytest.fixture
def review(make_registered):
    def build(policy: ReviewPolicy = ReviewPolicy(), **report) -> Review:
        return Review(make_registered(2, **report), policy)  # a camat campaigning (Kota Bengkulu)
    return build


# --- concluded when every counted member answered ---------------------------------------------------------------

def test_unanimous_violation_decides_at_the_last_opinion(review):
    r = review()
    for agency in ("TNI", "POLRI", "BKD"):
        r.opinion(agency, "violation", "neutrality_violation")
        assert r.case.status is CaseStatus.under_review
    r.opinion("KESBANGPOL", "violation", "neutrality_violation")
    decided = r.last("case.decided.v1")
    assert (decided.outcome, decided.decided_by) == (Outcome.neutrality_violation, "majority")


def test_three_to_one_is_a_majority(review):
    r = review()
    for agency, verdict in (("TNI", "no_violation"), ("POLRI", "no_violation"), ("BKD", "violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict)
    assert r.case.outcome is Outcome.not_a_violation


def test_a_two_one_one_split_has_no_majority_and_goes_to_the_coordinator(review):
    r = review()
    for agency, verdict in (("TNI", "violation"), ("POLRI", "need_more_info"), ("BKD", "no_violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict)
    request = r.last("casting-vote-requested.v1")  # 2 no_violation of 4 counted is not more than half
    assert (request.reason, request.tally) == ("no_majority", {"no_violation": 2, "violation": 1,
                                                               "need_more_info": 1})
    r.opinion("BAWASLU", "violation", "ethics_violation")
    assert (r.case.outcome, r.case.decided_by) == (Outcome.ethics_violation, "coordinator")


def test_tie_goes_to_the_coordinator_whose_opinion_decides(review):
    r = review()
    for agency, verdict in (("TNI", "violation"), ("POLRI", "violation"), ("BKD", "no_violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict, "election_crime" if verdict == "violation" else None)
    request = r.last("casting-vote-requested.v1")
    assert (request.reason, request.tally) == ("tie", {"violation": 2, "no_violation": 2})
    r.opinion("BAWASLU", "no_violation")
    assert (r.case.outcome, r.last("case.decided.v1").decided_by) == (Outcome.not_a_violation, "coordinator")


def test_the_coordinator_votes_only_when_asked_then_its_vote_breaks_the_tie(review):
    r = review()
    early = r.opinion("BAWASLU", "violation", "neutrality_violation")
    assert early.emits[0].data.reason == "casting_vote_not_requested" and "BAWASLU" not in r.case.opinions
    for agency, verdict in (("TNI", "violation"), ("POLRI", "no_violation"), ("BKD", "violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict)
    assert r.happened("casting-vote-requested.v1") == 2  # told on triage.events, asked on pokja.review-requests
    assert r.case.status is CaseStatus.under_review
    r.opinion("BAWASLU", "violation", "neutrality_violation")
    assert (r.case.outcome, r.case.decided_by) == (Outcome.neutrality_violation, "coordinator")


# --- recusal ----------------------------------------------------------------------------------------------------

def test_a_member_is_recused_automatically_when_the_reported_party_is_of_its_institution(review):
    r = review(party={"full_name": "Serda Joko", "position": "Babinsa", "agency": "Koramil Manggar",
                      "subject_type": "tni"})
    assert list(r.case.recused) == ["TNI"]
    assert r.emits[0].data.recused == {"TNI": "konflik kepentingan: terlapor berjenis tni"}
    rejected = r.opinion("TNI", "no_violation")
    assert rejected.emits[0].data.reason == "recused"
    for agency in ("POLRI", "BKD", "KESBANGPOL"):
        r.opinion(agency, "violation")
    assert r.case.status is CaseStatus.decided and "TNI" not in r.last("case.decided.v1").votes


def test_the_personnel_agency_is_recused_for_its_own_staff(review):
    r = review(party={"position": "Kepala BKPSDM", "agency": "BKPSDM Kota Bengkulu"})
    assert list(r.case.recused) == ["BKD"]


def test_a_member_recusing_itself_is_not_counted(review):
    r = review()
    for agency, verdict in (("TNI", "recuse"), ("POLRI", "violation"), ("BKD", "violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict)
    assert r.case.outcome is Outcome.neutrality_violation  # 2 of the 3 counted


def test_when_every_member_is_recused_the_coordinator_decides(review):
    r = review(policy=ReviewPolicy(members=(Agency.TNI,)),
               party={"position": "Babinsa", "agency": "Koramil", "subject_type": "tni"})
    assert r.last("casting-vote-requested.v1").reason == "all_members_recused"
    r.opinion("BAWASLU", "violation", "neutrality_violation")
    assert r.case.status is CaseStatus.decided


# --- the deadline -----------------------------------------------------------------------------------------------

def test_a_reminder_goes_out_24_hours_before_the_deadline_naming_who_has_not_answered(review):
    r = review()
    r.opinion("TNI", "violation")
    r.advance(timedelta(days=2) - timedelta(minutes=1))
    assert r.happened("reminder-due.v1") == 0
    r.advance(timedelta(minutes=1))
    reminder = r.last("reminder-due.v1")
    assert (reminder.awaiting, reminder.decision_due_at) == (["POLRI", "BKD", "KESBANGPOL"], DUE)
    alert = r.last("operator.alert-raised.v1")  # and the operators: the deadline is about to be missed
    assert (alert.alert, alert.due_at, alert.service) == ("decision_due_soon", DUE, "triage")
    assert "POLRI, BKD, KESBANGPOL" in alert.detail
    r.advance(timedelta(hours=5))
    assert r.happened("reminder-due.v1") == 1 and r.happened("alert-raised.v1") == 1


def test_at_the_deadline_two_counted_opinions_decide_by_majority(review):
    r = review()
    r.opinion("TNI", "violation", "election_crime")
    r.opinion("POLRI", "violation", "election_crime")
    r.advance(timedelta(days=3))
    decided = r.last("case.decided.v1")
    assert (decided.outcome, decided.decided_at, decided.decided_by) == (Outcome.election_crime, DUE, "majority")
    assert r.happened("deadline-missed.v1") == 0


def test_at_the_deadline_a_split_goes_to_the_coordinator_and_operators_are_alerted(review):
    r = review()
    r.opinion("TNI", "violation")
    r.opinion("POLRI", "no_violation")
    r.advance(timedelta(days=3))
    assert r.last("deadline-missed.v1").awaiting == ["BAWASLU"]
    assert r.last("casting-vote-requested.v1").reason == "tie"
    alerts = [emit.data for emit in r.emits if emit.event.type.endswith("alert-raised.v1")]
    assert [(a.alert, a.severity) for a in alerts] == [("decision_deadline_missed", "critical"),
                                                       ("casting_vote_requested", "warning")]
    r.opinion("BAWASLU", "violation", "neutrality_violation")
    assert (r.case.outcome, r.case.decided_by) == (Outcome.neutrality_violation, "coordinator")


def test_at_the_deadline_too_few_opinions_go_to_the_coordinator(review):
    r = review()
    r.opinion("TNI", "violation")
    r.advance(timedelta(days=3))
    assert r.last("casting-vote-requested.v1").reason == "too_few_opinions"
    assert r.case.deadline_missed and next_due(r.case, r.policy) is None


def test_an_early_coordinator_opinion_is_refused_so_the_deadline_asks_for_its_casting_vote(review):
    r = review()
    assert r.opinion("BAWASLU", "no_violation").emits[0].data.reason == "casting_vote_not_requested"
    r.advance(timedelta(days=3))
    assert r.happened("deadline-missed.v1") == 1 and r.happened("casting-vote-requested.v1") == 2
    r.opinion("BAWASLU", "no_violation")
    assert (r.case.outcome, r.case.decided_by) == (Outcome.not_a_violation, "coordinator")


def test_a_member_opinion_after_the_deadline_is_rejected_as_late(review):
    r = review()
    r.advance(timedelta(days=3, minutes=1))
    late = r.opinion("KESBANGPOL", "violation")
    assert late.emits[0].data.reason == "after_deadline"
    assert "KESBANGPOL" not in r.case.opinions


def test_a_member_opinion_after_the_deadline_passed_unswept_is_also_late(review):
    r = review()
    r.clock.advance(timedelta(days=3, seconds=1))  # the sweeper has not run yet
    assert r.opinion("TNI", "violation").emits[0].data.reason == "after_deadline"


# --- the extension ----------------------------------------------------------------------------------------------

def test_a_majority_asking_for_more_information_extends_the_deadline_once_by_two_days(review):
    r = review(consents=True)
    r.advance(timedelta(days=1))
    r.opinion("TNI", "need_more_info", note="Mohon rekaman video utuh dan waktu pasti kejadian.")
    r.opinion("POLRI", "need_more_info", note="Siapa saja saksi yang hadir?")
    r.opinion("BKD", "need_more_info")
    r.opinion("KESBANGPOL", "violation")
    extended = r.last("review.extended.v1")
    assert (extended.previous_due_at, extended.decision_due_at) == (DUE, DUE + timedelta(days=2))
    assert extended.information_requested == ["Mohon rekaman video utuh dan waktu pasti kejadian.",
                                              "Siapa saja saksi yang hadir?"]
    assert extended.reporter_refs == ["rr-2"]
    packet = r.last("review.updated.v1")
    assert (packet.update_reason, packet.review_round, packet.extended) == ("extended", 2, True)
    assert packet.decision_due_at == DUE + timedelta(days=2)
    assert r.case.opinions == {} and len(r.case.earlier_opinions) == 4  # every member answers again


def test_after_the_extension_the_members_decide_in_a_second_round_and_get_a_new_reminder(review):
    r = review()
    for agency in ("TNI", "POLRI", "BKD"):
        r.opinion(agency, "need_more_info")
    r.opinion("KESBANGPOL", "no_violation")
    r.advance(timedelta(days=4))  # the new deadline is in 1 day: the reminder for it goes out
    assert r.last("reminder-due.v1").decision_due_at == DUE + timedelta(days=2)
    assert r.opinion("TNI", "violation").outcome == "opinion_recorded"  # not a duplicate: a new round
    for agency in ("POLRI", "BKD", "KESBANGPOL"):
        r.opinion(agency, "violation", "neutrality_violation")
    assert r.case.outcome is Outcome.neutrality_violation


def test_the_deadline_is_extended_only_once(review):
    r = review()
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        r.opinion(agency, "need_more_info")
    for agency in ("TNI", "POLRI", "BKD", "KESBANGPOL"):
        r.opinion(agency, "need_more_info")
    assert r.happened("review.extended.v1") == 1
    assert r.last("casting-vote-requested.v1").reason == "need_more_info_after_extension"
    assert r.opinion("BAWASLU", "need_more_info").emits[0].data.reason == "extension_already_used"
    r.opinion("BAWASLU", "no_violation")
    assert r.case.outcome is Outcome.not_a_violation


def test_at_the_deadline_a_quorum_asking_for_more_information_extends(review):
    r = review()
    r.opinion("BKD", "need_more_info")
    r.opinion("KESBANGPOL", "need_more_info")
    r.advance(timedelta(days=3))
    assert r.happened("review.extended.v1") == 1 and r.happened("deadline-missed.v1") == 0
    r.advance(timedelta(days=2))  # the extended deadline passes with no opinion: the coordinator decides
    assert r.last("deadline-missed.v1").decision_due_at == DUE + timedelta(days=2)


def test_the_coordinators_casting_request_for_more_information_extends_if_not_yet_extended(review):
    r = review()
    for agency, verdict in (("TNI", "violation"), ("POLRI", "violation"), ("BKD", "no_violation"),
                            ("KESBANGPOL", "no_violation")):
        r.opinion(agency, verdict)
    r.opinion("BAWASLU", "need_more_info", note="Perlu klarifikasi camat.")
    assert r.last("review.extended.v1").information_requested == ["Perlu klarifikasi camat."]


# --- opinions that are refused ----------------------------------------------------------------------------------

def test_duplicate_late_and_foreign_opinions_are_refused_with_the_reason(review):
    r = review(policy=ReviewPolicy(members=(Agency.TNI, Agency.POLRI, Agency.BKD)))
    r.opinion("TNI", "violation")
    assert r.opinion("TNI", "no_violation").emits[0].data.reason == "duplicate_opinion"
    assert r.opinion("KESBANGPOL", "violation").emits[0].data.reason == "not_a_member"
    assert r.opinion("BAWASLU", "recuse").emits[0].data.reason == "casting_vote_not_requested"
    r.opinion("POLRI", "violation")
    r.opinion("BKD", "violation")
    assert r.opinion("BAWASLU", "no_violation").emits[0].data.reason == "already_decided"
    assert r.case.outcome is Outcome.neutrality_violation
