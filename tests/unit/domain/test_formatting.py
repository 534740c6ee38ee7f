"""Times of day as each language writes them: `14.05` in Indonesian, `14:05` in English."""

from __future__ import annotations

from datetime import UTC, datetime

from bpu_enroll.domain.formatting import clock_time, local_datetime

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
