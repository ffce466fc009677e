"""Intake registered a report: it joins the open case on the same reported party and incident, or opens one.

Placement is a loop of guarded writes: look up the party's cases, join the nearest open one (the write re-checks
it is still undecided), else open case #n+1 under the unique key `<party>#n+1`. A concurrent related report that
took that key first makes the insert fail; the next turn finds its case and joins it. A redelivered report is
found in the case it was placed in and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from pymongo.errors import DuplicateKeyError

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.intake_events import ReportRegistered
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore, ConcurrentModification

from ..adapters.subject_cases import SubjectCases
from ..domain.case import Case, case_id_for, link_report, open_review
from ..domain.linking import choose_case, incident_time, next_sequence, subject_key
from ..domain.policy import ReviewPolicy
from ..domain.reference import ReferenceData

SOURCE = "/netra/triage"
ATTEMPTS = 10


class OnReportRegistered:
    def __init__(self, cases: AggregateStore, policy: ReviewPolicy, reference: ReferenceData, clock: Clock,
                 written: Callable[[], None]) -> None:
        self.cases = cases
        self.subject_cases = SubjectCases(cases)
        self.policy = policy
        self.reference = reference
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> str | dict:
        if not isinstance(inbound.data, ReportRegistered):
            return "not_for_triage"
        report: ReportRegistered = inbound.data
        cause = Cause.of(inbound.event)
        key = subject_key(report.election, report.reported_party, self.reference)
        for _ in range(ATTEMPTS):
            case_id, outcome = await self._place(report, cause, key)
            if outcome != "unchanged":
                return {"outcome": outcome, "case_id": case_id, "receipt_no": report.receipt_no}
        raise ConcurrentModification(f"{report.receipt_no}: no case could be opened or joined")

    async def _place(self, report: ReportRegistered, cause: Cause, key: str | None) -> tuple[str, str]:
        now = self.clock.now()
        earlier = await self.subject_cases.of(key) if key else []
        if placed := next((case for case in earlier if report.receipt_no in case.receipt_nos), None):
            return placed.case_id, "duplicate"
        target = choose_case(earlier, incident_time(report.incident), self.policy.link_window_days)
        if target is not None:
            return target.case_id, await self._apply(target.case_id, cause, lambda case: link_report(
                case, report, policy=self.policy, reference=self.reference, now=now), now)
        case_id = case_id_for(report.receipt_no)
        subject = (key, next_sequence(earlier)) if key else None
        try:
            return case_id, await self._apply(case_id, cause, lambda case: open_review(
                case, report, policy=self.policy, reference=self.reference, now=now, subject=subject,
                earlier_cases=len(earlier)), now)
        except DuplicateKeyError:  # a related report opened this party's next case first: join it next turn
            return case_id, "unchanged"

    async def _apply(self, case_id: str, cause: Cause, decide, now) -> str:
        return await apply_decision(self.cases, case_id, cause, Case, decide, source=SOURCE, now=now,
                                    written=self.written)
