"""The daily tally ("Rekap Harian") of one laptop as an A4 PDF.

Tables per officer and work location (status; programmes, sector and gender; money and receipt
ranges; occupation groups), a bar chart of registrations by occupation group, the voided
receipts, signature lines for officer and supervisor (kept on one page with the end of the
content, never alone on the last page). Every page carries "halaman x dari y" and
the SHA-256 of the figures (`tally_hash`), so the branch can match the paper with `tally --json`.
A tally of a period (the branch's `date_to`) prints the period in its title ("1 – 7 Maret
2026"). Receipt numbers never wrap: they print in a size that fits their column.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bpu_enroll.documents.labels import text
from bpu_enroll.documents.pdfbase import (
    ACCENT,
    FONT,
    MUTED,
    RULE,
    SHADE,
    build_pdf,
    fit_text,
    stylesheet,
)
from bpu_enroll.documents.tally.figures import (
    ALL_DEVICES,
    GENDERS,
    PROGRAM_SETS,
    SECTORS,
    STATUSES,
    TallyData,
    TallyRecord,
    TallyRow,
    build_tally,
    local_day_bounds,
    tally_figures,
    tally_hash,
)
from bpu_enroll.domain.formatting import (
    MONTHS_EN,
    MONTHS_ID,
    local_datetime,
    long_date,
    rupiah,
    thousands,
)

__all__ = [
    "TallyData",
    "TallyRecord",
    "TallyRow",
    "build_tally",
    "local_day_bounds",
    "period_text",
    "render_tally",
    "tally_figures",
    "tally_hash",
]

_MARGINS = (15 * mm, 15 * mm, 14 * mm, 16 * mm)
_BASE_SIZE = 8.0
_VOID_COLUMNS = 4
_VOID_ROWS_PER_TABLE = 40
_MIN_NUMBER_SIZE = 5.0
_CELL_PADDING = 6.0


def period_text(first: date, last: date | None = None, lang: str = "id") -> str:
    """`17 Maret 2026`, or a period: `1 – 7 Maret 2026`, `28 Februari – 6 Maret 2026`,
    `29 Desember 2025 – 4 Januari 2026` (English month names with `lang="en"`)."""
    if last is None or last == first:
        return long_date(first, lang)
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    if (first.year, first.month) == (last.year, last.month):
        start = str(first.day)
    elif first.year == last.year:
        start = f"{first.day} {months[first.month - 1]}"
    else:
        start = long_date(first, lang)
    return f"{start} – {long_date(last, lang)}"


class TallyRenderer:
    """Renders one `TallyData` in one language; `render()` returns the PDF bytes."""

    def __init__(self, data: TallyData, *, lang: str = "id") -> None:
        self.data = data
        self.lang = lang
        self.styles = stylesheet(_BASE_SIZE)
        self.width = A4[0] - _MARGINS[0] - _MARGINS[1]
        self.hash = tally_hash(data)

    def t(self, key: str, **values: object) -> str:
        """A label in this tally's language."""
        return text(key, self.lang, **values)

    def title(self) -> str:
        """ "Rekap Harian 17 Maret 2026", or for a period "Rekap 1 – 7 Maret 2026"."""
        d = self.data
        if d.day_to is None or d.day_to == d.day:
            return self.t("tally.title", date=long_date(d.day, self.lang))
        return self.t("tally.title_period", period=period_text(d.day, d.day_to, self.lang))

    def render(self) -> bytes:
        """The tally PDF."""
        title = self.title()
        return build_pdf(
            self.story(),
            pagesize=A4,
            margins=_MARGINS,
            metadata={
                "title": f"{title} — {self.data.branch_code} {self.data.device_code}",
                "subject": self.t("tally.subject"),
                "keywords": f"tally-sha256:{self.hash}",
            },
            on_page=self._on_page,
            page_label=lambda page, pages: self.t("page", page=page, pages=pages),
        )

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The figures' hash at the foot of every page."""
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(doc.leftMargin, doc.bottomMargin / 2.5,
                          f"{self.t('tally.hash')}: {self.hash}")  # fmt: skip
        canvas.restoreState()

    # -- content -----------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """The tally's content, top to bottom."""
        s = self.styles
        story: list[Flowable] = self._header()
        closing: list[Flowable] = []
        if self.data.is_empty:
            story += [Spacer(1, 10 * mm), Paragraph(self.t("tally.empty"), s.banner)]
        else:
            story += self._section("tally.section.status", self._status_table())
            story += self._section("tally.section.mix", self._mix_table())
            story += self._section("tally.section.money", self._money_table())
            story += self._section("tally.section.groups", self._groups_table())
            story.append(KeepTogether([Spacer(1, 3 * mm), self._chart()]))
            lead, closing = self._voided_section()
            story += lead
            closing.append(Paragraph(self.t("tally.note"), s.small))
        # The signatures never stand alone on the last page: they go with the end of the content.
        closing += [self._signatures(), Spacer(1, 4 * mm),
                    Paragraph(f"{self.t('tally.hash')}: <b>{self.hash}</b>", s.small)]  # fmt: skip
        story.append(KeepTogether(closing))
        return story

    def _voided_section(self) -> tuple[list[Flowable], list[Flowable]]:
        """The voided receipts' section split before its last block (the last table with the
        line naming its officer, or "None." with the heading), which the signatures go with."""
        body = self._voided()
        start = max(i for i, f in enumerate(body) if not isinstance(f, Spacer))
        if start > 0 and not isinstance(body[start - 1], Table):
            start -= 1  # the officer's line above its only table
        heading = Paragraph(self.t("tally.section.voided"), self.styles.heading)
        if start == 0:
            return [], [heading, *body]
        return [heading, *body[:start]], body[start:]

    def _header(self) -> list[Flowable]:
        s, d = self.styles, self.data
        rows = [
            (self.t("tally.branch"), f"{d.branch_code} — {d.branch_name}"),
            (self.t("tally.device"), self._device()),
            (self.t("tally.zone"), d.zone_label),
            (self.t("tally.generated"), local_datetime(d.generated_at, d.province_code,
                                                       self.lang)),
        ]  # fmt: skip
        cells = [[Paragraph(_e(k), s.small), Paragraph(_e(v), s.cell)] for k, v in rows]
        info = Table(cells, colWidths=[32 * mm, self.width - 32 * mm])
        info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))  # fmt: skip
        return [Paragraph(_e(self.title()), s.title), Spacer(1, 2 * mm), info]

    def _device(self) -> str:
        """The laptop's device code, or "every laptop" for the branch's own tally."""
        if self.data.device_code == ALL_DEVICES:
            return self.t("tally.device.all")
        return self.data.device_code

    def _section(self, key: str, body: Sequence[Flowable]) -> list[Flowable]:
        return [Paragraph(self.t(key), self.styles.heading), *body]

    def _who(self, row: TallyRow) -> str:
        if row.officer is None:
            return f"<b>{_e(self.t('tally.all'))}</b>"
        who = self.data.officer_label(row.officer)
        return f"{_e(who)}<br/><font color='#555555'>{_e(row.work_location)}</font>"

    def _grid(
        self,
        heads: list[str],
        body: Sequence[Sequence[str | Flowable]],
        widths: list[float],
        left: int = 1,
    ) -> list[Flowable]:
        """A figures table: the first `left` columns wrap left-aligned, the rest are figures.

        `widths` gives the first columns; the remaining width is shared by the others. The
        last row is the total and is shaded.
        """
        s = self.styles
        rest = len(heads) - len(widths)
        other = (self.width - sum(widths)) / rest if rest else 0
        col_widths = list(widths) + [other] * rest

        def cell(value: str | Flowable, style: ParagraphStyle) -> Flowable:
            return value if isinstance(value, Flowable) else Paragraph(value, style)

        def row(values: Sequence[str | Flowable]) -> list[Flowable]:
            return [cell(v, s.cell if i < left else s.cell_right) for i, v in enumerate(values)]

        small = stylesheet(_BASE_SIZE * 0.9)
        rows = [[Paragraph(_e(h), small.cell_bold if i < left else small.cell_right_bold)
                 for i, h in enumerate(heads)]]  # fmt: skip
        rows += [row([values[0], *(v if isinstance(v, Flowable) else _e(v) for v in values[1:])])
                 for values in body]  # fmt: skip
        table = Table(rows, colWidths=col_widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))  # fmt: skip
        return [table]

    def _rows(self) -> list[TallyRow]:
        return [*self.data.rows, self.data.totals]

    def _status_table(self) -> list[Flowable]:
        heads = [self.t("tally.who"), self.t("tally.records")]
        heads += [self.t("tally.status." + status) for status in STATUSES]
        body = [[self._who(row), _n(row.records)] + [_n(row.by_status[k]) for k in STATUSES]
                for row in self._rows()]  # fmt: skip
        return self._grid(heads, body, [50 * mm])

    def _mix_table(self) -> list[Flowable]:
        heads = [self.t("tally.who"), *(p.replace("+", " + ") for p in PROGRAM_SETS)]
        heads += [self.t("sector." + k) for k in SECTORS]
        heads += [self.t("gender." + k) for k in GENDERS]
        body = [[self._who(row)] + [_n(row.by_programs[k]) for k in PROGRAM_SETS]
                + [_n(row.by_sector[k]) for k in SECTORS] + [_n(row.by_gender[k]) for k in GENDERS]
                for row in self._rows()]  # fmt: skip
        return self._grid(heads, body, [44 * mm])

    def _money_table(self) -> list[Flowable]:
        heads = [self.t("tally.who"), self.t("tally.quoted"), self.t("tally.cash"),
                 self.t("tally.first"), self.t("tally.last")]  # fmt: skip
        widths = [40 * mm, 24 * mm, 24 * mm]
        room = (self.width - sum(widths)) / 2 - _CELL_PADDING
        numbers = [n for row in self._rows() for n in (row.first_receipt, row.last_receipt) if n]
        size = _fitting_size(numbers, room)
        body = [[self._who(row), rupiah(row.total_quoted), rupiah(row.cash_collected),
                 self._number(row.first_receipt, size), self._number(row.last_receipt, size)]
                for row in self._rows()]  # fmt: skip
        return self._grid(heads, body, widths)

    def _number(self, number: str | None, size: float) -> Paragraph:
        """A receipt number on one line, right-aligned, in `size` points."""
        style = stylesheet(size).cell_right
        return Paragraph(_e(number or "–"), style)

    def _groups_table(self) -> list[Flowable]:
        heads = [self.t("tally.who"), self.t("tally.group"), self.t("tally.count")]
        body = [
            [self._who(row), _e(self.data.group_label(group)), _n(count)]
            for row in self.data.rows
            for group, count in row.by_occupation_group.items()
        ]
        totals = self.data.totals.by_occupation_group
        names = ", ".join(self.data.group_label(code) for code in totals)
        body += [[self._who(self.data.totals), _e(names), _n(sum(totals.values()))]]
        return self._grid(heads, body, [50 * mm, 100 * mm], left=2)

    def _chart(self) -> Drawing:
        """Horizontal bars: registrations per occupation group (all officers together)."""
        counts = self.data.totals.by_occupation_group
        groups = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        bar = 12.0
        height = max(1, len(groups)) * bar + 24
        drawing = Drawing(self.width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 62 * mm, 16
        chart.width, chart.height = self.width - 62 * mm - 10 * mm, height - 24
        # The first category is drawn at the bottom: reverse so the largest is on top.
        chart.data = [[count for _g, count in reversed(groups)] or [0]]
        names = [self.data.group_label(code) for code, _c in reversed(groups)]
        chart.categoryAxis.categoryNames = names or [""]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda value: thousands(int(value))
        top = max((count for _g, count in groups), default=1)
        chart.valueAxis.valueStep = max(1, -(-top // 5))
        chart.valueAxis.valueMax = chart.valueAxis.valueStep * 5
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        return drawing

    def _voided(self) -> list[Flowable]:
        """Each officer/location with voided receipts, then their numbers four to a line."""
        s = self.styles
        out: list[Flowable] = []
        for row in self.data.rows:
            if not row.voided_receipts:
                continue
            officer = self.data.officer_label(row.officer)
            who = f"{officer} / {row.work_location} ({len(row.voided_receipts)})"
            line = fit_text(who, s.cell_bold, self.width)
            line.keepWithNext = True  # never alone at a page's foot, its numbers overleaf
            out.append(line)
            numbers = list(row.voided_receipts)
            columns = self._void_columns(numbers)
            cells = [numbers[i : i + columns] for i in range(0, len(numbers), columns)]
            cells[-1] += [""] * (columns - len(cells[-1]))
            # Short tables: one long table would be re-measured at every page break.
            for start in range(0, len(cells), _VOID_ROWS_PER_TABLE):
                out.append(self._numbers_table(cells[start : start + _VOID_ROWS_PER_TABLE]))
            out.append(Spacer(1, 1.5 * mm))
        return out or [Paragraph(self.t("tally.none"), s.body)]

    def _void_columns(self, numbers: list[str]) -> int:
        """Four numbers to a line, fewer when the numbers are too long for a quarter line."""
        longest = max(stringWidth(n, FONT, _BASE_SIZE) for n in numbers) + _CELL_PADDING
        return max(1, min(_VOID_COLUMNS, int(self.width // longest)))

    def _numbers_table(self, cells: list[list[str]]) -> Table:
        columns = len(cells[0])
        table = Table(cells, colWidths=[self.width / columns] * columns)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), _BASE_SIZE),
            ("LEADING", (0, 0), (-1, -1), _BASE_SIZE * 1.25),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        return table

    def _signatures(self) -> Table:
        s = self.styles
        gap = 20 * mm
        col = (self.width - gap) / 2
        officers = sorted({row.officer for row in self.data.rows if row.officer})
        officer_name = self.data.officer_label(officers[0]) if len(officers) == 1 else ""
        cells = [
            [Paragraph(self.t("tally.sign.officer"), s.small), "",
             Paragraph(self.t("tally.sign.supervisor"), s.small)],
            [Spacer(1, 16 * mm), "", Spacer(1, 16 * mm)],
            [Paragraph(_e(officer_name), s.center), "", Paragraph("", s.center)],
        ]  # fmt: skip
        table = Table(cells, colWidths=[col, gap, col])
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 1), (0, 1), 0.6, RULE),
            ("LINEBELOW", (2, 1), (2, 1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 8 * mm),
        ]))  # fmt: skip
        return table


def _fitting_size(numbers: Sequence[str], room: float) -> float:
    """The largest size (half-point steps, at most the base size) at which every number fits
    on one line of `room` points."""
    widest = max((stringWidth(n, FONT, 1.0) for n in numbers), default=0.0)
    if widest <= 0:
        return _BASE_SIZE
    size = min(_BASE_SIZE, room / widest)
    return max(_MIN_NUMBER_SIZE, int(size * 2) / 2)


def _e(value: object) -> str:
    return escape(str(value))


def _n(count: int) -> str:
    return thousands(count)


def render_tally(data: TallyData, *, lang: str = "id") -> bytes:
    """The daily tally as PDF bytes (`lang` `id` by default, or `en`)."""
    return TallyRenderer(data, lang=lang).render()
