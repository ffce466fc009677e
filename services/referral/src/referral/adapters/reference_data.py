"""Loads reference data: the routing table (reference/routing.json) and the working-day calendar
(reference/holidays_id.json), the packaged defaults or a routing file given in settings."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.routing import RoutingTable
from ..domain.working_days import WorkingCalendar

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
DEFAULT_ROUTING = REFERENCE / "routing.json"
DEFAULT_HOLIDAYS = REFERENCE / "holidays_id.json"


def load_calendar(path: str | Path | None = None) -> WorkingCalendar:
    return WorkingCalendar.from_data(json.loads(Path(path or DEFAULT_HOLIDAYS).read_text(encoding="utf-8")))


def load_routing_table(path: str | None = None, holidays: str | None = None) -> RoutingTable:
    """`holidays` empty: the packaged calendar (a routing file may name its own as "holidays_file")."""
    data = json.loads(Path(path or DEFAULT_ROUTING).read_text(encoding="utf-8"))
    calendar = load_calendar(holidays or data.get("holidays_file") or None)
    return RoutingTable.from_data(data, calendar)
