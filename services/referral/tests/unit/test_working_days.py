"""Working days (hari kerja) with Indonesia's national holidays and cuti bersama as data (reference/holidays_id.json)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from netra_shared.contracts.regions import WIB, WIT, WITA
from referral.adapters.reference_data import load_calendar
from referral.domain.working_days import WorkingCalendar, working_day_deadline

CALENDAR = load_calendar()


def test_the_calendar_holds_the_2024_and_2025_skb_days():
    """SKB 855/2023 (2024) and SKB 1017/2024 (2025): 17 libur nasional + 10 cuti bersama each; plus the Keppres
    voting days of 2024 (14 Feb, 27 Nov) and the cuti bersama of 18 Aug 2025 (SKB 933/2025)."""
    assert {2024, 2025} <= CALENDAR.years
    in_year = lambda year: [day for day in CALENDAR.holidays if day.year == year]  # noqa: E731
    assert len(in_year(2024)) == 17 + 10 + 2 and len(in_year(2025)) == 17 + 10 + 1
    for day in (date(2024, 4, 10), date(2024, 4, 15), date(2024, 11, 27), date(2024, 12, 26), date(2025, 3, 31),
                date(2025, 4, 7), date(2025, 8, 18), date(2025, 12, 26)):
        assert not CALENDAR.is_working_day(day), day


@pytest.mark.parametrize("start, count, expected", [
    (date(2024, 10, 4), 1, date(2024, 10, 7)),  # Friday -> Monday
    (date(2024, 10, 5), 14, date(2024, 10, 24)),  # no holiday in October 2024
    (date(2024, 4, 5), 5, date(2024, 4, 22)),  # Idul Fitri 1445 H: 8-12 and 15 April are off
    (date(2024, 11, 25), 3, date(2024, 11, 29)),  # Pilkada voting day, 27 Nov 2024 (Keppres 33/2024)
    (date(2025, 3, 27), 1, date(2025, 4, 8)),  # Nyepi and Idul Fitri 1446 H: 28 Mar to 7 Apr 2025
    (date(2024, 10, 7), 0, date(2024, 10, 7)),
])
def test_adding_working_days_skips_weekends_holidays_and_cuti_bersama(start, count, expected):
    assert CALENDAR.add_working_days(start, count) == expected


@pytest.mark.parametrize("zone, region", [(WIB, "15.04"), (WITA, "73.71"), (WIT, "94.71")])
def test_the_deadline_ends_at_23_59_on_the_last_working_day_in_the_regions_local_time(zone, region):
    """A Friday 23.30 local start is still Friday in the region, though Saturday is never counted anyway; a local
    Monday 00.30 that is Sunday in UTC starts from Monday."""
    start = datetime(2024, 10, 7, 0, 30, tzinfo=zone)  # local Monday; in UTC still Sunday 6 Oct
    assert start.astimezone(UTC).date() == date(2024, 10, 6)
    deadline = working_day_deadline(CALENDAR, start, 1, region)
    assert deadline.due_at == datetime(2024, 10, 8, 23, 59, tzinfo=zone)
    assert deadline.terms == "1 hari kerja sejak 07-10-2024"


def test_a_year_without_holiday_data_counts_only_weekends_and_says_so():
    deadline = working_day_deadline(CALENDAR, datetime(2031, 1, 1, 8, tzinfo=WIB), 2, "15.04")
    assert deadline.due_at == datetime(2031, 1, 3, 23, 59, tzinfo=WIB)
    assert "belum tersedia" in deadline.terms


def test_a_holiday_listed_under_the_wrong_year_is_refused():
    with pytest.raises(ValueError, match="listed under 2024"):
        WorkingCalendar.from_data({"years": {"2024": {"holidays": [{"date": "2025-01-01", "name": "x"}]}}})
