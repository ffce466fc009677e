"""Which topic feeds which handler. Parsing, DLQ, retries and commits are the shared Consumer's job."""

from netra_shared.contracts.topics import INTAKE_DISCLOSURES, REFERRALS_RESPONSES, TRIAGE_EVENTS
from netra_shared.runtime import Runtime

from ..handlers.on_case_decided import OnCaseDecided
from ..handlers.on_referral_response import OnReferralResponse
from ..handlers.on_reporter_disclosed import OnReporterDisclosed


def register(runtime: Runtime, on_case_decided: OnCaseDecided, on_reporter_disclosed: OnReporterDisclosed,
             on_referral_response: OnReferralResponse) -> None:
    runtime.subscribe(TRIAGE_EVENTS, on_case_decided)
    runtime.subscribe(INTAKE_DISCLOSURES, on_reporter_disclosed)
    runtime.subscribe(REFERRALS_RESPONSES, on_referral_response)
