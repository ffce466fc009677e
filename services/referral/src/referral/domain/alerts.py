"""What referral tells operators, as an `operator.alert-raised.v1` on its own referral.events (notify delivers it to
the operators and shows it in the console): a decided case no route fits (it waits for manual routing), a referral
whose follow-up is long overdue, a criminal referral later than 1 x 24 hours after the decision (review M11)."""

from __future__ import annotations

from datetime import datetime

from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.contracts.schemas.review import CaseReports
from netra_shared.contracts.topics import OPERATOR_ALERT_RAISED, REFERRAL_EVENTS
from netra_shared.kernel.decision import Emit


def operator_alert(case: CaseReports, alert: str, *, severity: str, now: datetime, detail: str, label: str,
                   due_at: datetime | None = None, agency: str | None = None, reason: str | None = None) -> Emit:
    receipt_nos = [ref.receipt_no for ref in case.reports]
    raised = OperatorAlertRaised(
        alert=alert, severity=severity, service="referral", receipt_no=receipt_nos[0], receipt_nos=receipt_nos,
        case_id=case.case_id, due_at=due_at, reason=reason, agency=agency, detail=detail[:2000], raised_at=now)
    return Emit(REFERRAL_EVENTS, OPERATOR_ALERT_RAISED, case.case_id, raised, label)


def no_referral_route(case: CaseReports, subject_type: str, outcome: str, now: datetime) -> Emit:
    return operator_alert(case, "no_referral_route", severity="critical", now=now, reason=outcome,
                          label="alert_no_referral_route",
                          detail=f"tidak ada tujuan rujukan untuk subjek {subject_type} dengan putusan {outcome}; "
                                 "kasus menunggu penerusan manual")
