"""Builders for referral's unit tests: a CaseDecided made by hand from the shared samples."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from netra_devkit import samples
from netra_shared.contracts.schemas.review import CaseDecided

DECIDED_AT = datetime(2024, 10, 5, 3, 0, tzinfo=UTC)


def _decided(subject_type: str = "asn_pns", outcome: str = "neutrality_violation", *, index: int = 1,
             reports: int = 1, consenting: bool = False) -> CaseDecided:
    data = samples.submission(index)
    data["reported_party"]["subject_type"] = subject_type
    refs = [{"receipt_no": f"RCP-TEST-000{n}-AA", "registration_no": f"00{n + 1}/Reg/LP/PB/Kab/19.06/X/2024",
             "submission_id": f"{data['submission_id']}-{n}", "channel": data["channel"]} for n in range(reports)]
    return CaseDecided.model_validate({
        "case_id": "CASE-TEST-0000-AA", "reports": refs, "outcome": outcome, "subject_type": subject_type,
        "classification": {"subject_type": subject_type, "category": "ethics_social_media",
                           "legal_basis": ["PP 42/2004"]},
        "reported_party": data["reported_party"], "election": data["election"], "incident": data["incident"],
        "evidence": data["evidence"], "reporter_refs": ["rr-0"], "reporters_consenting": ["rr-0"] if consenting else [],
        "votes": {"TNI": "violation", "POLRI": "violation", "BKD": "violation", "KESBANGPOL": "violation"},
        "decided_at": DECIDED_AT.isoformat(),
    })


@pytest.fixture
def make_decided():
    """make_decided(subject_type="asn_pns", outcome="neutrality_violation", index=1, reports=1, consenting=False)"""
    return _decided
