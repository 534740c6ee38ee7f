"""Coverage months past 9999-12-31 are a coded error, and the first and last days there are have
day bounds (an empty day, not an overflow)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.coverage import add_months, coverage_months
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import local_day_bounds


@pytest.mark.parametrize(("start", "months"), [(date(9999, 12, 1), 1), (date(9999, 1, 31), 12)])
def test_coverage_past_the_last_date_is_date_out_of_range(start: date, months: int) -> None:
    with pytest.raises(BpuError) as refused:
        coverage_months(start, months)
    assert (refused.value.code, refused.value.field) == ("DATE_OUT_OF_RANGE", "start")
    with pytest.raises(BpuError, match="DATE_OUT_OF_RANGE"):
        quote(income=2_500_000, jht=False, months=months, start=start)


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
