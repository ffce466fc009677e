"""Operator alerts as notify keeps them: every `operator.alert-raised.v1`, from whichever service raised it, is
kept once (its event id), told to every operator by e-mail, and shown in the console while it is open.

An alert is open until an operator marks it handled, or until what it warns about is over: the decision came (a
decision due soon or missed, a casting vote), the case was referred or closed (no route, an election crime not
referred yet), the recipient finished its follow-up (an overdue follow-up). Alerts about something that already
happened (a late criminal referral, an undeliverable notice) stay open until an operator marks them handled.

A notice to an operator that could not be delivered is shown, never e-mailed (it would fail the same way, and an
alert about that alert would follow).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from netra_shared.contracts.schemas.notification import NoticeFacts, OperatorAlertRaised
from netra_shared.contracts.schemas.status import ReportStatusName as S
from netra_shared.kernel.decision import Decision
from pydantic import BaseModel

from .journey import Seen
from .notice_rules import Directory
from .notified_report import NotifiedReport, notices

NOT_EMAILED = frozenset({"operator_notice_dead_lettered"})
SEVERITIES = ("critical", "warning")
UNTIL_DECIDED = frozenset({"decision_due_soon", "decision_deadline_missed", "casting_vote_requested"})
UNTIL_REFERRED = frozenset({"no_referral_route", "criminal_referral_at_risk"})
DECIDED = frozenset({S.decided, S.referred, S.follow_up, S.closed, S.not_registered})
REFERRED = frozenset({S.referred, S.follow_up, S.closed, S.not_registered})


class RaisedAlert(BaseModel):
    alert_id: str  # the event id: the same alert told twice is one alert
    alert: str  # its kind
    severity: str
    service: str  # the service whose topic it came on
    receipt_nos: list[str]
    case_id: str | None = None
    due_at: datetime | None = None
    reason: str | None = None
    agency: str | None = None
    item: str | None = None  # parked work it concerns ("<collection>/<id>", for netra_shared.ops.redrive)
    detail: str = ""
    raised_at: datetime
    trace_id: str | None = None
    handled_by: str | None = None  # the operator who marked it handled (from their session, never a form field)
    handled_at: datetime | None = None


def _keys(alert: RaisedAlert) -> dict:
    return {"receipt_nos": alert.receipt_nos, "raised_at": alert.raised_at, "handled": alert.handled_by is not None}


def raise_alert(existing: RaisedAlert | None, raised: OperatorAlertRaised, *, alert_id: str, seen: Seen,
                facts: NoticeFacts, directory: Directory, now: datetime) -> Decision | None:
    """Keep the alert and ask for its notice to every operator (one per alert, whichever report it came with)."""
    if existing is not None:
        return None
    severity = raised.severity if raised.severity in SEVERITIES else "warning"
    alert = RaisedAlert(
        alert_id=alert_id, alert=raised.alert, severity=severity, service=seen.service, receipt_nos=raised.reports,
        case_id=raised.case_id, due_at=raised.due_at, reason=raised.reason, agency=raised.agency, item=raised.item,
        detail=raised.detail, raised_at=raised.raised_at, trace_id=seen.trace_id)
    emits = [] if alert.alert in NOT_EMAILED else notices(
        facts.receipt_no, "operator_alert", facts, directory=directory, sequence=0, now=now, scope=f"alert/{alert_id}")
    return Decision(alert, emits, keys=_keys(alert), outcome=f"alert_{alert.alert}")


def handle(alert: RaisedAlert | None, operator: str, now: datetime) -> Decision | None:
    """An operator marks the alert handled (once: the first one to do it is recorded)."""
    if alert is None or alert.handled_by is not None:
        return None
    alert = alert.model_copy(update={"handled_by": operator, "handled_at": now})
    return Decision(alert, keys=_keys(alert), outcome="alert_handled")


def _reached(report: NotifiedReport, statuses: frozenset[S]) -> bool:
    return any(step.status in statuses for step in (*report.timeline, *report.pending))


def is_open(alert: RaisedAlert, reports: Mapping[str, NotifiedReport]) -> bool:
    """Still something for operators to do (see the module's docstring)."""
    if alert.handled_by is not None:
        return False
    known = [reports[receipt_no] for receipt_no in alert.receipt_nos if receipt_no in reports]
    if not known:
        return True
    if alert.alert in UNTIL_DECIDED:
        return not all(_reached(report, DECIDED) for report in known)
    if alert.alert in UNTIL_REFERRED:
        return not all(_reached(report, REFERRED) for report in known)
    if alert.alert == "follow_up_overdue":
        return not all(_reached(report, frozenset({S.closed})) or any(
            f.done for f in report.follow_ups if f.recipient == alert.agency) for report in known)
    return True
