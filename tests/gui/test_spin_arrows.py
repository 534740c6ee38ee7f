"""A spin box's up and down buttons, and the arrows in them, grow with the text (both apps share
the style sheet): in larger text they stayed 16 px wide with Qt's 7-px arrows beside 13-pt
figures, small to see and to hit."""

from __future__ import annotations

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


def _arrow_width(image: QImage, rect: QRect, darker_than: int = 100) -> int:
    """How many columns of `rect` in `image` hold a dark pixel, of a lightness below
    `darker_than` (the arrow drawn there)."""
    columns = 0
    for x in range(rect.left(), rect.right() + 1):
        column = (QColor(image.pixel(x, y)).lightness() for y in range(rect.top(), rect.bottom()))
        columns += any(lightness < darker_than for lightness in column)
    return columns


def _measure(qtbot: QtBot, *, large: bool) -> dict[str, int]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    holder = QWidget()
    qtbot.addWidget(holder)
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setValue(30)  # both arrows can be pressed
    QHBoxLayout(holder).addWidget(spin)
    holder.show()
    qtbot.waitExposed(holder)
    QApplication.processEvents()
    up, down = _rect(spin, Control.SC_SpinBoxUp), _rect(spin, Control.SC_SpinBoxDown)
    image = spin.grab().toImage()
    holder.close()
    return {
        "up": up.width(),
        "down": down.width(),
        "up arrow": _arrow_width(image, up.adjusted(2, 2, -2, -2)),
        "down arrow": _arrow_width(image, down.adjusted(2, 2, -2, -2)),
    }


@pytest.mark.usefixtures("app_look")
def test_the_arrow_buttons_grow_with_the_text(qtbot: QtBot) -> None:
    normal, larger = _measure(qtbot, large=False), _measure(qtbot, large=True)
    assert all(normal.values()), normal
    for part, width in normal.items():
        assert larger[part] >= width * GROWTH - 1.5, (part, normal, larger)
