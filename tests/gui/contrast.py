"""The contrast of a selected row as drawn: its colours read from the rendered pixels of an item
view (WCAG 2 contrast ratio; 7:1 is the enhanced level the high-contrast theme keeps)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView

ENHANCED = 7.0


def luminance(colour: QColor) -> float:
    """The WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette_contrast(view: QAbstractItemView, group: QPalette.ColorGroup) -> float:
    """The contrast of the view's selection colours in `group` (active or inactive window)."""
    palette = view.palette()
    return contrast(
        palette.color(group, QPalette.ColorRole.Highlight),
        palette.color(group, QPalette.ColorRole.HighlightedText),
    )


def drawn_row(view: QAbstractItemView, index: QModelIndex) -> tuple[QColor, QColor]:
    """The background and text colours of `index`'s row as the view draws it: the commonest
    pixel of the row, and the pixel furthest from it in contrast (the core of a letter). The
    row's edges are left out (grid lines, the focus frame)."""
    rect, column = QRect(), 0
    while (cell := index.siblingAtColumn(column)).isValid():
        rect = rect.united(view.visualRect(cell))
        column += 1
    rect = rect.intersected(view.viewport().rect()).adjusted(3, 3, -3, -3)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    pixels = Counter(
        image.pixel(int(x * ratio), int(y * ratio))
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast(c, background))
    return background, text


def drawn_contrast(view: QAbstractItemView, index: QModelIndex) -> float:
    """The contrast of `index`'s row as drawn (`drawn_row`)."""
    return contrast(*drawn_row(view, index))
