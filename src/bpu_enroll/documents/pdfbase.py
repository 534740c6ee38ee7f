"""What every PDF of this package shares: fonts, the stylesheet, page numbers and metadata.

Fonts are DejaVu Sans (regular and bold, shipped in `resources/fonts/`), registered with
ReportLab once per process and embedded as subsets, so Indonesian text (and `—`, `−`, `×`)
prints the same on every machine. `stylesheet()` is the one style factory; `NumberedCanvas`
writes "halaman x dari y" once the page count is known.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)

from bpu_enroll.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
AUTHOR = "BPJS Ketenagakerjaan — BPU Enroll"
CREATOR = "BPU Enroll"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef2f5")
ACCENT = colors.HexColor("#0b5a8c")
ALERT = colors.HexColor("#c0392b")


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans regular and bold with ReportLab (once); return their names."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, all derived from one base size."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    banner: ParagraphStyle
    center: ParagraphStyle


@cache
def stylesheet(base_size: float = 8.0, *, monochrome: bool = False) -> Styles:
    """The stylesheet factory: every style of a document scales with `base_size` (points).

    `monochrome` prints headings in black (thermal printers dither colours into grey dots).
    """
    register_fonts()
    accent = INK if monochrome else ACCENT
    lead = base_size * 1.25

    def style(name: str, **kw: Any) -> ParagraphStyle:
        defaults: dict[str, Any] = {
            "fontName": FONT,
            "fontSize": base_size,
            "leading": lead,
            "textColor": INK,
        }
        defaults.update(kw)
        return ParagraphStyle(f"{name}-{base_size}", **defaults)

    return Styles(
        title=style("title", fontName=FONT_BOLD, fontSize=base_size * 1.5,
                    leading=base_size * 1.85, textColor=accent),
        heading=style("heading", fontName=FONT_BOLD, fontSize=base_size * 1.1,
                      leading=base_size * 1.4, spaceBefore=base_size * 0.6,
                      spaceAfter=base_size * 0.2, textColor=accent, keepWithNext=1),
        body=style("body"),
        bold=style("bold", fontName=FONT_BOLD),
        small=style("small", fontSize=base_size * 0.85, leading=base_size * 1.05,
                    textColor=MUTED),
        cell=style("cell"),
        cell_bold=style("cell_bold", fontName=FONT_BOLD),
        cell_right=style("cell_right", alignment=2),
        cell_right_bold=style("cell_right_bold", fontName=FONT_BOLD, alignment=2),
        banner=style("banner", fontName=FONT_BOLD, fontSize=base_size * 1.1,
                     leading=base_size * 1.35, alignment=1, textColor=ALERT),
        center=style("center", alignment=1),
    )  # fmt: skip


def make_numbered_canvas(
    label: Callable[[int, int], str], *, font_size: float, right: float, baseline: float
) -> type[Canvas]:
    """A canvas class that writes `label(page, pages)` at the bottom right of every page.

    `right` is the distance of the label's end from the right edge, `baseline` its height.
    """

    class NumberedCanvas(Canvas):
        """Holds each page until the end, then stamps it with its number and the total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._stamp(total)
                super().showPage()
            super().save()

        def _stamp(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, font_size)
            self.setFillColor(MUTED)
            self.drawRightString(width - right, baseline, label(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


PageHook = Callable[[Canvas, BaseDocTemplate], None]


def build_pdf(
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    metadata: dict[str, str],
    on_page: PageHook | None = None,
    on_page_end: PageHook | None = None,
    page_label: Callable[[int, int], str] | None = None,
    label_font_size: float = 7.0,
) -> bytes:
    """Lay `story` out in one frame per page and return the PDF bytes.

    `margins` are (left, right, top, bottom) in points. `metadata` holds `title`, `subject`
    and optionally `keywords`; the author is always `AUTHOR`. With `page_label` every page
    gets "halaman x dari y" (or whatever the label says) at its bottom right.
    """
    register_fonts()
    left, right, top, bottom = margins
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=metadata.get("title", ""),
        author=AUTHOR,
        subject=metadata.get("subject", ""),
        keywords=metadata.get("keywords", ""),
        creator=CREATOR,
        producer=CREATOR,
    )
    frame = Frame(left, bottom, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    hooks: dict[str, Any] = {}
    if on_page is not None:
        hooks["onPage"] = on_page
    if on_page_end is not None:
        hooks["onPageEnd"] = on_page_end
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize, **hooks)])
    canvasmaker: type[Canvas] = Canvas
    if page_label is not None:
        canvasmaker = make_numbered_canvas(
            page_label, font_size=label_font_size, right=right, baseline=bottom / 2.5
        )
    doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()


def story_height(story: Sequence[Flowable], width: float) -> float:
    """The height `story` needs in a frame `width` wide (used to size the 80 mm roll)."""
    scratch = Canvas(io.BytesIO())
    total = 0.0
    previous_after = 0.0
    for index, flowable in enumerate(story):
        if isinstance(flowable, KeepTogether):  # it reports a huge height to force a split
            height = story_height(flowable._content, width)
        else:
            _w, height = flowable.wrapOn(scratch, width, 1e6)
        before = flowable.getSpaceBefore() if index else 0.0
        total += height + max(before, previous_after)
        previous_after = flowable.getSpaceAfter()
    return total + previous_after


class TextLine(Flowable):
    """One line of plain text in a paragraph style: much cheaper to lay out than a Paragraph.

    Only for text known to fit its width (see `fit_text`); it never wraps.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = style.leading - style.fontSize  # as a Paragraph places its first line
        if style.alignment == 2:
            canvas.drawRightString(self.width, baseline, self.text)
        elif style.alignment == 1:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


def fit_text(value: str, style: ParagraphStyle, width: float) -> Flowable:
    """`value` (plain text) as one cheap line when it fits `width`, else a wrapping Paragraph."""
    if "\n" not in value and pdfmetrics.stringWidth(value, style.fontName, style.fontSize) <= width:
        return TextLine(value, style)
    return Paragraph(escape(value), style)
