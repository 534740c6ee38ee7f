"""`scrolled(page)`: a page scrolls only when it cannot fit at its smallest, whatever it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.screen import scrolled


def _page(message: str) -> tuple[QWidget, QLabel]:
    """A page like the review queue: a splitter that would like much room, a status line."""
    page = QWidget()
    layout = QVBoxLayout(page)
    splitter = QSplitter(Qt.Orientation.Vertical)
    for _ in range(2):
        table = QListWidget()
        table.setMinimumHeight(100)
        splitter.addWidget(table)  # each would like about 190 px: more than the room given
    layout.addWidget(splitter)
    status = QLabel(message)
    status.setWordWrap(True)
    layout.addWidget(status)
    return page, status


def test_a_wrapped_status_line_does_not_make_the_page_scroll_when_it_fits(qtbot: QtBot) -> None:
    """A word-wrapped label with text made Qt's scroll area give the page its preferred height
    (heightForWidth), not the room there is: the page scrolled and the status line at its
    bottom was out of sight, although the page fits at its smallest."""
    page, status = _page("")
    area = scrolled(page)
    qtbot.addWidget(area)
    area.resize(600, 300)
    area.show()
    qtbot.waitExposed(area)
    assert page.minimumSizeHint().height() < 300 < page.sizeHint().height()
    status.setText("Konfirmasi duplikat: tanda terima BGR01-D0002-20261205-00013 kini Duplikat.")
    qtbot.waitUntil(lambda: page.height() == area.viewport().height())
    qtbot.wait(50)  # let a late layout request come: the page must stay in the room
    assert area.verticalScrollBar().maximum() == 0
    assert page.height() == area.viewport().height()
    assert status.geometry().bottom() < area.viewport().height()


def test_a_page_taller_than_its_smallest_room_still_scrolls(qtbot: QtBot) -> None:
    page, status = _page("A status line long enough to wrap onto a few lines. " * 6)
    area = scrolled(page)
    qtbot.addWidget(area)
    area.resize(300, 150)  # less than the two tables' minimum heights
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(50)  # the scroll bar took width: the status line wrapped again, the page grew
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    bottom = status.mapTo(area.viewport(), status.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height()  # scrolled to the end, the status line is in sight
