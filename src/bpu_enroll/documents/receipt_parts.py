"""Building blocks of the receipt: the contribution table (two shapes) and borderless tables.

On A5 the coverage months are rows and the programmes columns; on the 80 mm roll the table is
turned round (programmes as rows, at most three month groups as columns), so every amount
stays on one line in 72 mm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table, TableStyle

from bpu_enroll.documents.labels import text
from bpu_enroll.documents.pdfbase import RULE, SHADE, Styles, fit_text
from bpu_enroll.documents.receipt_data import ReceiptData, ReceiptMonth
from bpu_enroll.domain.formatting import rupiah

NARROW_GROUPS_PER_TABLE = 3
_PAD = 3.0  # left + right padding of a contribution table cell


@dataclass(frozen=True)
class MonthGroup:
    """Consecutive coverage months with the same amounts, printed as one column or row."""

    label: str
    figures: tuple[str, ...]


def plain_table(cells: Sequence[Sequence[Flowable | str]], widths: Sequence[float]) -> Table:
    """A borderless table with tight padding, cells aligned to the top."""
    table = Table([list(row) for row in cells], colWidths=list(widths))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))  # fmt: skip
    return table


def month_runs(months: Sequence[ReceiptMonth]) -> list[tuple[int, int, ReceiptMonth]]:
    """Runs of consecutive months with the same amounts: (first number, last number, month)."""
    runs: list[tuple[int, int, ReceiptMonth]] = []
    for number, month in enumerate(months, start=1):
        if runs and runs[-1][2].amounts() == month.amounts():
            first, _last, sample = runs[-1]
            runs[-1] = (first, number, sample)
        else:
            runs.append((number, number, month))
    return runs


def _heads(data: ReceiptData, lang: str) -> list[str]:
    heads = ["JKK", "JKM"] + (["JHT"] if "JHT" in data.programs else [])
    return [*heads, text("receipt.relief_col", lang), text("receipt.month_total_col", lang)]


def _groups(data: ReceiptData) -> list[MonthGroup]:
    with_jht = "JHT" in data.programs
    out = []
    for first, last, month in month_runs(data.months):
        amounts = [month.jkk, month.jkm] + ([month.jht] if with_jht else [])
        figures = [rupiah(value) for value in amounts]
        figures.append(f"−{rupiah(month.relief)}" if month.relief else rupiah(0))
        figures.append(rupiah(month.total))
        label = str(first) if first == last else f"{first}–{last}"
        out.append(MonthGroup(label, tuple(figures)))
    return out


def _style(table: Table, *, span_total: bool) -> Table:
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
    ]
    if span_total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE), ("SPAN", (0, -1), (-2, -1))]
    table.setStyle(TableStyle(commands))
    return table


def months_table_wide(data: ReceiptData, styles: Styles, width: float, lang: str) -> Table:
    """A5: one row per month group, one column per programme, relief and total."""
    s = styles
    heads = _heads(data, lang)
    first = width * 0.16
    other = (width - first) / len(heads)
    a, b = first - _PAD, other - _PAD
    rows: list[list[Flowable | str]] = [
        [fit_text(text("receipt.months_col", lang), s.cell_bold, a)]
        + [fit_text(head, s.cell_right_bold, b) for head in heads]
    ]
    for group in _groups(data):
        cells = [fit_text(figure, s.cell_right, b) for figure in group.figures]
        rows.append([fit_text(group.label, s.cell, a), *cells])
    total = text("receipt.quote_total", lang, months=len(data.months))
    rows.append(
        [fit_text(total, s.cell_bold, width - other - _PAD)]
        + [""] * (len(heads) - 1)
        + [fit_text(rupiah(data.quote_total), s.cell_right_bold, b)]
    )
    return _style(Table(rows, colWidths=[first] + [other] * len(heads)), span_total=True)


def months_tables_narrow(
    data: ReceiptData, styles: Styles, width: float, lang: str
) -> list[Flowable]:
    """80 mm: programmes as rows, up to three month groups as columns, then the total."""
    s = styles
    heads = _heads(data, lang)
    groups = _groups(data)
    first = width * 0.34
    out: list[Flowable] = []
    for start in range(0, len(groups), NARROW_GROUPS_PER_TABLE):
        chunk = groups[start : start + NARROW_GROUPS_PER_TABLE]
        other = (width - first) / len(chunk)
        a, b = first - _PAD, other - _PAD
        month_word = text("receipt.months_col", lang)
        rows: list[list[Flowable | str]] = [
            [fit_text(month_word, s.cell_bold, a)]
            + [fit_text(group.label, s.cell_right_bold, b) for group in chunk]
        ]
        for index, head in enumerate(heads):
            cells = [fit_text(group.figures[index], s.cell_right, b) for group in chunk]
            rows.append([fit_text(head, s.cell, a), *cells])
        table = Table(rows, colWidths=[first] + [other] * len(chunk))
        out.append(_style(table, span_total=False))
    total = text("receipt.quote_total", lang, months=len(data.months))
    amount = rupiah(data.quote_total)
    total_row = [[fit_text(total, s.cell_bold, width * 0.6 - _PAD),
                  fit_text(amount, s.cell_right_bold, width * 0.4 - _PAD)]]  # fmt: skip
    closing = Table(total_row, colWidths=[width * 0.6, width * 0.4])
    closing.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
    ]))  # fmt: skip
    out.append(closing)
    return out
