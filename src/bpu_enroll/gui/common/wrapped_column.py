"""One table column whose text wraps onto as many lines as it needs, the rows growing to fit.

`wrap_column(view, column)` gives the column a delegate that wraps its text at word boundaries
and measures a cell at the column's width, and lets the rows take the height their cells need.
The other columns stay one line each, cut with "…" by their `ColumnFitter`: a record id or a
name is looked at, a sentence (an audit line's details, a reason in words) is read. Only the
drawing changes: the model's text (and so a test, a tooltip, a copy) stays as it is; a code in
it (a receipt number) is drawn whole on one line (`drawn_text`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from bpu_enroll.domain.formatting import WORD_JOINER
from bpu_enroll.gui.common.keep_choice import KEEP_IN_SIGHT

_TALL = 10_000  # a cell is measured in a box this tall: its lines decide the height
# A hyphen inside a code (a receipt number `JKT01-D0002-20261205-00007`, an export id, a
# record id's first characters) is followed by a word joiner: the code stays whole on its line,
# as the review details heading keeps it (`formatting.unbroken`). It broke after `JKT01-`, and
# the rest of the number read as another value on the next line. A code wider than the column
# is cut with "…" like any other text too long for a line (the tooltip has it whole).
_CODE_HYPHEN = re.compile(r"(?<=[0-9A-Za-z])-(?=[0-9A-Za-z])")


def drawn_text(text: str) -> str:
    """A cell's text as the column draws it: its codes kept whole (see above)."""
    return _CODE_HYPHEN.sub("-" + WORD_JOINER, text)


def drawn_width(view: QTableView, column: int) -> int:
    """The width `view` draws a cell of `column` at: the column's, less the grid's line."""
    return view.columnWidth(column) - (1 if view.showGrid() else 0)


class WrappedTextDelegate(QStyledItemDelegate):
    """Draws and measures a cell's text wrapped to the width of its column."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The text wraps at its spaces; a code stays whole (`drawn_text`)."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.text = drawn_text(option.text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The width of the text on one line (what the column would like, for its fitter) and
        the height of its lines at the width the cell is drawn at (Qt measures one line
        otherwise): the column's, less the grid's line. Measured at the column's whole width,
        a text that just filled it was drawn on one line more than its row had, the last line
        cut (one column width in ten, in either text size)."""
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, drawn_width(self.view, index.column()), _TALL)
        wrapped = super().sizeHint(measured, index)
        return QSize(super().sizeHint(option, index).width(), wrapped.height())


class WordsDelegate(WrappedTextDelegate):
    """A wrapped column that would like the width of its widest word, not of its whole line:
    a short text said in a few words ("baris perintah", "laptop D0002") in a narrow column."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The width of the widest word with the cell's margins (Qt's own: the focus frame's
        and one pixel, each side), the height of the lines at the column's width."""
        size = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        metrics = QFontMetrics(shown.font)
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        widest = max((metrics.horizontalAdvance(word) for word in shown.text.split()), default=0)
        # Its lines measured in the cell as drawn, the grid's line off the column's width: at the
        # column's whole width "line (budi)" fitted on one line and was drawn on two, cut "…".
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, self.view.columnWidth(index.column()) - 2, _TALL)
        height = QStyledItemDelegate.sizeHint(self, measured, index).height()
        return QSize(min(size.width(), widest + 2 * margin + 1), max(size.height(), height))


def wrap_column(view: QTableView, column: int, *, by_word: bool = False) -> WrappedTextDelegate:
    """Wrap `column`'s text and size the rows to their contents (see the module text).

    The rows are measured once after whatever changed their text or the column's width (one
    pass, when the event loop is next free): the header's own ResizeToContents measured every
    row at each layout, and again when the column was resized, which froze a window of 1,000
    audit lines for 1.5 s at each resize. `by_word`: the column would like the width of its
    widest word (`WordsDelegate`)."""
    delegate = WordsDelegate(view) if by_word else WrappedTextDelegate(view)
    view.setItemDelegateForColumn(column, delegate)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    timer = QTimer(delegate, singleShot=True, interval=0)
    timer.timeout.connect(lambda: _resize_rows(view))
    view.horizontalHeader().sectionResized.connect(
        lambda section, _old, _new: timer.start() if section == column else None
    )  # the rows follow the column's width
    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
        signal.connect(timer.start)
    return delegate


def _in_sight(view: QTableView, row: int) -> bool:
    top = view.rowViewportPosition(row)
    return row >= 0 and -view.rowHeight(row) < top < view.viewport().height()


def _resize_rows(view: QTableView) -> None:
    """The rows sized to their lines; the chosen row, if it was in sight (or was just chosen
    again, `keep_choice`), kept in sight (its texts in another language, longer, made the rows
    above it taller and pushed it off)."""
    current = view.currentIndex()
    kept = bool(view.property(KEEP_IN_SIGHT))  # chosen again after a re-read: in sight
    seen = current.isValid() and (kept or _in_sight(view, current.row()))
    view.resizeRowsToContents()
    if seen and not _in_sight(view, current.row()):
        view.updateGeometries()  # the scroll bar's range for the new heights, to scroll in
        view.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
