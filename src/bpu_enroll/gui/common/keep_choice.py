"""A list filled anew (its texts in another language, its rows read again by F5, by the
workspace's re-read after a reconnect, or by the page shown again) keeps what the user had
chosen in it: the row that is the same record (by its identity: a record's id, a receipt, a
laptop; never its place) is chosen again, on the same column, the scroll where it was, the row
in sight, and the list gets the keyboard back if it had it.

`held = Place.of(view, identity)` before the rows change, `held.restore()` once they are in
(a paged list empties itself when asked and fills when the answer comes: two moments);
`keeping_choice(view, identity)` around a filling done at once; `Place.of(…).over(pending)`
keeps a place not restored yet (its read failed) across the next read. `identity(row)` says what row
number `row` is (None: nothing to keep); by default the first column's `UserRole` data.

A paged list (its model `Paged`: a first page read, further pages as it is scrolled) may have
had its record beyond its first page: `held.seek(model)` after each page asks for the next one
while the record is not among the rows read and the list has more within reach (the rows it had
loaded, and `SEEK_SPARE` more for records that came in ahead of it meanwhile); once it says no,
`held.restore()`. `choose_again` does both for a page, a row the user chose meanwhile standing.
So the record chosen at row 180 is chosen again at row 180, not lost past the first 100 rows to
the first row.

A chosen record that is gone after the re-read (decided, revoked, elsewhere) leaves the choice
on its neighbour: the row now in its place (the one that followed it), else the last row; an
empty list (or its line saying so) chooses nothing. Nothing chosen before: the page's own
filling decides.

The tables' models change their texts in place on a language switch (`ColumnsModel`,
`TallyModel`, the paged models): Qt keeps their choice by itself there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

Identity = Callable[[int], object]

# A view's property: its chosen row was chosen again and stays in sight, until the user scrolls,
# as its rows get their heights (`wrapped_column` sizes wrapped rows later, which can push it
# out) and as the page around it settles (a busy bar gone, panes shared anew: a shorter list).
KEEP_IN_SIGHT = "keepChoiceInSight"
# How many rows past those it had loaded a paged list reads to find its chosen record again: the
# records that came in ahead of it since (new batches on top of the inbox, new registrations).
SEEK_SPARE = 200


class Paged(Protocol):
    """A model that loads its rows a page at a time (the workspace's and the laptop's lists)."""

    @property
    def total(self) -> int:
        """How many rows the query has (loaded or not)."""
        ...

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ..., /) -> int:
        """Rows loaded so far."""
        ...

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex, /) -> None:
        """Ask for the next page (nothing when one is on its way)."""
        ...


class _InSight(QObject):
    """Scrolls a view's chosen row back in sight when its viewport is resized, while the view
    has `KEEP_IN_SIGHT`; the user's scrolling ends it."""

    @classmethod
    def keep(cls, view: QAbstractItemView) -> None:
        view.setProperty(KEEP_IN_SIGHT, True)
        if view.findChild(cls) is None:
            watcher = cls(view)
            view.viewport().installEventFilter(watcher)
            for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
                bar.actionTriggered.connect(lambda _action: view.setProperty(KEEP_IN_SIGHT, False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.parent()
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(view, QAbstractItemView)
            and view.property(KEEP_IN_SIGHT)
            and view.currentIndex().isValid()
        ):
            view.updateGeometries()  # the scroll bar's range for the new height, to scroll in
            view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)
        return super().eventFilter(watched, event)


def by_role(view: QAbstractItemView, role: int = Qt.ItemDataRole.UserRole) -> Identity:
    """A row's identity as its first cell's `role` data."""
    return lambda row: view.model().index(row, 0).data(role)


@dataclass
class Place:
    """Where a list's choice was: its record, its row, its column, the scroll, the focus."""

    view: QAbstractItemView
    identity: Identity
    wanted: object
    row: int
    column: int
    focused: bool
    scrolled: tuple[int, int]
    loaded: int = 0  # the rows the list had

    @classmethod
    def of(cls, view: QAbstractItemView, identity: Identity | None = None) -> Place:
        """The place of `view`'s choice now (`identity`: see the module text)."""
        identity = identity or by_role(view)
        current = view.currentIndex()
        chosen = current.isValid() and view.selectionModel().isSelected(current)
        wanted = identity(current.row()) if chosen else None
        return cls(
            view, identity, wanted, current.row(), max(current.column(), 0), view.hasFocus(),
            (view.verticalScrollBar().value(), view.horizontalScrollBar().value()),
            view.model().rowCount(),
        )  # fmt: skip

    def over(self, pending: Place | None) -> Place:
        """This place, or `pending` (one not restored yet) when nothing is chosen now: a paged
        list empties itself for a read; a read that failed (offline) left it empty, and the
        read after the reconnect still chooses what was chosen before."""
        return pending if not self.held and pending is not None and pending.held else self

    @property
    def held(self) -> bool:
        """Whether a record was chosen (and is to be chosen again)."""
        return self.wanted is not None

    @property
    def overtaken(self) -> bool:
        """Whether a row was chosen in the list since it was emptied (the user's, while further
        pages were read to find this place): that choice stands."""
        return self.view.selectionModel().hasSelection()

    def seek(self, model: Paged) -> bool:
        """After a page of a paged list (`model`, the view's) came in: whether the chosen record
        is still looked for further down, the next page asked for (see the module text). False:
        it is among the rows read, or the list has no more within reach: `restore()` now."""
        if self.wanted is None:
            return False
        count = model.rowCount()
        if count >= min(model.total, self.loaded + SEEK_SPARE):
            return False
        if any(self.identity(row) == self.wanted for row in range(count)):
            return False
        model.fetchMore(QModelIndex())
        return True

    def restore(self) -> bool:
        """Choose the record again (else its neighbour, see the module text); whether a row is
        chosen. Nothing was chosen: nothing is done (False)."""
        if self.wanted is None:
            return False
        view, model = self.view, self.view.model()
        count = model.rowCount()
        found = next((r for r in range(count) if self.identity(r) == self.wanted), None)
        if found is None and count:
            found = min(self.row, count - 1)  # gone: the row now in its place
            if self.identity(found) is None:  # a line saying the list is empty
                found = None
        if self.focused and not view.hasFocus():
            view.setFocus()
        if found is None:
            view.selectionModel().clearSelection()
            return False
        chosen = model.index(found, self.column)
        if not chosen.isValid():  # a list: one column
            chosen = model.index(found, 0)
        view.selectionModel().setCurrentIndex(
            chosen,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.verticalScrollBar().setValue(self.scrolled[0])
        view.horizontalScrollBar().setValue(self.scrolled[1])
        view.scrollTo(chosen, QAbstractItemView.ScrollHint.EnsureVisible)
        _InSight.keep(view)
        return True


def choose_again(place: Place | None, model: Paged) -> bool | None:
    """A paged list's page came in (its first after a re-read, or one asked for to find
    `place`, the choice kept across the re-read): None while the record is looked for further
    down (its next page asked for, `Place.seek`: keep `place`); else `place` is done with, and
    whether a row is chosen: the record again or its neighbour (`Place.restore`), or one the
    user chose while pages were read (`Place.overtaken`: that choice stands). False: the page's
    own first choice follows."""
    if place is None:
        return False
    if place.overtaken:
        return True
    if place.seek(model):
        return None
    return place.restore()


@contextmanager
def keeping_choice(view: QAbstractItemView, identity: Identity | None = None) -> Iterator[Place]:
    """Around filling `view` anew: afterwards its chosen record is chosen again (`Place`)."""
    place = Place.of(view, identity)
    yield place
    place.restore()
