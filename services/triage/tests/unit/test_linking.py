"""Related reports: the same reported party and incident join one case; every reporter hears the outcome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from netra_shared.contracts.schemas.common import Election
from netra_shared.contracts.schemas.review import MAX_CASE_REPORTS, CaseDecided, ReportLinked, ReviewPacketUpdated
from netra_shared.contracts.schemas.submission import ReportedParty
from netra_shared.contracts.topics import POKJA_REVIEW_REQUESTS, REPORT_LINKED, REVIEW_UPDATED, TRIAGE_EVENTS
from netra_shared.kernel.aggregates import Cause, to_change
from triage.adapters.reference_file import load_reference
from triage.domain.case import CaseStatus, link_report, open_review
from triage.domain.linking import CaseSummary, choose_case, next_sequence, subject_key
from triage.domain.policy import ReviewPolicy
from triage.domain.review import record_opinion

REFERENCE = load_reference()
CAUSE = Cause.internal("test")
POLICY = ReviewPolicy()
T0 = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
BATANGHARI = Election(level="regent", region_code="15.04", region_name="Kabupaten Batanghari")
MEMBERS = ("TNI", "POLRI", "BKD", "KESBANGPOL")


def _party(name: str) -> ReportedParty:
    return ReportedParty(full_name=name, subject_type="village_official")


def _summary(sequence: int, *, decided=False, start=T0, end=None) -> CaseSummary:
    return CaseSummary(case_id=f"CASE-{sequence}", sequence=sequence, decided=decided, receipt_nos=[],
                       incident_from=start, incident_to=end or start)


def _second(make_registered, **extra):
    return make_registered(0, receipt_no="RCP-TEST-0009-BB", reporter_ref="rr-second", **extra)


def _open(report):
    return open_review(None, report, policy=POLICY, reference=REFERENCE, now=T0,
                       subject=(subject_key(report.election, report.reported_party, REFERENCE), 1)).state


# --- who is the same reported party -----------------------------------------------------------------------------------

def test_the_same_name_with_or_without_titles_is_the_same_reported_party():
    assert subject_key(BATANGHARI, _party("H. Darmawan Saputra, S.Pd., M.Si."), REFERENCE) == "15.04|darmawan saputra"
    assert subject_key(BATANGHARI, _party("DARMAWAN  SAPUTRA"), REFERENCE) == "15.04|darmawan saputra"


def test_the_same_name_in_another_region_is_another_party():
    bengkulu = Election(level="mayor", region_code="17.71", region_name="Kota Bengkulu")
    assert subject_key(bengkulu, _party("Darmawan Saputra"), REFERENCE) != subject_key(
        BATANGHARI, _party("Darmawan Saputra"), REFERENCE)


def test_a_party_without_a_name_is_never_linked():
    assert subject_key(BATANGHARI, ReportedParty(subject_type="asn_pns"), REFERENCE) is None


# --- which case a report joins --------------------------------------------------------------------------------------

def test_a_report_joins_an_undecided_case_whose_incident_is_within_the_window():
    assert choose_case([_summary(1)], T0 + timedelta(days=3), 3).case_id == "CASE-1"
    assert choose_case([_summary(1)], T0 - timedelta(days=2), 3).case_id == "CASE-1"


def test_a_report_on_an_incident_further_apart_opens_its_own_case():
    assert choose_case([_summary(1)], T0 + timedelta(days=3, minutes=1), 3) is None


def test_a_decided_case_takes_no_more_reports():
    assert choose_case([_summary(1, decided=True)], T0, 3) is None


def test_the_nearest_open_case_wins():
    cases = [_summary(1, start=T0), _summary(2, start=T0 + timedelta(days=5))]
    assert choose_case(cases, T0 + timedelta(days=4), 3).case_id == "CASE-2"


def test_the_next_case_of_a_party_takes_the_next_sequence():
    assert next_sequence([]) == 1
    assert next_sequence([_summary(1, decided=True), _summary(2)]) == 3


# --- joining --------------------------------------------------------------------------------------------------------

def test_opening_a_linkable_case_claims_the_partys_sequence_key(make_registered):
    report = make_registered(0)
    decision = open_review(None, report, policy=POLICY, reference=REFERENCE, now=T0,
                           subject=("15.04|darmawan saputra", 1))
    assert decision.keys == {"subject_case": "15.04|darmawan saputra#0001"}
    assert decision.state.subject_sequence == 1


def test_a_related_report_joins_the_case_and_the_pokja_gets_the_whole_packet_again(make_registered):
    case = _open(make_registered(0))
    second = _second(make_registered, description="Sekdes yang sama juga mengangkut warga dengan mobil desa ke "
                                                  "kampanye; ada bansos dibagikan.")
    decision = link_report(case, second, policy=POLICY, reference=REFERENCE, now=T0 + timedelta(hours=2))
    *packets, linked = decision.emits
    updated = packets[-1]
    assert [(e.topic, e.event, e.key) for e in packets] == [
        (POKJA_REVIEW_REQUESTS[m], REVIEW_UPDATED, case.case_id) for m in ("tni", "polri", "bkd", "kesbangpol", "bawaslu")]
    assert (linked.topic, linked.event, linked.key) == (TRIAGE_EVENTS, REPORT_LINKED, case.case_id)
    packet = updated.data
    assert isinstance(packet, ReviewPacketUpdated)
    assert (packet.update_reason, packet.added_receipt_nos) == ("report_linked", ["RCP-TEST-0009-BB"])
    assert packet.receipt_nos == ["RCP-TEST-0000-AA", "RCP-TEST-0009-BB"]
    assert [fact.report.receipt_no for fact in packet.linked_reports] == ["RCP-TEST-0009-BB"]
    assert "mobil desa" in packet.linked_reports[0].incident.description
    assert isinstance(linked.data, ReportLinked) and linked.data.linked.receipt_no == "RCP-TEST-0009-BB"
    assert decision.state.reporter_refs == ["rr-0", "rr-second"]
    assert decision.state.decision_due_at == case.decision_due_at  # the case's deadline, not a new one
    assert decision.outcome == "report_linked"


def test_the_classification_is_redone_over_every_linked_report(make_registered):
    case = _open(make_registered(0, party={"position": "Staf", "subject_type": "asn_pns"},
                                 description="Terlapor memberi like pada unggahan calon bupati."))
    assert case.classification.category == "ethics_social_media"
    second = _second(make_registered, party={"position": "Staf", "subject_type": "asn_pns"},
                     description="Terlapor juga memasang spanduk calon bupati di pagar kantor.")
    joined = link_report(case, second, policy=POLICY, reference=REFERENCE, now=T0).state
    assert joined.classification.category == "discipline_campaign_props"


def test_a_report_already_in_the_case_or_too_far_apart_or_after_the_decision_does_not_join(make_registered,
                                                                                          make_opinion):
    case = _open(make_registered(0))
    assert link_report(case, make_registered(0), policy=POLICY, reference=REFERENCE, now=T0) is None
    far = _second(make_registered, occurred_at="2024-10-05T19:30:00+07:00")  # 6 days after the first incident
    assert link_report(case, far, policy=POLICY, reference=REFERENCE, now=T0) is None
    decided = case
    for agency in MEMBERS:
        decided = record_opinion(decided, make_opinion(agency, case_id=case.case_id), sender=agency.lower(), now=T0).state
    assert decided.status is CaseStatus.decided
    assert link_report(decided, _second(make_registered), policy=POLICY, reference=REFERENCE, now=T0) is None


def test_every_linked_reporter_hears_the_decision_and_referral_gets_all_reports_and_evidence(make_registered,
                                                                                             make_opinion):
    case = _open(make_registered(0))
    second = _second(make_registered, consents=True)
    second = second.model_copy(update={"evidence": [*second.evidence, second.evidence[0].model_copy(
        update={"uri": "https://evidence.example.id/kedua/foto.jpg"})]})
    case = link_report(case, second, policy=POLICY, reference=REFERENCE, now=T0).state
    decision = None
    for agency in MEMBERS:
        decision = record_opinion(case, make_opinion(agency, case_id=case.case_id), sender=agency.lower(),
                                  now=T0 + timedelta(hours=3))
        case = decision.state
    decided = decision.emits[0].data
    assert isinstance(decided, CaseDecided)
    assert [ref.receipt_no for ref in decided.reports] == ["RCP-TEST-0000-AA", "RCP-TEST-0009-BB"]
    assert decided.reporter_refs == ["rr-0", "rr-second"] and decided.reporters_consenting == ["rr-second"]
    assert [item.uri for item in decided.evidence] == [
        "https://evidence.example.id/sigap-000123/rekaman.mp4", "https://evidence.example.id/kedua/foto.jpg"]


def test_a_packet_carries_linked_facts_up_to_its_byte_budget_and_names_the_others(make_registered):
    """Review H1: the budget counts encoded bytes (a 4-byte emoji is 4 bytes, not 1 character)."""
    case = _open(make_registered(0))
    for number in range(5):
        report = make_registered(0, receipt_no=f"RCP-TEST-{number:04d}-CC")
        photo = report.evidence[0].model_copy(update={"description": "\U0001f4f8" * 2000})
        report = report.model_copy(update={"evidence": [photo.model_copy(update={"uri": f"https://e.example/{i}"})
                                                        for i in range(25)]})  # about 200 kB of evidence each
        case = link_report(case, report, policy=POLICY, reference=REFERENCE, now=T0).state
    decision = link_report(case, _second(make_registered), policy=POLICY, reference=REFERENCE, now=T0)
    packet = decision.emits[0].data
    assert len(packet.receipt_nos) == 7  # every report is named ...
    assert 0 < len(packet.linked_reports) < 6  # ... the facts stop at the budget ...
    carried = {fact.report.receipt_no for fact in packet.linked_reports}
    assert carried | set(packet.linked_reports_omitted) == set(packet.receipt_nos[1:])  # ... the others are named
    assert not carried & set(packet.linked_reports_omitted)
    [entry] = [e for e in to_change(decision, source="/netra/triage", cause=CAUSE, now=T0).events
               if e.topic == POKJA_REVIEW_REQUESTS["tni"].name]
    assert len(entry.event.to_bytes()) <= POKJA_REVIEW_REQUESTS["tni"].max_message_bytes


def test_a_case_takes_at_most_max_case_reports_and_the_next_related_report_gets_the_partys_next_case(make_registered):
    case = _open(make_registered(0))
    for number in range(1, MAX_CASE_REPORTS):
        case = link_report(case, make_registered(0, receipt_no=f"RCP-TEST-{number:04d}-DD"), policy=POLICY,
                           reference=REFERENCE, now=T0).state
    assert len(case.reports) == MAX_CASE_REPORTS
    assert link_report(case, _second(make_registered), policy=POLICY, reference=REFERENCE, now=T0) is None
    full = _summary(1)
    full = full.model_copy(update={"receipt_nos": [ref.receipt_no for ref in case.reports]})
    assert choose_case([full], T0, POLICY.link_window_days) is None  # so the handler opens the party's next case
    assert choose_case([full, _summary(2)], T0, POLICY.link_window_days).sequence == 2
