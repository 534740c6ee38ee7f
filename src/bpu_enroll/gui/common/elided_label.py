"""A one-line label that gives way when the window is narrow: the status bars' long texts.

A plain `QLabel` asks for its whole text as its minimum width, so a status bar holding a
branch's name and a long server address (`https://cabang-….go.id:8750`) held the window wider
than a 1366-px screen in larger text. `ElidedLabel` asks for a few characters at least (or as
many as it is told to keep); with
less room than its text needs it is drawn cut with "…", and its tooltip always has it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel

MIN_CHARACTERS = 12  # what it keeps in sight at the least


class ElidedLabel(QLabel):
    """See the module text. `text()` is always the whole text; `at_least`: a text of as many
    characters or fewer stays whole, a longer one keeps about as many in sight (a name that
    should stay whole keeps more than an address)."""

    def __init__(self, at_least: int = MIN_CHARACTERS) -> None:
        super().__init__()
        self.at_least = at_least

    def setText(self, text: str) -> None:
        """The text, and the same as its tooltip (the label may show it cut)."""
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        """As high as a line, as wide as a few characters (or the text, when shorter)."""
        hint = super().minimumSizeHint()
        if len(self.text()) <= self.at_least:
            return hint  # short enough to keep whole
        least = self.fontMetrics().averageCharWidth() * self.at_least
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, cut with … at the end when it does not fit."""
        room = self.contentsRect()
        end = Qt.TextElideMode.ElideRight
        shown = self.fontMetrics().elidedText(self.text(), end, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, room, int(self.alignment()), self.palette(), self.isEnabled(), shown,
            self.foregroundRole(),
        )  # fmt: skip
        painter.end()
