"""A small horizontal bar chart drawn with QPainter (no QtCharts in the bundle).

One bar per label, longest value the full width; the label on the left, the value after the bar.
The label column is as wide as the longest label (so "Andi Firmansyah (andi)" shows whole) up to
half the width; a label still too long is elided in the middle, keeping the username's end.
With no bars it shows a short text in the middle instead. The figures are also given as the
accessible description, so a screen reader reads the numbers.

The bar colour is the Qt property `barColor`, so a theme's style sheet sets it
(`BarChart { qproperty-barColor: #000000; }` in the high-contrast theme); by default it is the
app's accent colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = "#0b6e4f"  # the app's accent colour (style.DEFAULT_THEME.accent)
PADDING = 8
GAP = 6
LABEL_SHARE = 0.5  # at most this part of the width for the labels
LABEL_SLACK = 4  # pixels added to the longest label's advance


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
        """The height of one bar's row, from the font."""
        return self.fontMetrics().height() + GAP

    def sizeHint(self) -> QSize:
        """Tall enough for every bar."""
        rows = max(1, len(self._bars))
        return QSize(360, rows * self.row_height() + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        """At least one row."""
        return QSize(160, self.row_height() + 2 * PADDING)

    def label_width(self) -> int:
        """The width given to the labels: the longest label's, at most `LABEL_SHARE` of the
        width. A few pixels of slack keep a label that fits from being elided by rounding."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        if widest:
            widest += LABEL_SLACK
        return min(widest, int(self.width() * LABEL_SHARE))

    def label_texts(self) -> list[str]:
        """The labels as drawn: whole when they fit, else elided in the middle."""
        metrics, width = self.fontMetrics(), self.label_width()
        return [
            metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, width)
            for label, _ in self._bars
        ]

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, top to bottom (for painting and for tests)."""
        metrics = self.fontMetrics()
        top, row = PADDING, self.row_height()
        left = PADDING + self.label_width() + GAP
        widest_value = max((metrics.horizontalAdvance(str(v)) for _, v in self._bars), default=0)
        room = max(1, self.width() - left - PADDING - GAP - widest_value)
        largest = max((value for _, value in self._bars), default=0) or 1
        return [
            QRectF(left, top + index * row + GAP / 2, room * value / largest, row - GAP)
            for index, (_label, value) in enumerate(self._bars)
        ]

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
        row = self.row_height()
        middle = Qt.AlignmentFlag.AlignVCenter
        values = [value for _, value in self._bars]
        for text, value, bar in zip(self.label_texts(), values, self.bar_rects(), strict=True):
            y = int(bar.top() - GAP / 2)
            painter.drawText(
                QRect(PADDING, y, label_width, row), middle | Qt.AlignmentFlag.AlignRight, text
            )
            painter.fillRect(bar, self.bar_colour)
            after = QRect(int(bar.right()) + GAP, y, self.width(), row)
            painter.drawText(after, middle | Qt.AlignmentFlag.AlignLeft, str(value))
