"""The review's configurable numbers (settings give them; these defaults are the law's and DOMAIN.md's)."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.review import Agency


@dataclass(frozen=True)
class ReviewPolicy:
    members: tuple[Agency, ...] = (Agency.TNI, Agency.POLRI, Agency.BKD, Agency.KESBANGPOL)
    decision_days: int = 3  # after registration (UU 10/2016 Pasal 134(5))
    extension_days: int = 2  # once, when more information is asked (Pasal 134(6))
    reminder_hours: int = 24  # before the decision deadline
    deadline_quorum: int = 2  # counted opinions needed to conclude by majority at the deadline
    link_window_days: int = 3  # a report joins an open case whose incident is at most this far apart
