"""The other services' operator alerts reach operators on notify.alerts, once each."""

from __future__ import annotations

from datetime import UTC, datetime

from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.contracts.topics import NOTIFY_ALERTS, OPERATOR_ALERT_RAISED
from notify.domain.operator_alerts import pass_on

T0 = datetime(2024, 10, 3, 2, 0, tzinfo=UTC)


def test_a_parked_entry_alert_from_triage_is_passed_on_to_operators_once():
    alert = OperatorAlertRaised(alert="outbox_entry_parked", service="triage", case_id="CASE-AAAA-BBBB-CC",
                                reason="broker_refused_messagesizetoolarge", item="cases/CASE-AAAA-BBBB-CC",
                                raised_at=T0)
    decision = pass_on(None, alert)
    [emit] = decision.emits
    assert (emit.topic, emit.event, emit.key, emit.data) == (NOTIFY_ALERTS, OPERATOR_ALERT_RAISED,
                                                             "CASE-AAAA-BBBB-CC", alert)
    assert pass_on(decision.state, alert) is None  # redelivered: passed on once
