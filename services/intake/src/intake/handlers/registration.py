"""The second step of registration: draw the number from the office's series, then record it.

Called right after a report became complete, and by the sweeper for any report a crash left `registering`.
Drawing is idempotent per receipt, so a retry gets the same number: no gap, no duplicate.
"""

from __future__ import annotations

from netra_shared.handling import Cause, apply_decision

from ..domain.numbers import registration_number, registration_series
from ..domain.report import IntakeStatus, Report, register
from .context import SOURCE, Intake


async def finish_registration(intake: Intake, receipt_no: str, cause: Cause) -> str | None:
    document = await intake.reports.load(receipt_no)
    if document is None:
        return None
    report = Report.model_validate(document["state"])
    if report.status is not IntakeStatus.registering:
        return None
    submission = report.submission
    election = submission.election
    series = registration_series(election.level, election.region_code, submission.received_at)
    seq = await intake.series.number_for(series.key, receipt_no)
    number = registration_number(intake.registration_template, seq, submission.kind, election.level,
                                 election.region_code, submission.received_at)
    now = intake.clock.now()
    return await apply_decision(
        intake.reports, receipt_no, Cause(f"{cause.id}/register", cause.event), Report,
        lambda current: register(current, number, now) if current else None,
        source=SOURCE, now=now, written=intake.written,
    )
