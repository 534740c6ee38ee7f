# ruff: noqa: F811 - `synced` is the supervisor pages' fixture, taken as an argument
"""The workspace shares the officer's look: in high contrast a selected row of its lists and
tables was Qt's blue with white text (about 3.6:1); it is drawn at 7:1 or more, yellow on black,
read from the pixels of the review page's gaps list and the branch tally's figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.style import HIGH_CONTRAST_THEME
from bpu_enroll.gui.workspace.review.page import ReviewPage
from tests.gui.contrast import ENHANCED, contrast, drawn_row
from tests.gui.workspace.conftest import WorkspaceFactory
from tests.gui.workspace.test_supervisor_pages import (
    Synced,
    _tally_page,
    synced,  # noqa: F401 - the fixture
)

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after


def _assert_stands_out(view: QAbstractItemView, index: QModelIndex, elsewhere: QWidget) -> None:
    """The row of `index` yellow on black, at 7:1 or more, with the view focused and not."""
    for focused in (view, elsewhere):
        focused.setFocus()
        QApplication.processEvents()
        background, text = drawn_row(view, index)
        assert background == QColor(HIGH_CONTRAST_THEME.selection), background.name()
        assert contrast(background, text) >= ENHANCED, (background.name(), text.name())


def test_a_selected_gap_in_high_contrast_stands_out(
    workspace: WorkspaceFactory, qtbot: QtBot
) -> None:
    window = workspace("clerk")
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    window.show_page("review")
    view = page.ui.gapsList
    qtbot.waitUntil(lambda: view.count() > 0, timeout=20_000)  # "No gaps: …" at least
    view.setCurrentRow(0)
    window.ui.actionHighContrast.trigger()
    _assert_stands_out(view, view.currentIndex(), page.ui.queueView)
    window.ui.actionHighContrast.trigger()


def test_a_selected_tally_row_in_high_contrast_stands_out(
    workspace: WorkspaceFactory, synced: Synced, qtbot: QtBot
) -> None:
    page = _tally_page(workspace, qtbot, synced.day)
    window = page.window()
    view = page.ui.figuresView
    row = page.model.row_of("registrations")
    view.selectRow(row)
    window.ui.actionHighContrast.trigger()  # type: ignore[attr-defined]
    _assert_stands_out(view, page.model.index(row, 0), page.ui.fromEdit)
    window.ui.actionHighContrast.trigger()  # type: ignore[attr-defined]
