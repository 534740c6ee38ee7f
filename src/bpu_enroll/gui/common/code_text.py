"""A text browser whose copied text holds codes as they are written.

Text shown with codes kept whole (`domain.formatting.unbroken`: a receipt number
`JKT01-D0002-20261206-00003` with a word joiner after each hyphen, so that a line does not end
with `JKT01-`) would be copied with those joiners, and a receipt number pasted into a search box
would not be found. `CodeTextBrowser` leaves them out of what is copied or dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QTextBrowser

from bpu_enroll.domain.formatting import WORD_JOINER


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
