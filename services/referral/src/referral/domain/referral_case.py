"""A decided case at referral: the referrals it produced, one per recipient."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.common import Outcome, Recipient
from netra_shared.contracts.schemas.referral import (
    CaseClosed,
    CaseReferred,
    ReferralEscalated,
    ReferralPackage,
    ReferralResponse,
)
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    CASE_REFERRED,
    REFERRAL_ESCALATED,
    REFERRAL_EVENTS,
    REFERRAL_ISSUED,
    REFERRALS,
)
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel

from .routing import RoutingTable

CLOSING = {"sanctioned", "declined"}  # a referral whose recipient has finished with it


@dataclass(frozen=True)
class ReferralRules:
    routing: RoutingTable
    follow_up_days: dict[str, int]  # per recipient: BKN verifies in ~7 days, the PPK sanctions in 14 (configurable)
    escalate_after: timedelta = timedelta(days=3)  # after the reminder, operators are told
    criminal_within: timedelta = timedelta(hours=24)  # an election crime reaches Gakkumdu within 1 x 24 hours


class Referral(BaseModel):
    referral_id: str
    referral_no: str
    recipient: Recipient
    follow_up_due_at: datetime
    status: str = "issued"  # issued | acknowledged | in_progress | needs_info | sanctioned | declined
    responses: list[ReferralResponse] = []
    reminded_at: datetime | None = None
    escalated_at: datetime | None = None


class ReferralCase(BaseModel):
    case_id: str
    outcome: Outcome
    status: str  # referred | closed | awaiting_manual_routing
    referrals: list[Referral] = []
    decided: CaseDecided


def referral_number(case_id: str, recipient: Recipient, region_code: str, issued_at: datetime) -> str:
    code = hashlib.sha256(f"{case_id}/{recipient.value}".encode()).hexdigest()[:6].upper()
    year = issued_at.astimezone(local_timezone(region_code)).year
    return f"REK-{recipient.value.upper()}/{region_code}/{year}/{code}"


def _late_criminal_referral(decided: CaseDecided, referral: Referral, rules: ReferralRules, now: datetime) -> Emit:
    late_by = now - decided.decided_at - rules.criminal_within
    return Emit(REFERRAL_EVENTS, REFERRAL_ESCALATED, decided.case_id, ReferralEscalated(
        case_id=decided.case_id, reports=decided.reports, referral_id=referral.referral_id,
        recipient=referral.recipient, reason="criminal_referral_late", due_at=decided.decided_at + rules.criminal_within,
        detail=f"rujukan tindak pidana ke Gakkumdu terlambat {late_by}; batasnya 1 x 24 jam sejak putusan"),
        f"late_{referral.referral_id}")


def refer(existing: ReferralCase | None, decided: CaseDecided, *, rules: ReferralRules,
          reporter_identity: str, now: datetime) -> Decision | None:
    if existing is not None:
        return None
    recipients = rules.routing.recipients_for(decided.subject_type, decided.outcome)
    if not recipients and decided.outcome is not Outcome.not_a_violation:
        case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="awaiting_manual_routing",
                            decided=decided)
        return Decision(case, outcome="no_route_awaiting_manual_routing")
    if not recipients:
        case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="closed", decided=decided)
        closed = CaseClosed(case_id=decided.case_id, reports=decided.reports, outcome=decided.outcome,
                            reason="Bukan pelanggaran: tidak ada penerusan", closed_at=now)
        return Decision(case, [Emit(REFERRAL_EVENTS, CASE_CLOSED, decided.case_id, closed, "closed")],
                        outcome="closed_without_referral")
    referrals = [
        Referral(referral_id=f"{decided.case_id}-{recipient.value}",
                 referral_no=referral_number(decided.case_id, recipient, decided.election.region_code, now),
                 recipient=recipient, follow_up_due_at=now + timedelta(days=rules.follow_up_days.get(recipient.value, 14)))
        for recipient in recipients
    ]
    receipt_nos = [ref.receipt_no for ref in decided.reports]
    registration_nos = [ref.registration_no for ref in decided.reports if ref.registration_no]
    emits = [
        Emit(REFERRALS[referral.recipient], REFERRAL_ISSUED, referral.referral_id, ReferralPackage(
            case_id=decided.case_id, reports=decided.reports, referral_id=referral.referral_id,
            referral_no=referral.referral_no, recipient=referral.recipient, outcome=decided.outcome,
            receipt_nos=receipt_nos, registration_nos=registration_nos, classification=decided.classification,
            election=decided.election, reported_party=decided.reported_party, incident=decided.incident,
            evidence=decided.evidence, reporter_identity=reporter_identity,
            follow_up_due_at=referral.follow_up_due_at, issued_at=now), f"referral_{referral.recipient.value}")
        for referral in referrals
    ]
    emits.append(Emit(REFERRAL_EVENTS, CASE_REFERRED, decided.case_id, CaseReferred(
        case_id=decided.case_id, reports=decided.reports, outcome=decided.outcome, recipients=list(recipients),
        referral_ids=[referral.referral_id for referral in referrals], referred_at=now), "referred"))
    if decided.outcome is Outcome.election_crime and now - decided.decided_at > rules.criminal_within:
        emits += [_late_criminal_referral(decided, r, rules, now) for r in referrals
                  if r.recipient is Recipient.gakkumdu]
    case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="referred", referrals=referrals,
                        decided=decided)
    return Decision(case, emits, next_due_at=min(r.follow_up_due_at for r in referrals),
                    outcome="referred_to_" + "+".join(r.value for r in recipients))
