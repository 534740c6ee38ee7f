"""A list filled anew (its texts in another language, its rows read again) keeps what the user
had chosen in it: `keeping_choice(view)` around the filling chooses again the row that is the
same record (by its id in `role`, not its place), on the same column, scrolls back where the
list was and gives it the keyboard back if it had it.

The tables' models change their texts in place on a language switch (`ColumnsModel`,
`TallyModel`, the paged models): Qt keeps their choice by itself. This is for the lists a page
empties and fills again (the `QListWidget`s: drafts, needs attention), whose rows are new
items each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView


@contextmanager
def keeping_choice(view: QAbstractItemView, role: int = Qt.ItemDataRole.UserRole) -> Iterator[None]:
    """Around filling `view` anew: afterwards the row whose `role` data was the chosen one's is
    chosen again (when still listed), on the keyboard's column, the scroll and the keyboard's
    focus as they were. Nothing chosen before (or a row without an id): the filling decides."""
    current = view.currentIndex()
    wanted = current.data(role) if current.isValid() else None
    column, focused = max(current.column(), 0), view.hasFocus()
    scrolled = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
    yield
    if wanted is None:
        return
    model = view.model()
    found = next(
        (r for r in range(model.rowCount()) if model.index(r, 0).data(role) == wanted), None
    )
    if found is None:
        return
    chosen = model.index(found, column)
    if not chosen.isValid():  # a list: one column
        chosen = model.index(found, 0)
    view.selectionModel().setCurrentIndex(
        chosen,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.verticalScrollBar().setValue(scrolled[0])
    view.horizontalScrollBar().setValue(scrolled[1])
    if focused and not view.hasFocus():
        view.setFocus()
