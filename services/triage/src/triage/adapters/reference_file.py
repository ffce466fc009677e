"""Loads the SKB 2022 reference data: the file packaged with triage, or the one the settings point at."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..domain.reference import ReferenceData

PACKAGED = "skb2022.json"


def load_reference(path: str | Path | None = None) -> ReferenceData:
    """`path` empty: the packaged `triage/reference/skb2022.json`. A broken file stops the service at start."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("triage.reference").joinpath(PACKAGED).read_text(encoding="utf-8")
    return ReferenceData.model_validate(json.loads(text))
