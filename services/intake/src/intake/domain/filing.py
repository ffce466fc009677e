"""Validity and the filing window (UU 10/2016 Pasal 134): calendar days counted in the region's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.submission import ReportSubmission, Standing, SubmissionKind

# UU 10/2016 Pasal 134(2): a laporan comes from a voter, an accredited monitor or an election participant; a temuan
# is a supervisor's own finding (Pasal 134(1)). Any other pairing cannot be registered (legal review F1).
STANDING_FOR_KIND = {
    SubmissionKind.public_report: frozenset({Standing.voter, Standing.monitor, Standing.participant}),
    SubmissionKind.supervisor_finding: frozenset({Standing.supervisor}),
}
KIND_WORDS = {SubmissionKind.public_report: "laporan", SubmissionKind.supervisor_finding: "temuan"}
STANDING_WORDS = {Standing.voter: "pemilih", Standing.monitor: "pemantau pemilihan",
                  Standing.participant: "peserta pemilihan", Standing.supervisor: "pengawas pemilihan"}


class NotRegisteredReason(StrEnum):
    expired = "expired"
    incomplete = "incomplete"
    invalid = "invalid"
    withdrawn = "withdrawn"


@dataclass(frozen=True)
class FilingRules:
    filing_window_days: int = 7  # laporan: days from known_at to receipt
    finding_window_days: int = 7  # temuan: days from discovery (configurable: not fully confirmed)
    completion_hours: int = 48  # 2 x 24 hours to supplement
    earliest_incident: datetime = datetime.fromisoformat("2024-01-01T00:00:00+07:00")
    future_tolerance: timedelta = timedelta(minutes=10)  # clocks of channels drift


@dataclass(frozen=True)
class Unregistrable:
    reason: NotRegisteredReason
    detail: str  # Bahasa Indonesia, for the reporter


def days_between_local(earlier: datetime, later: datetime, region_code: str) -> int:
    """Calendar days in the region's local time (WIB/WITA/WIT): the same local day is 0."""
    tz = local_timezone(region_code)
    return (later.astimezone(tz).date() - earlier.astimezone(tz).date()).days


def refusal(submission: ReportSubmission, rules: FilingRules, now: datetime) -> Unregistrable | None:
    """Why this submission can never be registered, or None. Missing items are not a refusal."""
    incident, received_at = submission.incident, submission.received_at
    try:
        local_timezone(submission.election.region_code)
    except ValueError:
        return Unregistrable(NotRegisteredReason.invalid, f"kode wilayah {submission.election.region_code} tidak dikenal")
    if submission.reporter.standing not in STANDING_FOR_KIND[submission.kind]:
        return Unregistrable(NotRegisteredReason.invalid,
                             f"{KIND_WORDS[submission.kind]} tidak dapat disampaikan oleh "
                             f"{STANDING_WORDS[submission.reporter.standing]} (UU 10/2016 Pasal 134)")
    if received_at > now + rules.future_tolerance:
        return Unregistrable(NotRegisteredReason.invalid, "tanggal laporan diterima berada di masa depan")
    if incident.known_at > received_at:
        return Unregistrable(NotRegisteredReason.invalid, "tanggal diketahui lebih lambat dari tanggal laporan diterima")
    if incident.occurred_at is not None:
        if incident.occurred_at > received_at:
            return Unregistrable(NotRegisteredReason.invalid, "waktu kejadian lebih lambat dari tanggal laporan diterima")
        if incident.occurred_at > incident.known_at + rules.future_tolerance:
            return Unregistrable(NotRegisteredReason.invalid, "waktu kejadian lebih lambat dari tanggal diketahui")
    earliest = incident.occurred_at or incident.known_at
    if earliest < rules.earliest_incident:
        return Unregistrable(NotRegisteredReason.invalid,
                       f"kejadian sebelum {rules.earliest_incident:%d-%m-%Y} di luar tahapan Pilkada 2024")
    window = (rules.finding_window_days if submission.kind is SubmissionKind.supervisor_finding
              else rules.filing_window_days)
    elapsed = days_between_local(incident.known_at, received_at, submission.election.region_code)
    if elapsed > window:
        return Unregistrable(NotRegisteredReason.expired,
                       f"laporan diterima {elapsed} hari setelah kejadian diketahui; batasnya {window} hari")
    return None
