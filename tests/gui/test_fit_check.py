"""The screen-fit check itself (`tests/gui/fit.py`): it sees a page that scrolls sideways even
when the scroll area's horizontal bar is turned off, and leaves a wide table alone."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.fit import fit_problems

SIZE = QSize(600, 400)


def _window(qtbot: QtBot, *children: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _wide_page() -> QWidget:
    page = QWidget()
    page.setMinimumWidth(900)  # a form wider than the window
    QVBoxLayout(page).addWidget(QLabel("Nama lengkap"))
    return page


def test_a_page_that_scrolls_sideways_with_its_bar_turned_off_is_reported(qtbot: QtBot) -> None:
    """Only a shown horizontal bar was reported: a page in a scroll area whose bar was off
    (`scrolled(page)` turns it off) could be wider than its viewport unseen, its right side
    reached only by Tab dragging it into view."""
    area = QScrollArea(objectName="pageScroll")
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(_wide_page())
    window = _window(qtbot, area)
    problems = fit_problems(window, SIZE)
    assert area.horizontalScrollBar().maximum() > 0
    assert [p for p in problems if p.startswith("QScrollArea(pageScroll) scrolls sideways")]


def test_a_page_as_wide_as_its_viewport_and_a_wide_table_are_not_reported(qtbot: QtBot) -> None:
    """A table reads across: its sideways scrolling is by design (the pages that must show every
    column check their tables themselves); a page that fits is fine."""
    area = QScrollArea(objectName="pageScroll")
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page = QWidget()
    QVBoxLayout(page).addWidget(QLabel("Nama lengkap"))
    area.setWidget(page)
    model = QStandardItemModel(3, 12)
    table = QTableView(objectName="wideTable")
    table.setModel(model)
    for column in range(12):
        table.setColumnWidth(column, 150)
    window = _window(qtbot, area, table)
    problems = fit_problems(window, SIZE)
    assert table.horizontalScrollBar().maximum() > 0
    assert problems == []
