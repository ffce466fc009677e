"""THE registry: every topic, its key, who writes and reads it, its event types and their schemas.

Topic names are given without the deployment prefix; `Topics(prefix)` applies it. Every topic has a
`<name>.dlq` companion that holds the messages its consumers could not accept, with the reason in headers.

Each topic also says how it is kept: its partitions (how many replicas of a consuming service can share the work)
and its retention (how long a message waits for a consumer that is down or wedged). Replication and
`min.insync.replicas` are the deployment's (`netra_shared.provisioning.topics.TopicPlan`), not the topic's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel

from .schemas.common import Recipient, ReportingChannel
from .schemas.intake_events import (
    CompletionRequested,
    ReporterContact,
    ReporterDisclosure,
    ReportNotRegistered,
    ReportReceived,
    ReportRegistered,
    RequestRejected,
)
from .schemas.notification import NotificationRequested, OperatorAlertRaised
from .schemas.referral import (
    CaseClosed,
    CaseReferred,
    FollowUpRecorded,
    ReferralEscalated,
    ReferralPackage,
    ReferralReminder,
    ReferralResponse,
    ResponseRejected,
)
from .schemas.review import (
    Agency,
    CaseDecided,
    CastingVoteRequested,
    Opinion,
    OpinionRejected,
    ReportLinked,
    ReviewDeadlineMissed,
    ReviewExtended,
    ReviewOpened,
    ReviewPacket,
    ReviewPacketUpdated,
    ReviewReminderDue,
)
from .schemas.status import ReportStatus
from .schemas.submission import ReportSubmission, ReportSupplement, WithdrawalRequest


# Every topic a service consumes has this many partitions: up to 12 replicas of each service share the work (a
# consumer group gives each partition to one member). Fewer only for topics that outside parties alone read.
PARTITIONS = 12
# How long a topic keeps a message: longer than the longest legal clock a message may wait on, plus margin. The
# longest is a criminal referral's follow-up at Sentra Gakkumdu: police 14 working days, prosecutor 5, district
# court 7 days, appeal 3, high court 7 (DOMAIN.md), about 44 calendar days with weekends; then 16 days of margin
# (holidays, collective leave, a consumer down over a long weekend).
RETENTION_DAYS = 60
# A DLQ record waits for an operator to notice, fix and redrive it: longer still. DLQs are read by operators only.
DLQ_RETENTION_DAYS = 90
DLQ_PARTITIONS = 1
DAY_MS = 24 * 60 * 60 * 1000
# What one message may weigh (its CloudEvent's bytes), so that what a producer emits is what every consumer of the
# topic accepts, end to end. Every Netra service refuses input over SERVICE_INPUT_BYTES (ServiceSettings.
# max_message_bytes), so that is the budget of every topic a service reads; a channel's message is smaller by a hop's
# margin, so the event intake derives from it (same facts, other references) still fits; topics only outside parties
# read (review packets, referrals) may use what the broker and the producer take (1 MiB, less the key, headers and
# the record batch's framing). The kernel refuses an event over its budget (OverBudget): the domain makes it fit.
SERVICES = ("intake", "triage", "referral", "notify")  # Netra's own services (contracts/access.py gives their rights)
SERVICE_INPUT_BYTES = 256 * 1024
HOP_MARGIN_BYTES = 8 * 1024
OUTBOUND_BYTES = 1_000_000


class Visibility(StrEnum):
    external_in = "external-in"  # written by outside systems
    external_out = "external-out"  # read by outside systems
    internal = "internal"  # between Netra's services only


@dataclass(frozen=True)
class EventType:
    type: str
    schema: type[BaseModel]
    description: str


@dataclass(frozen=True)
class TopicSpec:
    name: str
    key: str
    visibility: Visibility
    producers: tuple[str, ...]
    consumers: tuple[str, ...]
    events: tuple[EventType, ...]
    description: str
    partitions: int = PARTITIONS
    personal_data: bool = False
    retention_days: int = RETENTION_DAYS
    sender: str | None = None  # a per-sender topic: the one outside principal that writes (or reads) it

    @property
    def dlq(self) -> str:
        return f"{self.name}.dlq"

    @property
    def max_message_bytes(self) -> int:
        """The byte budget of one event on this topic (see SERVICE_INPUT_BYTES)."""
        if self.visibility is Visibility.external_in:
            return SERVICE_INPUT_BYTES - HOP_MARGIN_BYTES
        if self.visibility is Visibility.internal or set(self.consumers) & set(SERVICES):
            return SERVICE_INPUT_BYTES  # a service reads it (notify.alerts: notify keeps every alert)
        return OUTBOUND_BYTES

    @property
    def retention_ms(self) -> int:
        return self.retention_days * DAY_MS

    def event(self, type_: str) -> EventType | None:
        return next((event for event in self.events if event.type == type_), None)


def per_sender(base: TopicSpec, senders: Iterable[str]) -> dict[str, TopicSpec]:
    """One topic per outside party, `<name>.<party>`, that only this party may write (inbound) or read (outbound):
    a consumer knows who sent a message from the topic it came on (the broker's ACLs), never from a field in it."""
    inbound = base.visibility is Visibility.external_in
    return {sender: dataclasses.replace(
        base, name=f"{base.name}.{sender}", sender=sender, producers=(sender,) if inbound else base.producers,
        consumers=base.consumers if inbound else (sender,), description=f"{base.description} ({sender} alone)")
        for sender in senders}


CHANNELS = tuple(channel.value for channel in ReportingChannel)
POKJA_MEMBERS = tuple(agency.value.lower() for agency in Agency)  # their principals: tni, polri, ..., bawaslu
RECIPIENTS = tuple(recipient.value for recipient in Recipient)


def _e(type_: str, schema: type[BaseModel], description: str) -> EventType:
    return EventType(f"id.bawaslu.{type_}", schema, description)


REPORT_SUBMITTED = _e("report.submitted.v1", ReportSubmission, "A report or finding submitted by a channel")
REPORT_SUPPLEMENTED = _e("report.supplemented.v1", ReportSupplement, "Missing items supplied for a receipt")
REPORT_WITHDRAWAL_REQUESTED = _e("report.withdrawal-requested.v1", WithdrawalRequest,
                                 "A reporter withdraws a report that is not registered yet")
REQUEST_REJECTED = _e("request.rejected.v1", RequestRejected, "A supplement or withdrawal intake refused, and why")
REPORT_COMPLETION_REQUESTED = _e("report.completion-requested.v1", CompletionRequested,
                                 "Intake asks the reporter for the missing items within 2 x 24 hours")
REPORTER_DISCLOSURE = _e("reporter.disclosure-consented.v1", ReporterDisclosure,
                         "A consenting reporter's identity, for the referral package (personal data)")
REPORT_RECEIVED = _e("report.received.v1", ReportReceived, "Intake accepted a submission and gave a receipt")
REPORT_REGISTERED = _e("report.registered.v1", ReportRegistered, "A complete report entered the register")
REPORT_NOT_REGISTERED = _e("report.not-registered.v1", ReportNotRegistered, "A report was refused, with the reason")
REPORTER_CONTACT = _e("reporter.contact-registered.v1", ReporterContact,
                      "How to reach a reporter (personal data: notify only)")
REVIEW_REQUESTED = _e("review.requested.v1", ReviewPacket, "A case for the Pokja members to review")
OPINION_SUBMITTED = _e("pokja.opinion.submitted.v1", Opinion, "One member's opinion on one case")
REVIEW_OPENED = _e("review.opened.v1", ReviewOpened, "Triage opened the Pokja review of a case")
CASE_DECIDED = _e("case.decided.v1", CaseDecided, "The Pokja review concluded with an outcome")
REVIEW_DEADLINE_MISSED = _e("review.deadline-missed.v1", ReviewDeadlineMissed, "A decision deadline passed undecided")
OPINION_REJECTED = _e("pokja.opinion.rejected.v1", OpinionRejected, "An opinion that triage refused, with the reason")
REVIEW_UPDATED = _e("review.updated.v1", ReviewPacketUpdated,
                    "A case's review packet changed (a related report joined, or the deadline was extended); it "
                    "replaces the earlier packets of the case")
REPORT_LINKED = _e("review.report-linked.v1", ReportLinked,
                   "A registered report joined an open case on the same reported party and incident")
REVIEW_EXTENDED = _e("review.extended.v1", ReviewExtended,
                     "The decision deadline was extended once; the reporters are asked for more information")
REVIEW_REMINDER_DUE = _e("review.reminder-due.v1", ReviewReminderDue,
                         "The decision is due within 24 hours and some members have not answered")
CASTING_VOTE_REQUESTED = _e("review.casting-vote-requested.v1", CastingVoteRequested,
                            "A tie, no majority or too few opinions: the Bawaslu coordinator's opinion decides")
REFERRAL_ISSUED = _e("referral.issued.v1", ReferralPackage, "One referral to one recipient")
REFERRAL_RESPONSE = _e("referral.response.v1", ReferralResponse, "A recipient's acknowledgement, progress, "
                       "sanction, decline or request for information on one referral")
REFERRAL_REMINDER = _e("referral.follow-up-reminder.v1", ReferralReminder, "The follow-up of a referral is overdue")
RESPONSE_REJECTED = _e("referral.response-rejected.v1", ResponseRejected, "A response referral refused, and why")
FOLLOW_UP_RECORDED = _e("case.follow-up-recorded.v1", FollowUpRecorded, "A recipient reported on a referral")
REFERRAL_ESCALATED = _e("referral.escalated.v1", ReferralEscalated, "A referral needs operators: overdue or late")
CASE_REFERRED = _e("case.referred.v1", CaseReferred, "A decided case was referred to its recipients")
CASE_CLOSED = _e("case.closed.v1", CaseClosed, "A case closed (no referral needed, or all referrals closed)")
STATUS_CHANGED = _e("report.status-changed.v1", ReportStatus, "A report's public status changed")
NOTIFICATION_REQUESTED = _e("notification.requested.v1", NotificationRequested,
                            "One message notify must deliver to one recipient (no personal data)")
OPERATOR_ALERT_RAISED = _e("operator.alert-raised.v1", OperatorAlertRaised,
                           "Something operators must act on (a deadline about to be missed or missed, a casting vote, "
                           "a case no route fits, an overdue referral, a notice that could not be delivered); each "
                           "service raises its own on its own events topic, notify tells the operators")

REPORTS_SUBMITTED = per_sender(TopicSpec(
    "reports.submitted", "submission_id", Visibility.external_in, (), ("intake",),
    (REPORT_SUBMITTED,), "Submissions from one channel (its submission ids are its own)", personal_data=True,
), CHANNELS)
REPORTS_SUPPLEMENTED = per_sender(TopicSpec(
    "reports.supplemented", "receipt_no", Visibility.external_in, (), ("intake",),
    (REPORT_SUPPLEMENTED,), "Items a reporter supplies after a completion request, for a receipt of this channel",
    personal_data=True,
), CHANNELS)
REPORTS_WITHDRAWALS = per_sender(TopicSpec(
    "reports.withdrawals", "receipt_no", Visibility.external_in, (), ("intake",),
    (REPORT_WITHDRAWAL_REQUESTED,), "Withdrawals of this channel's reports not yet registered",
), CHANNELS)
REPORTS_REJECTIONS = per_sender(TopicSpec(
    "reports.rejections", "receipt_no", Visibility.external_out, ("intake",), (),
    (REQUEST_REJECTED,), "Submissions, supplements and withdrawals of this channel that intake refused, with the "
    "reason; no personal data", partitions=3,
), CHANNELS)
INTAKE_DISCLOSURES = TopicSpec(
    "intake.disclosures", "reporter_ref", Visibility.internal, ("intake",), ("referral",),
    (REPORTER_DISCLOSURE,), "Identities of reporters who consented to disclosure, for referral alone; restrict by "
    "ACL to intake (write) and referral (read)", personal_data=True,
)
INTAKE_EVENTS = TopicSpec(
    "intake.events", "receipt_no", Visibility.internal, ("intake",), ("triage", "notify"),
    (REPORT_RECEIVED, REPORT_COMPLETION_REQUESTED, REPORT_REGISTERED, REPORT_NOT_REGISTERED, OPERATOR_ALERT_RAISED),
    "Intake's decisions on each report; reporter identity replaced by reporter_ref; intake's operator alerts",
)
INTAKE_CONTACTS = TopicSpec(
    "intake.contacts", "reporter_ref", Visibility.internal, ("intake",), ("notify",),
    (REPORTER_CONTACT,), "Reporters' contact details for notify alone; restrict by ACL to intake (write) and "
    "notify (read)", personal_data=True,
)
POKJA_REVIEW_REQUESTS = per_sender(TopicSpec(
    "pokja.review-requests", "case_id", Visibility.external_out, ("triage",), (),
    (REVIEW_REQUESTED, REVIEW_UPDATED, CASTING_VOTE_REQUESTED), "Review packets for this Pokja member agency, never "
    "for a case it is recused from (its own institution); the latest packet of a case_id replaces the earlier ones; "
    "for bawaslu, the coordinator, every packet and the requests for its casting vote (it votes only when asked)",
    partitions=3,
), POKJA_MEMBERS)
POKJA_OPINIONS = per_sender(TopicSpec(
    "pokja.opinions", "case_id", Visibility.external_in, (), ("triage",),
    (OPINION_SUBMITTED,), "Opinions of one Pokja member agency (bawaslu: the coordinator's casting vote)",
), POKJA_MEMBERS)
POKJA_REJECTIONS = per_sender(TopicSpec(
    "pokja.rejections", "case_id", Visibility.external_out, ("triage",), (),
    (OPINION_REJECTED,), "Opinions of this member that triage refused, with the reason", partitions=3,
), POKJA_MEMBERS)
TRIAGE_EVENTS = TopicSpec(
    "triage.events", "case_id", Visibility.internal, ("triage",), ("referral", "notify"),
    (REVIEW_OPENED, CASE_DECIDED, REVIEW_DEADLINE_MISSED, REPORT_LINKED, REVIEW_EXTENDED,
     REVIEW_REMINDER_DUE, CASTING_VOTE_REQUESTED, OPERATOR_ALERT_RAISED),
    "Triage's case lifecycle: review opened, report linked, extended, reminder due, casting vote requested, "
    "decided, deadline missed; and triage's alerts for operators",
)
REFERRAL_EVENTS = TopicSpec(
    "referral.events", "case_id", Visibility.internal, ("referral",), ("notify",),
    (CASE_REFERRED, FOLLOW_UP_RECORDED, REFERRAL_ESCALATED, CASE_CLOSED, OPERATOR_ALERT_RAISED),
    "Referral's case lifecycle: referred to whom, follow-up, escalations, closed; and referral's alerts for "
    "operators",
)
REFERRALS = {
    recipient: TopicSpec(
        f"referrals.{recipient.value}", "referral_id", Visibility.external_out, ("referral",), (recipient.value,),
        (REFERRAL_ISSUED, REFERRAL_REMINDER, RESPONSE_REJECTED),
        f"Referrals for {recipient.value.upper()} (reporter identity only with consent), reminders when the "
        "follow-up is overdue, and refusals of its responses", personal_data=True, sender=recipient.value,
        partitions=3,
    )
    for recipient in Recipient
}
REFERRALS_RESPONSES = per_sender(TopicSpec(
    "referrals.responses", "referral_id", Visibility.external_in, (), ("referral",),
    (REFERRAL_RESPONSE,), "One recipient's follow-up on its own referrals",
), RECIPIENTS)
REPORTS_STATUS = TopicSpec(
    "reports.status", "receipt_no", Visibility.external_out, ("notify",), ("channels", "public"),
    (STATUS_CHANGED,), "Public status of each report by receipt number; no personal data",
)

NOTIFY_NOTIFICATIONS = TopicSpec(
    "notify.notifications", "receipt_no", Visibility.internal, ("notify",), ("notify",),
    (NOTIFICATION_REQUESTED,), "Notifications notify owes, one per moment and recipient, keyed by the receipt so one "
    "report's notices stay in order; each tried once as it is handled, then by notify's delivery sweeper",
)
NOTIFY_ALERTS = TopicSpec(
    "notify.alerts", "receipt_no", Visibility.external_out, ("notify",), ("operators", "notify"),
    (OPERATOR_ALERT_RAISED,), "notify's own alerts for operators (notices that could not be delivered, an election "
    "crime not referred in time); notify reads them back to deliver and show them like the other services' alerts",
)

ALL_TOPICS: tuple[TopicSpec, ...] = (
    *REPORTS_SUBMITTED.values(), *REPORTS_SUPPLEMENTED.values(), *REPORTS_WITHDRAWALS.values(),
    *REPORTS_REJECTIONS.values(), INTAKE_EVENTS, INTAKE_CONTACTS, INTAKE_DISCLOSURES, *POKJA_REVIEW_REQUESTS.values(),
    *POKJA_OPINIONS.values(), *POKJA_REJECTIONS.values(), TRIAGE_EVENTS, REFERRAL_EVENTS, *REFERRALS.values(),
    *REFERRALS_RESPONSES.values(), REPORTS_STATUS, NOTIFY_NOTIFICATIONS, NOTIFY_ALERTS,
)
TOPICS_BY_NAME = {spec.name: spec for spec in ALL_TOPICS}


def consumed_by(party: str) -> tuple[TopicSpec, ...]:
    """The topics a service (or any party of the registry) reads."""
    return tuple(spec for spec in ALL_TOPICS if party in spec.consumers)


def replica_limit(service: str) -> int:
    """How many replicas of a service can share its consumption: each partition of its topics goes to one member of
    its consumer group, so past the largest partition count of what it reads a replica would take no main topic's
    partition (`netra_shared.provisioning.topics.TopicPlan` may cap partitions per deployment)."""
    return max(spec.partitions for spec in consumed_by(service))


@dataclass(frozen=True)
class Topics:
    """Applies the deployment's topic prefix (settings `topic_prefix`, e.g. "staging.")."""

    prefix: str = ""

    def name(self, spec: TopicSpec) -> str:
        return f"{self.prefix}{spec.name}"

    def dlq(self, spec: TopicSpec) -> str:
        return f"{self.prefix}{spec.dlq}"

    def spec_of(self, name: str) -> TopicSpec | None:
        """The registry's topic of a prefixed name (None: not one of ours)."""
        return TOPICS_BY_NAME.get(name.removeprefix(self.prefix)) if name.startswith(self.prefix) else None
