"""Builders for triage's unit tests: a ReportRegistered made by hand from the shared samples, opinions, cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.contracts.schemas.review import Agency, Opinion
from netra_shared.testing import samples
from triage.domain.case import open_review

REGISTERED_AT = datetime(2024, 10, 3, 2, 13, tzinfo=UTC)
MEMBERS = [Agency.TNI, Agency.POLRI, Agency.BKD, Agency.KESBANGPOL]


def _registered(index: int = 0, *, description: str | None = None, subject_type: str | None = None,
                consents: bool = False, receipt_no: str | None = None) -> ReportRegistered:
    data = samples.submission(index)
    if description is not None:
        data["incident"]["description"] = description
    if subject_type is not None:
        data["reported_party"]["subject_type"] = subject_type
    return ReportRegistered.model_validate({
        "receipt_no": receipt_no or f"RCP-TEST-000{index}-AA", "registration_no": f"00{index + 1}/Reg/LP/PB/Kab/X",
        "submission_id": data["submission_id"], "channel": data["channel"], "kind": data["kind"],
        "election": data["election"], "reported_party": data["reported_party"], "incident": data["incident"],
        "evidence": data["evidence"], "reporter_ref": f"rr-{index}", "reporter_consents_to_disclosure": consents,
        "registered_at": REGISTERED_AT.isoformat(),
    })


@pytest.fixture
def make_registered():
    """make_registered(index=0, description=, subject_type=, consents=, receipt_no=) -> ReportRegistered"""
    return _registered


@pytest.fixture
def make_opinion():
    def build(agency: Agency | str, verdict: str = "violation", proposed_outcome: str | None = None,
              case_id: str = "CASE-TEST-0000-AA") -> Opinion:
        return Opinion(case_id=case_id, agency=Agency(agency), member=f"Anggota {agency}", verdict=verdict,
                       proposed_outcome=proposed_outcome, submitted_at=REGISTERED_AT)
    return build


@pytest.fixture
def open_case(make_registered):
    """open_case(members=MEMBERS, index=0) -> the Case under review."""
    def build(members: list[Agency] | None = None, index: int = 0):
        report = make_registered(index)
        return open_review(None, report, members=list(MEMBERS if members is None else members), decision_days=3,
                           now=REGISTERED_AT).state
    return build
