"""Triage's classifier on one description, the way its rule tests call it: a reported party of a given subject and
position, an incident on a given day (10:00 WIB) in region 15.04, the packaged reference data."""

from __future__ import annotations

import functools
from datetime import datetime

from netra_shared.contracts.schemas.submission import Incident, ReportedParty
from triage.adapters.reference_file import load_reference
from triage.domain.classification import classify, language
from triage.domain.reference import ReferenceData
from triage.domain.passage import Passage


@functools.cache
def reference() -> ReferenceData:
    return load_reference()


@functools.cache
def every_category_reference() -> ReferenceData:
    """The packaged reference data with no list of categories proven reliable (`confidence.confident_categories`):
    what the evidence alone makes of a suggestion's confidence, in any category."""
    packaged = reference()
    return packaged.model_copy(update={"confidence": packaged.confidence.model_copy(
        update={"confident_categories": None})})


def classify_text(description: str, *, position: str = "Staf", subject: str = "asn_pns", day: str = "2024-11-01",
                  agency: str = "", every_category: bool = False):
    """`every_category`: judge the evidence only, as if every category had proven reliable."""
    party = ReportedParty(full_name="Terlapor", subject_type=subject, position=position, agency=agency)
    when = datetime.fromisoformat(f"{day}T10:00:00+07:00")
    return classify(party, [Incident(occurred_at=when, known_at=when, description=description)],
                    every_category_reference() if every_category else reference(), region_code="15.04")


def passage(text: str) -> Passage:
    """The text as the rules read it (standard forms, negations, hedges)."""
    return Passage(text, language(reference()))
