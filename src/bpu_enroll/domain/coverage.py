"""Coverage months: the periods one monthly contribution pays for (DOMAIN.md §2, Payment).

A coverage month runs from its start date to the day before the same date next month
(27 Aug → 26 Sep). The first starts on the registration date; month k starts on the same day of
the month k months later. When that month has no such day (31 Jan + 1 month), the start is clamped
to the month's last day (28 or 29 Feb), so:

    31 Jan → 27 Feb, 28 Feb → 30 Mar, 31 Mar → 29 Apr, 30 Apr → 30 May, …

Every month is anchored to the original start day (no drift after a short month), the months are
contiguous and never overlap, and each starts in its own calendar month, which is what the relief
windows look at.

Dates end on 9999-12-31, and any coverage that ends on or before it is priced: a month starting
on the 1st ends on its own month's last day, so 9999-12-01 covers up to 9999-12-31 though the
next month's start (10000-01-01) is no date. Coverage months whose end would need a later date
cannot be priced, a coded `DATE_OUT_OF_RANGE` (field `start`) rather than Python's ValueError, so
every command and the branch answer such a start with a message.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from bpu_enroll.domain.errors import BpuError


def add_months(day: date, months: int) -> date:
    """`day` moved `months` calendar months on, its day clamped to that month's last day;
    `DATE_OUT_OF_RANGE` past 9999 (or before year 1)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        raise BpuError("DATE_OUT_OF_RANGE", "start")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def coverage_month(start: date, index: int) -> tuple[date, date]:
    """The `index`-th (0-based) coverage month of a payment whose first month starts on `start`."""
    begin = add_months(start, index)
    if start.day == 1:  # the day before the next 1st, without writing that 1st (10000-01-01)
        return begin, begin.replace(day=calendar.monthrange(begin.year, begin.month)[1])
    end = add_months(start, index + 1) - timedelta(days=1)
    return begin, end


def coverage_months(start: date, count: int) -> list[tuple[date, date]]:
    """`count` consecutive coverage months from `start`, as (first day, last day) pairs."""
    return [coverage_month(start, index) for index in range(count)]
