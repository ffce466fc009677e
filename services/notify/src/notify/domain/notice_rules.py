"""Who is told what, when (rules as data). Each row: a trigger, an audience, the template that words it.

A trigger is a public status of a report (received, registered, ...) or a named moment: `decision_reminder`
(24 hours before the decision deadline, the case still undecided) or `operator_alert` (any service raised an
operator alert: one notice per alert, see operator_alerts.py).
Audiences: the reporter (by their contact preference: email or their channel's webhook), the Pokja members,
the recipients a case is referred to, and operators; member, recipient and operator addresses are settings.
Agencies also get their packets on Kafka (pokja.review-requests, referrals.<recipient>) from triage and referral.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Audience(StrEnum):
    reporter = "reporter"
    pokja = "pokja"
    recipient = "recipient"
    operator = "operator"


@dataclass(frozen=True)
class NoticeRule:
    trigger: str
    audience: Audience
    template: str  # templates/<template>.txt.j2


R, P, A, OP = Audience.reporter, Audience.pokja, Audience.recipient, Audience.operator

RULES: tuple[NoticeRule, ...] = tuple(NoticeRule(trigger, audience, template) for trigger, audience, template in (
    ("received", R, "reporter/received"),
    ("completion_requested", R, "reporter/completion_requested"),
    ("registered", R, "reporter/registered"),
    ("not_registered", R, "reporter/not_registered"),
    ("under_review", R, "reporter/under_review"),
    ("review_extended", R, "reporter/review_extended"),
    ("decided", R, "reporter/decided"),
    ("referred", R, "reporter/referred"),
    ("follow_up", R, "reporter/follow_up"),
    ("closed", R, "reporter/closed"),
    ("under_review", P, "pokja/review_requested"),
    ("decision_reminder", P, "pokja/decision_reminder"),
    ("referred", A, "recipient/referral_sent"),
    ("operator_alert", OP, "operator/alert_raised"),
))

# Notices about a case go once per case to each member, recipient or operator, whichever report triggered them.
CASE_AUDIENCES = frozenset({P, A, OP})


def rules_for(trigger: str) -> list[NoticeRule]:
    return [rule for rule in RULES if rule.trigger == trigger]


def templates() -> list[str]:
    return sorted({rule.template for rule in RULES})


@dataclass(frozen=True)
class Directory:
    """Who is configured to hear (labels only; addresses stay in settings): Pokja agencies, recipients, operators."""

    pokja: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()
