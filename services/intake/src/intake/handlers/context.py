"""What every intake handler needs, wired once in bootstrap.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netra_shared.clock import Clock
from netra_shared.persistence.aggregate_store import AggregateStore

from ..adapters.registration_series import RegistrationSeries
from ..domain.filing import FilingRules

SOURCE = "/netra/intake"


@dataclass(frozen=True)
class Intake:
    reports: AggregateStore
    rejections: AggregateStore
    series: RegistrationSeries
    rules: FilingRules
    registration_template: str
    clock: Clock
    written: Callable[[], None]
