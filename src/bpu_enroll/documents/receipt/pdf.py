"""The registration receipt ("Tanda Terima Pendaftaran Peserta BPU") as a PDF.

Two sizes: A5 for office printers and an 80 mm roll for portable thermal printers, whose page
is exactly as tall as its content. Content follows DOMAIN.md §7. Page furniture (footer, the
BATAL stamp) sits in page hooks. The content is laid out by hand into a few blocks
(`blocks`): the header with the QR code, the marks, one block per section, the
signatures; ReportLab's document template only stacks them and numbers the A5 pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from bpu_enroll.documents.labels import text
from bpu_enroll.documents.pdfbase import (
    ALERT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    build_pdf,
    story_height,
    stylesheet,
)
from bpu_enroll.documents.receipt.blocks import CENTRE, Block, Sheet, spans
from bpu_enroll.documents.receipt.data import (
    RECEIPT_SIZES,
    ReceiptData,
    ReceiptMonth,
    months_from_quote,
)
from bpu_enroll.documents.receipt.parts import Fonts, months_table_narrow, months_table_wide
from bpu_enroll.documents.receipt.qr_encoder import draw_qr, qr_modules
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


_CELL_RIGHT_PADDING = 2.0  # between a label or value and the next column
_ROW_PADDING = 0.5  # above and below each label/value row


@dataclass(frozen=True)
class _Field:
    """A label and its plain-text value; `full` takes a whole line in the A5 grid."""

    label: str
    value: str
    bold: bool = False
    full: bool = False


class ReceiptRenderer:
    """Renders one `ReceiptData` in one size and language; `render()` returns the PDF bytes."""

    def __init__(self, data: ReceiptData, *, size: str = "a5", lang: str = "id") -> None:
        if size not in RECEIPT_SIZES:
            raise ValueError(f"size must be one of {RECEIPT_SIZES}")
        self.data = data
        self.lang = lang
        self.layout = _LAYOUTS[size]
        self.fonts = Fonts.of(stylesheet(self.layout.base_size, monochrome=not self.layout.wide))
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
        """The receipt's content, top to bottom, as blocks that never split."""
        story: list[Flowable] = [self._header()]
        marks = self._marks()
        if marks is not None:
            story.append(marks)
        story.append(self._section("receipt.section.worker", self._worker_rows()))
        story.append(self._contribution())
        story.append(self._section("receipt.section.payment", self._payment_rows()))
        notes = self._sheet()
        self._notes(notes)
        if self.layout.wide:  # consent and signatures stay together on one page
            story.append(notes.block())
            closing = self._sheet()
            self._consent(closing)
            self._signatures(closing)
            story.append(closing.block())
        else:  # the roll is one page as tall as its content
            self._consent(notes)
            story.append(notes.block())
            tail = self._sheet()
            tail.y = 2 * mm
            box = max(self.layout.qr_size, 40 * mm)
            tail.y += self._qr(tail, (self.frame_width - box) / 2, tail.y, box)
            self._signatures(tail)
            story.append(tail.block())
        return story

    def _sheet(self) -> Sheet:
        return Sheet(self.frame_width)

    def _heading(self, sheet: Sheet, key: str) -> None:
        font = self.fonts.heading
        top = sheet.y + self.layout.base_size * 0.6
        height = sheet.text(self.t(key), font, 0, top, width=self.frame_width)
        sheet.y = top + height + self.layout.base_size * 0.2

    def _section(self, key: str, rows: list[_Field]) -> Block:
        sheet = self._sheet()
        self._heading(sheet, key)
        self._grid(sheet, rows)
        return sheet.block()

    def _contribution(self) -> Block:
        sheet = self._sheet()
        self._heading(sheet, "receipt.section.contribution")
        self._grid(sheet, self._contribution_rows())
        sheet.y += 1.5 * mm
        if self.layout.wide:
            months_table_wide(sheet, self.data, self.fonts, self.lang)
        else:
            months_table_narrow(sheet, self.data, self.fonts, self.lang)
        return sheet.block()

    def _header(self) -> Block:
        f, d = self.fonts, self.data
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
        sheet = self._sheet()
        qr_width = self.layout.qr_size + 2 * mm if self.layout.wide else 0.0
        width = self.frame_width - qr_width
        sheet.y += sheet.text(self.t("receipt.title"), f.title, 0, 0, width=width)
        subtitle = self.t("receipt.subtitle") + " · " + self.t("receipt.not_card")
        sheet.y += sheet.text(subtitle, f.small, 0, sheet.y, width=width)
        sheet.y += 1.5 * mm
        self._kv(sheet, rows, width)
        if qr_width:
            sheet.y = max(sheet.y, self._qr(sheet, width, 0, self.layout.qr_size))
        return sheet.block()

    def _qr(self, sheet: Sheet, x: float, top: float, box: float) -> float:
        """The QR code and its caption in a column `box` wide; returns their height."""
        size = self.layout.qr_size
        modules_per_side, modules = qr_modules(self.data.qr_payload)
        left = x + (box - size) / 2

        def draw(canvas: Canvas, block_top: float) -> None:
            draw_qr(canvas, modules_per_side, modules, (left, block_top - top - size), size)

        sheet.extras.append(draw)
        caption = sheet.text(
            self.t("receipt.qr_caption"), self.fonts.small, x, top + size, width=box
        )
        return size + caption

    def _marks(self) -> Block | None:
        """A boxed banner for a copy, a void or a correction."""
        d = self.data
        lines: list[str] = []
        if d.voided:
            reason = self.t("receipt.void_reason", reason=d.void_reason) if d.void_reason else ""
            lines.append(f"{self.t('receipt.void')} {reason}".strip())
        if d.replaces_receipt_number:
            lines.append(self.t("receipt.correction", number=d.replaces_receipt_number))
        if d.electronic:
            lines.append(self.t("receipt.electronic"))
        if d.reprint_count:
            copy = self.t("receipt.copy", count=d.reprint_count)
            if d.printed_at is not None:
                when = local_datetime(d.printed_at, d.branch_province_code, self.lang)
                copy += " · " + self.t("receipt.printed", when=when)
            lines.append(copy)
        if not lines:
            return None
        sheet = self._sheet()
        box_top = sheet.y = 2 * mm
        for line in lines:
            top = sheet.y + 1.5
            height = sheet.text(
                line, self.fonts.banner, 6, top, width=self.frame_width - 12, align=CENTRE
            )
            sheet.y = top + height + 1.5
        sheet.box(box_top, sheet.y - box_top, 1.2, ALERT)
        return sheet.block()

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

    def _row(self, sheet: Sheet, cells: list[tuple[_Field, float, float, float]]) -> None:
        """One line of label/value pairs: (field, x, label width, value width) each."""
        f, pad = self.fonts, _CELL_RIGHT_PADDING
        top = sheet.y + _ROW_PADDING
        height = f.cell.leading
        for field, x, label, value in cells:
            value_font = f.cell_bold if field.bold else f.cell
            height = max(
                height,
                sheet.text(field.label, f.small, x, top, width=label - pad),
                sheet.text(field.value, value_font, x + label, top, width=value - pad),
            )
        sheet.y = top + height + _ROW_PADDING

    def _kv(self, sheet: Sheet, rows: list[_Field], width: float) -> None:
        """Label/value pairs one to a line in a column `width` wide."""
        label = self.layout.label_width
        for field in rows:
            self._row(sheet, [(field, 0.0, label, width - label)])

    def _grid(self, sheet: Sheet, rows: list[_Field]) -> None:
        """On A5, label/value pairs two to a line; `full` fields take a whole line."""
        if not self.layout.wide:
            self._kv(sheet, rows, self.frame_width)
            return
        label = self.layout.label_width * 0.8
        value = (self.frame_width - 2 * label) / 2
        pending: list[tuple[_Field, float, float, float]] = []
        for field in rows:
            if field.full:
                if pending:
                    self._row(sheet, pending)
                    pending = []
                self._row(sheet, [(field, 0.0, label, self.frame_width - label)])
            elif pending:
                self._row(sheet, [*pending, (field, label + value, label, value)])
                pending = []
            else:
                pending = [(field, 0.0, label, value)]
        if pending:
            self._row(sheet, pending)

    def _notes(self, sheet: Sheet) -> None:
        """How to pay, benefits, the JKM waiting rule and the contact centre."""
        f, d, width = self.fonts, self.data, self.frame_width
        self._heading(sheet, "receipt.section.how_to_pay")
        paragraphs = [spans(self.t("receipt.how_to_pay"))]
        paragraphs += [spans(self.t("receipt.benefit." + p)) for p in d.ordered_programs]
        paragraphs.append([(self.t("receipt.jkm_wait"), True)])
        for runs in paragraphs:
            sheet.y += sheet.rich(runs, f.body, 0, sheet.y, width=width)
        sheet.y += 1.5 * mm
        sheet.y += sheet.rich(spans(self.t("receipt.contact")), f.body, 0, sheet.y, width=width)

    def _consent(self, sheet: Sheet) -> None:
        purpose = self.data.consent_purpose or self.t("receipt.consent_default")
        consent = self.t("receipt.consent", purpose=purpose)
        sheet.y += sheet.text(consent, self.fonts.small, 0, sheet.y, width=self.frame_width)

    def _signatures(self, sheet: Sheet) -> None:
        """Two signature lines: the officer and the worker, names printed below."""
        f, d = self.fonts, self.data
        gap = 4 * mm
        col = (self.frame_width - gap) / 2
        right = col + gap
        top = sheet.y + 2 * mm
        officer, worker = self.t("receipt.sign.officer"), self.t("receipt.sign.worker")
        height = max(sheet.text(officer, f.small, 0, top, width=col),
                     sheet.text(worker, f.small, right, top, width=col))  # fmt: skip
        line = top + height + 3 + 3 + 8 * mm + 3  # padding, the space to sign, padding
        sheet.rule(0, col, line, 0.6, RULE)
        sheet.rule(right, self.frame_width, line, 0.6, RULE)
        top = line + 3
        height = max(
            sheet.text(d.officer_name, f.center, 0, top, width=col, align=CENTRE),
            sheet.text(d.full_name, f.center, right, top, width=col, align=CENTRE),
        )
        sheet.y = top + height + 3


def render_receipt(data: ReceiptData, *, size: ReceiptSize | str = "a5", lang: str = "id") -> bytes:
    """The receipt as PDF bytes: `size` is `a5` or `80mm`, `lang` `id` (default) or `en`."""
    return ReceiptRenderer(data, size=size, lang=lang).render()
