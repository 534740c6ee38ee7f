"""A selected row in the high-contrast theme: Qt's own blue with white text was about 3.6:1, below
the theme's own standard; it is yellow on black now (19.6:1), in a list and in a table, with
the window active or not, read from the palette and from the pixels drawn. The default theme
keeps Qt's selection colours, drawn alike with and without its style sheet.

Both apps take the look from `apply_look`; the officer's and the workspace's own views are
checked in `officer/test_language_and_look.py` and `workspace/test_selection_look.py`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.style import HIGH_CONTRAST_THEME, apply_look
from tests.gui.contrast import ENHANCED, drawn_contrast, drawn_row, palette_contrast

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


@pytest.fixture
def look() -> Iterator[QApplication]:
    """The app, its look put back to the default after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_look(app, high_contrast=False, large_font=False)


def _views(qtbot: QtBot) -> tuple[QWidget, QListWidget, QTableView]:
    """A list and a table of names, the second row of each selected, shown side by side in a
    box (kept by the caller)."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    names = ["Budi Santoso", "Siti Aminah", "Ani Lestari"]
    listing = QListWidget()
    listing.addItems(names)
    listing.setCurrentRow(1)
    table = QTableView()
    model = QStandardItemModel(0, 2, table)
    for name in names:
        model.appendRow([QStandardItem(name), QStandardItem("Pasar Cibinong")])
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.selectRow(1)
    layout.addWidget(listing)
    layout.addWidget(table)
    box.resize(700, 240)
    box.show()
    qtbot.waitExposed(box)
    return box, listing, table


def _selected(view: QAbstractItemView) -> object:
    rows = view.selectionModel().selectedIndexes()
    assert rows
    return rows[0]


@pytest.mark.parametrize("focus", ["list", "table"])
def test_a_selected_row_in_high_contrast_is_yellow_on_black(
    qtbot: QtBot, look: QApplication, focus: str
) -> None:
    apply_look(look, high_contrast=True, large_font=False)
    _box, listing, table = _views(qtbot)
    (listing if focus == "list" else table).setFocus()  # the other view shows its row unfocused
    QApplication.processEvents()
    for view in (listing, table):
        for group in GROUPS:
            assert palette_contrast(view, group) >= ENHANCED, (view, group)
        index = _selected(view)
        background, text = drawn_row(view, index)  # type: ignore[arg-type]
        assert background == QColor(HIGH_CONTRAST_THEME.selection), background.name()
        assert text.red() == text.green() > 200 and text.blue() == 0, text.name()  # yellow
        assert drawn_contrast(view, index) >= ENHANCED  # type: ignore[arg-type]


def test_the_default_theme_keeps_qts_selection_colours(qtbot: QtBot, look: QApplication) -> None:
    """The default theme's sheet names no selection colours: the views' palettes keep Qt's."""
    look.setStyleSheet("")
    _box, listing, table = _views(qtbot)
    roles = (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)

    def colours() -> list[str]:
        return [view.palette().color(group, role).name()
                for view in (listing, table) for group in GROUPS for role in roles]  # fmt: skip

    bare = colours()
    apply_look(look, high_contrast=False, large_font=False)
    QApplication.processEvents()
    assert colours() == bare
    apply_look(look, high_contrast=True, large_font=False)
    QApplication.processEvents()
    assert colours() != bare
