"""Loads the SKB 2022 reference data: the file packaged with triage, or the one the settings point at, with the
election schedule (periods and dates the rules use): the file's own "schedule", else the packaged one."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..domain.reference import ReferenceData

PACKAGED = "skb2022.json"
SCHEDULE = "pilkada2024_schedule.json"


def _packaged(name: str) -> str:
    return resources.files("triage.reference").joinpath(name).read_text(encoding="utf-8")


def load_reference(path: str | Path | None = None) -> ReferenceData:
    """`path` empty: the packaged `triage/reference/skb2022.json`. A broken file stops the service at start."""
    data = json.loads(Path(path).read_text(encoding="utf-8") if path else _packaged(PACKAGED))
    data.setdefault("schedule", json.loads(_packaged(SCHEDULE)))
    return ReferenceData.model_validate(data)
