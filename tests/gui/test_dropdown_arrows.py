"""A combo box's drop-down arrow, and a date box's (its calendar popup's), grow with the text as
a spin box's do (both apps share the style sheet): in larger text they stayed Qt's 7-px arrows
in a 16-px button beside 13-pt text, while the spin boxes' beside them had grown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.test_spin_arrows import arrow_width, assert_grow, shown_in_look


def _drop_down(box: QWidget) -> QRect:
    """The drop-down button's rectangle in `box`, as its style lays it out (a date box with a
    calendar popup is drawn as a combo box)."""
    option = QStyleOptionComboBox()
    if isinstance(box, QComboBox):
        box.initStyleOption(option)
    else:
        option.initFrom(box)
        option.editable = True
        option.frame = True
        option.subControls = QStyle.SubControl.SC_All
    return box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, box
    )


def _measure(qtbot: QtBot, large: bool) -> dict[str, int]:
    combo = QComboBox()
    combo.addItems(["Petugas", "Lokasi kerja"])
    date = QDateEdit(QDate(2026, 5, 4))
    date.setCalendarPopup(True)
    holder = shown_in_look(qtbot, large=large, boxes=[combo, date])
    sizes = {}
    for name, box in (("combo", combo), ("date", date)):
        rect = _drop_down(box)
        image = box.grab().toImage()
        sizes[f"{name} button"] = rect.width()
        # Qt's own arrow is drawn mid-grey, lighter than the style sheet's: still counted.
        sizes[f"{name} arrow"] = arrow_width(image, rect.adjusted(2, 2, -2, -2), 160)
    holder.close()
    return sizes


@pytest.mark.usefixtures("app_look")
def test_the_drop_down_arrows_grow_with_the_text(qtbot: QtBot) -> None:
    assert_grow(qtbot, _measure)
