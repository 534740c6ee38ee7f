"""A two-pane splitter whose height goes where the rows are.

`SplitterShare(splitter, index, wanted, at_most=…)` gives the pane at `index` the height it
`wanted()` (what its table's rows need: `table_height`), no more than the `at_most` share of
the splitter and no less than the pane's minimum; the other pane takes the rest and every later
change of height (`index` is given stretch 0, the other 1). It shares again when the splitter is
resized (a window resized, text made larger) and after new rows (`share_later()`); a
handle dragged by the user stays where it is until then.

The branch tally keeps its cash per officer and its chart to what they need, at most a third:
with its figures table 130 px tall in larger text at 1366×728, twelve voided receipts were read
through a slot of four rows. The reconciliation gives its laptops what their rows need, at most
40 %, and its differences (a list of voids to a row) the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView


def table_height(view: QTableView) -> int:
    """The height `view` needs to show its header and all its rows without scrolling."""
    header = view.horizontalHeader()
    head = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
    scrollbar = view.horizontalScrollBar()
    sideways = scrollbar.sizeHint().height() if scrollbar.maximum() > 0 else 0
    return 2 * view.frameWidth() + head + view.verticalHeader().length() + sideways


class SplitterShare(QObject):
    """See the module text."""

    def __init__(
        self, splitter: QSplitter, index: int, wanted: Callable[[], int], *, at_most: float
    ) -> None:
        super().__init__(splitter)
        self.splitter, self.index, self.wanted, self.at_most = splitter, index, wanted, at_most
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
        least = pane.minimumSizeHint().height()
        most = max(least, min(int(total * self.at_most), total - other.minimumSizeHint().height()))
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
