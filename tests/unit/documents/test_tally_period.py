"""A tally of a period: rows summed over its days, `date_to` in the figures and the hash, the
period in the PDF's title, and receipt numbers that never wrap in their column."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bpu_enroll.documents.tally.figures import (
    TallyData,
    TallyGroup,
    TallyRecord,
    build_tally,
    build_tally_from_groups,
    tally_figures,
)
from bpu_enroll.documents.tally.pdf import period_text, render_tally

from . import samples
from .pdf_helpers import flat, pdf_text

DAY = date(2026, 3, 17)


def _spread() -> list[TallyRecord]:
    """The sample records spread over 17, 18 and 19 March (one day apart, in turn)."""
    return [
        replace(r, created_at=r.created_at + timedelta(days=i % 3))
        for i, r in enumerate(samples.tally_records())
    ]


def _tally(records: list[TallyRecord], day: date, day_to: date | None = None) -> TallyData:
    return build_tally(
        records,
        branch_code="7371",
        branch_name="Makassar",
        province_code="73",
        device_code="ALL",
        day=day,
        day_to=day_to,
        generated_at=samples.tally().generated_at,
    )


def test_a_period_sums_its_days_per_officer_and_location() -> None:
    records = _spread()
    period = _tally(records, DAY, DAY + timedelta(days=2))
    days = [_tally(records, DAY + timedelta(days=n)) for n in range(3)]
    assert [d.totals.records for d in days] == [4, 4, 4]
    assert period.totals.records == 12
    assert period.totals.cash_collected == sum(d.totals.cash_collected for d in days)
    assert period.totals.voided_receipts == ("7371-D07-20260317-00005",)
    for row in period.rows:
        same = [r for d in days for r in d.rows if (r.officer, r.work_location) == (
            row.officer, row.work_location)]  # fmt: skip
        assert row.records == sum(r.records for r in same)
        assert row.total_quoted == sum(r.total_quoted for r in same)
        assert row.first_receipt == min(r.first_receipt or "~" for r in same)
    # Records outside the period are left out.
    assert _tally(records, DAY, DAY + timedelta(days=1)).totals.records == 8


def test_the_period_is_in_the_figures_and_a_single_day_is_unchanged() -> None:
    records = samples.tally_records()
    period = tally_figures(_tally(records, DAY, DAY + timedelta(days=6)))
    assert period["date_to"] == "2026-03-23"
    single = tally_figures(_tally(records, DAY))
    assert "date_to" not in single
    assert tally_figures(_tally(records, DAY, DAY)) == single  # to == from is one day
    assert period["hash"] != single["hash"]
    assert period["totals"] == single["totals"]
    with pytest.raises(ValueError, match="period"):
        _tally(records, DAY, DAY - timedelta(days=1))


def _grouped(records: list[TallyRecord]) -> list[TallyGroup]:
    """The records counted per identical dimensions, as the branch's GROUP BY does."""
    groups: dict[tuple[object, ...], list[TallyRecord]] = {}
    for r in records:
        key = (r.officer, r.work_location, r.status, r.voided, r.programs, r.occupation_group,
               r.sector, r.gender)  # fmt: skip
        groups.setdefault(key, []).append(r)
    return [
        TallyGroup(
            officer=same[0].officer,
            work_location=same[0].work_location,
            status=same[0].status,
            voided=same[0].voided,
            programs=same[0].programs,
            occupation_group=same[0].occupation_group,
            sector=same[0].sector,
            gender=same[0].gender,
            count=len(same),
            total_quoted=sum(r.total_quoted for r in same),
            cash_paid=sum(r.cash_paid for r in same),
            first_receipt=min(r.receipt_number for r in same),
            last_receipt=max(r.receipt_number for r in same),
            voided_receipts=tuple(r.receipt_number for r in same if r.voided),
        )
        for same in groups.values()
    ]


def test_groups_counted_by_a_database_give_the_same_figures_and_hash() -> None:
    twins = [  # records alike in every dimension but their receipt numbers
        replace(r, receipt_number=f"7371-D07-20260317-{13 + i:05d}")
        for i, r in enumerate(_spread()[:6])
    ]
    records = _spread() + twins
    last = DAY + timedelta(days=2)
    grouped = _grouped(records)
    assert len(grouped) < len(records)  # some groups hold several records
    from_groups = build_tally_from_groups(
        grouped,
        branch_code="7371",
        branch_name="Makassar",
        province_code="73",
        device_code="ALL",
        day=DAY,
        day_to=last,
        generated_at=samples.tally().generated_at,
    )
    assert tally_figures(from_groups) == tally_figures(_tally(records, DAY, last))


@pytest.mark.parametrize(
    ("first", "last", "lang", "expected"),
    [
        (date(2026, 3, 1), date(2026, 3, 7), "id", "1 – 7 Maret 2026"),
        (date(2026, 2, 28), date(2026, 3, 6), "id", "28 Februari – 6 Maret 2026"),
        (date(2025, 12, 29), date(2026, 1, 4), "en", "29 December 2025 – 4 January 2026"),
        (date(2026, 3, 1), date(2026, 3, 1), "en", "1 March 2026"),
    ],
)
def test_period_text(first: date, last: date, lang: str, expected: str) -> None:
    assert period_text(first, last, lang) == expected


def test_the_pdf_prints_the_period_and_whole_receipt_numbers() -> None:
    records = [
        replace(r, receipt_number=r.receipt_number.replace("7371-D07", "JKT01-D0001"))
        for r in _spread()
    ]
    text = flat(pdf_text(render_tally(_tally(records, DAY, DAY + timedelta(days=2)))))
    assert "Rekap 17 – 19 Maret 2026" in text
    # Each number is extracted whole: it was drawn on one line, not wrapped inside its cell.
    assert "JKT01-D0001-20260317-00001" in text
    assert "JKT01-D0001-20260317-00012" in text
    daily = flat(pdf_text(render_tally(_tally(records, DAY))))
    assert "Rekap Harian 17 Maret 2026" in daily
