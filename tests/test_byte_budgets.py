"""Byte budgets hold end to end (reviews H1, H3, H4): maximal valid inputs at every hop, and every event a service
emits fits its topic's budget (the kernel's check, `to_change`) and is accepted by every consumer of that topic
(parsed with the consumer's own cap and schema, as `Consumer` does).

The hops: a channel's submission, as large as the channel's topic accepts (many evidence items, maximal text in
characters of 1 to 4 bytes, a consenting reporter with a maximal identity) -> intake (received, registered, the
disclosure) -> triage (a case with up to MAX_CASE_REPORTS such reports linked: review packets, report linked,
decided) -> referral (a package per recipient with every consenting reporter's identity).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from intake.domain.filing import FilingRules
from intake.domain.numbers import receipt_number, reporter_ref
from intake.domain.report import IntakeStatus, receive, register
from netra_devkit import samples
from netra_shared.contracts.access import SERVICES
from netra_shared.contracts.decoding import parse_message

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure, ReportRegistered
from netra_shared.contracts.schemas.review import MAX_CASE_REPORTS, Agency, CaseDecided, Opinion
from netra_shared.contracts.schemas.common import SubjectType
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.contracts.topics import REPORTS_SUBMITTED, SERVICE_INPUT_BYTES, TOPICS_BY_NAME
from netra_shared.kernel.aggregates import Cause, to_change
from netra_shared.kernel.decision import Decision
from referral.adapters.reference_data import load_routing_table
from referral.domain.identity import reporter_identity
from referral.domain.referral_case import ReferralRules, refer
from referral.settings import DEFAULT_FOLLOW_UP_DAYS
from triage.adapters.reference_file import load_reference
from triage.domain.case import CaseStatus, link_report, open_review
from triage.domain.linking import subject_key
from triage.domain.policy import ReviewPolicy
from triage.domain.review import record_opinion

CHANNEL = "sigap-lapor"
SUBMITTED = REPORTS_SUBMITTED[CHANNEL]
NOW = datetime.fromisoformat("2024-10-03T09:12:00+07:00")
REFERENCE = load_reference()
POLICY = ReviewPolicy()
RULES = ReferralRules(routing=load_routing_table(), follow_up_days=DEFAULT_FOLLOW_UP_DAYS)
SUBJECTS = ["asn_pns", "village_official", "polri", "election_organiser", "regional_head"]
# characters of 1, 2, 3 and 4 bytes in UTF-8 (a channel may send them raw: the most text per byte)
WIDE = st.sampled_from(["a", "é", "ह", "\U0001f4f8"])

emitted: list[tuple[str, int]] = []  # (topic, bytes) of every event checked, for the summary test


def consumer_cap(spec) -> int:
    """What the topic's consumers accept: a Netra service its input cap; an outside party what the topic takes."""
    services = any(consumer in SERVICES for consumer in spec.consumers)
    return min(SERVICE_INPUT_BYTES, spec.max_message_bytes) if services else spec.max_message_bytes


def accepted_downstream(decision: Decision, service: str, cause: str) -> list[Any]:
    """Every event of `decision` within its topic's budget (to_change raises OverBudget otherwise) and parsed by
    its consumers as they parse it; returns the parsed data."""
    change = to_change(decision, source=f"/netra/{service}", cause=Cause.internal(cause), now=NOW)
    parsed = []
    for entry in change.events:
        spec = TOPICS_BY_NAME[entry.topic]
        value = entry.event.to_bytes()
        assert len(value) <= spec.max_message_bytes, (entry.topic, len(value))
        _, data = parse_message(spec, value, max_bytes=consumer_cap(spec))
        emitted.append((entry.topic, len(value)))
        parsed.append(data)
    return parsed


def fill(data: dict[str, Any], char: str, evidence_items: int, number: int) -> dict[str, Any]:
    """A sample submission with every bounded field at its bound, in `char`."""
    data["submission_id"] = f"max-{number:04d}"
    data["reporter"].update(full_name=char * 200, address=char * 2000, email=f"{char * 60}@example.id",
                            phone="+62 (812) 3450-0123 0000 000", consents_to_disclosure=True, occupation=char * 2000)
    data["reported_party"].update(address=char * 2000, position=char * 2000, agency=char * 2000)
    data["incident"].update(place=char * 2000, description=char * 20000)
    data["evidence"] = [{"kind": "photo", "uri": f"https://e.example/{n}/" + char * 1900, "sha256": "b" * 64,
                         "description": char * 2000} for n in range(evidence_items)]
    return data


def channel_message(data: dict[str, Any]) -> bytes:
    value = samples.envelope(samples.SUBMITTED, data, source=f"/channels/{CHANNEL}", subject=data["submission_id"])
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def maximal_submission(char: str, number: int) -> ReportSubmission:
    """As many evidence items as the channel's topic takes (the most a channel can send), then parsed as intake
    parses it."""
    def message(items: int) -> bytes:
        return channel_message(fill(samples.submission(0), char, items, number))

    low, high = 0, 50  # the most evidence items that fit (bisection)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if len(message(middle)) <= SUBMITTED.max_message_bytes else (low, middle - 1)
    raw = message(low)
    if len(raw) > SUBMITTED.max_message_bytes:  # even without evidence: shorten the description
        data = fill(samples.submission(0), char, 0, number)
        over = len(raw) - SUBMITTED.max_message_bytes
        data["incident"]["description"] = char * (20000 - over // len(char.encode()) - 1)
        raw = channel_message(data)
    assert len(raw) <= SUBMITTED.max_message_bytes
    _, submission = parse_message(SUBMITTED, raw, max_bytes=SUBMITTED.max_message_bytes)
    return submission


def through_intake(submission: ReportSubmission, number: int) -> tuple[ReportRegistered, ReporterDisclosure]:
    receipt_no = receipt_number(CHANNEL, submission.submission_id)
    received = receive(None, submission, sender=CHANNEL, receipt_no=receipt_no, reporter_ref=reporter_ref(receipt_no),
                       rules=FilingRules(), now=NOW)
    accepted_downstream(received, "intake", f"received-{number}")
    assert received.state.status is IntakeStatus.registering, received.outcome
    registered = register(received.state, f"{number:03d}/Reg/LP/PB/Kab/15.04/X/2024", NOW)
    [report, disclosure] = accepted_downstream(registered, "intake", f"registered-{number}")
    return report, disclosure


def opinion(agency: str, case_id: str) -> Opinion:
    return Opinion(case_id=case_id, agency=Agency(agency), member="Anggota " + agency, verdict="violation",
                   note="\U0001f4f8" * 2000, submitted_at=NOW + timedelta(hours=1))


@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck),
          phases=[Phase.explicit, Phase.generate])  # no shrinking: each example is megabytes
@example(chars=["\U0001f4f8", "é", "a"], reports=MAX_CASE_REPORTS, subject="asn_pns")  # the largest case
@example(chars=["ह"], reports=8, subject="polri")  # review H4's eight consenting reporters
@given(chars=st.lists(WIDE, min_size=1, max_size=3), reports=st.integers(1, MAX_CASE_REPORTS),
       subject=st.sampled_from(SUBJECTS))
def test_maximal_inputs_at_every_hop_fit_every_topic_and_every_consumer(chars, reports, subject):
    registered, disclosures = [], {}
    for number in range(min(reports, len(chars) * 2)):  # distinct maximal reports; the others repeat them
        report, disclosure = through_intake(maximal_submission(chars[number % len(chars)], number), number)
        registered.append(report)
        disclosures[report.reporter_ref] = disclosure
    reports_of_case = [registered[n % len(registered)].model_copy(update={
        "receipt_no": f"RCP-MAX{n:03d}-AAAA-AA", "reporter_ref": f"rr-{n:03d}",
        "reported_party": registered[0].reported_party.model_copy(update={"subject_type": SubjectType(subject)})})
        for n in range(reports)]
    identities = {f"rr-{n:03d}": disclosures[registered[n % len(registered)].reporter_ref].model_copy(
        update={"reporter_ref": f"rr-{n:03d}"}) for n in range(reports)}

    first = reports_of_case[0]
    opened = open_review(None, first, policy=POLICY, reference=REFERENCE, now=NOW,
                         subject=(subject_key(first.election, first.reported_party, REFERENCE), 1))
    accepted_downstream(opened, "triage", "opened")
    case = opened.state
    for number, report in enumerate(reports_of_case[1:], start=1):
        linked = link_report(case, report, policy=POLICY, reference=REFERENCE, now=NOW)
        packet = accepted_downstream(linked, "triage", f"linked-{number}")[0]  # (each reader gets the same)
        assert len(packet.linked_reports) + len(packet.linked_reports_omitted) == number  # none silently cut
        case = linked.state
    assert len(case.reports) == reports

    decision = None
    for agency in [member.value for member in case.members if member.value not in case.recused]:
        decision = record_opinion(case, opinion(agency, case.case_id), sender=agency.lower(), now=NOW)
        accepted_downstream(decision, "triage", f"opinion-{agency}")
        case = decision.state
    if case.status is not CaseStatus.decided:  # every member recused: the coordinator's casting vote
        decision = record_opinion(case, opinion("BAWASLU", case.case_id), sender="bawaslu", now=NOW)
    [decided] = [data for data in accepted_downstream(decision, "triage", "decided") if isinstance(data, CaseDecided)]
    assert len(decided.reports) == reports and len(decided.reporters_consenting) == reports

    identity = reporter_identity(decided.reporter_refs, decided.reporters_consenting, identities)
    referred = refer(None, decided, rules=RULES, reporter_identity=identity, now=NOW + timedelta(hours=2))
    packages = [data for data in accepted_downstream(referred, "referral", "referred")
                if hasattr(data, "reporter_identity")]
    for package in packages:  # every consenting reporter is named in every package (review H4)
        assert all(identities[ref].full_name in package.reporter_identity for ref in decided.reporters_consenting)


def test_every_budget_is_what_its_consumers_accept():
    """A topic a service reads has at most the services' input cap; a channel's message leaves room for the hop."""
    for spec in TOPICS_BY_NAME.values():
        if any(consumer in SERVICES for consumer in spec.consumers):
            assert spec.max_message_bytes <= SERVICE_INPUT_BYTES, spec.name
        assert spec.max_message_bytes < 1024 * 1024, spec.name  # the producer's max_request_size


def test_the_largest_events_seen_were_near_their_budgets():
    """The property test above made events that come close to their budgets (it tests the limit, not small cases);
    runs after it (same module)."""
    largest: dict[str, int] = {}
    for topic, size in emitted:
        largest[topic] = max(largest.get(topic, 0), size)
    print({topic: f"{size} of {TOPICS_BY_NAME[topic].max_message_bytes}" for topic, size in sorted(largest.items())})
    assert largest["triage.events"] > 0.8 * TOPICS_BY_NAME["triage.events"].max_message_bytes  # case.decided
    assert largest["intake.events"] > 0.8 * TOPICS_BY_NAME["intake.events"].max_message_bytes  # report.registered
    assert largest["pokja.review-requests.bawaslu"] > 0.8 * TOPICS_BY_NAME["pokja.review-requests.bawaslu"].max_message_bytes
