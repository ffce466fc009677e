"""A recipient reported on its referral: record it, close the case when every referral is done; refuse a
response for an unknown or closed referral, or from an agency that is not the recipient (on its own topic)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pydantic import BaseModel

from netra_shared.clock import Clock
from netra_shared.contracts.schemas.referral import ReferralResponse, ResponseRejected
from netra_shared.contracts.topics import REFERRALS, RESPONSE_REJECTED
from netra_shared.decision import Decision, Emit
from netra_shared.handling import Cause, apply_decision
from netra_shared.messaging.consumer import Inbound
from netra_shared.persistence.aggregate_store import AggregateStore

from ..domain.follow_up import ResponseRefused, respond
from ..domain.referral_case import ReferralCase
from .on_case_decided import SOURCE


class RefusedResponse(BaseModel):
    rejection: ResponseRejected


def case_id_of(referral_id: str) -> str:
    return referral_id.rsplit("-", 1)[0]  # referral ids are "<case_id>-<recipient>"


class OnReferralResponse:
    def __init__(self, cases: AggregateStore, rejections: AggregateStore, escalate_after: timedelta, clock: Clock,
                 written: Callable[[], None]) -> None:
        self.cases = cases
        self.rejections = rejections
        self.escalate_after = escalate_after
        self.clock = clock
        self.written = written

    async def __call__(self, inbound: Inbound) -> dict:
        response: ReferralResponse = inbound.data
        cause = Cause.of(inbound.event)
        case_id = case_id_of(response.referral_id)
        now = self.clock.now()
        refused: list[ResponseRefused] = []

        def decide(case: ReferralCase | None) -> Decision | None:
            result = (respond(case, response, escalate_after=self.escalate_after, now=now) if case
                      else ResponseRefused("unknown_referral", f"rujukan {response.referral_id} tidak dikenal"))
            if isinstance(result, ResponseRefused):
                refused.append(result)
                return None
            return result

        outcome = await apply_decision(self.cases, case_id, cause, ReferralCase, decide, source=SOURCE, now=now,
                                       written=self.written)
        if refused:
            rejection = ResponseRejected(referral_id=response.referral_id, agency=response.agency,
                                         reason=refused[-1].reason, detail=refused[-1].detail, rejected_at=now)
            await apply_decision(
                self.rejections, cause.id, cause, RefusedResponse,
                lambda existing: None if existing else Decision(RefusedResponse(rejection=rejection), [Emit(
                    REFERRALS[response.agency], RESPONSE_REJECTED, response.referral_id, rejection, "rejected")]),
                source=SOURCE, now=now, written=self.written)
            outcome = f"response_rejected_{refused[-1].reason}"
        return {"outcome": outcome, "case_id": case_id, "referral_id": response.referral_id}
