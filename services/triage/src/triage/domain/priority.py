"""The priority of a case in the Pokja queue: a score and the reasons for it, with weights from the reference data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.review import Classification, Priority
from netra_shared.contracts.schemas.submission import Incident, ReportedParty

from .classification import incident_text
from .reference import ReferenceData
from .subjects import normalise_subject
from .text import hits


def days_to_voting(registered_at: datetime, region_code: str, reference: ReferenceData) -> int:
    """Calendar days from the registration day (local time of the region) to voting day."""
    try:
        local_day = registered_at.astimezone(local_timezone(region_code)).date()
    except ValueError:
        local_day = registered_at.date()
    return (reference.voting_day - local_day).days


def assess_priority(*, party: ReportedParty, incidents: Sequence[Incident], classification: Classification,
                    registered_at: datetime, region_code: str, earlier_cases: int,
                    reference: ReferenceData) -> Priority:
    weights = reference.priority
    text = incident_text(incidents)
    parts: list[tuple[int, str]] = []
    incumbent_words = hits(reference.incumbent_words, text)
    if any(incident.candidate and incident.candidate.is_incumbent for incident in incidents) or incumbent_words:
        parts.append((weights.incumbent_candidate, "calon petahana terlibat"))
    if classification.crime_indication:
        parts.append((weights.crime_indication, "indikasi tindak pidana pemilihan"))
    if normalise_subject(party, reference).senior:
        parts.append((weights.senior_position, f"jabatan tinggi ({party.position[:60]})"))
    days = days_to_voting(registered_at, region_code, reference)
    band = next((band for band in weights.days_to_voting if 0 <= days <= band.within_days), None)
    if band is not None:
        parts.append((band.points, f"{days} hari menjelang pemungutan suara"))
    if earlier_cases:
        parts.append((weights.repeat_subject * min(earlier_cases, weights.repeat_subject_max),
                      f"terlapor sudah {earlier_cases} kali dilaporkan sebelumnya"))
    if mobilisation := hits(reference.mass_mobilisation, text):
        parts.append((weights.mass_mobilisation, f"pengerahan massa ({', '.join(mobilisation[:3])})"))
    if classification.manual_classification_needed:
        parts.append((weights.manual_classification, "perlu klasifikasi manual"))
    parts = [(points, reason) for points, reason in parts if points]
    return Priority(score=sum(points for points, _ in parts),
                    reasons=[f"{reason} (+{points})" for points, reason in parts])
