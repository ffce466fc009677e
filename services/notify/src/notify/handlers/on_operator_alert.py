"""Another service raised an operator alert on its events topic: pass it on to operators on notify.alerts."""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.operator_alerts import PassedOnAlert, pass_on


@dataclass(frozen=True)
class OnOperatorAlert:
    alerts: Aggregates[PassedOnAlert]

    async def __call__(self, inbound: Inbound) -> dict:
        alert: OperatorAlertRaised = inbound.data
        applied = await self.alerts.apply(f"{inbound.event.source} {inbound.event.id}", inbound,
                                          lambda existing, now: pass_on(existing, alert))
        structlog.get_logger().warning("operator_alert", alert=alert.alert, service=alert.service,
                                       reason=alert.reason, item=alert.item, case_id=alert.case_id)
        return {"outcome": applied.outcome, "alert": alert.alert}
