"""Receipt and tally PDFs against ReportLab's own floor, measured in the same run.

The limit for a receipt is ReportLab drawing one page of the same text: a bare canvas of the same
page size, every text run the receipt shows (read back from that size's own PDF) drawn with
`drawString` in the same font (DejaVu Sans or DejaVu Sans Bold, both embedded as subsets, as
in the receipt) at the same size, saved to bytes. The receipt adds layout (wrapping, tables,
rules), the vector QR code and page furniture on top of that floor; DESIGN.md §6 allows 4×.

The tally row times this package's share of the daily tally (aggregating 100,000 plain
records with `build_tally` and rendering the PDF) against the raw aggregate SQL over the same
rows in an in-memory SQLite table plus the one-page baseline; DESIGN.md §6 allows 3×. Loading
the records from the encrypted store is measured by the store's own benchmark.
"""

from __future__ import annotations

import io
import math
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # for `tests.unit.documents.samples`
    sys.path.insert(0, str(ROOT))

from tests.unit.documents import samples  # noqa: E402

from bpu_enroll.documents.pdfbase import FONT, FONT_BOLD, register_fonts  # noqa: E402
from bpu_enroll.documents.receipt.pdf import render_receipt  # noqa: E402
from bpu_enroll.documents.tally.pdf import build_tally, render_tally  # noqa: E402

RECEIPT_TARGET = 4.0
TALLY_TARGET = 3.0
TALLY_RECORDS = 100_000


def _median_ms(func: Callable[[], object], repeat: int) -> float:
    return _interleaved([func], repeat)[0]


def _interleaved(funcs: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median milliseconds of each function, run in turn so machine noise hits all alike."""
    for func in funcs:
        func()  # warm up: fonts parsed, caches filled
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeat):
        for index, func in enumerate(funcs):
            started = time.perf_counter()
            func()
            times[index].append((time.perf_counter() - started) * 1000)
    return [statistics.median(series) for series in times]


TextRun = tuple[str, float, str]  # font, size in points, text


def _text_runs(pdf: bytes) -> tuple[tuple[float, float], list[TextRun]]:
    """The page size of a one-page PDF and every text run on it, in its font and size."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    runs: list[TextRun] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(cm[0], cm[1]) * math.hypot(tm[0], tm[1])
            bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
            runs.append((FONT_BOLD if bold else FONT, size * scale, text.strip()))

    page.extract_text(visitor_text=visit)
    return (float(page.mediabox.width), float(page.mediabox.height)), runs


def _plain_page(pagesize: tuple[float, float], runs: list[TextRun]) -> bytes:
    """The floor: one page of the same size, the same runs drawn as plain strings."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize)
    y = pagesize[1] - 10 * mm
    for font, size, text in runs:
        canvas.setFont(font, size)
        canvas.drawString(4 * mm, y, text)
        y -= size * 1.2
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _row(name: str, value: float, limit: float, target: float, unit: str) -> dict[str, Any]:
    ratio = value / limit
    return {
        "name": name, "value": round(value, 2), "unit": unit, "limit": round(limit, 2),
        "ratio": round(ratio, 2), "target": f"≤ {target:g}×", "met": ratio <= target,
    }  # fmt: skip


def _tally_sql_ms(records: list[samples.TallyRecord], repeat: int) -> float:
    """The raw aggregate SQL over the same rows (in-memory SQLite, indexed by day)."""
    db = sqlite3.connect(":memory:")
    db.execute("create table r (officer, location, status, voided, jht, grp, sector, gender,"
               " quoted, cash, receipt, created)")  # fmt: skip
    db.executemany(
        "insert into r values (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(r.officer, r.work_location, r.status, int(r.voided), int("JHT" in r.programs),
          r.occupation_group, r.sector, r.gender, r.total_quoted, r.cash_paid,
          r.receipt_number, r.created_at.isoformat()) for r in records],
    )  # fmt: skip
    db.execute("create index r_created on r (created)")
    query = """
        select officer, location, status, voided, jht, grp, sector, gender, count(*),
               sum(quoted), sum(cash), min(receipt), max(receipt)
        from r where created >= ? and created < ?
        group by officer, location, status, voided, jht, grp, sector, gender
    """
    bounds = ("2026-03-16T16:00:00+00:00", "2026-03-17T16:00:00+00:00")
    result = _median_ms(lambda: db.execute(query, bounds).fetchall(), repeat)
    db.close()
    return result


def _many_records(count: int) -> list[samples.TallyRecord]:
    base = samples.tally_records(12)
    step = timedelta(hours=14) / count
    return [replace(base[i % 12], receipt_number=f"7371-D07-20260317-{i + 1:06d}",
                    created_at=base[0].created_at + step * i) for i in range(count)]  # fmt: skip


def measure() -> list[dict[str, Any]]:
    """Rows for `make bench`: receipt A5 and 80 mm against one plain page; the tally."""
    register_fonts()
    data = samples.receipt()
    a5_page, a5_runs = _text_runs(render_receipt(data, size="a5"))
    roll_page, roll_runs = _text_runs(render_receipt(data, size="80mm"))
    a5_floor, a5_ms, roll_floor, roll_ms = _interleaved(
        [lambda: _plain_page(a5_page, a5_runs), lambda: render_receipt(data, size="a5"),
         lambda: _plain_page(roll_page, roll_runs), lambda: render_receipt(data, size="80mm")],
        40)  # fmt: skip
    unit = "ms (limit: one page of the same text, ReportLab)"
    rows = [
        _row("one receipt PDF, A5", a5_ms, a5_floor, RECEIPT_TARGET, unit),
        _row("one receipt PDF, 80 mm", roll_ms, roll_floor, RECEIPT_TARGET, unit),
    ]
    baseline = a5_floor  # the tally's "one plain page"
    records = _many_records(TALLY_RECORDS)
    sql = _tally_sql_ms(records, 5)

    def tally() -> bytes:
        figures = build_tally(records, branch_code="7371", branch_name="Makassar",
                              province_code="73", device_code="D07",
                              day=samples.ISSUED.date(), generated_at=samples.ISSUED)  # fmt: skip
        return render_tally(figures)

    rows.append(_row(f"daily tally figures + PDF, {TALLY_RECORDS:,} records in memory",
                     _median_ms(tally, 3), sql + baseline, TALLY_TARGET,
                     "ms (limit: raw aggregate SQL + one plain page)"))  # fmt: skip
    return rows


if __name__ == "__main__":
    for result in measure():
        print(result)
