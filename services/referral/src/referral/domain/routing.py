"""The routing table: subject group x outcome -> recipients. The data lives in reference/routing.json.

An election crime goes to Sentra Gakkumdu (with the subject's discipline route in parallel where the table
says so); any other violation to the discipline route; "not a violation" goes nowhere. A subject the table does
not know gets no route: the case waits for manual routing (never closed as "not a violation")."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.common import Outcome, Recipient


@dataclass(frozen=True)
class RoutingTable:
    subject_groups: dict[str, str]
    routes: dict[str, dict[str, tuple[Recipient, ...]]]

    @classmethod
    def from_data(cls, data: dict) -> RoutingTable:
        routes = {group: {kind: tuple(Recipient(r) for r in recipients) for kind, recipients in row.items()}
                  for group, row in data["routes"].items()}
        unknown_groups = set(data["subject_groups"].values()) - set(routes)
        if unknown_groups:
            raise ValueError(f"routing table: subject groups without routes: {sorted(unknown_groups)}")
        return cls(dict(data["subject_groups"]), routes)

    def recipients_for(self, subject_type: str, outcome: Outcome) -> tuple[Recipient, ...]:
        if outcome is Outcome.not_a_violation:
            return ()
        row = self.routes.get(self.subject_groups.get(subject_type, "other"), {})
        return row.get("election_crime" if outcome is Outcome.election_crime else "violation", ())
