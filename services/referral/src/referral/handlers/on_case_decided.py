"""Triage decided a case: send one referral to each body that must act, or close it."""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound
from netra_shared.kernel.failures import NotYet
from netra_shared.kernel.sealing import Sealer

from ..domain.identity import Disclosure, reporter_identity
from ..domain.referral_case import ReferralCase, ReferralRules, refer


@dataclass(frozen=True)
class OnCaseDecided:
    cases: Aggregates[ReferralCase]
    disclosures: Aggregates[Disclosure]
    sealer: Sealer
    rules: ReferralRules

    async def __call__(self, inbound: Inbound) -> dict:
        decided: CaseDecided = inbound.data
        if decided.reporters_consenting and await self.cases.get(decided.case_id) is not None:
            return {"outcome": "duplicate", "case_id": decided.case_id}
        identity = reporter_identity(decided.reporter_refs, decided.reporters_consenting,
                                     await self._consented_identities(decided))
        applied = await self.cases.apply(decided.case_id, inbound, lambda case, now: refer(
            case, decided, rules=self.rules, reporter_identity=identity, now=now))
        if applied.state is not None and applied.state.status == "awaiting_manual_routing":
            structlog.get_logger().warning("operator_alert", alert="no_referral_route", case_id=decided.case_id,
                                           subject_type=decided.subject_type, decided_outcome=decided.outcome.value)
        return {"outcome": applied.outcome, "case_id": decided.case_id}

    async def _consented_identities(self, decided: CaseDecided) -> dict[str, ReporterDisclosure]:
        found = {}
        for ref in decided.reporters_consenting:
            kept = await self.disclosures.get(ref)
            if kept is None:  # published by intake at registration; not here yet
                raise NotYet(f"disclosure for {ref} not received yet")
            found[ref] = ReporterDisclosure.model_validate(self.sealer.open(kept.sealed))
        return found
