"""Tab leaves the date boxes of the officer's app (the tally's day, the registrations' filter
dates) for the next control, Shift+Tab for the previous one; they stepped through day, month and
year first. Left and Right still move between them. See `tests/gui/date_boxes.py`."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from bpu_enroll.gui.officer.main_window import PAGE_LIST, PAGE_TALLY, MainWindow
from tests.gui.date_boxes import date_box_problems


def test_tab_leaves_the_officers_date_boxes(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.show_page(PAGE_TALLY)
    qtbot.waitUntil(lambda: not main_window.tally_page.busy, timeout=20_000)
    problems, count = date_box_problems(main_window)
    assert count == 1 and problems == [], problems
    main_window.show_page(PAGE_LIST)
    main_window.registrations_page.ui.dateFilterCheck.setChecked(True)  # the dates take input
    problems, count = date_box_problems(main_window)
    assert count == 2 and problems == [], problems
