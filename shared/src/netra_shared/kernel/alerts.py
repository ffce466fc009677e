"""Operator alerts the kernel raises when it sets work aside (an outbox entry the broker refuses for good, a timer
that keeps failing): `operator.alert-raised.v1` on the service's own events topic (the registry's topic that the
service produces and that carries that type; notify's is notify.alerts). The alert is an outbox entry of the
document concerned, so it goes out with the guarantees of every event; its id derives from the item, so raising it
again changes nothing. notify passes the others' alerts on to operators; the console shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..contracts.envelope import new_event
from ..contracts.schemas.notification import OperatorAlertRaised
from ..contracts.topics import ALL_TOPICS, OPERATOR_ALERT_RAISED, TopicSpec
from .store import OutboxEntry

OUTBOX_ENTRY_PARKED = "outbox_entry_parked"
TIMER_PARKED = "timer_parked"


def alert_topic(service: str) -> TopicSpec | None:
    """Where `service` raises its operator alerts (None: nowhere, it only logs)."""
    return next((spec for spec in ALL_TOPICS
                 if service in spec.producers and spec.event(OPERATOR_ALERT_RAISED.type) is not None), None)


def _subject_ids(aggregate_id: str) -> dict[str, str]:
    """The case or receipt an aggregate id names, for operators to find it (ids are CASE-..., RCP-...)."""
    if aggregate_id.startswith("CASE-"):
        return {"case_id": aggregate_id[:200]}
    if aggregate_id.startswith("RCP-"):
        return {"receipt_no": aggregate_id[:200]}
    return {}


@dataclass(frozen=True)
class Alerts:
    service: str

    @property
    def topic(self) -> TopicSpec | None:
        return alert_topic(self.service)

    def raised(self, alert: str, *, collection: str, aggregate_id: str, reason: str, detail: str, label: str,
               now: datetime) -> dict[str, Any] | None:
        """The outbox entry (document form) of one alert about `<collection>/<aggregate_id>`; `label` makes its id
        (the same item parked again after a redrive gets a new label)."""
        spec = self.topic
        if spec is None:
            return None
        item = f"{collection}/{aggregate_id}"
        data = OperatorAlertRaised(alert=alert, service=self.service, reason=reason[:200], item=item[:2000],
                                   detail=detail[:2000], raised_at=now, **_subject_ids(aggregate_id))
        event = new_event(type=OPERATOR_ALERT_RAISED.type, source=f"/netra/{self.service}", subject=aggregate_id[:128],
                          data=data, cause=None, cause_id=f"~alert/{item}", label=label, time=now)
        return OutboxEntry(spec.name, aggregate_id, event).to_document() | {"alert": True}
