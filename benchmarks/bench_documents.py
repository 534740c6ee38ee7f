"""Receipt and tally PDFs against ReportLab's own floor, measured in the same run.

The limit for a receipt is ReportLab drawing one page of plain text: a bare canvas, the same
embedded DejaVu Sans at the same size, every line of the receipt's own text drawn with
`drawString`, saved to bytes. The receipt adds layout (paragraphs, tables), the vector QR code
and page furniture on top of that floor; DESIGN.md §6 allows 4×.

The tally row times this package's share of the daily tally (aggregating 100,000 plain
records with `build_tally` and rendering the PDF) against the raw aggregate SQL over the same
rows in an in-memory SQLite table plus the one-page baseline; DESIGN.md §6 allows 3×. Loading
the records from the encrypted store is measured by the store's own benchmark.
"""

from __future__ import annotations

import io
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
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # for `tests.unit.documents.samples`
    sys.path.insert(0, str(ROOT))

from tests.unit.documents import samples  # noqa: E402

from bpu_enroll.documents.pdfbase import FONT, register_fonts  # noqa: E402
from bpu_enroll.documents.receipt import render_receipt  # noqa: E402
from bpu_enroll.documents.tally import build_tally, render_tally  # noqa: E402

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


def _plain_page(lines: list[str]) -> bytes:
    """The floor: one A5 page, the same lines drawn as plain strings in the same font."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    canvas.setFont(FONT, 7)
    y = A5[1] - 10 * mm
    for line in lines:
        canvas.drawString(10 * mm, y, line)
        y -= 8.5
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
    a5 = render_receipt(data, size="a5")
    lines = [line for page in PdfReader(io.BytesIO(a5)).pages
             for line in (page.extract_text() or "").splitlines() if line.strip()]  # fmt: skip
    baseline, a5_ms, roll_ms = _interleaved(
        [lambda: _plain_page(lines), lambda: render_receipt(data, size="a5"),
         lambda: render_receipt(data, size="80mm")], 40)  # fmt: skip
    unit = "ms (limit: one page of the same text, ReportLab)"
    rows = [
        _row("one receipt PDF, A5", a5_ms, baseline, RECEIPT_TARGET, unit),
        _row("one receipt PDF, 80 mm", roll_ms, baseline, RECEIPT_TARGET, unit),
    ]
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
