"""Receipt numbers (stable per submission) and registration numbers (DOMAIN.md template, LOCAL month and year)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from intake.domain.numbers import receipt_number, registration_number, registration_series
from intake.settings import DEFAULT_REGISTRATION_TEMPLATE
from netra_shared.contracts.schemas.common import ElectionLevel
from netra_shared.contracts.schemas.submission import SubmissionKind

WIB = timezone(timedelta(hours=7))
T = DEFAULT_REGISTRATION_TEMPLATE
LP, TM = SubmissionKind.public_report, SubmissionKind.supervisor_finding
GOV, REGENT, MAYOR = ElectionLevel.governor, ElectionLevel.regent, ElectionLevel.mayor

# DOMAIN.md: {seq:03d}/Reg/{LP|TM}/{PG|PB|PW}/{Prov|Kab|Kota}/{region_code}/{month_roman}/{year}
DOMAIN_FORMAT = re.compile(r"^\d{3,}/Reg/(LP|TM)/(PG|PB|PW)/(Prov|Kab|Kota)/\d{2}(\.\d{2})?/"
                           r"(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\d{4}$")


# --- receipt numbers ----------------------------------------------------------------------------------------------

def test_receipt_number_is_stable_for_a_submission():
    assert receipt_number("sigap-lapor", "sigap-000123") == receipt_number("sigap-lapor", "sigap-000123")


def test_receipt_number_differs_per_submission():
    assert receipt_number("sigap-lapor", "sigap-000123") != receipt_number("sigap-lapor", "sigap-000124")


def test_receipt_number_differs_per_channel_for_the_same_submission_id():
    assert receipt_number("sigap-lapor", "0001") != receipt_number("gowaslu", "0001")


def test_channel_and_submission_id_cannot_be_shifted_into_each_other():
    assert receipt_number("sigap", "_lapor-1") != receipt_number("sigap_", "lapor-1")


def test_receipt_number_is_readable_aloud():
    receipt = receipt_number("sigap-lapor", "sigap-000123")
    assert re.fullmatch(r"RCP-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}", receipt), receipt


def test_receipt_numbers_do_not_collide_across_many_submissions():
    receipts = {receipt_number("sigap-lapor", f"sigap-{n:06d}") for n in range(5000)}
    assert len(receipts) == 5000


# --- registration numbers -----------------------------------------------------------------------------------------

def test_default_template_matches_the_domain_template():
    number = registration_number(T, 1, LP, REGENT, "15.04", datetime(2024, 10, 3, 9, 12, tzinfo=WIB))
    assert number == "001/Reg/LP/PB/Kab/15.04/X/2024"
    assert DOMAIN_FORMAT.fullmatch(number)


@pytest.mark.parametrize("seq, kind, level, region, received, expected", [
    (12, TM, GOV, "61", "2024-11-06T08:45:00+07:00", "012/Reg/TM/PG/Prov/61/XI/2024"),
    (3, LP, MAYOR, "17.71", "2024-11-04T10:00:00+07:00", "003/Reg/LP/PW/Kota/17.71/XI/2024"),
    (7, TM, REGENT, "19.06", "2024-09-25T10:00:00+07:00", "007/Reg/TM/PB/Kab/19.06/IX/2024"),
    (1234, LP, MAYOR, "73.71", "2024-12-01T10:00:00+08:00", "1234/Reg/LP/PW/Kota/73.71/XII/2024"),
])
def test_registration_number_codes(seq, kind, level, region, received, expected):
    number = registration_number(T, seq, kind, level, region, datetime.fromisoformat(received))
    assert number == expected
    assert DOMAIN_FORMAT.fullmatch(number)


@pytest.mark.parametrize("month, roman", list(zip(range(1, 13), "I II III IV V VI VII VIII IX X XI XII".split())))
def test_registration_number_month_is_roman(month, roman):
    number = registration_number(T, 1, LP, REGENT, "15.04", datetime(2024, month, 15, 12, tzinfo=WIB))
    assert number.split("/")[-2] == roman


def test_wib_report_late_on_new_years_eve_is_still_december():
    number = registration_number(T, 1, LP, REGENT, "15.04", datetime.fromisoformat("2024-12-31T23:30:00+07:00"))
    assert number.endswith("/XII/2024")


def test_wit_report_at_1730_utc_on_new_years_eve_is_already_january_next_year():
    number = registration_number(T, 1, LP, MAYOR, "94.71", datetime(2024, 12, 31, 17, 30, tzinfo=UTC))
    assert number.endswith("/94.71/I/2025")


@pytest.mark.parametrize("region, level, expected", [
    ("15.04", REGENT, "XII/2024"),  # 23:30 WIB on 31 Dec
    ("73.71", MAYOR, "I/2025"),     # 00:30 WITA on 1 Jan
    ("94.71", MAYOR, "I/2025"),     # 01:30 WIT on 1 Jan
])
def test_month_and_year_are_local_to_the_region(region, level, expected):
    number = registration_number(T, 1, LP, level, region, datetime(2024, 12, 31, 16, 30, tzinfo=UTC))
    assert number.endswith(f"/{region}/{expected}")


def test_utc_month_boundary_uses_local_month():
    # 30 Sep 17:30Z is 1 Oct 00:30 in WIB.
    number = registration_number(T, 1, LP, REGENT, "15.04", datetime(2024, 9, 30, 17, 30, tzinfo=UTC))
    assert number.endswith("/X/2024")


def test_registration_series_is_per_office_region_and_local_year():
    late_wit = datetime(2024, 12, 31, 16, 30, tzinfo=UTC)
    assert registration_series(MAYOR, "94.71", late_wit).key == "Kota/94.71/2025"
    assert registration_series(REGENT, "15.04", late_wit).key == "Kab/15.04/2024"
    assert registration_series(GOV, "61", late_wit).key == "Prov/61/2024"


def test_registration_series_differs_between_offices_of_one_region():
    when = datetime(2024, 10, 3, tzinfo=UTC)
    assert registration_series(GOV, "15", when).key != registration_series(REGENT, "15.04", when).key


def test_a_configured_template_is_used():
    template = "{region_code}-{year}-{seq:05d}-{kind}"
    assert registration_number(template, 42, LP, REGENT, "15.04",
                               datetime(2024, 10, 3, tzinfo=UTC)) == "15.04-2024-00042-LP"


def test_unknown_region_raises_for_registration_numbers():
    with pytest.raises(ValueError):
        registration_number(T, 1, LP, REGENT, "99.01", datetime(2024, 10, 3, tzinfo=UTC))
