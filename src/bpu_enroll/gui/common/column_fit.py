"""Table columns that stay within the table's width, so a 1366-px screen shows every column.

`ColumnFitter(view, elide=…, stretch=…)` sizes each column to what its header and its visible
cells need. When they do not all fit (larger text, long names), the `elide` columns give up
room, the widest first, down to `minimum_chars` characters (never below their header, which
stays whole: give a long one two lines); their cut text ends in "…" and the
model's tooltip gives it whole (cells do not wrap). The other columns (numbers, codes, dates)
always stay whole; only when they alone are wider than the table does it scroll sideways. The
`stretch` column takes the room left over. It fits again when the table is resized, its model
changes, or the font or style sheet changes. The user can still drag a column wider until the
next fit.

Some elided columns are what the user reads the table for (a queue's names and reasons): `keep`
gives them more characters than `minimum_chars`. When the columns could only fit by cutting
those below what they keep, the `spare` columns, texts the details beside the table show anyway,
give way first: they are hidden, in the order given, until the rest fits, and come back when
there is room again (normal text, a wider window).

A column whose long texts are only there to be looked up (an audit line's record id) is given
`at_most` characters: it never wants more, cut with "…" like the others, so the `stretch`
column beside it gets the room even when everything would fit.

A figures table (the tallies: names down the side, one column of figures each) follows the same
rule with `give_names_room`: its row names give way, elided, down to `NAMES_AT_LEAST`, never its
figures; the branch tally's, whose columns are one per officer, down to `NAMES_LAST_RESORT` when
its figures need that room too (five officers and the total in larger text at 1366 px).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

NAMES_AT_LEAST = 160  # pixels a figures table's row names keep when the figures need the width
NAMES_LAST_RESORT = 120  # what they keep when the figures' columns, at their narrowest, need more


def fitted_widths(
    wants: Sequence[int], elide: Sequence[int], room: int, minimums: Sequence[int]
) -> list[int]:
    """Widths of columns wanting `wants` within `room`: the `elide` columns share what the
    others leave (a column that wants less than its share keeps it all), none below its
    `minimums` entry (or what it wants, when that is less); a column's share never takes what
    the columns after it need for their minimums."""
    widths = list(wants)
    if sum(wants) <= room:
        return widths
    shrinkable = sorted((c for c in elide if 0 <= c < len(wants)), key=lambda c: wants[c])
    least = {c: min(wants[c], minimums[c]) for c in shrinkable}
    left = room - sum(w for c, w in enumerate(wants) if c not in shrinkable)
    for done, column in enumerate(shrinkable):
        share = left // (len(shrinkable) - done)
        reserved = sum(least[c] for c in shrinkable[done + 1 :])
        widths[column] = min(wants[column], max(minimums[column], min(share, left - reserved)))
        left -= widths[column]
    return widths


def spare_to_hide(
    wants: Sequence[int],
    elide: Sequence[int],
    room: int,
    minimums: Sequence[int],
    spare: Sequence[int],
) -> list[int]:
    """The fewest of the `spare` columns, taken in order, whose hiding lets the others fit in
    `room` with no `elide` column below its `minimums` entry (all of them when nothing does)."""
    for count in range(len(spare) + 1):
        hidden = set(spare[:count])
        need = sum(
            min(want, minimums[c]) if c in elide else want
            for c, want in enumerate(wants)
            if c not in hidden
        )
        if need <= room:
            return list(spare[:count])
    return list(spare)


class ColumnFitter(QObject):
    """See the module text."""

    def __init__(
        self,
        view: QTableView,
        *,
        elide: Sequence[int] = (),
        stretch: int | None = None,
        minimum_chars: int = 8,
        keep: Mapping[int, int] | None = None,
        spare: Sequence[int] = (),
        at_most: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.elide = tuple(elide)
        self.stretch = stretch
        self.minimum_chars = minimum_chars
        self.keep = dict(keep or {})
        self.spare = tuple(spare)
        self.at_most = dict(at_most or {})
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)  # one line a cell, cut with "…" (a "\n" in a text still breaks)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
            model.dataChanged, model.headerDataChanged, model.columnsInserted,
        ):  # fmt: skip
            signal.connect(self._timer.start)

    def fit(self) -> None:
        """Size the columns now (see the module text)."""
        view, header = self.view, self.view.horizontalHeader()
        count = view.model().columnCount()
        if count == 0:
            return
        headers = [header_width(header, c) for c in range(count)]
        wants = [max(view.sizeHintForColumn(c), headers[c]) for c in range(count)]
        room = view.viewport().width()
        char = view.fontMetrics().averageCharWidth()
        for column, chars in self.at_most.items():
            if 0 <= column < count:
                wants[column] = min(wants[column], max(headers[column], char * chars))
        minimums = [
            max(char * self.keep.get(c, self.minimum_chars), headers[c]) for c in range(count)
        ]
        hidden = spare_to_hide(wants, self.elide, room, minimums, self.spare)
        for column in hidden:
            wants[column] = minimums[column] = 0
        widths = fitted_widths(wants, self.elide, room, minimums)
        if self.stretch is not None and 0 <= self.stretch < count and sum(widths) < room:
            widths[self.stretch] += room - sum(widths)
        for column, width in enumerate(widths):
            if column in self.spare and header.isSectionHidden(column) != (column in hidden):
                header.setSectionHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again after a resize, a font change or a style change."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._timer.start()
        return super().eventFilter(watched, event)


def two_lines(title: str, longer_than: int = 13) -> str:
    """A column title longer than `longer_than` characters broken at the space nearest its
    middle (narrow number columns, columns that give up room)."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if len(title) <= longer_than or not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def header_width(header: QHeaderView, column: int) -> int:
    """The width the header of `column` needs, hidden or not (Qt's `sectionSizeHint` gives 0
    for a hidden section)."""
    width = header.sectionSizeFromContents(column).width()
    return min(max(header.minimumSectionSize(), width), header.maximumSectionSize())


def table_chrome(view: QTableView) -> int:
    """The width of `view` beyond its columns and row names: its frame and a vertical scrollbar."""
    scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return 2 * view.frameWidth() + scrollbar


def give_names_room(view: QTableView, room: int, at_least: int = NAMES_AT_LEAST) -> int:
    """Let the row names of `view` take at most `room` pixels (their own width if less), never
    fewer than `at_least`; a cut name ends in "…" (the model's tooltip has it whole).
    Returns the width they may take."""
    names = view.verticalHeader()
    names.setTextElideMode(Qt.TextElideMode.ElideRight)
    width = max(at_least, min(names.sizeHint().width(), room))
    names.setMaximumWidth(width)
    return width
