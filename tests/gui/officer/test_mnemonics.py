"""Alt+letter on the officer's main window: a menu title's letter opens its menu on every page,
in Indonesian and in English, and the items of one menu each have their own letter."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.officer.main_window import (
    PAGE_LIST,
    PAGE_NEW,
    PAGE_SYNC,
    PAGE_TALLY,
    MainWindow,
)
from tests.gui.mnemonics import menu_clashes, menu_duplicates, menu_titles


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Aplikasi"), ("en", "&Application")])
def test_no_page_takes_a_menu_letter(
    qtbot: QtBot, main_window: MainWindow, lang: str, first_menu: str
) -> None:
    main_window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: main_window.ui.menuApp.title() == first_menu)
    assert len(menu_titles(main_window)) == 3  # Application, View, Help: three letters
    for index in (PAGE_NEW, PAGE_LIST, PAGE_SYNC, PAGE_TALLY):
        main_window.show_page(index)
        page = main_window.ui.pageStack.currentWidget()
        assert menu_clashes(main_window, page) == {}, f"page {index} in {lang}"
    assert menu_duplicates(main_window) == {}


def test_alt_and_a_page_number_from_the_menu_bar_takes_the_keyboard_to_that_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Alt+1…Alt+4 while the menu bar has the keyboard (a menu just closed with Escape): the
    page shows with the keyboard on one of its controls, never left in the menu bar (whose
    next Escape gave it back to a field of the hidden page)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    bar = main_window.menuBar()
    for index, key in ((PAGE_SYNC, Qt.Key.Key_3), (PAGE_TALLY, Qt.Key.Key_4),
                       (PAGE_LIST, Qt.Key.Key_2), (PAGE_NEW, Qt.Key.Key_1)):  # fmt: skip
        bar.setFocus()
        qtbot.waitUntil(bar.hasFocus)
        qtbot.keyClick(bar, key, Qt.KeyboardModifier.AltModifier)
        page = main_window.ui.pageStack.currentWidget()
        assert main_window.ui.pageStack.currentIndex() == index
        landed = QApplication.focusWidget()
        assert landed is not None and landed.isVisible(), (index, landed)
        assert page.isAncestorOf(landed), (index, landed.objectName())
