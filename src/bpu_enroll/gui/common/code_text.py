"""A text browser whose copied text holds codes as they are written.

Text shown with codes kept whole (`domain.formatting.unbroken`: a receipt number
`JKT01-D0002-20261206-00003` with a word joiner after each hyphen, so that a line does not end
with `JKT01-`) would be copied with those joiners, and a receipt number pasted into a search box
would not be found. `CodeTextBrowser` leaves them out of what is copied or dragged;
`CodeLabel`, a selectable label, leaves them and its no-break spaces out of what is copied.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QTextBrowser

from bpu_enroll.domain.formatting import WORD_JOINER

NO_BREAK_SPACE = "\u00a0"


def as_written(text: str) -> str:
    """`text` without the word joiners that kept its codes whole."""
    return text.replace(WORD_JOINER, "")


class CodeTextBrowser(QTextBrowser):
    """A `QTextBrowser` whose copied (or dragged) selection has no word joiners."""

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as plain text and HTML, as `QTextBrowser` gives it, less the joiners."""
        data = super().createMimeDataFromSelection()  # Qt's own object, handed back to Qt
        if data.hasText():
            data.setText(as_written(data.text()))
        if data.hasHtml():
            data.setHtml(as_written(data.html()))
        return data


def plain(text: str) -> str:
    """`text` as typed: without word joiners, its no-break spaces made plain spaces."""
    return as_written(text).replace(NO_BREAK_SPACE, " ")


class CodeLabel(QLabel):
    """A selectable `QLabel` whose copied selection is plain text (`plain`): a label cannot
    change what its text control puts on the clipboard, so after Ctrl+C, the context menu's
    Copy or a mouse selection (X11's selection clipboard) the copy is written again without
    the marks that kept its codes and words together."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Copy as the label does, then make the copy plain."""
        super().keyPressEvent(event)
        self._plain_copy()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The label's own menu (Copy, Select All), then the copy made plain."""
        super().contextMenuEvent(event)
        self._plain_copy()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A selection by mouse fills X11's selection clipboard: made plain as well."""
        super().mouseReleaseEvent(event)
        self._plain_copy()

    def _plain_copy(self) -> None:
        board = QGuiApplication.clipboard()
        selected = self.selectedText()
        if not selected or plain(selected) == selected:
            return
        # Qt copies a no-break space as a plain one: a path with a space in a folder's name
        # (kept whole by `path_unbroken`) was not recognised as this copy, and kept its joiners.
        copied = selected.replace(NO_BREAK_SPACE, " ")
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if (mode == QClipboard.Mode.Clipboard or board.supportsSelection()) and board.text(
                mode
            ).replace(NO_BREAK_SPACE, " ") == copied:
                board.setText(plain(selected), mode)
