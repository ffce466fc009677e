"""A recipient reported on its referral: record it, close the case when every referral is done; refuse a
response for an unknown or closed referral, or one that is not the sender's own (on the sender's own topic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from netra_shared.contracts.schemas.common import Recipient
from netra_shared.contracts.schemas.referral import ReferralResponse
from netra_shared.kernel.aggregates import Aggregates
from netra_shared.kernel.consumer import Inbound

from ..domain.follow_up import case_id_of, respond, told
from ..domain.referral_case import ReferralCase


@dataclass(frozen=True)
class OnReferralResponse:
    cases: Aggregates[ReferralCase]
    escalate_after: timedelta

    def touches(self, response: ReferralResponse) -> list:
        return [(self.cases, case_id_of(response.referral_id))]

    async def __call__(self, inbound: Inbound) -> dict:
        response: ReferralResponse = inbound.data
        if inbound.sender is None:  # every topic referral reads responses from is one recipient's own
            raise ValueError("a response without its sender")
        sender = Recipient(inbound.sender)
        case_id = case_id_of(response.referral_id)
        applied = await self.cases.apply(case_id, inbound, lambda case, now: respond(
            case, response, sender=sender, escalate_after=self.escalate_after, now=now), tell=told(response, sender))
        return {"outcome": applied.outcome, "case_id": case_id, "referral_id": response.referral_id}
