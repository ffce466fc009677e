"""referral's use cases, one module each. `Handlers` is what bootstrap.wire builds and the entry points mount."""

from __future__ import annotations

from dataclasses import dataclass

from .on_case_decided import OnCaseDecided
from .on_follow_up_due import OnFollowUpDue
from .on_referral_response import OnReferralResponse
from .on_reporter_disclosed import OnReporterDisclosed


@dataclass(frozen=True)
class Handlers:
    case_decided: OnCaseDecided
    reporter_disclosed: OnReporterDisclosed
    referral_response: OnReferralResponse
    follow_up_due: OnFollowUpDue
