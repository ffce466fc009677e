"""Intake registered a report: it joins the open case on the same reported party and incident, or opens one.

Placement is a loop of guarded writes: look up the party's cases, join the nearest open one (the write re-checks
it is still undecided), else open case #n+1 under the unique key `<party>#n+1`. A concurrent related report that
took that key first makes the insert fail; the next turn finds its case and joins it. A redelivered report is
found in the case it was placed in and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound
from netra_shared.kernel.failures import ConcurrentModification
from netra_shared.kernel.store import KeyTaken

from ..adapters.subject_cases import SubjectCases
from ..domain.case import Case, case_id_for, link_report, open_review
from ..domain.linking import choose_case, incident_time, next_sequence, subject_key
from ..domain.policy import ReviewPolicy
from ..domain.reference import ReferenceData

ATTEMPTS = 10


@dataclass(frozen=True)
class OnReportRegistered:
    cases: Aggregates[Case]
    subject_cases: SubjectCases
    policy: ReviewPolicy
    reference: ReferenceData

    async def __call__(self, inbound: Inbound) -> dict:
        report: ReportRegistered = inbound.data
        key = subject_key(report.election, report.reported_party, self.reference)
        for _ in range(ATTEMPTS):
            case_id, outcome = await self._place(report, inbound, key)
            if outcome != "unchanged":
                return {"outcome": outcome, "case_id": case_id, "receipt_no": report.receipt_no}
        raise ConcurrentModification(f"{report.receipt_no}: no case could be opened or joined")

    async def _place(self, report: ReportRegistered, inbound: Inbound, key: str | None) -> tuple[str, str]:
        earlier = await self.subject_cases.of(key) if key else []
        if placed := next((case for case in earlier if report.receipt_no in case.receipt_nos), None):
            return placed.case_id, "duplicate"
        target = choose_case(earlier, incident_time(report.incident), self.policy.link_window_days)
        if target is not None:
            applied = await self.cases.apply(target.case_id, inbound, lambda case, now: link_report(
                case, report, policy=self.policy, reference=self.reference, now=now))
            return target.case_id, applied.outcome
        case_id = case_id_for(report.receipt_no)
        subject = (key, next_sequence(earlier)) if key else None
        try:
            applied = await self.cases.apply(case_id, inbound, lambda case, now: open_review(
                case, report, policy=self.policy, reference=self.reference, now=now, subject=subject,
                earlier_cases=len(earlier)))
        except KeyTaken:  # a related report opened this party's next case first: join it next turn
            return case_id, "unchanged"
        return case_id, applied.outcome
