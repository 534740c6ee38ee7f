"""A spin box's up and down buttons, and the arrows in them, grow with the text (both apps share
the style sheet): in larger text they stayed 16 px wide with Qt's 7-px arrows beside 13-pt
figures, small to see and to hit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.style import BASE_POINT_SIZE, LARGE_POINT_SIZE, apply_look

GROWTH = LARGE_POINT_SIZE / BASE_POINT_SIZE
Control = QStyle.SubControl


def _rect(spin: QSpinBox, control: QStyle.SubControl) -> QRect:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    return spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)


def arrow_width(image: QImage, rect: QRect, darker_than: int = 100) -> int:
    """How many columns of `rect` in `image` hold a dark pixel, of a lightness below
    `darker_than` (the arrow drawn there)."""
    columns = 0
    for x in range(rect.left(), rect.right() + 1):
        column = (QColor(image.pixel(x, y)).lightness() for y in range(rect.top(), rect.bottom()))
        columns += any(lightness < darker_than for lightness in column)
    return columns


def shown_in_look(qtbot: QtBot, *, large: bool, boxes: list[QWidget]) -> QWidget:
    """`boxes` side by side in a shown window, in the apps' look in normal or larger text."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    for box in boxes:
        layout.addWidget(box)
    holder.show()
    qtbot.waitExposed(holder)
    QApplication.processEvents()
    return holder


def assert_grow(qtbot: QtBot, measure: Callable[[QtBot, bool], dict[str, int]]) -> None:
    """Every part `measure` gives (in pixels) is drawn in normal text and at least as much
    larger in larger text as the text is."""
    normal, larger = measure(qtbot, False), measure(qtbot, True)
    assert all(normal.values()), normal
    for part, width in normal.items():
        assert larger[part] >= width * GROWTH - 1.5, (part, normal, larger)


def _measure(qtbot: QtBot, large: bool) -> dict[str, int]:
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setValue(30)  # both arrows can be pressed
    holder = shown_in_look(qtbot, large=large, boxes=[spin])
    up, down = _rect(spin, Control.SC_SpinBoxUp), _rect(spin, Control.SC_SpinBoxDown)
    image = spin.grab().toImage()
    holder.close()
    return {
        "up": up.width(),
        "down": down.width(),
        "up arrow": arrow_width(image, up.adjusted(2, 2, -2, -2)),
        "down arrow": arrow_width(image, down.adjusted(2, 2, -2, -2)),
    }


@pytest.mark.usefixtures("app_look")
def test_the_arrow_buttons_grow_with_the_text(qtbot: QtBot) -> None:
    assert_grow(qtbot, _measure)
