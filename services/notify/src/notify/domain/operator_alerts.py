"""The other services' operator alerts (an outbox entry or a timer parked, a disclosure that never came), raised on
their own events topic, passed on once to operators on notify.alerts, where notify's own alerts are."""

from __future__ import annotations

from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.contracts.topics import NOTIFY_ALERTS, OPERATOR_ALERT_RAISED
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel


class PassedOnAlert(BaseModel):
    """One alert passed on (kept by the alert's event id: a redelivered alert is passed on once)."""

    alert: OperatorAlertRaised


def pass_on(existing: PassedOnAlert | None, alert: OperatorAlertRaised) -> Decision | None:
    if existing is not None:
        return None
    key = alert.receipt_no or alert.case_id or alert.item or alert.alert
    return Decision(PassedOnAlert(alert=alert), [Emit(NOTIFY_ALERTS, OPERATOR_ALERT_RAISED, key[:200], alert,
                                                      "passed_on")], outcome=f"alert_passed_on_{alert.alert}")
