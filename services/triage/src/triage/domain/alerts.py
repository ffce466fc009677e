"""What triage tells operators, as an `operator.alert-raised.v1` on its own triage.events (notify delivers it to the
operators and shows it in the console): a decision due within the reminder hours while members have not answered,
a casting vote the Bawaslu coordinator must give, a decision deadline that passed undecided (review M11)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from netra_shared.contracts.schemas.common import ReportRef
from netra_shared.contracts.schemas.notification import OperatorAlertRaised
from netra_shared.contracts.topics import OPERATOR_ALERT_RAISED, TRIAGE_EVENTS
from netra_shared.kernel.decision import Emit

COORDINATOR_WHY = {
    "tie": "suara anggota Pokja seri",
    "no_majority": "tidak ada suara mayoritas",
    "too_few_opinions": "pendapat yang masuk kurang dari kuorum pada batas waktu",
    "need_more_info_after_extension": "anggota masih meminta keterangan setelah perpanjangan",
    "all_members_recused": "semua anggota Pokja mundur karena benturan kepentingan",
}


class Case(Protocol):  # case.Case (imported there, so not here)
    case_id: str
    reports: list[ReportRef]
    decision_due_at: datetime


def operator_alert(case: Case, alert: str, *, severity: str, now: datetime, detail: str,
                   reason: str | None = None) -> Emit:
    receipt_nos = [ref.receipt_no for ref in case.reports]
    raised = OperatorAlertRaised(
        alert=alert, severity=severity, service="triage", receipt_no=receipt_nos[0], receipt_nos=receipt_nos,
        case_id=case.case_id, due_at=case.decision_due_at, reason=reason, agency="bawaslu", detail=detail[:2000],
        raised_at=now)
    return Emit(TRIAGE_EVENTS, OPERATOR_ALERT_RAISED, case.case_id, raised, f"alert_{alert}")


def decision_due_soon(case: Case, awaiting: list[str], now: datetime) -> Emit:
    return operator_alert(case, "decision_due_soon", severity="warning", now=now,
                          detail=f"putusan jatuh tempo dalam 24 jam; belum memberi pendapat: {', '.join(awaiting)}")


def casting_vote_requested(case: Case, reason: str, tally: dict[str, int], now: datetime) -> Emit:
    counts = ", ".join(f"{verdict} {n}" for verdict, n in sorted(tally.items()))
    why = COORDINATOR_WHY.get(reason, reason)
    return operator_alert(case, "casting_vote_requested", severity="warning", now=now, reason=reason,
                          detail=f"koordinator Bawaslu diminta memberi suara penentu: {why}"
                                 + (f" ({counts})" if counts else ""))


def decision_deadline_missed(case: Case, opinions_received: int, now: datetime) -> Emit:
    return operator_alert(case, "decision_deadline_missed", severity="critical", now=now,
                          detail=f"batas putusan terlewati dengan {opinions_received} pendapat; pendapat koordinator "
                                 "Bawaslu yang menentukan")
