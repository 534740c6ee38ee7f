"""Building blocks of the receipt: its fonts and the contribution table in two shapes.

On A5 the coverage months are rows and the programmes columns; on the 80 mm roll the table is
turned round (programmes as rows, at most three month groups as columns), so every amount
stays on one line in 72 mm. Both are laid out straight onto a `blocks.Sheet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bpu_enroll.documents.labels import text
from bpu_enroll.documents.pdfbase import FONT_BOLD, RULE, SHADE, Styles
from bpu_enroll.documents.receipt.blocks import LEFT, RIGHT, Font, Sheet
from bpu_enroll.documents.receipt.data import ReceiptData, ReceiptMonth
from bpu_enroll.domain.formatting import rupiah

NARROW_GROUPS_PER_TABLE = 3
_SIDE = 1.5  # left and right padding of a contribution table cell
_ROW = 0.8  # top and bottom padding of a contribution table row

Cell = tuple[str, Font, int]  # text, font, alignment


@dataclass(frozen=True)
class Fonts:
    """The receipt's text styles (from the shared stylesheet) in drawing form."""

    title: Font
    heading: Font
    body: Font
    small: Font
    cell: Font
    cell_bold: Font
    banner: Font
    center: Font

    @classmethod
    def of(cls, styles: Styles) -> Fonts:
        """The fonts of one stylesheet (one receipt size)."""
        s = styles
        chosen = (s.title, s.heading, s.body, s.small, s.cell, s.cell_bold, s.banner, s.center)
        return cls(*(Font.of(style, FONT_BOLD) for style in chosen))


@dataclass(frozen=True)
class MonthGroup:
    """Consecutive coverage months with the same amounts, printed as one column or row."""

    label: str
    figures: tuple[str, ...]


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


def _row(sheet: Sheet, cells: Sequence[Cell], edges: Sequence[float], pad: float = _ROW) -> float:
    """One table row: cell i spans edges[i]..edges[i+1]; returns the row's top."""
    top = sheet.y
    height = 0.0
    for (value, font, align), left, right in zip(cells, edges, edges[1:], strict=False):
        width = right - left - 2 * _SIDE
        height = max(
            height, sheet.text(value, font, left + _SIDE, top + pad, width=width, align=align)
        )
    sheet.y = top + height + 2 * pad
    return top


def _heading_row(sheet: Sheet, cells: Sequence[Cell], edges: Sequence[float]) -> None:
    top = _row(sheet, cells, edges)
    sheet.fill(0, top, edges[-1], sheet.y - top, SHADE)
    sheet.rule(0, edges[-1], sheet.y, 0.5, RULE)


def months_table_wide(sheet: Sheet, data: ReceiptData, fonts: Fonts, lang: str) -> None:
    """A5: one row per month group, one column per programme, relief and total."""
    f, width = fonts, sheet.width
    heads = _heads(data, lang)
    first = width * 0.16
    other = (width - first) / len(heads)
    edges = [first + other * index for index in range(len(heads) + 1)]
    edges = [0.0, *edges]
    _heading_row(sheet, [(text("receipt.months_col", lang), f.cell_bold, LEFT)]
                 + [(head, f.cell_bold, RIGHT) for head in heads], edges)  # fmt: skip
    for group in _groups(data):
        _row(sheet, [(group.label, f.cell, LEFT)]
             + [(figure, f.cell, RIGHT) for figure in group.figures], edges)  # fmt: skip
    sheet.rule(0, width, sheet.y, 0.5, RULE)
    total = text("receipt.quote_total", lang, months=len(data.months))
    _row(sheet, [(total, f.cell_bold, LEFT), (rupiah(data.quote_total), f.cell_bold, RIGHT)],
         [0.0, edges[-2], width])  # fmt: skip


def months_table_narrow(sheet: Sheet, data: ReceiptData, fonts: Fonts, lang: str) -> None:
    """80 mm: programmes as rows, up to three month groups as columns, then the total."""
    f, width = fonts, sheet.width
    heads = _heads(data, lang)
    groups = _groups(data)
    first = width * 0.34
    for start in range(0, len(groups), NARROW_GROUPS_PER_TABLE):
        chunk = groups[start : start + NARROW_GROUPS_PER_TABLE]
        other = (width - first) / len(chunk)
        edges = [0.0, *(first + other * index for index in range(len(chunk) + 1))]
        _heading_row(sheet, [(text("receipt.months_col", lang), f.cell_bold, LEFT)]
                     + [(group.label, f.cell_bold, RIGHT) for group in chunk], edges)  # fmt: skip
        for index, head in enumerate(heads):
            _row(sheet, [(head, f.cell, LEFT)]
                 + [(group.figures[index], f.cell, RIGHT) for group in chunk], edges)  # fmt: skip
    sheet.rule(0, width, sheet.y, 0.5, RULE)
    total = text("receipt.quote_total", lang, months=len(data.months))
    _row(sheet, [(total, f.cell_bold, LEFT), (rupiah(data.quote_total), f.cell_bold, RIGHT)],
         [0.0, width * 0.6, width], pad=3.0)  # fmt: skip
