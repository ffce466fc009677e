"""Working days (hari kerja): Monday to Friday, except national holidays and cuti bersama, in the region's local time.

UU 10/2016 counts Bawaslu's own handling in calendar days, but the Gakkumdu stages (Pasal 146: investigation 14 hari
kerja, 3 + 3 hari kerja return, prosecutor 5 hari kerja) and the PPK's 14 working days after BKN's recommendation
are working days. The holidays are data (reference/holidays_id.json); nothing here reads files or the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from netra_shared.contracts.regions import local_timezone

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class WorkingCalendar:
    holidays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()  # the years whose holidays are known
    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday(): Saturday, Sunday
    names: dict[date, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_data(cls, data: dict) -> WorkingCalendar:
        weekend = frozenset(WEEKDAYS.index(day) for day in data.get("weekend", ["saturday", "sunday"]))
        holidays: dict[date, str] = {}
        for year, listing in data.get("years", {}).items():
            for entry in listing["holidays"]:
                day = date.fromisoformat(entry["date"])
                if day.year != int(year):
                    raise ValueError(f"holiday {day} is listed under {year}")
                holidays[day] = entry["name"]
        return cls(frozenset(holidays), frozenset(int(year) for year in data.get("years", {})), weekend, holidays)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def covers(self, days: Iterable[date]) -> bool:
        return all(day.year in self.years for day in days)

    def add_working_days(self, start: date, count: int) -> date:
        """The count-th working day after `start` (the start day itself is not counted, as "sejak" is read)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        while count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day


@dataclass(frozen=True)
class Deadline:
    due_at: datetime  # the end of the last day, local time
    terms: str  # how it was counted, in Bahasa Indonesia, for the referral package


def working_day_deadline(calendar: WorkingCalendar, start: datetime, count: int, region_code: str) -> Deadline:
    """The end (23.59 local) of the count-th working day after `start`'s local day in the region."""
    zone = _zone(region_code)
    first = start.astimezone(zone).date()
    last = calendar.add_working_days(first, count)
    note = "" if calendar.covers([first, last]) else (
        "; kalender libur nasional tahun itu belum tersedia: hanya Sabtu dan Minggu yang dikecualikan")
    return Deadline(datetime.combine(last, END_OF_DAY, zone), f"{count} hari kerja sejak {first:%d-%m-%Y}{note}")


def calendar_day_deadline(start: datetime, count: int) -> Deadline:
    return Deadline(start + timedelta(days=count), f"{count} hari kalender")


def _zone(region_code: str) -> timezone:
    try:
        return local_timezone(region_code)
    except ValueError:
        return local_timezone("31")  # an unknown region: WIB, as the capital
