"""NIK rules of DOMAIN.md §4: 16 digits, province, DDMMYY with +40 for women, century, serial."""

from __future__ import annotations

from datetime import date

import pytest

from bpu_enroll.domain.nik import PROVINCE_CODES, clean_nik, parse_nik
from bpu_enroll.domain.regions import RegionIndex
from tests.unit.domain.samples import NIK_MAN, NIK_WOMAN, TODAY


def codes(text: object, regions: RegionIndex, today: date = TODAY) -> list[str]:
    return [p.code for p in parse_nik(text, today=today, regions=regions).errors]


def test_clean_nik_removes_spaces_dots_and_dashes() -> None:
    assert clean_nik("3201.0123 4567-0001") == "3201012345670001"
    assert clean_nik(" 3201 0115 0890 0001 ") == NIK_MAN


def test_a_valid_mans_nik(regions: RegionIndex) -> None:
    check = parse_nik(NIK_MAN, today=TODAY, regions=regions)
    assert check.errors == [] and check.warnings == []
    info = check.info
    assert info is not None
    assert (info.province_code, info.regency_code, info.district_code) == (
        "32",
        "32.01",
        "32.01.01",
    )
    assert info.birth_date == date(1990, 8, 15)
    assert info.gender == "M"
    assert info.serial == "0001"


def test_women_have_40_added_to_the_day(regions: RegionIndex) -> None:
    info = parse_nik(NIK_WOMAN, today=TODAY, regions=regions).info
    assert info is not None
    assert (info.birth_date, info.gender) == (date(1990, 8, 15), "F")


@pytest.mark.parametrize(("day", "gender"), [("01", "M"), ("31", "M"), ("41", "F"), ("71", "F")])
def test_day_bounds_for_both_genders(regions: RegionIndex, day: str, gender: str) -> None:
    info = parse_nik(f"320101{day}01900001", today=TODAY, regions=regions).info
    assert info is not None and info.gender == gender


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_days_outside_both_ranges_are_not_dates(regions: RegionIndex, day: str) -> None:
    assert codes(f"320101{day}01900001", regions) == ["NIK_DATE"]


@pytest.mark.parametrize(
    "ddmmyy",
    ["310490", "300290", "290290", "150090", "151390", "710490"],  # 31 Apr, 30 Feb, 29 Feb 1990…
)
def test_impossible_calendar_dates(regions: RegionIndex, ddmmyy: str) -> None:
    assert codes(f"320101{ddmmyy}0001", regions) == ["NIK_DATE"]


def test_29_february_in_a_leap_year_is_a_date(regions: RegionIndex) -> None:
    info = parse_nik("3201016902000001", today=TODAY, regions=regions).info  # woman, 29 Feb 2000
    assert info is not None and info.birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    ("yy", "today", "year"),
    [
        ("26", date(2026, 5, 10), 2026),
        ("27", date(2026, 5, 10), 1927),
        ("00", date(2026, 5, 10), 2000),
        ("99", date(2026, 5, 10), 1999),
        ("27", date(2027, 1, 1), 2027),
    ],
)
def test_century_inference(regions: RegionIndex, yy: str, today: date, year: int) -> None:
    info = parse_nik(f"3201010101{yy}0001", today=today, regions=regions).info
    assert info is not None and info.birth_date.year == year


def test_there_are_38_province_codes() -> None:
    assert len(PROVINCE_CODES) == 38
    assert {"11", "31", "32", "65", "91", "92", "93", "94", "95", "96"} <= PROVINCE_CODES


@pytest.mark.parametrize(
    "prefix", ["650101", "920203", "930101", "940101", "950101", "960101", "110101"]
)
def test_provinces_created_since_2012_are_valid(regions: RegionIndex, prefix: str) -> None:
    check = parse_nik(f"{prefix}1508900001", today=TODAY, regions=regions)
    assert check.errors == [] and check.warnings == []


@pytest.mark.parametrize("province", ["00", "99", "10", "20", "37", "54", "66", "83", "90", "97"])
def test_codes_that_are_not_provinces(regions: RegionIndex, province: str) -> None:
    assert codes(f"{province}01011508900001", regions) == ["NIK_PROVINCE"]


def test_serial_0000_is_refused(regions: RegionIndex) -> None:
    assert codes("3201011508900000", regions) == ["NIK_SERIAL"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "320101150890000",
        "32010115089000011",
        "320101150890000A",
        "3201011508９00001",
        None,
        3201011508900001,
    ],
)
def test_not_sixteen_digits(regions: RegionIndex, text: object) -> None:
    assert codes(text, regions) == ["NIK_FORMAT"]


def test_several_errors_are_reported_together(regions: RegionIndex) -> None:
    assert codes("9901013202900000", regions) == ["NIK_PROVINCE", "NIK_DATE", "NIK_SERIAL"]


def test_unknown_regency_is_only_a_warning(regions: RegionIndex) -> None:
    check = parse_nik("3299011508900001", today=TODAY, regions=regions)
    assert check.errors == []
    assert [p.code for p in check.warnings] == ["NIK_REGION_UNKNOWN"]
    assert check.warnings[0].field == "nik"
    assert check.info is not None


def test_unknown_district_is_only_a_warning(regions: RegionIndex) -> None:
    check = parse_nik("3201991508900001", today=TODAY, regions=regions)
    assert check.valid
    assert [p.code for p in check.warnings] == ["NIK_REGION_UNKNOWN"]


def test_messages_follow_the_language(regions: RegionIndex) -> None:
    english = parse_nik("12", today=TODAY, regions=regions, lang="en").errors[0]
    indonesian = parse_nik("12", today=TODAY, regions=regions).errors[0]
    assert english.code == indonesian.code == "NIK_FORMAT"
    assert "16 digits" in english.message
    assert "16 angka" in indonesian.message
