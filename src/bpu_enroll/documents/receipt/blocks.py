"""The receipt's own light layout: text placed once on a `Sheet`, drawn as one flowable.

ReportLab's tables and paragraphs are general and slow for a receipt whose shape is fixed (they
took most of its rendering time). Here each part of the receipt (header, a section, the months
table, the signatures) is laid out once into a `Block`: text lines at fixed places, plus rules,
fills and boxes. A `Block` draws all its text in one PDF text object. It never splits; the
document template still moves a block that does not fit to the next A5 page.

Wrapping is greedy by words, measured with the font's own widths; a word wider than the
column is broken between characters, so nothing runs into the margin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

LEFT, CENTRE, RIGHT = 0, 1, 2
_TAG = re.compile(r"(</?b>)")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


@dataclass(frozen=True)
class Font:
    """A text style reduced to what drawing needs: regular and bold face, size, leading, colour."""

    name: str
    bold: str
    size: float
    leading: float
    color: Color

    @classmethod
    def of(cls, style: ParagraphStyle, bold: str) -> Font:
        """From a paragraph style; `bold` is the face `<b>` switches to."""
        return cls(style.fontName, bold, style.fontSize, style.leading, style.textColor)

    def width(self, text: str, bold: bool = False) -> float:
        """The width of `text` in points."""
        return _width(text, self.bold if bold else self.name, self.size)


@lru_cache(maxsize=4096)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


Span = tuple[str, bool]  # text, bold
Piece = tuple[float, str, bool]  # x offset in the line, text, bold


def spans(markup: str) -> list[Span]:
    """A label's text split at `<b>` and `</b>` (the only markup labels use), entities undone."""
    out: list[Span] = []
    bold = False
    for part in _TAG.split(markup):
        if part in ("<b>", "</b>"):
            bold = part == "<b>"
        elif part:
            plain = part
            for entity, char in _ENTITIES:
                plain = plain.replace(entity, char)
            out.append((plain, bold))
    return out


def _break_word(word: str, font: Font, bold: bool, width: float) -> list[str]:
    """A word too wide for the column, cut between characters."""
    parts: list[str] = []
    current = ""
    for char in word:
        if current and font.width(current + char, bold) > width:
            parts.append(current)
            current = char
        else:
            current += char
    return [*parts, current]


def wrap(runs: Sequence[Span], font: Font, width: float) -> list[list[Piece]]:
    """Lines of pieces (x offset, text, bold) that fit `width`, breaking at spaces."""
    words: list[tuple[str, bool, bool]] = []  # text, bold, glued to the previous word
    open_end = False  # the previous span ended inside a word
    for text, bold in runs:
        glue = open_end and bool(text) and not text[0].isspace()
        open_end = bool(text) and not text[-1].isspace()
        for word in text.split():
            parts = [word]
            if font.width(word, bold) > width:
                parts = _break_word(word, font, bold, width)
            for index, part in enumerate(parts):
                words.append((part, bold, glue if index == 0 else False))
            glue = False
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    x = 0.0
    for text, bold, glued in words:
        gap = 0.0 if glued or not line else font.width(" ", bold)
        size = font.width(text, bold)
        if line and x + gap + size > width + 1e-6:
            lines.append(line)
            line, x, gap = [], 0.0, 0.0
        if glued and line and line[-1][2] == bold:
            start, previous, _ = line[-1]
            line[-1] = (start, previous + text, bold)
        elif line and line[-1][2] == bold and gap:
            start, previous, _ = line[-1]
            line[-1] = (start, previous + " " + text, bold)
        else:
            line.append((x + gap, text, bold))
        x += gap + size
    if line or not lines:
        lines.append(line)
    return lines


@dataclass
class Sheet:
    """A column of content `width` wide, laid out top-down; `y` is the depth used so far."""

    width: float
    y: float = 0.0
    texts: list[tuple[str, float, Color, float, float, str]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, float, Color]] = field(default_factory=list)
    fills: list[tuple[float, float, float, float, Color]] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float, float, Color]] = field(default_factory=list)
    extras: list[Callable[[Canvas, float], None]] = field(default_factory=list)

    def text(
        self, value: str, font: Font, x: float, top: float, *, width: float, align: int = LEFT
    ) -> float:
        """Plain `value` wrapped in a column; returns the height it takes (lines × leading)."""
        return self.rich([(value, False)], font, x, top, width=width, align=align)

    def rich(
        self, runs: Sequence[Span], font: Font, x: float, top: float, *, width: float,
        align: int = LEFT,
    ) -> float:  # fmt: skip
        """Text with bold spans wrapped in a column whose top is `top` below the sheet's top."""
        if len(runs) == 1 and "\n" not in runs[0][0]:
            value, bold = runs[0]
            if font.width(value, bold) <= width:  # the common case: one line
                self._line([(0.0, value, bold)], font, (x, top + font.size), width, align)
                return font.leading
        lines = wrap(runs, font, width)
        for index, line in enumerate(lines):
            baseline = top + font.size + index * font.leading
            self._line(line, font, (x, baseline), width, align)
        return len(lines) * font.leading

    def _line(
        self, line: list[Piece], font: Font, at: tuple[float, float], width: float, align: int
    ) -> None:
        if not line:
            return
        x, baseline = at
        shift = 0.0
        if align != LEFT:
            end, last, bold = line[-1]
            free = width - end - font.width(last, bold)
            shift = free if align == RIGHT else free / 2
        for offset, value, bold in line:
            if not value:
                continue
            face = font.bold if bold else font.name
            self.texts.append((face, font.size, font.color, x + shift + offset, baseline, value))

    def rule(self, x1: float, x2: float, y: float, width: float, color: Color) -> None:
        """A horizontal line `y` below the top."""
        self.rules.append((x1, y, x2, y, width, color))

    def fill(self, x: float, top: float, width: float, height: float, color: Color) -> None:
        """A filled rectangle whose top edge is `top` below the sheet's top."""
        self.fills.append((x, top, width, height, color))

    def box(self, top: float, height: float, line: float, color: Color) -> None:
        """A stroked rectangle across the sheet's width, `height` tall."""
        self.boxes.append((0.0, top, self.width, height, line, color))

    def block(self) -> Block:
        """Everything placed so far as one flowable, `y` tall."""
        return Block(self)


class Block(Flowable):
    """A laid-out `Sheet` as a flowable: one text object, then rules and boxes."""

    def __init__(self, sheet: Sheet) -> None:
        super().__init__()
        self.sheet = sheet
        self.width = sheet.width
        self.height = sheet.y

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        sheet, top = self.sheet, self.height
        for x, y, width, height, color in sheet.fills:
            canvas.setFillColor(color)
            canvas.rect(x, top - y - height, width, height, stroke=0, fill=1)
        for extra in sheet.extras:
            extra(canvas, top)
        text = canvas.beginText()
        face: tuple[str, float] | None = None
        colour: Color | None = None
        for name, size, color, x, baseline, value in sheet.texts:
            if face != (name, size):
                face = (name, size)
                text.setFont(name, size)
            if colour is not color:
                colour = color
                text.setFillColor(color)
            text.setTextOrigin(x, top - baseline)
            text.textOut(value)
        canvas.drawText(text)
        for x1, y1, x2, y2, width, color in sheet.rules:
            canvas.setStrokeColor(color)
            canvas.setLineWidth(width)
            canvas.line(x1, top - y1, x2, top - y2)
        for x, y, width, height, line, color in sheet.boxes:
            canvas.setStrokeColor(color)
            canvas.setLineWidth(line)
            canvas.rect(x, top - y - height, width, height, stroke=1, fill=0)
