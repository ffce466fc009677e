"""Related reports: the same reported party (same region, same name without titles) and an incident a few days
apart from an undecided case's incidents join that case, so the Pokja reviews the incident once.

Every case of one reported party carries a unique key `<subject key>#<sequence>` (keys.subject_case): the first
case is #0001, a case opened after it is decided (or for an incident too far apart) #0002, ... Two related
reports registered at the same moment both try to open #n; the unique index lets one win and the other, on
retry, finds that case and joins it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from netra_shared.contracts.schemas.common import Election
from netra_shared.contracts.schemas.review import MAX_CASE_REPORTS
from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from pydantic import BaseModel

from .reference import ReferenceData
from .text import normalise_name

SUBJECT_CASE_KEY = "subject_case"


def subject_key(election: Election, party: ReportedParty, reference: ReferenceData) -> str | None:
    name = normalise_name(party.full_name, reference.name_titles)
    return f"{election.region_code}|{name}" if name else None


def subject_case(key: str, sequence: int) -> str:
    return f"{key}#{sequence:04d}"


def incident_time(incident: Incident) -> datetime:
    return incident.occurred_at or incident.known_at


class CaseSummary(BaseModel):
    """What linking needs to know of one earlier case of the same reported party."""

    case_id: str
    sequence: int
    decided: bool
    receipt_nos: list[str]
    incident_from: datetime
    incident_to: datetime


def within_window(incident_from: datetime, incident_to: datetime, when: datetime, window_days: int) -> bool:
    window = timedelta(days=window_days)
    return incident_from - window <= when <= incident_to + window


def choose_case(cases: Sequence[CaseSummary], when: datetime, window_days: int) -> CaseSummary | None:
    """The undecided case whose incidents are nearest to `when`, within the window (earliest case on a tie), that
    can take one more report (MAX_CASE_REPORTS: a full case's party gets its next case)."""
    open_cases = [case for case in cases if not case.decided and len(case.receipt_nos) < MAX_CASE_REPORTS
                  and within_window(case.incident_from, case.incident_to, when, window_days)]

    def distance(case: CaseSummary) -> timedelta:
        return max(case.incident_from - when, when - case.incident_to, timedelta(0))

    return min(open_cases, key=lambda case: (distance(case), case.sequence), default=None)


def next_sequence(cases: Sequence[CaseSummary]) -> int:
    return max((case.sequence for case in cases), default=0) + 1
