"""No two shortcuts of the officer's main window share a key on any page (Qt runs neither of
two: see `tests/gui/shortcuts.py`), and each page's own keys answer while it is in view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from bpu_enroll.gui.officer.main_window import (
    PAGE_LIST,
    PAGE_NEW,
    PAGE_SYNC,
    PAGE_TALLY,
    MainWindow,
)
from tests.gui.shortcuts import active_shortcuts, shortcut_clashes


def test_no_two_shortcuts_share_a_key_on_any_page(qtbot: QtBot, main_window: MainWindow) -> None:
    pages = {"new": PAGE_NEW, "list": PAGE_LIST, "sync": PAGE_SYNC, "tally": PAGE_TALLY}
    seen: dict[str, set[str]] = {}
    clashes = {}
    for name, index in pages.items():
        main_window.show_page(index)
        keys = active_shortcuts(main_window)
        seen[name] = set(keys)
        clashes[name] = shortcut_clashes(main_window)
    assert clashes == {name: {} for name in pages}
    assert {"Ctrl+L", "Ctrl+Q", "F1", "F5", "Alt+1"} <= seen["sync"]  # the window's, on every page
    assert {"Ctrl+S", "Ctrl+N", "Ctrl+K"} <= seen["new"]  # the form's own
    assert {"Ctrl+P", "Ctrl+S"} <= seen["tally"]
    assert "Ctrl+N" not in seen["tally"]  # a hidden page's keys do not answer
