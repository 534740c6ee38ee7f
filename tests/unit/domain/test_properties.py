"""Property tests: the NIK parser and the validator never raise; quotes add up in whole rupiah."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.errors import ALL_CODES
from bpu_enroll.domain.nik import parse_nik
from bpu_enroll.domain.regions import RegionIndex
from bpu_enroll.domain.registration import FORM_KEYS, validate_registration
from tests.unit.domain.samples import GOOD, TODAY

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


@SETTINGS
@given(
    text=st.one_of(st.text(max_size=40), st.from_regex(r"[0-9 .\-]{10,24}"), JSON_VALUES),
    today=DATES,
)
def test_parse_nik_never_raises(regions: RegionIndex, text: Any, today: date) -> None:
    check = parse_nik(text, today=today, regions=regions)
    assert (check.info is None) == bool(check.errors)
    assert all(item.field == "nik" and item.code in ALL_CODES for item in check.errors)


@SETTINGS
@given(digits=st.from_regex(r"[1-9][0-9]{15}", fullmatch=True), today=DATES)
def test_a_parsed_nik_keeps_its_digits(regions: RegionIndex, digits: str, today: date) -> None:
    info = parse_nik(digits, today=today, regions=regions).info
    if info is not None:
        assert info.nik == digits
        assert info.birth_date.year % 100 == int(digits[10:12])
        assert info.gender == ("F" if int(digits[6:8]) > 40 else "M")


@SETTINGS
@given(data=JSON_VALUES)
def test_validator_never_raises_on_any_json(data: Any) -> None:
    result = validate_registration(data, today=TODAY)
    assert not result.valid or result.registration is not None
    assert all(item.code in ALL_CODES for item in result.errors + result.warnings)


@SETTINGS
@given(
    changes=st.dictionaries(st.sampled_from(FORM_KEYS), JSON_VALUES, min_size=1, max_size=6),
    address=st.dictionaries(
        st.sampled_from(["street", "rt", "rw", "village_code", "other"]), JSON_VALUES, max_size=4
    ),
)
def test_validator_never_raises_on_a_damaged_registration(
    changes: dict[str, Any], address: dict[str, Any]
) -> None:
    data = dict(GOOD)
    data.update(changes)
    if "address" in changes and address:
        data["address"] = address
    result = validate_registration(data, today=TODAY, lang="en")
    fields = {item.field.split(".")[0] for item in result.errors}
    assert fields <= {*FORM_KEYS, ""}
    if result.valid:
        assert result.registration is not None
        assert validate_registration(result.registration, today=TODAY).valid


QUOTE_ARGS = st.fixed_dictionaries(
    {
        "income": st.integers(min_value=-(10**9), max_value=10**12),
        "jht": st.booleans(),
        "sector": st.sampled_from(["transport", "other"]),
        "months": st.sampled_from([1, 3, 6, 12]) | st.integers(min_value=1, max_value=120),
        "start": st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
        "government_paid": st.booleans(),
        "employer": st.booleans(),
    }
)


@SETTINGS
@given(args=QUOTE_ARGS)
def test_quote_totals_are_whole_sums_of_the_months(args: dict[str, Any]) -> None:
    result = quote(**args)
    assert len(result.months) == args["months"]
    assert result.total == sum(month.total for month in result.months)
    assert type(result.total) is int and result.total >= 0
    for month in result.months:
        assert month.total == month.jkk + month.jkm + month.jht - month.relief
        assert all(type(v) is int for v in (month.jkk, month.jkm, month.jht, month.relief))
        assert 0 <= month.relief <= month.jkk + month.jkm
        assert month.start <= month.end
        if args["government_paid"] or args["employer"]:
            assert month.relief == 0
        if not args["jht"]:
            assert month.jht == 0
    for earlier, later in zip(result.months, result.months[1:], strict=False):
        assert (later.start - earlier.end).days == 1


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_clean_text_fast_path_equals_the_character_walk(text: str) -> None:
    from bpu_enroll.domain.fields import _clean_each_character, clean_text

    assert clean_text(text) == _clean_each_character(text)


def test_clean_text_still_removes_controls_and_folds_unicode_spaces() -> None:
    from bpu_enroll.domain.fields import clean_text

    assert clean_text("\u200bSITI\u00a0 AMINAH\t\n") == "SITI AMINAH"
    assert clean_text("  BUDI   SANTOSO ") == "BUDI SANTOSO"
