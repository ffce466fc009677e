"""Dates and times in the region's local time with its zone, and plain Indonesian words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from notify.domain.wording import joined, local_time

NOON_UTC = datetime(2024, 11, 27, 5, 0, tzinfo=UTC)  # voting day


@pytest.mark.parametrize("region, expected", [
    ("15.04", "Rabu, 27 November 2024 pukul 12.00 WIB"),
    ("73.71", "Rabu, 27 November 2024 pukul 13.00 WITA"),
    ("94", "Rabu, 27 November 2024 pukul 14.00 WIT"),
])
def test_times_are_shown_in_the_regions_zone(region, expected):
    assert local_time(NOON_UTC, region) == expected


def test_the_local_day_can_differ_from_the_utc_day():
    assert local_time(datetime(2024, 10, 5, 16, 30, tzinfo=UTC), "91") == "Minggu, 6 Oktober 2024 pukul 01.30 WIT"


def test_without_a_region_the_given_indonesian_offset_names_the_zone():
    makassar = datetime(2024, 10, 3, 9, 12, tzinfo=timezone(timedelta(hours=8)))
    assert local_time(makassar, None).endswith("09.12 WITA")
    assert local_time(NOON_UTC, None).endswith("12.00 WIB")


def test_lists_are_joined_the_indonesian_way():
    assert joined(["BKN"]) == "BKN"
    assert joined(["BKN", "Pemda"]) == "BKN dan Pemda"
    assert joined(["BKN", "Pemda", "Gakkumdu"]) == "BKN, Pemda, dan Gakkumdu"
