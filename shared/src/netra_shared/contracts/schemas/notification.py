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
    alert: Name | None = None  # an operator alert's kind (operator notices only)
    severity: Name | None = None


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
    """`id.bawaslu.operator.alert-raised.v1`: something operators must act on. Each service raises its own on its
    own events topic (intake.events, triage.events, referral.events, notify.alerts); notify delivers every one to the
    operators and shows it in the operator console. No personal data: numbers, deadlines and reasons only.

    `alert` is the kind: decision_due_soon | decision_deadline_missed | casting_vote_requested (triage);
    no_referral_route | follow_up_overdue | criminal_referral_late | disclosure_missing (referral);
    notification_dead_lettered | operator_notice_dead_lettered | criminal_referral_at_risk (notify);
    outbox_entry_parked | timer_parked (any service's kernel). Which service raised it is the topic's (its only
    writer), whatever `service` says."""

    alert: Name
    receipt_no: Name | None = None  # the first report it concerns (the key on notify.alerts)
    case_id: Name | None = None
    notification_id: Name | None = None
    endpoint: Name | None = None  # e.g. "email", "webhook:sigap-lapor" (never an address)
    detail: Text = ""
    raised_at: AwareDatetime
    # Optional, added with the operator console and parked work (issues 13, 10); older producers leave them empty.
    severity: Name = "warning"  # warning | critical
    service: Name | None = None  # who raised it: intake | triage | referral | notify
    receipt_nos: list[Name] = []  # every report it concerns (a case's alert concerns all the case's reports)
    due_at: AwareDatetime | None = None  # the deadline at stake
    reason: Name | None = None  # a stable word: tie, no_majority, smtp_550, broker_refused_messagesizetoolarge, ...
    agency: Name | None = None  # the body that must act (bkn, pemda, gakkumdu, bawaslu, ...)
    item: Text | None = None  # what was set aside, as `netra_shared.ops.redrive` names it: "<collection>/<id>"

    @property
    def reports(self) -> list[str]:
        """Every receipt number it concerns, the first one first."""
        first = [self.receipt_no] if self.receipt_no else []
        return list(dict.fromkeys([*first, *self.receipt_nos]))
