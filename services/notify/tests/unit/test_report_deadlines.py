"""The operator console's view of a report, built from the events notify consumes: open deadlines (completion,
decision, criminal referral, follow-ups), the stage, the milestones' days, the journey with its trace ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netra_devkit import samples
from netra_shared.contracts.schemas.intake_events import CompletionRequested, ReportReceived, ReportRegistered
from netra_shared.contracts.schemas.referral import CaseClosed, CaseReferred, FollowUpRecorded
from netra_shared.contracts.schemas.review import CaseDecided, CastingVoteRequested, ReviewExtended, ReviewOpened
from notify.domain.deadlines import console_keys, mark, observe, open_deadlines, stage_of
from notify.domain.journey import Seen
from notify.domain.notice_rules import Directory
from notify.domain.notified_report import NoticePolicy, facts_of
from notify.domain.status_rules import changes_for, reports_of

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)  # 09.12 WIB
RECEIPT, CASE = "RCP-AAAA-BBBB-CC", "CASE-AAAA-BBBB-CC"
REG_NO = "001/Reg/LP/PB/Kab/15.04/X/2024"
POLICY = NoticePolicy(Directory(pokja=("TNI",), operators=("piket",)))
CLASSIFICATION = {"subject_type": "village_official", "category": "x"}
TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"


def _ref(registration_no=REG_NO):
    return {"receipt_no": RECEIPT, "registration_no": registration_no, "submission_id": "sigap-1",
            "channel": "sigap_lapor"}


def _election():
    return samples.submission(0)["election"]


def received():
    return ReportReceived(**_ref(None), kind="public_report", received_at=T0, election=_election())


def completion():
    return CompletionRequested(**_ref(None), missing=[{"item": "evidence", "description": "bukti"}],
                               due_at=T0 + timedelta(hours=48), requested_at=T0, election=_election())


def registered(at=T0 + timedelta(hours=5)):
    data = samples.submission(0)
    return ReportRegistered.model_validate({
        **_ref(), "kind": "public_report", "election": data["election"], "reported_party": data["reported_party"],
        "incident": data["incident"], "reporter_ref": "rr-1", "registered_at": at.isoformat()})


def opened(due=T0 + timedelta(days=3)):
    return ReviewOpened(case_id=CASE, reports=[_ref()], decision_due_at=due, classification=CLASSIFICATION,
                        opened_at=T0 + timedelta(hours=5))


def decided(outcome="neutrality_violation", at=T0 + timedelta(days=1)):
    data = samples.submission(0)
    return CaseDecided.model_validate({
        "case_id": CASE, "reports": [_ref()], "outcome": outcome, "subject_type": "village_official",
        "classification": CLASSIFICATION, "reported_party": data["reported_party"], "election": data["election"],
        "incident": data["incident"], "votes": {}, "decided_at": at.isoformat()})


def referred(at=T0 + timedelta(days=1, hours=1)):
    return CaseReferred(
        case_id=CASE, reports=[_ref()], outcome="neutrality_violation", recipients=["bkn", "pemda"],
        referral_ids=[f"{CASE}-bkn", f"{CASE}-pemda"], referred_at=at,
        follow_ups=[{"referral_id": f"{CASE}-bkn", "referral_no": "REK-BKN/15.04/2024/AAAAAA", "recipient": "bkn",
                     "follow_up_due_at": (at + timedelta(days=7)).isoformat()},
                    {"referral_id": f"{CASE}-pemda", "referral_no": "REK-PEMDA/15.04/2024/BBBBBB",
                     "recipient": "pemda", "follow_up_due_at": (at + timedelta(days=14)).isoformat()}])


def follow_up(recipient, status, at=T0 + timedelta(days=3)):
    return FollowUpRecorded(case_id=CASE, reports=[_ref()], referral_id=f"{CASE}-{recipient}", recipient=recipient,
                            status=status, responded_at=at)


def run(*events, report=None, trace_id=None):
    decision = None
    for event in events:
        changes = {change.ref.receipt_no: change for change in changes_for(event)}
        (ref,) = reports_of(event)
        seen = Seen("triage", f"id.bawaslu.{type(event).__name__}.v1", T0, trace_id)
        decision = observe(report, ref, changes.get(ref.receipt_no), event, seen, facts_of(event), POLICY, T0)
        report = decision.state
    return report, decision


def kinds(report):
    return [(d.kind, d.due_at, d.agency) for d in open_deadlines(report)]


def test_a_completion_request_is_an_open_deadline_until_the_report_is_registered():
    report, decision = run(received(), completion())
    assert kinds(report) == [("completion", T0 + timedelta(hours=48), None)]
    assert stage_of(report) == "intake"
    assert decision.keys["next_due_at"] == T0 + timedelta(hours=48)
    assert (decision.keys["region"], decision.keys["province"]) == ("15.04", "15")
    report, decision = run(registered(), report=report)
    assert open_deadlines(report) == [] and decision.keys["next_due_at"] is None
    assert stage_of(report) == "review"


def test_the_decision_deadline_is_open_under_review_moves_when_extended_and_ends_with_the_decision():
    report, _ = run(received(), registered(), opened())
    assert kinds(report) == [("decision", T0 + timedelta(days=3), "bawaslu")]
    extended = ReviewExtended(case_id=CASE, reports=[_ref()], previous_due_at=T0 + timedelta(days=3),
                              decision_due_at=T0 + timedelta(days=5), extended_at=T0 + timedelta(days=2))
    report, decision = run(extended, report=report)
    assert kinds(report) == [("decision", T0 + timedelta(days=5), "bawaslu")]
    assert decision.next_due_at == T0 + timedelta(days=4)  # and the Pokja's reminder is set again for it
    report, _ = run(decided(), report=report)
    assert open_deadlines(report) == [] and stage_of(report) == "referral"


def test_an_election_crime_must_reach_gakkumdu_within_24_hours_of_the_decision():
    report, _ = run(received(), registered(), opened(), decided("election_crime"))
    assert kinds(report) == [("criminal_referral", T0 + timedelta(days=2), "gakkumdu")]
    report, _ = run(referred(), report=report)
    assert [k for k, _, _ in kinds(report)] == ["follow_up", "follow_up"]


def test_each_recipients_follow_up_is_open_until_it_sanctions_or_declines_and_all_end_when_the_case_closes():
    report, decision = run(received(), registered(), opened(), decided(), referred())
    referred_at = T0 + timedelta(days=1, hours=1)
    assert kinds(report) == [("follow_up", referred_at + timedelta(days=7), "bkn"),
                             ("follow_up", referred_at + timedelta(days=14), "pemda")]
    assert stage_of(report) == "follow_up"
    assert [d["referral_no"] for d in decision.keys["deadlines"]] == ["REK-BKN/15.04/2024/AAAAAA",
                                                                    "REK-PEMDA/15.04/2024/BBBBBB"]
    report, _ = run(follow_up("bkn", "acknowledged"), report=report)
    assert len(open_deadlines(report)) == 2  # an acknowledgement is no follow-up
    report, _ = run(follow_up("bkn", "sanctioned"), report=report)
    assert kinds(report) == [("follow_up", referred_at + timedelta(days=14), "pemda")]
    closed = CaseClosed(case_id=CASE, reports=[_ref()], outcome="neutrality_violation", reason="selesai",
                        closed_at=T0 + timedelta(days=9))
    report, decision = run(closed, report=report)
    assert open_deadlines(report) == [] and stage_of(report) == "closed"


def test_overdue_soon_and_later_are_the_moment_the_console_looks():
    due = T0 + timedelta(days=1)
    assert mark(due, due) == "overdue" and mark(due, due + timedelta(minutes=1)) == "overdue"
    assert mark(due, due - timedelta(hours=24)) == "soon" and mark(due, due - timedelta(hours=24, seconds=1)) == "later"


def test_the_journey_keeps_every_event_in_words_with_its_trace_and_no_personal_data():
    report, _ = run(received(), registered(), opened(), trace_id=TRACE)
    tie = CastingVoteRequested(case_id=CASE, reports=[_ref()], reason="tie", tally={"violation": 2},
                               decision_due_at=T0 + timedelta(days=3), requested_at=T0 + timedelta(days=2))
    report, decision = run(tie, report=report)
    assert decision.emits == [] and decision.outcome == "journey_step"  # no public status, no notice
    summaries = [step.summary for step in report.journey]
    assert summaries == ["Laporan diterima; nomor tanda terima diberikan", f"Diregistrasi dengan nomor {REG_NO}",
                         f"Kajian Pokja dibuka (kasus {CASE}); putusan paling lambat Minggu, 6 Oktober 2024 "
                         "pukul 09.12 WIB",
                         "Suara penentu koordinator Bawaslu diminta (suara seri)"]
    assert [step.trace_id for step in report.journey] == [TRACE, TRACE, TRACE, None]
    party = samples.submission(0)["reported_party"]["full_name"]
    assert party not in report.model_dump_json()  # the reported party's name is no more kept than the reporter's


def test_milestones_are_counted_on_the_regions_local_day():
    late_evening = datetime(2024, 10, 3, 16, 30, tzinfo=UTC)  # 23.30 WIB on the 3rd
    report, decision = run(received(), registered(at=late_evening + timedelta(hours=1)))  # 00.30 WIB on the 4th
    assert decision.keys["milestones"] == ["received:2024-10-03", "registered:2024-10-04"]
    assert console_keys(report)["stage"] == "review"
