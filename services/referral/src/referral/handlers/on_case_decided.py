"""Triage decided a case: send one referral to each body that must act, or close it. A consenting reporter's
identity that is not here yet makes the case wait on its own timer (review H7), never the partition."""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.intake_events import ReporterDisclosure
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound
from netra_shared.kernel.sealing import Sealer
from netra_shared.kernel.timers import Timer

from ..domain.identity import Disclosure, reporter_identity
from ..domain.referral_case import AWAITING_DISCLOSURE, ReferralCase, ReferralRules, await_disclosures, refer, still_waiting


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
        found, missing = await self._consented_identities(decided)
        if missing:
            applied = await self.cases.apply(decided.case_id, inbound, lambda case, now: await_disclosures(
                case, decided, missing, rules=self.rules, now=now))
            return {"outcome": applied.outcome, "case_id": decided.case_id}
        identity = reporter_identity(decided.reporter_refs, decided.reporters_consenting, found)
        applied = await self.cases.apply(decided.case_id, inbound, lambda case, now: refer(
            case, decided, rules=self.rules, reporter_identity=identity, now=now))
        return {"outcome": applied.outcome, "case_id": decided.case_id}

    async def after_waiting(self, timer: Timer, waiting: ReferralCase) -> dict:
        """A waiting case's timer: refer it once every identity is here or the wait is over, else look later."""
        decided = waiting.decided
        found, missing = await self._consented_identities(decided)
        identity = reporter_identity(decided.reporter_refs, decided.reporters_consenting, found)
        applied = await self.cases.apply(decided.case_id, timer, lambda case, now: (
            still_waiting(case, missing, rules=self.rules, now=now) or refer(
                case, decided, rules=self.rules, reporter_identity=identity, now=now, missing_disclosures=missing))
            if case is not None and case.status == AWAITING_DISCLOSURE else None)
        return {"outcome": applied.outcome, "case_id": decided.case_id}

    async def _consented_identities(self, decided: CaseDecided) -> tuple[dict[str, ReporterDisclosure], list[str]]:
        """The consenting reporters' identities kept so far, and the refs still missing (intake publishes each at
        registration, on another topic: it may come later, or never)."""
        found, missing = {}, []
        for ref in dict.fromkeys(decided.reporters_consenting):
            kept = await self.disclosures.get(ref)
            if kept is None:
                missing.append(ref)
            else:
                found[ref] = ReporterDisclosure.model_validate(self.sealer.open(kept.sealed))
        return found, missing
