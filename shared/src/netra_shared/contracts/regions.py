"""Kemendagri region codes -> local time zone (WIB UTC+7, WITA UTC+8, WIT UTC+9). Days are counted locally."""

from __future__ import annotations

from datetime import timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")

_WITA_PROVINCES = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT_PROVINCES = {"81", "82", "91", "92", "93", "94", "95", "96", "97"}
_WIB_PROVINCES = {str(code) for code in range(11, 22)} | {str(code) for code in range(31, 37)} | {"61", "62"}
KNOWN_PROVINCES = _WIB_PROVINCES | _WITA_PROVINCES | _WIT_PROVINCES


def province_of(region_code: str) -> str:
    return region_code.split(".", 1)[0]


def local_timezone(region_code: str) -> timezone:
    province = province_of(region_code)
    if province in _WIT_PROVINCES:
        return WIT
    if province in _WITA_PROVINCES:
        return WITA
    if province in _WIB_PROVINCES:
        return WIB
    raise ValueError(f"unknown province code {province!r}")
