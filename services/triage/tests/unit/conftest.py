"""Builders for triage's unit tests: a ReportRegistered made by hand from the shared samples, opinions, cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import Agency, Opinion
from netra_shared.kernel.decision import Decision, Refusal
from triage.adapters.reference_file import load_reference
from triage.domain.case import next_due, open_review
from triage.domain.policy import ReviewPolicy
from triage.domain.review import told

REGISTERED_AT = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
MEMBERS = [Agency.TNI, Agency.POLRI, Agency.BKD, Agency.KESBANGPOL]
REFERENCE = load_reference()
POLICY = ReviewPolicy()


def _registered(index: int = 0, *, description: str | None = None, subject_type: str | None = None,
                consents: bool = False, receipt_no: str | None = None, party: dict | None = None,
                occurred_at: str | None = None, reporter_ref: str | None = None,
                registered_at: datetime = REGISTERED_AT) -> ReportRegistered:
    data = samples.submission(index)
    if description is not None:
        data["incident"]["description"] = description
    if subject_type is not None:
        data["reported_party"]["subject_type"] = subject_type
    if party is not None:
        data["reported_party"].update(party)
    if occurred_at is not None:
        data["incident"]["occurred_at"] = occurred_at
    return ReportRegistered.model_validate({
        "receipt_no": receipt_no or f"RCP-TEST-000{index}-AA", "registration_no": f"00{index + 1}/Reg/LP/PB/Kab/X",
        "submission_id": data["submission_id"], "channel": data["channel"], "kind": data["kind"],
        "election": data["election"], "reported_party": data["reported_party"], "incident": data["incident"],
        "evidence": data["evidence"], "reporter_ref": reporter_ref or f"rr-{index}",
        "reporter_consents_to_disclosure": consents, "registered_at": registered_at.isoformat(),
    })


@pytest.fixture
def make_registered():
    """make_registered(index=0, description=, subject_type=, consents=, receipt_no=, party=, occurred_at=, ...)"""
    return _registered


@pytest.fixture
def make_opinion():
    def build(agency: Agency | str, verdict: str = "violation", proposed_outcome: str | None = None,
              case_id: str = "CASE-TEST-0000-AA", note: str = "") -> Opinion:
        return Opinion(case_id=case_id, agency=Agency(agency), member=f"Anggota {agency}", verdict=verdict,
                       proposed_outcome=proposed_outcome, note=note, submitted_at=REGISTERED_AT)
    return build


@pytest.fixture
def open_case(make_registered):
    """open_case(members=MEMBERS, index=0, **report) -> the Case under review."""
    def build(members: list[Agency] | None = None, index: int = 0, **report):
        policy = ReviewPolicy(members=tuple(MEMBERS if members is None else members))
        return open_review(None, make_registered(index, **report), policy=policy, reference=REFERENCE,
                           now=REGISTERED_AT).state
    return build


def as_the_kernel_applies(case, opinion, result, *, now, policy: ReviewPolicy = POLICY, sender: str | None = None):
    """record_opinion's result as the kernel applies it: a Decision as it is; a Refusal leaves the case (and its
    timer) as they were and is told once, on the member's own pokja.rejections.<member> (review.told), with the kernel's outcome word."""
    if not isinstance(result, Refusal):
        return result
    tell = told(opinion, sender or opinion.agency.value.lower())
    return Decision(case, [tell.notice(result, now)], next_due_at=next_due(case, policy),
                    outcome=f"{tell.request}_rejected_{result.reason}")
