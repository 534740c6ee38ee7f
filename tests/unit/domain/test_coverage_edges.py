"""Coverage months past 9999-12-31 are a coded error, those ending on it are priced, and the first
and last days there are have day bounds (an empty day, not an overflow)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.coverage import add_months, coverage_months
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import local_day_bounds
from bpu_enroll.domain.registration import MONTHS_ALLOWED
from bpu_enroll.sync.protocol import LAST_REGISTRATION_DATE


@pytest.mark.parametrize(
    ("start", "months"),
    [
        (date(9999, 12, 2), 1),
        (date(9999, 12, 31), 1),
        (date(9999, 1, 31), 12),
        (date(9999, 1, 2), 12),
    ],
)
def test_coverage_past_the_last_date_is_date_out_of_range(start: date, months: int) -> None:
    with pytest.raises(BpuError) as refused:
        coverage_months(start, months)
    assert (refused.value.code, refused.value.field) == ("DATE_OUT_OF_RANGE", "start")
    with pytest.raises(BpuError, match="DATE_OUT_OF_RANGE"):
        quote(income=2_500_000, jht=False, months=months, start=start)


@pytest.mark.parametrize(("start", "months"), [(date(9999, 12, 1), 1), (date(9999, 1, 1), 12)])
def test_coverage_ending_on_the_last_date_is_priced(start: date, months: int) -> None:
    """A month starting on the 1st ends on its own month's last day: 9999-12-01 covers up to
    9999-12-31, a date there is, though the next month's start (10000-01-01) is none."""
    periods = coverage_months(start, months)
    assert periods[-1] == (date(9999, 12, 1), date(9999, 12, 31))
    priced = quote(income=2_500_000, jht=False, months=months, start=start)
    assert (priced.months[0].start, priced.months[-1].end) == (start, date(9999, 12, 31))


def test_months_starting_on_the_first_stay_contiguous() -> None:
    """Months from a 1st still run to the day before the next one starts (leap years too)."""
    for start in (date(2024, 1, 1), date(2023, 11, 1), date(1, 1, 1)):
        periods = coverage_months(start, 14)
        assert all(b - a == timedelta(days=1) for (_s, a), (b, _e) in pairwise(periods))
        assert all(begin.day == 1 for begin, _end in periods)
    assert coverage_months(date(2024, 2, 1), 1) == [(date(2024, 2, 1), date(2024, 2, 29))]


def test_the_last_priceable_year_and_the_first_day_still_price() -> None:
    assert coverage_months(date(9998, 12, 31), 12)[-1] == (date(9999, 11, 30), date(9999, 12, 30))
    assert add_months(date(1, 1, 1), 0) == date(1, 1, 1)
    assert quote(income=2_500_000, jht=False, months=12, start=date(1, 1, 1)).total > 0


@pytest.mark.parametrize("province", ["32", "73", "94"])
def test_the_first_and_last_days_have_bounds(province: str) -> None:
    first = local_day_bounds(date(1, 1, 1), province)
    last = local_day_bounds(date(9999, 12, 31), province)
    assert first[0] == datetime.min.replace(tzinfo=UTC) < first[1]
    assert last[0] < last[1] == datetime.max.replace(tzinfo=UTC)
    middle = local_day_bounds(date(2026, 8, 17), "32")
    assert middle == (datetime(2026, 8, 16, 17, tzinfo=UTC), datetime(2026, 8, 17, 17, tzinfo=UTC))


@pytest.mark.parametrize("months", MONTHS_ALLOWED)
def test_the_branch_prices_every_registration_date_it_takes(months: int) -> None:
    """The branch takes registration dates up to LAST_REGISTRATION_DATE and prices each again
    from that date: every payment a registration may make from it still ends on a date."""
    priced = quote(income=2_500_000, jht=True, months=months, start=LAST_REGISTRATION_DATE)
    assert priced.months[-1].end <= date(9999, 12, 31)
