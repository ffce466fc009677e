"""notify's own topics: notifications it must deliver (notify.notifications) and alerts for operators
(notify.alerts). Neither carries personal data: a reporter is named only as the audience "reporter" of a receipt;
notify looks up how to reach them when it delivers."""

from __future__ import annotations

from pydantic import AwareDatetime

from .common import Contract, Name, RegionCode, Text


class NoticeFacts(Contract):
    """What a message says, in data: numbers, status, reason, outcome, deadline, region. No personal field."""

    receipt_no: Name
    registration_no: Name | None = None
    submission_id: Name
    channel: Name
    kind: Name | None = None
    region_code: RegionCode | None = None
    region_name: Name | None = None
    status: Name | None = None
    reason: Text | None = None
    reason_detail: Text | None = None
    outcome: Name | None = None
    recipients: list[Name] = []
    due_at: AwareDatetime | None = None
    occurred_at: AwareDatetime
    case_id: Name | None = None


class NotificationRequested(Contract):
    """`id.bawaslu.notification.requested.v1`: one message for one recipient. `notification_id` derives from the
    moment (receipt or case + trigger) and the recipient, so the same notice asked for twice is one notification."""

    notification_id: Name
    trigger: Name  # a public status (received, registered, ...) or a moment (decision_reminder, ...)
    audience: Name  # reporter | pokja | recipient | operator
    recipient: Name  # "reporter", "pokja:TNI", "recipient:bkn", "operator:piket"
    template: Name  # e.g. reporter/registered
    sequence: int = 0  # order of the notices to one recipient about one report
    facts: NoticeFacts
    requested_at: AwareDatetime


class OperatorAlertRaised(Contract):
    """`id.bawaslu.operator.alert-raised.v1`: something operators must act on. notify raises it on notify.alerts;
    the other services raise theirs on their own events topic (intake.events, triage.events, referral.events), and
    notify passes them on to operators."""

    alert: Name  # notification_dead_lettered | decision_deadline_missed | criminal_referral_at_risk |
    # outbox_entry_parked | timer_parked | disclosure_missing
    receipt_no: Name | None = None
    case_id: Name | None = None
    notification_id: Name | None = None
    endpoint: Name | None = None  # e.g. "email", "webhook:sigap-lapor" (never an address)
    detail: Text = ""
    raised_at: AwareDatetime
    # Optional, added for parked work (issue 10); older producers leave them empty.
    service: Name | None = None  # who raised it: intake | triage | referral | notify
    reason: Name | None = None  # a stable word: broker_refused_messagesizetoolarge, schema_error, ...
    item: Text | None = None  # what was set aside, as `netra_shared.ops.redrive` names it: "<collection>/<id>"
