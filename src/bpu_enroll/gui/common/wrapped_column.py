"""One table column whose text wraps onto as many lines as it needs, the rows growing to fit.

`wrap_column(view, column)` gives the column a delegate that wraps its text at word boundaries
and measures a cell at the column's width, and lets the rows take the height their cells need.
The other columns stay one line each, cut with "…" by their `ColumnFitter`: a record id or a
name is looked at, a sentence (an audit line's details, a reason in words) is read. Only the
drawing changes: the model's text (and so a test, a tooltip, a copy) stays as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

_TALL = 10_000  # a cell is measured in a box this tall: its lines decide the height
# A hyphen and a zero-width space: a receipt number (`JKT01-D0002-20261205-00007`) or a record
# id may break after any of its hyphens (Unicode allows none before a digit), never be cut.
_BREAKABLE_HYPHEN = "-\u200b"


class WrappedTextDelegate(QStyledItemDelegate):
    """Draws and measures a cell's text wrapped to the width of its column."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The text wraps, a long code after any of its hyphens too."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.text = option.text.replace("-", _BREAKABLE_HYPHEN)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The width of the text on one line (what the column would like, for its fitter) and
        the height of its lines at the column's present width (Qt measures one line otherwise)."""
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, self.view.columnWidth(index.column()), _TALL)
        wrapped = super().sizeHint(measured, index)
        return QSize(super().sizeHint(option, index).width(), wrapped.height())


def wrap_column(view: QTableView, column: int) -> WrappedTextDelegate:
    """Wrap `column`'s text and size the rows to their contents (see the module text).

    The rows are measured once after whatever changed their text or the column's width (one
    pass, when the event loop is next free): the header's own ResizeToContents measured every
    row at each layout, and again when the column was resized, which froze a window of 1,000
    audit lines for 1.5 s at each resize."""
    delegate = WrappedTextDelegate(view)
    view.setItemDelegateForColumn(column, delegate)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    timer = QTimer(delegate, singleShot=True, interval=0)
    timer.timeout.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(
        lambda section, _old, _new: timer.start() if section == column else None
    )  # the rows follow the column's width
    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
        signal.connect(timer.start)
    return delegate
