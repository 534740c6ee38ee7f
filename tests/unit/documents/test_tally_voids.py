"""The printed tally of a day with many voided receipts: every number on the paper, read back
from the PDF, within the page's width, and each officer's line with the numbers it heads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from reportlab.lib.units import mm

from bpu_enroll.documents.tally.pdf import TallyData, TallyRecord, build_tally, render_tally

from .pdf_helpers import flat, ink_columns, page_sizes, pdf_text, render_page

DAY = date(2026, 5, 4)
MARGIN = 15 * mm  # the tally's left and right margins
# Three officers of a branch at their markets, as a supervisor's day shows them.
OFFICERS = (
    ("rahmawati", "Rahmawati Puspitasari", "Pasar Induk Kramat Jati"),
    ("agus", "Agus Setiawan Nugroho", "TPI Muara Angke"),
    ("dewi", "Dewi Lestari", "Terminal Kampung Rambutan"),
)


def _day(per_officer: int, every: int) -> TallyData:
    """The branch's day: `per_officer` records each, one in `every` voided."""
    start = datetime(2026, 5, 4, 1, 0, tzinfo=UTC)
    records = [
        TallyRecord(
            officer=user, work_location=place, status="accepted", voided=i % every == 1,
            programs=("JKK", "JKM"), occupation_group="Perdagangan", sector="other",
            gender="F", total_quoted=168_000, cash_paid=168_000,
            receipt_number=f"JKT01-D000{n}-20260504-{i:05d}",
            created_at=start + timedelta(minutes=i),
        )
        for n, (user, _name, place) in enumerate(OFFICERS, start=1)
        for i in range(per_officer)
    ]  # fmt: skip
    return build_tally(
        records, branch_code="JKT01", branch_name="Jakarta Timur", province_code="31",
        device_code="ALL", day=DAY, generated_at=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
        officer_names={user: f"{name} ({user})" for user, name, _place in OFFICERS},
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("per_officer", "every"), [(60, 6), (36, 4), (80, 7), (48, 5)])
def test_every_voided_number_is_printed_within_the_page(
    lang: str, per_officer: int, every: int
) -> None:
    """Eight to twelve voids an officer: every number is in the PDF's text, whole (not cut at
    the edge, not split over two lines), nothing is drawn past the side margins, and an
    officer's line ("Dewi Lestari (dewi) / Terminal Kampung Rambutan (10)") is on the page of
    the first numbers it heads: it stood alone at the foot of page 1, its numbers on page 2."""
    data = _day(per_officer, every)
    pdf = render_tally(data, lang=lang)
    pages = [flat(page) for page in pdf_text(pdf).split("\f")]
    voided = data.totals.voided_receipts
    assert 8 * len(OFFICERS) <= len(voided) <= 12 * len(OFFICERS)
    text = " ".join(pages)
    for number in voided:
        assert number in text, number
    for page, (width, _height) in enumerate(page_sizes(pdf)):
        scale = 2.0
        ink = ink_columns(render_page(pdf, page, scale=scale))
        assert ink is not None
        left, right = ink[0] / scale, ink[1] / scale
        assert left >= MARGIN - 1 and right <= width - MARGIN + 1, (page, left, right, width)
    for row in data.rows:
        heading = f"/ {row.work_location} ({len(row.voided_receipts)})"
        on = [i for i, page in enumerate(pages) if heading in page]
        first = [i for i, page in enumerate(pages) if row.voided_receipts[0] in page]
        assert on and on == first[:1], (heading, on, first)
