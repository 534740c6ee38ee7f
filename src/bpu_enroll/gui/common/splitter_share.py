"""A two-pane splitter whose height goes where the rows are.

`SplitterShare(splitter, index, wanted, at_most=…)` gives the pane at `index` the height it
`wanted()` (what its table's rows need: `table_height`), no more than the `at_most` share of
the splitter and no less than the pane's minimum; the other pane takes the rest and every later
change of height (`index` is given stretch 0, the other 1). It shares again when the splitter is
resized (a window resized, text made larger) and after new rows (`share_later()`); a
handle dragged by the user stays where it is until then.

`keeps()`, when given, says the heights the two panes keep however short the splitter is
(`pane`, `other`): they become the panes' minimum heights, so a page in a scroll area
(`screen.scrolled`) scrolls rather than squeezing a table below its few first rows.

The branch tally keeps its cash per officer and its chart to what they need, at most a third:
with its figures table 130 px tall in larger text at 1366×728, twelve voided receipts were read
through a slot of four rows. But a third of that splitter showed one officer's cash of three in
larger text: the cash keeps three rows and the figures five (with the figures' titles on two
lines and the boxes' inner margins narrower, three officers fit 1366×768 without scrolling).
The reconciliation gives its laptops what their rows need, at most 40 %, and its differences
(a list of voids to a row) the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView


def table_height(view: QTableView, rows: int | None = None) -> int:
    """The height `view` needs to show its header and all its rows (the first `rows` of them)
    without scrolling."""
    header = view.horizontalHeader()
    head = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
    scrollbar = view.horizontalScrollBar()
    sideways = scrollbar.sizeHint().height() if scrollbar.maximum() > 0 else 0
    names = view.verticalHeader()
    shown = names.length()
    if rows is not None:
        shown = sum(view.rowHeight(r) for r in range(min(rows, names.count())))
    return 2 * view.frameWidth() + head + shown + sideways


class SplitterShare(QObject):
    """See the module text."""

    def __init__(
        self,
        splitter: QSplitter,
        index: int,
        wanted: Callable[[], int],
        *,
        at_most: float,
        keeps: Callable[[], tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(splitter)
        self.splitter, self.index, self.wanted, self.at_most = splitter, index, wanted, at_most
        self.keeps = keeps
        splitter.setStretchFactor(index, 0)
        splitter.setStretchFactor(1 - index, 1)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.share)
        splitter.installEventFilter(self)

    def share(self) -> None:
        """Share the height now (see the module text)."""
        splitter = self.splitter
        total = sum(splitter.sizes())
        if total <= 0:
            return
        pane, other = splitter.widget(self.index), splitter.widget(1 - self.index)
        if pane is None or other is None:
            return
        if self.keeps is not None:
            for widget, keep in zip((pane, other), self.keeps(), strict=True):
                if widget.minimumHeight() != keep:
                    widget.setMinimumHeight(keep)  # the splitter grows, or its page scrolls
        least = max(pane.minimumSizeHint().height(), pane.minimumHeight())
        other_least = max(other.minimumSizeHint().height(), other.minimumHeight())
        most = max(least, min(int(total * self.at_most), total - other_least))
        height = max(least, min(self.wanted(), most))
        sizes = [0, 0]
        sizes[self.index], sizes[1 - self.index] = height, total - height
        splitter.setSizes(sizes)

    def share_later(self) -> None:
        """Share once the rows just set have their heights (the views lay out first)."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Share again after the splitter is resized."""
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)
