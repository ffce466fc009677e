"""The chaos run's counting, on synthetic observations: what counts as lost, as duplicated, as a repeat."""

from __future__ import annotations

from netra_devkit.chaos.verdict import Observed, Publish, judge


def status(sid: str, status: str, registration_no: str | None = None) -> dict:
    return {"submission_id": sid, "status": status, "registration_no": registration_no}


def notice(nid: str, receipt: str, trigger: str = "registered", recipient: str = "reporter") -> dict:
    return {"notification_id": nid, "trigger": trigger, "recipient": recipient, "template": "reporter/registered",
            "facts": {"receipt_no": receipt, "case_id": None}}


def observed(**changes) -> Observed:
    base = dict(
        submitted=["a", "b", "c"],
        statuses=[status("a", "received"), status("a", "registered", "001/Reg"), status("a", "referred", "001/Reg"),
                  status("b", "not_registered"), status("c", "registered", "002/Reg"), status("c", "closed", "002/Reg")],
        referrals=[{"case_id": "case-a", "recipient": "bkn", "referral_id": "r1"},
                   {"case_id": "case-a", "recipient": "gakkumdu", "referral_id": "r2"}],
        delivered=[notice("n1", "RCP-A"), notice("n2", "RCP-C")],
        publishes=[Publish("e1", "intake.events", 100.0), Publish("e2", "intake.events", 101.0)],
        kills=[50.0, 200.0])
    return Observed(**{**base, **changes})


def test_a_clean_run_has_nothing_lost_or_duplicated():
    verdict = judge(observed())
    assert verdict.ok
    assert verdict.last_line() == "chaos: 3 reports, lost 0, duplicated 0, kills 2"
    assert (verdict.published, verdict.repeated) == (2, 0)


def test_a_report_without_a_final_status_is_lost():
    statuses = [s for s in observed().statuses if not (s["submission_id"] == "c" and s["status"] == "closed")]
    verdict = judge(observed(statuses=statuses))
    assert verdict.lost == ["c"] and not verdict.ok
    assert verdict.last_line() == "chaos: 3 reports, lost 1, duplicated 0, kills 2"


def test_two_registration_numbers_for_one_report_or_one_number_for_two_are_duplicates():
    verdict = judge(observed(statuses=[*observed().statuses, status("a", "referred", "003/Reg"),
                                       status("c", "closed", "001/Reg")]))
    assert verdict.duplicated["registration numbers per report"] == ["a", "c"]
    assert verdict.duplicated["reports per registration number"] == ["001/Reg"]
    assert verdict.duplicates == 3


def test_a_second_referral_for_one_case_and_recipient_is_a_duplicate_but_the_same_one_again_is_not():
    again = {"case_id": "case-a", "recipient": "bkn", "referral_id": "r1"}
    assert judge(observed(referrals=[*observed().referrals, again])).ok
    other = {"case_id": "case-a", "recipient": "bkn", "referral_id": "r9"}
    verdict = judge(observed(referrals=[*observed().referrals, other]))
    assert verdict.duplicated == {"referrals per case and recipient": ["case-a/bkn"]}


def test_a_second_distinct_delivered_notification_for_one_notice_is_a_duplicate():
    verdict = judge(observed(delivered=[*observed().delivered, notice("n3", "RCP-A")]))
    assert list(verdict.duplicated) == ["delivered notifications per notice"] and verdict.duplicates == 1
    assert judge(observed(delivered=[*observed().delivered, notice("n4", "RCP-A", recipient="piket")])).ok


def test_repeats_are_counted_and_told_apart_by_whether_a_kill_falls_between_their_copies():
    publishes = [Publish("e1", "intake.events", 100.0), Publish("e1", "intake.events", 109.0),  # kill at 105
                 Publish("e2", "triage.events", 300.0), Publish("e2", "triage.events", 300.5),  # no kill near
                 Publish("e3", "triage.events", 201.0), Publish("e3", "triage.events", 207.0),  # kill 1 s before
                 Publish("e4", "referral.events", 400.0)]
    verdict = judge(observed(publishes=publishes, kills=[105.0, 200.0]))
    assert (verdict.published, verdict.repeated, verdict.repeated_straddling_a_kill) == (4, 3, 2)
    assert verdict.repeated_within_one_period == ["e2"]
    assert verdict.ok  # a repeat is the same event again: not a duplicate of anything


def test_a_restart_of_the_broker_counts_as_a_new_ownership_period_for_every_repeat_around_it():
    across = [Publish("e1", "intake.events", 300.0), Publish("e1", "intake.events", 330.0)]
    inside = [Publish("e2", "intake.events", 312.0), Publish("e2", "intake.events", 318.0)]
    after = [Publish("e3", "intake.events", 360.0), Publish("e3", "intake.events", 361.0)]
    assert judge(observed(publishes=across + inside)).repeated_within_one_period == ["e1", "e2"]
    verdict = judge(observed(publishes=across + inside + after), outages=[(310.0, 325.0)])
    assert (verdict.repeated, verdict.repeated_straddling_a_kill, verdict.repeated_within_one_period) == (3, 2, ["e3"])
    assert verdict.kills == 2  # the restart is not a kill
