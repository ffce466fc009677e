"""A decided case at referral: the referrals it produced, one per recipient."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from netra_shared.contracts.regions import local_timezone
from netra_shared.contracts.schemas.common import Outcome, Recipient
from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.contracts.schemas.referral import (
    CaseClosed,
    CaseReferred,
    FollowUpDue,
    ReferralEscalated,
    ReferralPackage,
    ReferralResponse,
)
from netra_shared.contracts.schemas.review import CaseDecided
from netra_shared.contracts.topics import (
    CASE_CLOSED,
    CASE_REFERRED,
    OPERATOR_ALERT_RAISED,
    REFERRAL_ESCALATED,
    REFERRAL_EVENTS,
    REFERRAL_ISSUED,
    REFERRALS,
)
from netra_shared.kernel.decision import Decision, Emit
from pydantic import BaseModel

from .alerts import no_referral_route, operator_alert
from .routing import RoutingTable

CLOSING = {"sanctioned", "declined"}  # a referral whose recipient has finished with it


@dataclass(frozen=True)
class ReferralRules:
    routing: RoutingTable
    follow_up_days: dict[str, int]  # per recipient, the count (settings); routing data says calendar or working days
    escalate_after: timedelta = timedelta(days=3)  # after the reminder, operators are told
    criminal_within: timedelta = timedelta(hours=24)  # an election crime reaches Gakkumdu within 1 x 24 hours
    disclosure_wait: timedelta = timedelta(hours=1)  # how long a case waits for a consenting reporter's identity
    disclosure_recheck: timedelta = timedelta(seconds=30)  # how often it looks again meanwhile


class Referral(BaseModel):
    referral_id: str
    referral_no: str
    recipient: Recipient
    follow_up_due_at: datetime
    follow_up_terms: str = ""
    escalate_to: Recipient | None = None  # told when this referral is overdue (an ASN's PPK -> BKN)
    escalation_basis: str = ""
    status: str = "issued"  # issued | acknowledged | in_progress | needs_info | sanctioned | declined
    responses: list[ReferralResponse] = []
    reminded_at: datetime | None = None
    escalated_at: datetime | None = None


class ReferralCase(BaseModel):
    case_id: str
    outcome: Outcome
    status: str  # referred | closed | awaiting_manual_routing | awaiting_disclosure
    referrals: list[Referral] = []
    decided: CaseDecided
    awaiting_disclosures: list[str] = []  # consenting reporters (refs) whose identity has not arrived yet
    awaiting_until: datetime | None = None  # then it is referred without them, and operators are alerted


AWAITING_DISCLOSURE = "awaiting_disclosure"


def await_disclosures(existing: ReferralCase | None, decided: CaseDecided, missing: list[str], *,
                      rules: ReferralRules, now: datetime) -> Decision | None:
    """Review H7: a consenting reporter's identity is not here yet (intake publishes it at registration). The case
    waits in its own state, on its own timer, until `disclosure_wait` has passed; the partition goes on."""
    if existing is not None:
        return None
    until = now + rules.disclosure_wait
    case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status=AWAITING_DISCLOSURE, decided=decided,
                        awaiting_disclosures=missing, awaiting_until=until)
    return Decision(case, next_due_at=min(now + rules.disclosure_recheck, until), outcome="awaiting_disclosure")


def still_waiting(case: ReferralCase, missing: list[str], *, rules: ReferralRules, now: datetime) -> Decision | None:
    """Looked again: still missing and still time to wait (look again later), or None (refer now)."""
    if not missing or case.awaiting_until is None or now >= case.awaiting_until:
        return None
    return Decision(case.model_copy(update={"awaiting_disclosures": missing}),
                    next_due_at=min(now + rules.disclosure_recheck, case.awaiting_until),
                    outcome="still_awaiting_disclosure")


def _disclosure_missing(decided: CaseDecided, missing: list[str], now: datetime) -> Emit:
    alert = OperatorAlertRaised(
        alert="disclosure_missing", service="referral", reason="disclosure_missing", case_id=decided.case_id,
        item=f"cases/{decided.case_id}", raised_at=now,
        detail=f"{len(missing)} pelapor menyetujui pengungkapan identitas, tetapi identitasnya tidak diterima dari "
               "intake; rujukan dikirim tanpa identitas tersebut (periksa intake.disclosures.dlq)")
    return Emit(REFERRAL_EVENTS, OPERATOR_ALERT_RAISED, decided.case_id, alert, "disclosure_missing")


def referral_number(case_id: str, recipient: Recipient, region_code: str, issued_at: datetime) -> str:
    code = hashlib.sha256(f"{case_id}/{recipient.value}".encode()).hexdigest()[:6].upper()
    year = issued_at.astimezone(local_timezone(region_code)).year
    return f"REK-{recipient.value.upper()}/{region_code}/{year}/{code}"


def _late_criminal_referral(decided: CaseDecided, referral: Referral, rules: ReferralRules,
                            now: datetime) -> list[Emit]:
    late_by = now - decided.decided_at - rules.criminal_within
    due_at = decided.decided_at + rules.criminal_within
    detail = f"rujukan tindak pidana ke Gakkumdu terlambat {late_by}; batasnya 1 x 24 jam sejak putusan"
    return [Emit(REFERRAL_EVENTS, REFERRAL_ESCALATED, decided.case_id, ReferralEscalated(
        case_id=decided.case_id, reports=decided.reports, referral_id=referral.referral_id,
        recipient=referral.recipient, reason="criminal_referral_late", due_at=due_at, detail=detail),
        f"late_{referral.referral_id}"),
        operator_alert(decided, "criminal_referral_late", severity="critical", now=now, detail=detail, due_at=due_at,
                       agency=referral.recipient.value, label=f"alert_late_{referral.referral_id}")]


def _position(decided: CaseDecided) -> str:
    return f"{decided.reported_party.position} {decided.reported_party.agency}"


def _flags(decided: CaseDecided) -> frozenset[str]:
    classification = decided.classification
    return frozenset(["incumbent_candidacy_at_stake"] if classification.incumbent_candidacy_at_stake else [])


def suspected_offender(decided: CaseDecided, recipient: Recipient) -> str:
    """UU 10/2016 Pasal 70(1) jo. 189: a pair that involves an ASN, TNI, Polri or village official in its campaign
    commits the crime, not the person involved (review A5): the Gakkumdu referral names the pair."""
    if recipient is not Recipient.gakkumdu or decided.classification.crime_offender != "candidate_pair":
        return ""
    candidate = decided.incident.candidate
    pair = (f"pasangan calon {candidate.name}" + (f" (nomor urut {candidate.ballot_number})"
                                                  if candidate.ballot_number else "")
            if candidate else "pasangan calon yang melibatkan terlapor (nama belum disebut dalam laporan)")
    party = decided.reported_party.full_name or "terlapor"
    return (f"Terduga pelaku tindak pidana: {pair}, UU 10/2016 Pasal 70(1) jo. Pasal 189; {party} adalah pihak "
            "yang dilibatkan dalam kampanye dan dirujuk terpisah untuk penegakan disiplinnya.")


def _referral(decided: CaseDecided, recipient: Recipient, rules: ReferralRules, now: datetime) -> Referral:
    routing, region = rules.routing, decided.election.region_code
    deadline = routing.follow_up_deadline(recipient, now, region, rules.follow_up_days.get(recipient.value))
    escalation = routing.escalation_for(decided.subject_type, recipient, _position(decided))
    return Referral(referral_id=f"{decided.case_id}-{recipient.value}",
                    referral_no=referral_number(decided.case_id, recipient, region, now), recipient=recipient,
                    follow_up_due_at=deadline.due_at, follow_up_terms=deadline.terms,
                    escalate_to=escalation.escalate_to if escalation else None,
                    escalation_basis=escalation.basis if escalation else "")


def refer(existing: ReferralCase | None, decided: CaseDecided, *, rules: ReferralRules,
          reporter_identity: str, now: datetime, missing_disclosures: Sequence[str] = ()) -> Decision | None:
    """One referral per recipient (or closed, or manual routing). `missing_disclosures`: consenting reporters whose
    identity never came (the wait is over): referred without it, and operators are alerted."""
    if existing is not None and existing.status != AWAITING_DISCLOSURE:
        return None
    alerts = [_disclosure_missing(decided, list(missing_disclosures), now)] if missing_disclosures else []
    recipients = rules.routing.recipients_for(decided.subject_type, decided.outcome, position=_position(decided),
                                              flags=_flags(decided))
    if not recipients and decided.outcome is not Outcome.not_a_violation:
        case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="awaiting_manual_routing",
                            decided=decided)
        alert = no_referral_route(decided, decided.subject_type, decided.outcome.value, now)
        return Decision(case, [alert, *alerts], outcome="no_route_awaiting_manual_routing")
    if not recipients:
        case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="closed", decided=decided)
        closed = CaseClosed(case_id=decided.case_id, reports=decided.reports, outcome=decided.outcome,
                            reason="Bukan pelanggaran: tidak ada penerusan", closed_at=now)
        return Decision(case, [Emit(REFERRAL_EVENTS, CASE_CLOSED, decided.case_id, closed, "closed"), *alerts],
                        outcome="closed_without_referral")
    referrals = [_referral(decided, recipient, rules, now) for recipient in recipients]
    receipt_nos = [ref.receipt_no for ref in decided.reports]
    registration_nos = [ref.registration_no for ref in decided.reports if ref.registration_no]
    emits = [
        Emit(REFERRALS[referral.recipient], REFERRAL_ISSUED, referral.referral_id, ReferralPackage(
            case_id=decided.case_id, reports=decided.reports, referral_id=referral.referral_id,
            referral_no=referral.referral_no, recipient=referral.recipient, outcome=decided.outcome,
            receipt_nos=receipt_nos, registration_nos=registration_nos, classification=decided.classification,
            election=decided.election, reported_party=decided.reported_party, incident=decided.incident,
            evidence=decided.evidence, reporter_identity=reporter_identity,
            follow_up_due_at=referral.follow_up_due_at, issued_at=now, follow_up_terms=referral.follow_up_terms,
            suspected_offender=suspected_offender(decided, referral.recipient)), f"referral_{referral.recipient.value}")
        for referral in referrals
    ]
    emits.append(Emit(REFERRAL_EVENTS, CASE_REFERRED, decided.case_id, CaseReferred(
        case_id=decided.case_id, reports=decided.reports, outcome=decided.outcome, recipients=list(recipients),
        referral_ids=[referral.referral_id for referral in referrals], referred_at=now,
        follow_ups=[FollowUpDue(referral_id=r.referral_id, referral_no=r.referral_no, recipient=r.recipient,
                                follow_up_due_at=r.follow_up_due_at) for r in referrals]), "referred"))
    if decided.outcome is Outcome.election_crime and now - decided.decided_at > rules.criminal_within:
        emits += [emit for r in referrals if r.recipient is Recipient.gakkumdu
                  for emit in _late_criminal_referral(decided, r, rules, now)]
    emits += alerts
    case = ReferralCase(case_id=decided.case_id, outcome=decided.outcome, status="referred", referrals=referrals,
                        decided=decided)
    return Decision(case, emits, next_due_at=min(r.follow_up_due_at for r in referrals),
                    outcome="referred_to_" + "+".join(r.value for r in recipients))
