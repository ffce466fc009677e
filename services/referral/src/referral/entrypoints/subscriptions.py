"""What makes referral act: which event feeds which handler, and whose deadlines the sweeper fires."""

from __future__ import annotations

from netra_shared.contracts.topics import CASE_DECIDED, REFERRAL_RESPONSE, REPORTER_DISCLOSURE
from netra_shared.kernel.consumer import Subscriptions
from netra_shared.kernel.runtime import Entrypoints

from ..handlers import Handlers
from ..settings import ReferralSettings


def entrypoints(handlers: Handlers, settings: ReferralSettings) -> Entrypoints:
    return Entrypoints(
        Subscriptions({CASE_DECIDED: handlers.case_decided, REPORTER_DISCLOSURE: handlers.reporter_disclosed,
                       REFERRAL_RESPONSE: handlers.referral_response}),
        timers={handlers.follow_up_due.cases: handlers.follow_up_due},
    )
