"""Loads reference data (the routing table) from a JSON file: the packaged default or one given in settings."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.routing import RoutingTable

DEFAULT_ROUTING = Path(__file__).resolve().parent.parent / "reference" / "routing.json"


def load_routing_table(path: str | None = None) -> RoutingTable:
    return RoutingTable.from_data(json.loads(Path(path or DEFAULT_ROUTING).read_text(encoding="utf-8")))
