"""The injected clock: services take `now: Clock` so tests control dates and times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from bpu_enroll.domain.formatting import zone_for_province

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock: the current moment, timezone-aware UTC."""
    return datetime.now(UTC)


def local_date(moment: datetime, province_code: str) -> date:
    """The calendar date of `moment` in the branch's zone (WIB, WITA or WIT)."""
    zone, _label = zone_for_province(province_code)
    return moment.astimezone(zone).date()
