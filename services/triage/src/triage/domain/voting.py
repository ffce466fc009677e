"""When the Pokja's opinions conclude a review, and how (DOMAIN.md "Review"; issue #4).

- Counted members: the case's members minus those recused (automatically, or by a `recuse` verdict).
- Conclusion when every expected member answered, or at the deadline with at least `quorum` counted opinions:
  a verdict held by more than half of the counted opinions wins.
- A majority for `need_more_info` extends the deadline once; after the extension it goes to the coordinator.
- A tie, no majority, or too few opinions at the deadline goes to the Bawaslu coordinator, whose opinion decides
  (a coordinator's `need_more_info` extends the deadline if that has not happened yet).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from netra_shared.contracts.schemas.common import Outcome
from netra_shared.contracts.schemas.review import Agency, Opinion, Verdict

DECISIVE = (Verdict.violation, Verdict.no_violation)


@dataclass(frozen=True)
class Wait:
    pass


@dataclass(frozen=True)
class Decide:
    outcome: Outcome
    by: str  # majority | coordinator


@dataclass(frozen=True)
class Extend:
    requests: list[Opinion]  # the opinions that asked for more information


@dataclass(frozen=True)
class ToCoordinator:
    reason: str  # tie | no_majority | too_few_opinions | need_more_info_after_extension
    tally: dict[str, int]


Step = Wait | Decide | Extend | ToCoordinator


def outcome_of(verdict: Verdict, voters: Sequence[Opinion]) -> Outcome:
    if verdict is Verdict.no_violation:
        return Outcome.not_a_violation
    proposed = Counter(op.proposed_outcome for op in voters
                       if op.proposed_outcome and op.proposed_outcome is not Outcome.not_a_violation)
    return proposed.most_common(1)[0][0] if proposed else Outcome.neutrality_violation


def expected_members(members: Sequence[Agency], recused: Mapping[str, str]) -> list[Agency]:
    return [member for member in members if member.value not in recused]


def counted(members: Sequence[Agency], recused: Mapping[str, str], opinions: Mapping[str, Opinion]) -> list[Opinion]:
    return [opinions[m.value] for m in expected_members(members, recused)
            if m.value in opinions and opinions[m.value].verdict is not Verdict.recuse]


def _by_majority(votes: list[Opinion], extended: bool) -> Step:
    tally = Counter(op.verdict for op in votes)
    ranked = tally.most_common()
    names = {verdict.value: count for verdict, count in ranked}
    if not ranked:
        return ToCoordinator("too_few_opinions", names)
    top, count = ranked[0]
    if count * 2 <= len(votes):
        return ToCoordinator("tie" if len(ranked) > 1 and ranked[1][1] == count else "no_majority", names)
    if top is Verdict.need_more_info:
        requests = [op for op in votes if op.verdict is top]
        return ToCoordinator("need_more_info_after_extension", names) if extended else Extend(requests)
    return Decide(outcome_of(top, [op for op in votes if op.verdict is top]), "majority")


def _with_coordinator(step: ToCoordinator, coordinator: Opinion | None, extended: bool) -> Step:
    if coordinator is not None and coordinator.verdict in DECISIVE:
        return Decide(outcome_of(coordinator.verdict, [coordinator]), "coordinator")
    if coordinator is not None and coordinator.verdict is Verdict.need_more_info and not extended:
        return Extend([coordinator])
    return step


def conclude(*, members: Sequence[Agency], recused: Mapping[str, str], opinions: Mapping[str, Opinion],
             extended: bool, with_coordinator: ToCoordinator | None, at_deadline: bool, quorum: int) -> Step:
    """The next step of a review given its opinions; `with_coordinator`: the case already went to the coordinator."""
    coordinator = opinions.get(Agency.BAWASLU.value)
    if with_coordinator is not None:
        return _with_coordinator(with_coordinator, coordinator, extended)
    expected = expected_members(members, recused)
    answered = [m for m in expected if m.value in opinions]
    votes = counted(members, recused, opinions)
    if len(answered) < len(expected):
        if not at_deadline:
            return Wait()
        if len(votes) < quorum:
            tally = dict(Counter(op.verdict.value for op in votes))
            return _with_coordinator(ToCoordinator("too_few_opinions", tally), coordinator, extended)
    step = _by_majority(votes, extended)
    return _with_coordinator(step, coordinator, extended) if isinstance(step, ToCoordinator) else step
