"""The registration receipt ("Tanda Terima Pendaftaran Peserta BPU") as a PDF.

Two sizes: A5 for office printers and an 80 mm roll for portable thermal printers, whose page
is exactly as tall as its content. Content follows DOMAIN.md §7. Page furniture (footer, the
BATAL stamp) sits in page hooks; the content is built by one story method per size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
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
    ALERT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    Styles,
    build_pdf,
    fit_text,
    story_height,
    stylesheet,
)
from bpu_enroll.documents.qr import qr_drawing
from bpu_enroll.documents.receipt_data import (
    RECEIPT_SIZES,
    ReceiptData,
    ReceiptMonth,
    months_from_quote,
)
from bpu_enroll.documents.receipt_parts import (
    months_table_wide,
    months_tables_narrow,
    plain_table,
)
from bpu_enroll.domain.formatting import amount_in_words, local_datetime, long_date, rupiah

__all__ = ["ReceiptData", "ReceiptMonth", "months_from_quote", "render_receipt"]

ReceiptSize = Literal["a5", "80mm"]


@dataclass(frozen=True)
class _Layout:
    """Page geometry and type size of one receipt size."""

    width: float
    height: float | None  # None: as tall as the content (the roll)
    margins: tuple[float, float, float, float]  # left, right, top, bottom
    base_size: float
    qr_size: float
    label_width: float
    wide: bool


_LAYOUTS: dict[str, _Layout] = {
    "a5": _Layout(A5[0], A5[1], (10 * mm, 10 * mm, 9 * mm, 11 * mm), 7.0, 33 * mm, 28 * mm, True),
    "80mm": _Layout(80 * mm, None, (4 * mm, 4 * mm, 4 * mm, 9 * mm), 7.4, 40 * mm, 23 * mm, False),
}


_CELL_RIGHT_PADDING = 2.0


@dataclass(frozen=True)
class _Field:
    """A label and its plain-text value; `full` takes a whole line in the A5 grid."""

    label: str
    value: str
    bold: bool = False
    full: bool = False


def _e(value: object) -> str:
    """Escape user data for Paragraph markup."""
    return escape(str(value))


class ReceiptRenderer:
    """Renders one `ReceiptData` in one size and language; `render()` returns the PDF bytes."""

    def __init__(self, data: ReceiptData, *, size: str = "a5", lang: str = "id") -> None:
        if size not in RECEIPT_SIZES:
            raise ValueError(f"size must be one of {RECEIPT_SIZES}")
        self.data = data
        self.lang = lang
        self.layout = _LAYOUTS[size]
        self.styles: Styles = stylesheet(self.layout.base_size, monochrome=not self.layout.wide)
        left, right, _top, _bottom = self.layout.margins
        self.frame_width = self.layout.width - left - right

    def t(self, key: str, **values: object) -> str:
        """A label in this receipt's language."""
        return text(key, self.lang, **values)

    def render(self) -> bytes:
        """The receipt PDF."""
        story = self.story()
        layout = self.layout
        _left, _right, top, bottom = layout.margins
        height = layout.height
        if height is None:
            height = top + bottom + story_height(story, self.frame_width) + 4 * mm
        data = self.data
        return build_pdf(
            story,
            pagesize=(layout.width, height),
            margins=layout.margins,
            metadata={
                "title": f"{self.t('receipt.title')} {data.receipt_number}",
                "subject": self.t("receipt.subject"),
                "keywords": data.qr_payload,
            },
            on_page=self._on_page,
            on_page_end=self._on_page_end,
            page_label=self._page_label if layout.wide else None,
            label_font_size=layout.base_size * 0.8,
        )

    def _page_label(self, page: int, pages: int) -> str:
        return self.t("page", page=page, pages=pages)

    # -- page furniture --------------------------------------------------------------------

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Footer on every page: rule version and record id (no personal data)."""
        canvas.saveState()
        canvas.setFont(FONT, self.layout.base_size * 0.8)
        canvas.setFillColor(MUTED)
        footer = self.t("receipt.rule", version=self.data.rule_version or "-",
                        record=self.data.record_id)  # fmt: skip
        if self.layout.wide:
            canvas.drawString(doc.leftMargin, doc.bottomMargin / 2.5, footer)
        else:  # the roll is narrow: two lines, and it is always one page
            line = self.layout.base_size
            for index, part in enumerate(footer.split(" · ")):
                canvas.drawString(doc.leftMargin, doc.bottomMargin - (index + 1.5) * line, part)
        canvas.restoreState()

    def _on_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A large diagonal BATAL over a voided receipt."""
        if not self.data.voided:
            return
        width, height = doc.pagesize
        angle = math.degrees(math.atan2(height, width))
        diagonal = math.hypot(width, height)
        word = self.t("receipt.void_mark")
        size = min(diagonal * 0.55 / max(1.0, canvas.stringWidth(word, FONT_BOLD, 1)), width * 0.5)
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(angle)
        canvas.setFillColor(ALERT)
        canvas.setFillAlpha(0.28)
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(0, -size * 0.35, word)
        canvas.restoreState()

    # -- content -----------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """The receipt's content, top to bottom."""
        s = self.styles
        story: list[Flowable] = []
        story += self._header()
        story += self._marks()
        story.append(self._heading("receipt.section.worker"))
        story.append(self._grid(self._worker_rows()))
        story.append(self._heading("receipt.section.contribution"))
        story.append(self._grid(self._contribution_rows()))
        story.append(Spacer(1, 1.5 * mm))
        if self.layout.wide:
            story.append(months_table_wide(self.data, s, self.frame_width, self.lang))
        else:
            story += months_tables_narrow(self.data, s, self.frame_width, self.lang)
        story.append(self._heading("receipt.section.payment"))
        story.append(self._grid(self._payment_rows()))
        story += self._notes()
        if self.layout.wide:  # keep consent and signatures on one page
            story.append(KeepTogether([story.pop(), self._signatures()]))
        else:  # the roll is one page as tall as its content
            story += [*self._qr_block(), self._signatures()]
        return story

    def _heading(self, key: str) -> Flowable:
        return fit_text(self.t(key), self.styles.heading, self.frame_width)

    def _header(self) -> list[Flowable]:
        s, d = self.styles, self.data
        title = [
            Paragraph(self.t("receipt.title"), s.title),
            Paragraph(self.t("receipt.subtitle") + " · " + self.t("receipt.not_card"), s.small),
            Spacer(1, 1.5 * mm),
        ]
        issued = local_datetime(d.issued_at, d.branch_province_code, self.lang)
        rows = [
            _Field(self.t("receipt.number"), d.receipt_number, bold=True),
            _Field(self.t("receipt.issued"), issued),
            _Field(self.t("receipt.officer"), d.officer_name),
            _Field(self.t("receipt.branch"), f"{d.branch_code} — {d.branch_name}"),
            _Field(self.t("receipt.status"), self.t("status." + d.status), bold=True),
        ]
        if d.kpj_number:
            rows.append(_Field(self.t("receipt.kpj"), d.kpj_number))
        if not self.layout.wide:
            return [*title, self._kv(rows)]
        qr_width = self.layout.qr_size + 2 * mm
        left = [*title, self._kv(rows, self.frame_width - qr_width)]
        right = self._qr_block()
        table = Table([[left, right]], colWidths=[self.frame_width - qr_width, qr_width])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        return [table]

    def _marks(self) -> list[Flowable]:
        """Banners for a copy, a void or a correction."""
        s, d = self.styles, self.data
        lines: list[str] = []
        if d.voided:
            reason = self.t("receipt.void_reason", reason=d.void_reason) if d.void_reason else ""
            lines.append(f"{self.t('receipt.void')} {reason}".strip())
        if d.replaces_receipt_number:
            lines.append(self.t("receipt.correction", number=d.replaces_receipt_number))
        if d.reprint_count:
            copy = self.t("receipt.copy", count=d.reprint_count)
            if d.printed_at is not None:
                when = local_datetime(d.printed_at, d.branch_province_code, self.lang)
                copy += " · " + self.t("receipt.printed", when=when)
            lines.append(copy)
        if not lines:
            return []
        banner = Table([[Paragraph(_e(line), s.banner)] for line in lines],
                       colWidths=[self.frame_width])  # fmt: skip
        banner.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))  # fmt: skip
        return [Spacer(1, 2 * mm), banner]

    def _worker_rows(self) -> list[_Field]:
        d, lang = self.data, self.lang
        address = self.t("receipt.address_value", village=d.village_name,
                         district=d.district_name, regency=d.regency_name)  # fmt: skip
        rows = [
            _Field(self.t("receipt.name"), d.full_name, bold=True, full=True),
            _Field(self.t("receipt.nik"), d.nik_masked),
            _Field(self.t("receipt.birth"), f"{d.birth_place}, {long_date(d.birth_date, lang)}"),
            _Field(self.t("receipt.gender"), self.t("gender." + d.gender)),
            _Field(self.t("receipt.occupation"), d.occupation_name),
        ]
        if d.work_location:
            rows.append(_Field(self.t("receipt.work_location"), d.work_location))
        rows.append(_Field(self.t("receipt.address"), address, full=True))
        return rows

    def _contribution_rows(self) -> list[_Field]:
        d = self.data
        base = self.t("receipt.base_value", base=rupiah(d.base), bracket=d.bracket)
        rows = [
            _Field(self.t("receipt.income"), rupiah(d.declared_income)),
            _Field(self.t("receipt.base"), base),
            _Field(self.t("receipt.programs"), ", ".join(d.ordered_programs)),
        ]
        if d.months:
            period = (f"{long_date(d.months[0].start, self.lang)} – "
                      f"{long_date(d.months[-1].end, self.lang)}")  # fmt: skip
            rows.append(_Field(self.t("receipt.period"), period))
        return rows

    def _payment_rows(self) -> list[_Field]:
        d = self.data
        rows = [
            _Field(self.t("receipt.months_paid"),
                   self.t("receipt.months_value", months=d.months_paid)),
            _Field(self.t("receipt.cash"), rupiah(d.cash_paid), bold=True),
        ]  # fmt: skip
        if d.cash_paid:
            words = amount_in_words(d.cash_paid, self.lang)
            words = words[:1].upper() + words[1:]
            rows.append(_Field(self.t("receipt.in_words"), words, full=True))
        else:
            rows.append(_Field("", self.t("receipt.no_cash"), full=True))
        return rows

    def _pair(self, field: _Field, label: float, value: float) -> list[Flowable | str]:
        """A label and its value as cells; each is one cheap line unless it must wrap."""
        s = self.styles
        style = s.cell_bold if field.bold else s.cell
        pad = _CELL_RIGHT_PADDING
        return [fit_text(field.label, s.small, label - pad),
                fit_text(field.value, style, value - pad)]  # fmt: skip

    def _kv(self, rows: list[_Field], width: float | None = None) -> Table:
        """A two-column label/value table whose values wrap inside the frame."""
        width = width or self.frame_width
        label = self.layout.label_width
        cells = [self._pair(field, label, width - label) for field in rows]
        return plain_table(cells, [label, width - label])

    def _grid(self, rows: list[_Field]) -> Table:
        """On A5, label/value pairs two to a line; `full` fields take a whole line."""
        if not self.layout.wide:
            return self._kv(rows)
        label = self.layout.label_width * 0.8
        value = (self.frame_width - 2 * label) / 2
        cells: list[list[Flowable | str]] = []
        spans: list[int] = []
        pending: list[Flowable | str] = []
        for field in rows:
            if field.full:
                if pending:
                    cells.append([*pending, "", ""])
                    pending = []
                spans.append(len(cells))
                cells.append([*self._pair(field, label, self.frame_width - label), "", ""])
            elif pending:
                cells.append([*pending, *self._pair(field, label, value)])
                pending = []
            else:
                pending = self._pair(field, label, value)
        if pending:
            cells.append([*pending, "", ""])
        table = plain_table(cells, [label, value, label, value])
        table.setStyle(TableStyle([("SPAN", (1, row), (3, row)) for row in spans]))
        return table

    def _notes(self) -> list[Flowable]:
        """How to pay, benefits, the JKM waiting rule, contact centre and consent."""
        s, d = self.styles, self.data
        out: list[Flowable] = [
            self._heading("receipt.section.how_to_pay"),
            Paragraph(self.t("receipt.how_to_pay"), s.body),
        ]
        out += [Paragraph(self.t("receipt.benefit." + p), s.body) for p in d.ordered_programs]
        out.append(Paragraph(f"<b>{_e(self.t('receipt.jkm_wait'))}</b>", s.body))
        purpose = d.consent_purpose or self.t("receipt.consent_default")
        out += [
            Spacer(1, 1.5 * mm),
            Paragraph(self.t("receipt.contact"), s.body),
            Paragraph(_e(self.t("receipt.consent", purpose=purpose)), s.small),
        ]
        return out

    def _qr_block(self) -> list[Flowable]:
        """The QR code with its caption, centred."""
        s = self.styles
        size = self.layout.qr_size
        box = Table([[qr_drawing(self.data.qr_payload, size)],
                     [Paragraph(self.t("receipt.qr_caption"), s.small)]],
                    colWidths=[max(size, 40 * mm) if not self.layout.wide else size])  # fmt: skip
        box.setStyle(TableStyle([
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        return [Spacer(1, 2 * mm), box] if not self.layout.wide else [box]

    def _signatures(self) -> Table:
        """Two signature lines: the officer and the worker, names printed below."""
        s, d = self.styles, self.data
        gap = 4 * mm
        col = (self.frame_width - gap) / 2
        cells = [
            [fit_text(self.t("receipt.sign.officer"), s.small, col), "",
             fit_text(self.t("receipt.sign.worker"), s.small, col)],
            [Spacer(1, 8 * mm), "", Spacer(1, 8 * mm)],
            [fit_text(d.officer_name, s.center, col), "", fit_text(d.full_name, s.center, col)],
        ]  # fmt: skip
        table = Table(cells, colWidths=[col, gap, col])
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 1), (0, 1), 0.6, RULE),
            ("LINEBELOW", (2, 1), (2, 1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
        ]))  # fmt: skip
        table.keepWithNext = False
        return table


def render_receipt(data: ReceiptData, *, size: ReceiptSize | str = "a5", lang: str = "id") -> bytes:
    """The receipt as PDF bytes: `size` is `a5` or `80mm`, `lang` `id` (default) or `en`."""
    return ReceiptRenderer(data, size=size, lang=lang).render()
