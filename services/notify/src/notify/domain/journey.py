"""One report's journey as the operator console shows it: every event about it, which service said it, when, in
words, with its trace id; and the referrals' follow-up deadlines. Numbers, deadlines and outcomes only: no reporter
identity, no reported party, no free text an agency or a Pokja member wrote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netra_shared.contracts.schemas.intake_events import (
    CompletionRequested,
    ReportNotRegistered,
    ReportReceived,
    ReportRegistered,
)
from netra_shared.contracts.schemas.referral import CaseClosed, CaseReferred, FollowUpRecorded, ReferralEscalated
from netra_shared.contracts.schemas.review import (
    CaseDecided,
    CastingVoteRequested,
    ReportLinked,
    ReviewDeadlineMissed,
    ReviewExtended,
    ReviewOpened,
    ReviewReminderDue,
)
from pydantic import BaseModel

from .wording import OUTCOME_WORDS, REASON_WORDS, RECIPIENT_WORDS, joined, local_time

JOURNEY_KEEP = 200  # steps kept per report (a report has a few dozen at most)
CLOSING_RESPONSES = frozenset({"sanctioned", "declined"})
FOLLOW_UP_WORDS = {"acknowledged": "rujukan diterima", "in_progress": "sedang ditangani",
                   "sanctioned": "sanksi dijatuhkan", "declined": "tidak ditindaklanjuti",
                   "needs_info": "meminta keterangan tambahan"}
COORDINATOR_WORDS = {"tie": "suara seri", "no_majority": "tidak ada mayoritas",
                     "too_few_opinions": "pendapat kurang dari kuorum",
                     "need_more_info_after_extension": "masih meminta keterangan setelah perpanjangan",
                     "all_members_recused": "semua anggota mundur"}
ESCALATION_WORDS = {"follow_up_overdue": "tindak lanjut melewati batas",
                    "criminal_referral_late": "rujukan pidana lewat 1 x 24 jam"}


@dataclass(frozen=True)
class Seen:
    """Where and how an event reached notify: the service that wrote its topic, when, and its trace."""

    service: str
    event_type: str  # e.g. id.bawaslu.review.opened.v1
    at: datetime
    trace_id: str | None = None


class JourneyStep(BaseModel):
    at: datetime
    service: str
    event: str  # the event type without prefix and version: review.opened
    summary: str
    trace_id: str | None = None


class FollowUp(BaseModel):
    """One referral's follow-up deadline, as the console watches it."""

    referral_id: str
    referral_no: str
    recipient: str
    due_at: datetime
    done: bool = False


def short_type(event_type: str) -> str:
    return event_type.removeprefix("id.bawaslu.").rsplit(".", 1)[0]


def _recipient(name: str) -> str:
    return RECIPIENT_WORDS.get(name, name.upper())


def summary(event: BaseModel, region_code: str | None) -> str:
    """What happened, in a line of Indonesian."""
    def when(moment: datetime) -> str:
        return local_time(moment, region_code)

    match event:
        case ReportReceived():
            return "Laporan diterima; nomor tanda terima diberikan"
        case CompletionRequested():
            return f"Pelapor diminta melengkapi {len(event.missing)} syarat paling lambat {when(event.due_at)}"
        case ReportRegistered():
            return f"Diregistrasi dengan nomor {event.registration_no}"
        case ReportNotRegistered():
            return f"Tidak diregistrasi: {REASON_WORDS.get(event.reason, event.reason)}"
        case ReviewOpened():
            return f"Kajian Pokja dibuka (kasus {event.case_id}); putusan paling lambat {when(event.decision_due_at)}"
        case ReportLinked():
            return (f"Digabung ke kasus {event.case_id} dengan laporan terkait; putusan paling lambat "
                    f"{when(event.decision_due_at)}")
        case ReviewExtended():
            return f"Batas putusan diperpanjang sampai {when(event.decision_due_at)}"
        case ReviewReminderDue():
            return f"Pengingat putusan; belum memberi pendapat: {', '.join(event.awaiting)}"
        case CastingVoteRequested():
            return f"Suara penentu koordinator Bawaslu diminta ({COORDINATOR_WORDS.get(event.reason, event.reason)})"
        case ReviewDeadlineMissed():
            return f"Batas putusan terlewati dengan {event.opinions_received} pendapat"
        case CaseDecided():
            by = " oleh koordinator Bawaslu" if event.decided_by == "coordinator" else ""
            return f"Diputus{by}: {OUTCOME_WORDS.get(event.outcome.value, event.outcome.value)}"
        case CaseReferred():
            return f"Diteruskan kepada {joined([_recipient(r.value) for r in event.recipients])}"
        case FollowUpRecorded():
            return (f"Tindak lanjut {_recipient(event.recipient.value)}: "
                    f"{FOLLOW_UP_WORDS.get(event.status.value, event.status.value)}")
        case ReferralEscalated():
            return (f"Rujukan kepada {_recipient(event.recipient.value)} dieskalasi: "
                    f"{ESCALATION_WORDS.get(event.reason, event.reason)}")
        case CaseClosed():
            return "Kasus selesai"
    return short_type(type(event).__name__)


def record(journey: list[JourneyStep], event: BaseModel, seen: Seen, region_code: str | None) -> list[JourneyStep]:
    step = JourneyStep(at=seen.at, service=seen.service, event=short_type(seen.event_type),
                       summary=summary(event, region_code), trace_id=seen.trace_id)
    return [*journey, step][-JOURNEY_KEEP:]


def follow(follow_ups: list[FollowUp], event: BaseModel) -> list[FollowUp]:
    """The referrals' follow-up deadlines: set when a case is referred, done when its recipient sanctions or
    declines, all done when the case closes."""
    match event:
        case CaseReferred():
            known = {f.referral_id for f in follow_ups}
            return [*follow_ups, *(FollowUp(referral_id=due.referral_id, referral_no=due.referral_no,
                                            recipient=due.recipient.value, due_at=due.follow_up_due_at)
                                   for due in event.follow_ups if due.referral_id not in known)]
        case FollowUpRecorded() if event.status.value in CLOSING_RESPONSES:
            return [f.model_copy(update={"done": True}) if f.referral_id == event.referral_id else f
                    for f in follow_ups]
        case CaseClosed():
            return [f.model_copy(update={"done": True}) for f in follow_ups]
    return follow_ups
