"""The routing table (../shared/DOMAIN.md "Referral"): subject group x outcome -> recipients.

Data, not code: issue #5 moves it into configuration. An election crime goes to Sentra Gakkumdu, in parallel
with the subject's discipline route; "not a violation" goes nowhere (the case closes)."""

from __future__ import annotations

from netra_shared.contracts.schemas.common import Outcome, Recipient

SUBJECT_GROUPS = {
    "asn_pns": "asn", "asn_pppk": "asn", "regional_official": "asn",
    "village_head": "village", "village_official": "village", "bpd_member": "village",
    "tni": "tni", "polri": "polri", "election_organiser": "organiser", "candidate": "candidate", "other": "other",
}
DISCIPLINE_ROUTE: dict[str, tuple[Recipient, ...]] = {
    "asn": (Recipient.bkn, Recipient.pemda),
    "village": (Recipient.pemda,),
    "tni": (Recipient.tni,),
    "polri": (Recipient.polri,),
    "organiser": (Recipient.dkpp,),
    "candidate": (Recipient.kpu,),
    "other": (),
}


def recipients_for(subject_type: str, outcome: Outcome) -> tuple[Recipient, ...]:
    if outcome is Outcome.not_a_violation:
        return ()
    discipline = DISCIPLINE_ROUTE[SUBJECT_GROUPS.get(subject_type, "other")]
    if outcome is Outcome.election_crime:
        return (Recipient.gakkumdu, *[r for r in discipline if r is Recipient.bkn])
    return discipline
