"""Which notices each published status owes, to whom, once; and the reminder before the decision deadline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netra_devkit import samples
from netra_shared.contracts.schemas.intake_events import ReportReceived, ReportRegistered
from netra_shared.contracts.schemas.referral import CaseReferred
from netra_shared.contracts.schemas.review import CaseDecided, ReviewDeadlineMissed, ReviewOpened
from netra_shared.contracts.topics import NOTIFY_NOTIFICATIONS
from notify.domain.notice_rules import RULES, Directory
from notify.domain.notified_report import NoticePolicy, NotifiedReport, announce, facts_of, remind
from notify.domain.deadlines import observe
from notify.domain.journey import Seen
from notify.domain.status_rules import changes_for, reports_of
from notify.domain.tracked_report import apply_change

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
RECEIPT, RECEIPT_2, CASE = "RCP-AAAA-BBBB-CC", "RCP-DDDD-EEEE-FF", "CASE-AAAA-BBBB-CC"
POLICY = NoticePolicy(Directory(pokja=("TNI", "POLRI"), recipients=("pemda",), operators=("piket",)))


def _ref(receipt=RECEIPT, registration_no="001/Reg/LP/PB/Kab/15.04/X/2024"):
    return {"receipt_no": receipt, "registration_no": registration_no, "submission_id": f"s-{receipt}",
            "channel": "sigap-lapor"}


def _registered(receipt=RECEIPT):
    data = samples.submission(0)
    return ReportRegistered.model_validate({
        **_ref(receipt), "kind": "public_report", "election": data["election"], "reported_party": data["reported_party"],
        "incident": data["incident"], "reporter_ref": "rr-1", "registered_at": T0.isoformat()})


def _opened(*refs):
    return ReviewOpened(case_id=CASE, reports=list(refs) or [_ref()], decision_due_at=T0 + timedelta(days=3),
                        classification={"subject_type": "village_official", "category": "x"})


def _decided(*refs):
    data = samples.submission(0)
    return CaseDecided.model_validate({
        "case_id": CASE, "reports": list(refs) or [_ref()], "outcome": "neutrality_violation",
        "subject_type": "village_official", "classification": {"subject_type": "village_official", "category": "x"},
        "reported_party": data["reported_party"], "election": data["election"], "incident": data["incident"],
        "votes": {}, "decided_at": (T0 + timedelta(days=1)).isoformat()})


def _referred(*refs):
    return CaseReferred(case_id=CASE, reports=list(refs) or [_ref()], outcome="neutrality_violation",
                        recipients=["bkn", "pemda"], referral_ids=["r1", "r2"], referred_at=T0 + timedelta(days=1))


def _run(events, report=None, policy=POLICY):
    """The events, as OnReportEvent applies them to RECEIPT's report."""
    notices = []
    decision = None
    for event in events:
        changes = {change.ref.receipt_no: change for change in changes_for(event)}
        for ref in reports_of(event):
            if ref.receipt_no != RECEIPT:
                continue
            seen = Seen("triage", "id.bawaslu.x.v1", T0)
            decision = observe(report, ref, changes.get(RECEIPT), event, seen, facts_of(event), policy, T0)
            report = decision.state
            notices += [emit.data for emit in decision.emits if emit.topic is NOTIFY_NOTIFICATIONS]
    return report, notices, decision


def _received():
    return ReportReceived(**_ref(registration_no=None), kind="public_report", received_at=T0)


def test_every_rule_names_a_known_audience_and_a_template_path():
    assert {rule.audience.value for rule in RULES} == {"reporter", "pokja", "recipient", "operator"}
    assert all(rule.template.startswith(rule.audience.value + "/") for rule in RULES)


def test_the_reporter_is_told_of_receipt_registration_review_decision_and_referral_in_order():
    _, notices, _ = _run([_received(), _registered(), _opened(), _decided(), _referred()])
    reporter = [n for n in notices if n.audience == "reporter"]
    assert [n.trigger for n in reporter] == ["received", "registered", "under_review", "decided", "referred"]
    assert [n.sequence for n in reporter] == [0, 1, 2, 3, 4]
    assert {n.recipient for n in reporter} == {"reporter"}


def test_pokja_members_hear_of_a_new_case_with_its_deadline_and_recipients_of_their_referral():
    _, notices, _ = _run([_received(), _registered(), _opened(), _decided(), _referred()])
    pokja = [n for n in notices if n.audience == "pokja"]
    assert [(n.recipient, n.template) for n in pokja] == [("pokja:TNI", "pokja/review_requested"),
                                                          ("pokja:POLRI", "pokja/review_requested")]
    assert pokja[0].facts.due_at == T0 + timedelta(days=3)
    recipients = [n for n in notices if n.audience == "recipient"]
    assert [n.recipient for n in recipients] == ["recipient:pemda"]  # bkn has no address configured: Kafka only


def test_facts_remember_the_region_and_kind_for_later_notices():
    _, notices, _ = _run([_received(), _registered(), _opened()])
    under_review = next(n for n in notices if n.trigger == "under_review" and n.audience == "reporter")
    assert (under_review.facts.region_code, under_review.facts.region_name) == ("15.04", "Kabupaten Batanghari")
    assert under_review.facts.kind == "public_report" and under_review.facts.case_id == CASE


def test_a_status_held_for_its_predecessor_is_announced_when_published():
    _, notices, _ = _run([_received(), _opened()])
    assert [n.trigger for n in notices if n.audience == "reporter"] == ["received"]
    _, later, _ = _run([_registered()], report=_run([_received(), _opened()])[0])
    assert [n.trigger for n in later if n.audience == "reporter"] == ["registered", "under_review"]


def test_notice_ids_are_deterministic_and_case_notices_are_one_per_case():
    first = _run([_received(), _registered(), _opened(_ref(), _ref(RECEIPT_2))])[1]
    again = _run([_received(), _registered(), _opened(_ref(), _ref(RECEIPT_2))])[1]
    assert [n.notification_id for n in first] == [n.notification_id for n in again]
    other = NotifiedReport(receipt_no=RECEIPT_2, submission_id="s2", channel="sigap-lapor")
    (change,) = [c for c in changes_for(_opened(_ref(), _ref(RECEIPT_2))) if c.ref.receipt_no == RECEIPT_2]
    from_other = announce(apply_change(other, change), facts_of(_opened()), POLICY, T0)
    assert from_other.emits == []  # held: RECEIPT_2 was never registered here, so nothing is announced yet
    pokja_ids = {n.notification_id for n in first if n.audience == "pokja"}
    assert len(pokja_ids) == 2


def test_a_missed_decision_deadline_is_a_journey_step_and_keeps_the_reminder_timer():
    """Operators hear of it from triage's operator alert, once; the report's own event tells nobody twice."""
    report, _, opened = _run([_received(), _registered(), _opened()])
    missed = ReviewDeadlineMissed(case_id=CASE, reports=[_ref()], decision_due_at=T0 + timedelta(days=3),
                                  opinions_received=1)
    after, notices, decision = _run([missed], report=report)
    assert notices == [] and decision.outcome == "journey_step"
    assert after.journey[-1].summary == "Batas putusan terlewati dengan 1 pendapat"
    assert decision.next_due_at == opened.next_due_at  # a journey step never drops the report's own timer


def test_reminder_is_set_24_hours_before_the_deadline_and_cleared_by_the_decision():
    report, _, decision = _run([_received(), _registered(), _opened()])
    assert decision.next_due_at == T0 + timedelta(days=2)
    _, _, decided = _run([_decided()], report=report)
    assert decided.next_due_at is None


def test_reminder_fires_once_to_pokja_while_undecided():
    report, _, _ = _run([_received(), _registered(), _opened()])
    assert remind(report, POLICY, T0 + timedelta(days=1)) is None  # too early
    fired = remind(report, POLICY, T0 + timedelta(days=2, hours=1))
    # operators hear of a decision due soon from triage's alert, which knows who has not answered
    assert sorted(e.data.recipient for e in fired.emits) == ["pokja:POLRI", "pokja:TNI"]
    assert fired.state.reminded and fired.next_due_at is None
    assert remind(fired.state, POLICY, T0 + timedelta(days=2, hours=2)) is None


def test_reminder_after_the_deadline_itself_says_nothing():
    report, _, _ = _run([_received(), _registered(), _opened()])
    late = remind(report, POLICY, T0 + timedelta(days=4))
    assert late.emits == [] and late.outcome == "reminder_too_late"


def test_notices_carry_no_personal_data():
    _, notices, _ = _run([_received(), _registered(), _opened(), _decided(), _referred()])
    text = "".join(n.model_dump_json() for n in notices)
    reporter = samples.SAMPLE_SUBMISSIONS[0]["reporter"]
    for secret in (reporter["full_name"], reporter["nik"], reporter["phone"], reporter["email"], "rr-1"):
        assert secret not in text


def _decided_crime():
    return CaseDecided.model_validate({**_decided().model_dump(mode="json"), "outcome": "election_crime"})


def test_an_election_crime_not_referred_within_20_hours_warns_operators_once():
    from netra_shared.contracts.topics import NOTIFY_ALERTS

    report, _, decided = _run([_received(), _registered(), _opened(), _decided_crime()])
    decided_at = T0 + timedelta(days=1)
    assert decided.next_due_at == decided_at + timedelta(hours=20)  # 4 hours before the 24 run out
    assert remind(report, POLICY, decided_at + timedelta(hours=19)) is None
    warned = remind(report, POLICY, decided_at + timedelta(hours=20))
    (alert,) = [emit for emit in warned.emits if emit.topic is NOTIFY_ALERTS]
    assert alert.data.alert == "criminal_referral_at_risk" and alert.data.case_id == CASE
    assert "Gakkumdu" in alert.data.detail
    assert (alert.data.severity, alert.data.agency, alert.data.receipt_nos) == ("critical", "gakkumdu", [RECEIPT])
    assert alert.data.due_at == decided_at + timedelta(hours=24)
    assert warned.next_due_at is None
    assert remind(warned.state, POLICY, decided_at + timedelta(hours=21)) is None


def test_a_referred_election_crime_raises_no_warning():
    report, _, _ = _run([_received(), _registered(), _opened(), _decided_crime()])
    _, _, referred = _run([_referred()], report=report)
    assert referred.next_due_at is None
    assert remind(referred.state, POLICY, T0 + timedelta(days=2)) is None


def test_a_non_criminal_decision_sets_no_referral_watch():
    report, _, decided = _run([_received(), _registered(), _opened(), _decided()])
    assert decided.next_due_at is None and report.criminal_referral_due_at is None


def _follow_up(recipient: str, status: str, at: datetime):
    from netra_shared.contracts.schemas.referral import FollowUpRecorded

    return FollowUpRecorded(case_id=CASE, reports=[_ref()], referral_id=f"{CASE}-{recipient}", recipient=recipient,
                            status=status, detail="", responded_at=at)


def test_every_follow_up_reaches_the_reporter_with_its_own_notification():
    """Security review M3: a second follow-up (another status, another recipient) is a notice of its own."""
    later = T0 + timedelta(days=2)
    _, notices, _ = _run([_received(), _registered(), _opened(), _decided(), _referred(),
                          _follow_up("bkn", "acknowledged", later), _follow_up("pemda", "sanctioned", later)])
    follow_ups = [n for n in notices if n.audience == "reporter" and n.trigger == "follow_up"]
    assert len(follow_ups) == 2 and len({n.notification_id for n in follow_ups}) == 2
