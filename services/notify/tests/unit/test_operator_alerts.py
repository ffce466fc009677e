"""Every operator alert, whoever raised it, is kept once, told to every operator once, and open while what it warns
about lasts (or until an operator marks it handled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netra_shared.contracts.schemas.notification import NoticeFacts, OperatorAlertRaised
from netra_shared.contracts.schemas.status import ReportStatus
from netra_shared.contracts.topics import NOTIFICATION_REQUESTED, NOTIFY_ALERTS
from notify.adapters.templates import Templates
from notify.domain.journey import FollowUp, Seen
from notify.domain.notice_rules import Directory
from notify.domain.notification import Notification, dead_letter
from notify.domain.notified_report import NotifiedReport
from notify.domain.operator_alerts import handle, is_open, raise_alert

T0 = datetime(2024, 10, 3, 2, 12, tzinfo=UTC)
RECEIPT, RECEIPT_2, CASE = "RCP-AAAA-BBBB-CC", "RCP-DDDD-EEEE-FF", "CASE-AAAA-BBBB-CC"
DIRECTORY = Directory(pokja=("TNI",), operators=("piket", "malam"))
SEEN = Seen("triage", "id.bawaslu.operator.alert-raised.v1", T0, "4bf92f3577b34da6a3ce929d0e0e4736")


def alert(kind="casting_vote_requested", **extra) -> OperatorAlertRaised:
    return OperatorAlertRaised(alert=kind, receipt_no=RECEIPT, receipt_nos=[RECEIPT, RECEIPT_2], case_id=CASE,
                               severity="warning", service="forged-by-sender", due_at=T0 + timedelta(days=3),
                               reason="tie", agency="bawaslu", detail="suara seri", raised_at=T0, **extra)


def facts(kind="casting_vote_requested") -> NoticeFacts:
    return NoticeFacts(receipt_no=RECEIPT, submission_id="s-1", channel="sigap_lapor", occurred_at=T0, case_id=CASE,
                       due_at=T0 + timedelta(days=3), alert=kind, severity="warning", reason_detail="suara seri",
                       region_name="Kabupaten Batanghari")


def raised(kind="casting_vote_requested", **extra):
    return raise_alert(None, alert(kind, **extra), alert_id="triage-e1", seen=SEEN, facts=facts(kind),
                       directory=DIRECTORY, now=T0)


def report(*statuses, follow_ups=()) -> NotifiedReport:
    timeline = [ReportStatus(submission_id="s", channel="c", receipt_no=RECEIPT, status=s, occurred_at=T0)
                for s in statuses]
    return NotifiedReport(receipt_no=RECEIPT, submission_id="s", channel="c", timeline=timeline,
                          follow_ups=list(follow_ups))


def test_an_alert_is_kept_with_the_service_of_its_topic_and_told_to_each_operator_once():
    decision = raised()
    kept = decision.state
    assert (kept.alert, kept.service, kept.receipt_nos, kept.trace_id) == (
        "casting_vote_requested", "triage", [RECEIPT, RECEIPT_2], SEEN.trace_id)  # not the sender's "service"
    assert decision.keys == {"receipt_nos": [RECEIPT, RECEIPT_2], "raised_at": T0, "handled": False}
    notices = [emit.data for emit in decision.emits if emit.event is NOTIFICATION_REQUESTED]
    assert [(n.recipient, n.template, n.sequence) for n in notices] == [
        ("operator:piket", "operator/alert_raised", 0), ("operator:malam", "operator/alert_raised", 0)]
    again = raise_alert(kept, alert(), alert_id="triage-e1", seen=SEEN, facts=facts(), directory=DIRECTORY, now=T0)
    assert again is None  # told twice (a redelivery), kept and told once


def test_two_alerts_about_one_case_are_two_notices():
    first = {e.data.notification_id for e in raised().emits}
    other = raise_alert(None, alert("decision_deadline_missed"), alert_id="triage-e2", seen=SEEN,
                        facts=facts("decision_deadline_missed"), directory=DIRECTORY, now=T0)
    assert first.isdisjoint({e.data.notification_id for e in other.emits})


def test_the_operators_message_says_what_happened_and_what_to_do_in_indonesian():
    message = Templates().render("operator/alert_raised", facts(), greeting="Operator Netra Bawaslu")
    assert message.subject == f"[Netra] Perhatian: Suara penentu koordinator Bawaslu diperlukan ({CASE})"
    assert "Batas waktu: Minggu, 6 Oktober 2024 pukul 09.12 WIB." in message.body
    assert "Keterangan: suara seri." in message.body and "koordinator Bawaslu menyampaikan" in message.body


def test_a_dead_lettered_notice_to_an_operator_is_shown_but_never_mailed_to_operators():
    n = Notification(notification_id="n-1", trigger="operator_alert", audience="operator", recipient="operator:piket",
                     template="operator/alert_raised", facts=facts(), requested_at=T0, attempts=10)
    (emit,) = dead_letter(n, "smtp_550", now=T0).emits
    assert emit.topic is NOTIFY_ALERTS and emit.data.alert == "operator_notice_dead_lettered"
    kept = raise_alert(None, emit.data, alert_id="notify-e3", seen=SEEN, facts=facts(), directory=DIRECTORY, now=T0)
    assert kept.state.alert == "operator_notice_dead_lettered" and kept.emits == []  # no mail about the mail
    reporter = n.model_copy(update={"audience": "reporter", "recipient": "reporter"})
    (emit,) = dead_letter(reporter, "smtp_550", now=T0).emits
    assert emit.data.alert == "notification_dead_lettered" and emit.data.reason == "smtp_550"


def test_a_decision_alert_is_open_until_every_report_it_concerns_is_decided():
    kept = raised().state
    assert is_open(kept, {})  # reports not known yet: open
    assert is_open(kept, {RECEIPT: report("received", "registered", "under_review")})
    decided = report("received", "registered", "under_review", "decided")
    assert not is_open(kept, {RECEIPT: decided, RECEIPT_2: decided})
    assert is_open(kept, {RECEIPT: decided, RECEIPT_2: report("received", "registered", "under_review")})


def test_an_overdue_follow_up_alert_closes_with_that_recipients_follow_up():
    kept = raised("follow_up_overdue").state.model_copy(update={"agency": "pemda", "receipt_nos": [RECEIPT]})
    due = FollowUp(referral_id="r", referral_no="REK", recipient="pemda", due_at=T0)
    assert is_open(kept, {RECEIPT: report("referred", follow_ups=[due])})
    assert not is_open(kept, {RECEIPT: report("referred", follow_ups=[due.model_copy(update={"done": True})])})


def test_an_alert_about_what_already_happened_stays_open_until_an_operator_handles_it():
    kept = raised("criminal_referral_late").state.model_copy(update={"receipt_nos": [RECEIPT]})
    assert is_open(kept, {RECEIPT: report("referred")})
    handled = handle(kept, "siti", T0 + timedelta(hours=1))
    assert handled.state.handled_by == "siti" and handled.keys["handled"] is True
    assert not is_open(handled.state, {RECEIPT: report("referred")})
    assert handle(handled.state, "budi", T0 + timedelta(hours=2)) is None  # the first operator is recorded


def test_an_alert_about_parked_work_that_names_no_report_is_kept_and_told_to_each_operator():
    """Issue 10: an outbox entry or a timer set aside by a service's kernel reaches the operators the same one way."""
    parked = OperatorAlertRaised(alert="outbox_entry_parked", service="triage", case_id=CASE,
                                 reason="broker_refused_messagesizetoolarge", item=f"cases/{CASE}", raised_at=T0)
    item_facts = NoticeFacts(receipt_no=f"cases/{CASE}", submission_id=f"cases/{CASE}", channel="netra",
                             occurred_at=T0, case_id=CASE, alert="outbox_entry_parked", severity="warning")
    decision = raise_alert(None, parked, alert_id="triage-e9", seen=SEEN, facts=item_facts, directory=DIRECTORY,
                           now=T0)
    assert (decision.state.item, decision.state.receipt_nos) == (f"cases/{CASE}", [])
    notices = [emit.data for emit in decision.emits if emit.event is NOTIFICATION_REQUESTED]
    assert [n.recipient for n in notices] == ["operator:piket", "operator:malam"]
    assert is_open(decision.state, {})  # until an operator marks it handled (after the redrive)
