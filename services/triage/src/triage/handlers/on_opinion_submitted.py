"""A Pokja member (or the Bawaslu coordinator) gave an opinion: record it, and decide when the votes allow."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.decoding import ContractViolation
from netra_shared.contracts.schemas.review import Opinion
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.case import Case
from ..domain.policy import ReviewPolicy
from ..domain.review import record_opinion
from .on_report_registered import SOURCE


class OnOpinionSubmitted:
    def __init__(self, cases: AggregateStore, policy: ReviewPolicy, clock: Clock, written: Callable[[], None]) -> None:
        self.cases = cases
        self.policy = policy
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> dict:
        opinion: Opinion = inbound.data
        if await self.cases.load(opinion.case_id) is None:
            raise ContractViolation("unknown_case", f"no case {opinion.case_id[:60]!r} is under review")
        now = self.clock.now()
        outcome = await apply_decision(
            self.cases, opinion.case_id, Cause.of(inbound.event), Case,
            lambda case: record_opinion(case, opinion, now=now, policy=self.policy), source=SOURCE, now=now,
            written=self.written,
        )
        return {"outcome": outcome, "case_id": opinion.case_id, "agency": opinion.agency.value}
