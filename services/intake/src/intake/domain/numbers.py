"""Receipt and registration numbers."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime

from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.common import ElectionLevel
from netra_shared.contracts.schemas.submission import SubmissionKind

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ELECTION_CODES = {ElectionLevel.governor: "PG", ElectionLevel.regent: "PB", ElectionLevel.mayor: "PW"}
OFFICE_CODES = {ElectionLevel.governor: "Prov", ElectionLevel.regent: "Kab", ElectionLevel.mayor: "Kota"}
KIND_CODES = {SubmissionKind.public_report: "LP", SubmissionKind.supervisor_finding: "TM"}


def receipt_number(channel: str, submission_id: str) -> str:
    """Stable for a submission (same channel + id -> same receipt), readable aloud: RCP-XXXX-XXXX-XX."""
    digest = hashlib.sha256(f"{channel}\x1f{submission_id}".encode()).digest()
    code = base64.b32encode(digest).decode()[:10]
    return f"RCP-{code[:4]}-{code[4:8]}-{code[8:]}"


def reporter_ref(receipt_no: str) -> str:
    """The opaque name other services know a reporter by; it never reveals who reported."""
    return "rr-" + derive_event_id(receipt_no, "reporter_ref")


@dataclass(frozen=True)
class RegistrationSeries:
    """The sequence a registration number is drawn from: one per supervising office and year."""

    office: str
    region_code: str
    year: int

    @property
    def key(self) -> str:
        return f"{self.office}/{self.region_code}/{self.year}"


def registration_series(level: ElectionLevel, region_code: str, received_at: datetime) -> RegistrationSeries:
    local = received_at.astimezone(local_timezone(region_code))
    return RegistrationSeries(OFFICE_CODES[level], region_code, local.year)


def registration_number(template: str, seq: int, kind: SubmissionKind, level: ElectionLevel, region_code: str,
                        received_at: datetime) -> str:
    local = received_at.astimezone(local_timezone(region_code))
    return template.format(
        seq=seq, kind=KIND_CODES[kind], election=ELECTION_CODES[level], office=OFFICE_CODES[level],
        region_code=region_code, month_roman=ROMAN_MONTHS[local.month - 1], year=local.year,
    )
