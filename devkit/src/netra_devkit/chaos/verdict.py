"""What a chaos run shows, counted from what was observed (pure: the runner gathers, this decides).

- lost: a submitted report that never reached a final status on `reports.status`;
- duplicated: a second distinct registration number for one report (or one number for two reports), a second
  distinct referral for one case and recipient, a second distinct delivered notification for one notice;
- repeats: event ids published more than once (the relay's at-least-once), and whether each repeat straddles a
  kill (a kill between its first copy, less a little slack, and its last) or the broker's restart (overlaps it):
  a repeat within one ownership period would do neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FINAL = frozenset({"referred", "closed", "not_registered"})


@dataclass(frozen=True)
class Publish:
    event_id: str
    topic: str
    at: float  # the record's timestamp, seconds since the epoch


@dataclass
class Observed:
    submitted: list[str]  # submission ids
    statuses: list[Mapping[str, Any]]  # the data of every reports.status event (each distinct id once)
    referrals: list[Mapping[str, Any]]  # the data of every referral.issued event (each distinct id once)
    delivered: list[Mapping[str, Any]]  # notify's delivered notifications: their stored state
    publishes: list[Publish]  # every record on the services' own topics
    kills: list[float]  # when each SIGKILL was sent, seconds since the epoch


@dataclass
class Verdict:
    reports: int
    lost: list[str] = field(default_factory=list)
    duplicated: dict[str, list[str]] = field(default_factory=dict)  # kind -> what was duplicated
    published: int = 0  # distinct event ids on the services' topics
    repeated: int = 0  # of them, published more than once
    repeated_straddling_a_kill: int = 0
    repeated_within_one_period: list[str] = field(default_factory=list)
    kills: int = 0

    @property
    def duplicates(self) -> int:
        return sum(len(items) for items in self.duplicated.values())

    @property
    def ok(self) -> bool:
        return not self.lost and not self.duplicates

    def last_line(self) -> str:
        return (f"chaos: {self.reports} reports, lost {len(self.lost)}, duplicated {self.duplicates}, "
                f"kills {self.kills}")


def _many(groups: Mapping[Any, set], label: Any = str) -> list[str]:
    return sorted(label(key) for key, values in groups.items() if len(values) > 1)


def lost(submitted: Iterable[str], statuses: Iterable[Mapping[str, Any]]) -> list[str]:
    final = {status["submission_id"] for status in statuses if status.get("status") in FINAL}
    return sorted(set(submitted) - final)


def duplicated(observed: Observed) -> dict[str, list[str]]:
    numbers_of: dict[str, set[str]] = defaultdict(set)
    reports_of: dict[str, set[str]] = defaultdict(set)
    for status in observed.statuses:
        if status.get("registration_no"):
            numbers_of[status["submission_id"]].add(status["registration_no"])
            reports_of[status["registration_no"]].add(status["submission_id"])
    referrals: dict[tuple[str, str], set[str]] = defaultdict(set)
    for referral in observed.referrals:
        referrals[(referral["case_id"], referral["recipient"])].add(referral["referral_id"])
    notices: dict[tuple, set[str]] = defaultdict(set)
    for n in observed.delivered:
        facts = n.get("facts", {})
        key = (facts.get("receipt_no"), facts.get("case_id"), n["trigger"], n["recipient"], n["template"])
        notices[key].add(n["notification_id"])
    found = {
        "registration numbers per report": _many(numbers_of),
        "reports per registration number": _many(reports_of),
        "referrals per case and recipient": _many(referrals, "/".join),
        "delivered notifications per notice": _many(notices, lambda key: "/".join(map(str, key))),
    }
    return {kind: items for kind, items in found.items() if items}


def repeats(publishes: Iterable[Publish], kills: Iterable[float], outages: Iterable[tuple[float, float]] = (),
            slack: float = 2.0) -> tuple[int, int, int, list[str]]:
    """(distinct ids, ids published more than once, those of them whose copies straddle a kill or an outage) and
    the ids repeated with neither between their copies. A copy span [first, last] straddles a kill at k when
    first - slack <= k <= last, and an outage [start, end] when the two overlap (give or take the slack)."""
    copies: dict[str, list[float]] = defaultdict(list)
    for publish in publishes:
        copies[publish.event_id].append(publish.at)
    moments, windows = sorted(kills), list(outages)
    straddling, within = 0, []
    repeated = {event_id: ats for event_id, ats in copies.items() if len(ats) > 1}
    for event_id, ats in repeated.items():
        first, last = min(ats), max(ats)
        if any(first - slack <= kill <= last for kill in moments) or any(
                start - slack <= last and first <= end + slack for start, end in windows):
            straddling += 1
        else:
            within.append(event_id)
    return len(copies), len(repeated), straddling, sorted(within)


def judge(observed: Observed, outages: Iterable[tuple[float, float]] = ()) -> Verdict:
    """`outages`: (start, end) of what ends an ownership period for every group at once (the broker restarted)."""
    published, repeated, straddling, within = repeats(observed.publishes, observed.kills, outages)
    return Verdict(reports=len(observed.submitted), lost=lost(observed.submitted, observed.statuses),
                   duplicated=duplicated(observed), published=published, repeated=repeated,
                   repeated_straddling_a_kill=straddling, repeated_within_one_period=within,
                   kills=len(observed.kills))
