"""The routing table: subject group x KIND of outcome -> recipients. The data lives in reference/routing.json.

UU 10/2016 Pasal 135(1) sends each kind of finding to its own body: an administrative violation to the KPU, an
organiser's ethics to DKPP (ad hoc bodies to the KPU or the Bawaslu Kabupaten/Kota), an election crime to Sentra
Gakkumdu (with the subject's discipline route in parallel where the table says so), a violation of other laws
(ASN and village neutrality) to the competent body; "not a violation" goes nowhere. A subject or a kind the table
has no body for gets no route: the case waits for manual routing (never closed as "not a violation").
Follow-up terms (calendar or working days) and escalations (an overdue PPK to BKN) are data here too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from netra_shared.contracts.schemas.common import Outcome, Recipient

from .working_days import Deadline, WorkingCalendar, calendar_day_deadline, working_day_deadline

DEFAULT_FOLLOW_UP_DAYS = 14


@dataclass(frozen=True)
class PositionGroup:
    subject_type: str
    group: str
    patterns: tuple[str, ...]

    def matches(self, subject_type: str, text: str) -> bool:
        return subject_type == self.subject_type and any(re.search(p, text) for p in self.patterns)


@dataclass(frozen=True)
class Addition:
    when: str  # a flag of the classification, e.g. "incumbent_candidacy_at_stake"
    subject_groups: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    add: tuple[Recipient, ...]
    basis: str


@dataclass(frozen=True)
class Escalation:
    subject_groups: tuple[str, ...]
    overdue: Recipient
    escalate_to: Recipient
    basis: str


@dataclass(frozen=True)
class FollowUpTerm:
    days: int
    working_days: bool
    basis: str = ""
    milestones: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoutingTable:
    subject_groups: dict[str, str]
    routes: dict[str, dict[str, tuple[Recipient, ...]]]
    position_groups: tuple[PositionGroup, ...] = ()
    additions: tuple[Addition, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    follow_up: dict[str, FollowUpTerm] = field(default_factory=dict)
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    version: str = ""

    @classmethod
    def from_data(cls, data: dict, calendar: WorkingCalendar | None = None) -> RoutingTable:
        routes = {group: {kind: tuple(Recipient(r) for r in recipients) for kind, recipients in row.items()
                          if not kind.startswith("_")}
                  for group, row in data["routes"].items()}
        for group, row in routes.items():
            if unknown := set(row) - {o.value for o in Outcome}:
                raise ValueError(f"routing table: {group} names unknown outcomes {sorted(unknown)}")
        positions = tuple(PositionGroup(p["subject_type"], p["group"], tuple(p["patterns"]))
                          for p in data.get("position_groups", []))
        unknown_groups = (set(data["subject_groups"].values()) | {p.group for p in positions}) - set(routes)
        if unknown_groups:
            raise ValueError(f"routing table: subject groups without routes: {sorted(unknown_groups)}")
        for position in positions:
            for pattern in position.patterns:
                re.compile(pattern)
        additions = tuple(Addition(a["when"], tuple(a["subject_groups"]), tuple(Outcome(o) for o in a["outcomes"]),
                                   tuple(Recipient(r) for r in a["add"]), a.get("basis", ""))
                          for a in data.get("additions", []))
        escalations = tuple(Escalation(tuple(e["subject_groups"]), Recipient(e["overdue"]), Recipient(e["escalate_to"]),
                                       e.get("basis", "")) for e in data.get("escalations", []))
        follow_up = {Recipient(name).value: FollowUpTerm(term["days"], term["unit"] == "working_days",
                                                         term.get("basis", ""), tuple(term.get("milestones", [])))
                     for name, term in data.get("follow_up", {}).items()}
        return cls(dict(data["subject_groups"]), routes, positions, additions, escalations, follow_up,
                   calendar or WorkingCalendar(), data.get("version", ""))

    def group_of(self, subject_type: str, position: str = "") -> str:
        text = position.lower()
        for rule in self.position_groups:
            if rule.matches(subject_type, text):
                return rule.group
        return self.subject_groups.get(subject_type, "other")

    def recipients_for(self, subject_type: str, outcome: Outcome, *, position: str = "",
                       flags: frozenset[str] = frozenset()) -> tuple[Recipient, ...]:
        """`position`: the reported party's position and agency (tells ad hoc bodies apart); `flags`: the
        classification's flags that add recipients (e.g. `incumbent_candidacy_at_stake`, Pasal 71(5))."""
        if outcome is Outcome.not_a_violation:
            return ()
        group = self.group_of(subject_type, position)
        recipients = list(self.routes.get(group, {}).get(outcome.value, ()))
        for addition in self.additions:
            if addition.when in flags and group in addition.subject_groups and outcome in addition.outcomes:
                recipients += [r for r in addition.add if r not in recipients]
        return tuple(recipients)

    def escalation_for(self, subject_type: str, recipient: Recipient, position: str = "") -> Escalation | None:
        group = self.group_of(subject_type, position)
        return next((e for e in self.escalations if e.overdue is recipient and group in e.subject_groups), None)

    def follow_up_deadline(self, recipient: Recipient, start: datetime, region_code: str,
                           days: int | None = None) -> Deadline:
        """`days`: the configured count (settings), else the data's; the data says whether they are working days."""
        term = self.follow_up.get(recipient.value, FollowUpTerm(DEFAULT_FOLLOW_UP_DAYS, False))
        count = term.days if days is None else days
        deadline = (working_day_deadline(self.calendar, start, count, region_code) if term.working_days
                    else calendar_day_deadline(start, count))
        basis = f" ({term.basis})" if term.basis else ""
        stages = f". Tahapan: {'; '.join(term.milestones)}" if term.milestones else ""
        return Deadline(deadline.due_at, deadline.terms + basis + stages)
