"""Triage decided a case: send one referral to each body that must act, or close it."""

from __future__ import annotations

from collections.abc import Callable

import structlog

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.messaging.failures import NotYet
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.identity import reporter_identity
from ..domain.referral_case import ReferralCase, ReferralRules, refer

SOURCE = "/netra/referral"


class OnCaseDecided:
    def __init__(self, cases: AggregateStore, disclosures: AggregateStore, rules: ReferralRules,
                 clock: Clock, written: Callable[[], None]) -> None:
        self.cases = cases
        self.disclosures = disclosures
        self.rules = rules
        self.clock = clock
        self.written = written

    async def _consented_identities(self, decided: CaseDecided) -> dict[str, ReporterDisclosure]:
        found = {}
        for ref in decided.reporters_consenting:
            document = await self.disclosures.load(ref)
            if document is None:  # published by intake at registration; not here yet
                raise NotYet(f"disclosure for {ref} not received yet")
            found[ref] = ReporterDisclosure.model_validate(document["state"]["disclosure"])
        return found

    async def __call__(self, inbound: Inbound) -> str | dict:
        if not isinstance(inbound.data, CaseDecided):
            return "not_for_referral"
        decided: CaseDecided = inbound.data
        if await self.cases.load(decided.case_id) is not None:
            return {"outcome": "duplicate", "case_id": decided.case_id}
        identity = reporter_identity(decided.reporter_refs, decided.reporters_consenting,
                                     await self._consented_identities(decided))
        now = self.clock.now()
        outcome = await apply_decision(
            self.cases, decided.case_id, Cause.of(inbound.event), ReferralCase,
            lambda case: refer(case, decided, rules=self.rules, reporter_identity=identity, now=now),
            source=SOURCE, now=now, written=self.written,
        )
        if outcome.startswith("no_route"):
            structlog.get_logger().warning("operator_alert", alert="no_referral_route", case_id=decided.case_id,
                                           subject_type=decided.subject_type, decided_outcome=decided.outcome.value)
        return {"outcome": outcome, "case_id": decided.case_id}
