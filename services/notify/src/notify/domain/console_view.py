"""What the operator console shows, in Bahasa Indonesia: open deadlines sorted by time left and marked (overdue,
due within 24 hours), the backlog per region and stage, the day's milestones, and the deadline counts for the
gauges. Pure: the moment is given, the rows come from the read model's keys."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .deadlines import STAGE_OF_KIND, STAGES, mark
from .wording import local_time

KIND_WORDS = {"completion": "Kelengkapan laporan (2 x 24 jam)", "decision": "Putusan Pokja (3 + 2 hari)",
              "criminal_referral": "Rujukan pidana ke Gakkumdu (1 x 24 jam)", "follow_up": "Tindak lanjut rujukan"}
STAGE_WORDS = {"intake": "Penerimaan", "review": "Kajian Pokja", "referral": "Penerusan", "follow_up": "Tindak lanjut",
               "closed": "Selesai"}
AGENCY_WORDS = {"bawaslu": "Bawaslu (Pokja)", "gakkumdu": "Sentra Gakkumdu", "bkn": "BKN", "pemda": "Pemda (PPK)",
                "tni": "TNI", "polri": "Polri", "dkpp": "DKPP", "kpu": "KPU", "reporter": "Pelapor"}
MARK_WORDS = {"overdue": "Terlambat", "soon": "Kurang dari 24 jam", "later": ""}
MILESTONE_WORDS = {"received": "Diterima", "registered": "Diregistrasi", "decided": "Diputus",
                   "referred": "Diteruskan", "closed": "Selesai"}
DEADLINE_STAGES = tuple(dict.fromkeys(STAGE_OF_KIND.values()))


@dataclass(frozen=True)
class DeadlineRow:
    receipt_no: str
    registration_no: str | None
    case_id: str | None
    region: str | None
    region_name: str | None
    kind: str
    stage: str
    agency: str  # "reporter" when the reporter must act
    referral_no: str | None
    due_at: datetime
    due_local: str
    left: str
    mark: str

    @property
    def kind_words(self) -> str:
        return KIND_WORDS.get(self.kind, self.kind)

    @property
    def stage_words(self) -> str:
        return STAGE_WORDS.get(self.stage, self.stage)

    @property
    def agency_words(self) -> str:
        return AGENCY_WORDS.get(self.agency, self.agency.upper())

    @property
    def mark_words(self) -> str:
        return MARK_WORDS[self.mark]


def time_left(due_at: datetime, now: datetime) -> str:
    """"2 hari 3 jam lagi", "45 menit lagi", "terlambat 5 jam"."""
    gap = abs(due_at - now)
    days, hours, minutes = gap.days, gap.seconds // 3600, gap.seconds % 3600 // 60
    parts = [f"{days} hari"] if days else []
    if hours and days < 3:
        parts.append(f"{hours} jam")
    if not days and minutes and hours < 6:
        parts.append(f"{minutes} menit")
    text = " ".join(parts) or "kurang dari 1 menit"
    return f"terlambat {text}" if due_at <= now else f"{text} lagi"


def deadline_rows(documents: list[dict[str, Any]], now: datetime, *, stage: str | None = None,
                  agency: str | None = None) -> list[DeadlineRow]:
    """Every open deadline of these reports (their `keys`), filtered, soonest first (overdue ones lead)."""
    rows = []
    for document in documents:
        keys = document.get("keys") or {}
        for deadline in keys.get("deadlines") or ():
            kind, who = deadline["kind"], deadline.get("agency") or "reporter"
            row_stage = STAGE_OF_KIND.get(kind, kind)
            if (stage and row_stage != stage) or (agency and who != agency):
                continue
            due = deadline["due_at"]
            rows.append(DeadlineRow(
                receipt_no=document["_id"], registration_no=keys.get("registration_no"), case_id=keys.get("case_id"),
                region=keys.get("region"), region_name=keys.get("region_name"), kind=kind, stage=row_stage,
                agency=who, referral_no=deadline.get("referral_no"), due_at=due,
                due_local=local_time(due, keys.get("region")), left=time_left(due, now), mark=mark(due, now)))
    return sorted(rows, key=lambda row: (row.due_at, row.receipt_no, row.kind))


def deadline_counts(documents: list[dict[str, Any]], now: datetime) -> dict[tuple[str, str], int]:
    """(kind, "overdue" | "soon") -> open deadlines, for the gauges."""
    counted: Counter[tuple[str, str]] = Counter()
    for row in deadline_rows(documents, now):
        if row.mark != "later":
            counted[(row.kind, row.mark)] += 1
    return dict(counted)


@dataclass(frozen=True)
class BacklogRow:
    region: str | None
    region_name: str
    by_stage: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_stage.values())


def backlog_rows(groups: list[dict[str, Any]]) -> list[BacklogRow]:
    """Open reports per region (rows) and stage (columns), the fullest region first."""
    regions: dict[str | None, BacklogRow] = {}
    for group in groups:
        region = group.get("region")
        row = regions.setdefault(region, BacklogRow(region, group.get("region_name") or "Wilayah belum diketahui",
                                                    dict.fromkeys(STAGES[:-1], 0)))
        row.by_stage[group["stage"]] = row.by_stage.get(group["stage"], 0) + group["count"]
    return sorted(regions.values(), key=lambda row: (-row.total, row.region_name))


def console_day(now: datetime, zone: Any) -> str:
    return now.astimezone(zone).date().isoformat()
