"""A wrapped column's rows are as tall as the lines the cell is drawn on, at every column width.

The audit log's details wrap (`wrap_column`). The delegate measured a cell's lines at the
column's whole width, but a table draws a cell one pixel narrower (its grid line): a text that
just filled the column took one line more when drawn than its row had room for, and the last
line was cut (33 column widths of 340, between 60 and 400 px, in normal and larger text). Each
cell drawn is recorded with the height its text needs in the rectangle it is drawn in, as Qt's
own delegate measures it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.common.wrapped_column import WrappedTextDelegate, wrap_column

TEXTS = (
    "The officer siti signed in on laptop D0002 and printed the tally of the day for the branch",
    "Kata sandi salah untuk nama pengguna budi di perangkat D0001, percobaan tersisa dua kali",
    "line (budi) voided a registration because the worker asked for a correction of the name",
)


class Recording(WrappedTextDelegate):
    """The wrapped column's delegate, noting each cell it draws: (row, height drawn, height
    its text needs at the width drawn)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.drawn: list[tuple[int, int, int]] = []

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Note the cell, then draw it as the column does."""
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, option.rect.width(), 10_000)
        needs = QStyledItemDelegate.sizeHint(self, measured, index).height()
        self.drawn.append((index.row(), option.rect.height(), needs))
        super().paint(painter, option, index)


@pytest.mark.parametrize("large_font", [False, True])
def test_no_wrapped_line_is_cut_at_any_column_width(
    qtbot: QtBot, app_look: None, large_font: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large_font)
    model = QStandardItemModel(len(TEXTS), 2)
    for row, text in enumerate(TEXTS):
        model.setItem(row, 0, QStandardItem(text))
        model.setItem(row, 1, QStandardItem("x"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    wrap_column(view, 0)
    recording = Recording(view)
    view.setItemDelegateForColumn(0, recording)
    view.resize(900, 700)
    view.show()
    cut = []
    for width in range(60, 400):
        view.setColumnWidth(0, width)
        view.resizeRowsToContents()
        recording.drawn.clear()
        view.grab()
        assert len(recording.drawn) == len(TEXTS)
        cut += [(width, row, shown, needs) for row, shown, needs in recording.drawn
                if needs > shown]  # fmt: skip
    assert cut == []
