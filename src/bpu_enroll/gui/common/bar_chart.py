"""A small horizontal bar chart drawn with QPainter (no QtCharts in the bundle).

One bar per label, longest value the full width; the label on the left, the value after the bar.
The label column is as wide as the longest label (so "Andi Firmansyah (andi)" shows whole) up to
half the width; a label still too long wraps onto a second line at a space ("Jasa rumah tangga /
dan perorangan" in larger text), and only what does not fit on two lines is elided, in the
middle, keeping a username's end. A row is as tall as its label, the bar in its middle; the
chart's height follows its width (`heightForWidth`). With no bars it shows a short text in the
middle instead. The figures are also given as the accessible description, so a screen reader
reads the numbers.

The bar colour is the Qt property `barColor`, so a theme's style sheet sets it
(`BarChart { qproperty-barColor: #000000; }` in the high-contrast theme); by default it is the
app's accent colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = "#0b6e4f"  # the app's accent colour (style.DEFAULT_THEME.accent)
PADDING = 8
GAP = 6
LABEL_SHARE = 0.5  # at most this part of the width for the labels
LABEL_SLACK = 4  # pixels added to the longest label's advance
MAX_LABEL_LINES = 2


class BarChart(QWidget):
    """See the module text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._empty_text = ""
        self.bar_colour = QColor(BAR_COLOUR)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _bar_color(self) -> QColor:
        return QColor(self.bar_colour)

    def _set_bar_color(self, colour: QColor) -> None:
        self.bar_colour = QColor(colour)
        self.update()

    barColor = Property(QColor, _bar_color, _set_bar_color)

    @property
    def bars(self) -> list[tuple[str, int]]:
        """The (label, value) pairs shown, top to bottom."""
        return list(self._bars)

    def set_bars(self, bars: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        """Show `bars`; `empty_text` is shown when there are none."""
        self._bars = [(label, max(0, int(value))) for label, value in bars]
        self._empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, value in self._bars) or empty_text
        )
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        """The height of a one-line bar's row, from the font."""
        return self.fontMetrics().height() + GAP

    def sizeHint(self) -> QSize:
        """Tall enough for every bar at the current width."""
        return QSize(360, self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        """At least one row."""
        return QSize(160, self.row_height() + 2 * PADDING)

    def hasHeightForWidth(self) -> bool:
        """Labels wrap, so a narrower chart may need more height."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Every row's height at `width`, with the padding."""
        rows = self._row_heights(self._label_lines(self._label_width_at(width)))
        return max(sum(rows), self.row_height()) + 2 * PADDING

    def label_width(self) -> int:
        """The width given to the labels: the longest label's, at most `LABEL_SHARE` of the
        width. A few pixels of slack keep a label that fits from being cut by rounding."""
        return self._label_width_at(self.width())

    def label_texts(self) -> list[str]:
        """The labels as drawn: whole when they fit, else wrapped (lines joined by a newline)
        and, past two lines, elided."""
        return ["\n".join(lines) for lines in self._label_lines(self.label_width())]

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, top to bottom (for painting and for tests)."""
        metrics = self.fontMetrics()
        left = PADDING + self.label_width() + GAP
        widest_value = max((metrics.horizontalAdvance(str(v)) for _, v in self._bars), default=0)
        room = max(1, self.width() - left - PADDING - GAP - widest_value)
        largest = max((value for _, value in self._bars), default=0) or 1
        bar_height = self.row_height() - GAP
        rects, top = [], PADDING
        heights = self._row_heights(self._label_lines(self.label_width()))
        for (_label, value), height in zip(self._bars, heights, strict=True):
            middle = top + (height - bar_height) / 2
            rects.append(QRectF(left, middle, room * value / largest, bar_height))
            top += height
        return rects

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may wrap the labels differently: ask the layout for the new height."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def _label_width_at(self, width: int) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        if widest:
            widest += LABEL_SLACK
        return min(widest, int(width * LABEL_SHARE))

    def _label_lines(self, width: int) -> list[list[str]]:
        return [wrapped(label, self.fontMetrics(), width) for label, _ in self._bars]

    def _row_heights(self, lines: list[list[str]]) -> list[int]:
        line = self.fontMetrics().lineSpacing()
        return [self.row_height() + (len(label) - 1) * line for label in lines]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Labels, bars and values; or the empty text."""
        painter = QPainter(self)
        try:
            text_colour = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(text_colour)
            if not self._bars:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
                return
            self._paint_bars(painter)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter) -> None:
        label_width = self.label_width()
        middle = Qt.AlignmentFlag.AlignVCenter
        values = [value for _, value in self._bars]
        rows = self._row_heights(self._label_lines(label_width))
        top = PADDING
        for text, value, bar, height in zip(
            self.label_texts(), values, self.bar_rects(), rows, strict=True
        ):
            painter.drawText(
                QRect(PADDING, top, label_width, height), middle | Qt.AlignmentFlag.AlignRight, text
            )
            painter.fillRect(bar, self.bar_colour)
            after = QRect(int(bar.right()) + GAP, top, self.width(), height)
            painter.drawText(after, middle | Qt.AlignmentFlag.AlignLeft, str(value))
            top += height


def wrapped(label: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`label` as at most `MAX_LABEL_LINES` lines of `width` pixels, broken at spaces; a line
    still too wide (a long word, or the words left for the last line) is elided in its middle,
    so a username's end stays."""
    if fits(label, metrics, width):
        return [label]
    lines: list[str] = []
    words = label.split()
    while words and len(lines) < MAX_LABEL_LINES - 1:
        count = 1
        while count < len(words) and fits(" ".join(words[: count + 1]), metrics, width):
            count += 1
        lines.append(" ".join(words[:count]))
        words = words[count:]
    if words:
        lines.append(" ".join(words))
    middle = Qt.TextElideMode.ElideMiddle
    return [line if fits(line, metrics, width) else metrics.elidedText(line, middle, width)
            for line in lines]  # fmt: skip


def fits(text: str, metrics: QFontMetrics, width: int) -> bool:
    """True when `text` is no wider than `width` pixels."""
    return metrics.horizontalAdvance(text) <= width
