"""Times of day as each language writes them (`14.05` in Indonesian, `14:05` in English);
a phone masked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bpu_enroll.domain.formatting import (
    clock_time,
    local_datetime,
    mask_phone,
    parse_rupiah_input,
    short_date,
)

MOMENT = datetime(2026, 3, 17, 7, 5, 9, tzinfo=UTC)  # 14.05.09 in Jakarta (WIB)


def test_clock_time_by_language() -> None:
    assert clock_time(MOMENT, "id") == "07.05"
    assert clock_time(MOMENT, "en") == "07:05"
    assert clock_time(MOMENT, "id", seconds=True) == "07.05.09"
    assert clock_time(MOMENT, "en", seconds=True) == "07:05:09"


def test_local_datetime_in_the_branch_zone_by_language() -> None:
    assert local_datetime(MOMENT, "31", "id") == "17 Maret 2026 14.05 WIB"
    assert local_datetime(MOMENT, "31", "en") == "17 March 2026 14:05 WIB"
    assert local_datetime(MOMENT, "73", "en") == "17 March 2026 15:05 WITA"


def test_short_date_by_language() -> None:
    """A narrow column's date: the month in three letters, Indonesian's own where it differs."""
    assert short_date(date(2026, 3, 17)) == "17 Mar 2026"
    assert short_date(date(2026, 8, 17)) == "17 Agu 2026"
    assert short_date(date(2026, 10, 1), "id") == "1 Okt 2026"
    assert short_date(date(2026, 8, 17), "en") == "17 Aug 2026"
    assert short_date(date(2026, 12, 5), "en") == "5 Dec 2026"


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("+6281234567890", "+62812*****890"),
        ("+62-812-3456-78901", "+62-81*********901"),
        ("0812-345", "********"),  # 8 characters: first six and last three were all of it
        ("0812-3456", "*********"),
        ("", ""),
    ],
)
def test_a_phone_is_masked_but_its_prefix_and_last_three(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked
    if len(phone) < 10:  # shorter than any mobile number: nothing of it shown
        assert not set(masked) - {"*"}


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("2500000", 2_500_000),
        ("2.500.000", 2_500_000),
        ("Rp2.500.000", 2_500_000),
        ("Rp. 2.500.000", 2_500_000),
        ("rp 36.800", 36_800),
        (" 900000 ", 900_000),
        ("1500000.50", None),  # cents the English way: was Rp150.000.050
        ("2.50.000", None),  # a group of two digits: was Rp250.000
        ("2.500.000,00", None),
        ("2,500,000", None),
        ("-5", None),
        ("", None),
    ],
)
def test_a_typed_amount_groups_thousands_by_three(typed: str, amount: int | None) -> None:
    assert parse_rupiah_input(typed) == amount
