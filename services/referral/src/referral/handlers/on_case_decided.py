"""Triage decided a case: send one referral to each body that must act, or close it."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.referral_case import ReferralCase, refer

SOURCE = "/netra/referral"


class OnCaseDecided:
    def __init__(self, cases: AggregateStore, follow_up_days: dict[str, int], clock: Clock,
                 written: Callable[[], None]) -> None:
        self.cases = cases
        self.follow_up_days = follow_up_days
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> str | dict:
        if not isinstance(inbound.data, CaseDecided):
            return "not_for_referral"
        decided: CaseDecided = inbound.data
        now = self.clock.now()
        outcome = await apply_decision(
            self.cases, decided.case_id, Cause.of(inbound.event), ReferralCase,
            lambda case: refer(case, decided, follow_up_days=self.follow_up_days, now=now),
            source=SOURCE, now=now, written=self.written,
        )
        return {"outcome": outcome, "case_id": decided.case_id}
