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
