"""A channel submitted a report: give it a receipt, check the filing window, register it or say why not."""

from __future__ import annotations

from collections.abc import Callable

from netra_shared.clock import Clock
from netra_shared.contracts.envelope import derive_event_id
from netra_shared.contracts.schemas.submission import ReportSubmission
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..adapters.registration_series import RegistrationSeries
from ..domain.numbers import receipt_number, registration_number, registration_series
from ..domain.report import FilingRules, Report, assess, receive

SOURCE = "/netra/intake"


class OnReportSubmitted:
    def __init__(self, reports: AggregateStore, series: RegistrationSeries, rules: FilingRules,
                 registration_template: str, clock: Clock, written: Callable[[], None]) -> None:
        self.reports = reports
        self.series = series
        self.rules = rules
        self.registration_template = registration_template
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> str:
        submission: ReportSubmission = inbound.data
        receipt_no = receipt_number(submission.channel, submission.submission_id)
        if await self.reports.load(receipt_no) is not None:
            return "duplicate_submission"
        assessment = assess(submission, self.rules)
        registration_no = None
        if assessment.registrable:
            election = submission.election
            series = registration_series(election.level, election.region_code, submission.received_at)
            seq = await self.series.number_for(series.key, receipt_no)
            registration_no = registration_number(self.registration_template, seq, submission.kind, election.level,
                                                  election.region_code, submission.received_at)
        reporter_ref = "rr-" + derive_event_id(receipt_no, "reporter_ref")
        return await apply_decision(
            self.reports, receipt_no, Cause.of(inbound.event), Report,
            lambda existing: receive(existing, submission, receipt_no=receipt_no, registration_no=registration_no,
                                     assessment=assessment, reporter_ref=reporter_ref, now=self.clock.now()),
            source=SOURCE, now=self.clock.now(), written=self.written,
        )
