"""A check box whose text wraps onto more lines when its column is narrow.

A `QCheckBox` draws its text on one line and asks for all of it as its minimum width. On the
registration form in larger text three of them ("Iuran dibayar pemerintah (APBN/APBD)", the
worker's consent) asked for more than the form has beside a contribution table of three months,
and the form scrolled sideways, its labels cut at the left. `WrapCheckBox` asks for its longest
word at the least and wraps the rest; the whole box (text included) is clicked, Space and its
mnemonic toggle it, and its `text()` (what a screen reader says) stays the text as written.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_TALL = 10_000  # the text is measured in a box this tall: its lines decide the height
_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)


class WrapCheckBox(QCheckBox):
    """See the module text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _box(self) -> tuple[QStyleOptionButton, QRect]:
        """The style's option without the text (the box and its frame) and the text's room."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        option.text = ""
        return option, room

    def _text_height(self, width: int) -> int:
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), _TALL), _FLAGS, self.text()
        )
        return rect.height()

    def minimumSizeHint(self) -> QSize:
        """As wide as the box and the text's longest word; as high as those lines need."""
        one_line = super().sizeHint()
        words = self.text().replace("&", "").split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        width = min(one_line.width(), self._indent_of(one_line) + longest + 2)
        return QSize(width, self.heightForWidth(width))

    def _indent_of(self, hint: QSize) -> int:
        """The width of a one-line check box less its text."""
        return (
            hint.width()
            - self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        )

    def hasHeightForWidth(self) -> bool:
        """Its height follows its width (the lines of its text)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the text wrapped at `width`, at least a one-line check box's."""
        one_line = super().sizeHint()
        lines = self._text_height(width - self._indent_of(one_line))
        return max(one_line.height(), lines + one_line.height() - self.fontMetrics().height())

    def hitButton(self, pos: QPoint) -> bool:
        """A click anywhere on it toggles it, on the wrapped text too."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The box (and the style sheet's frame) as the style draws them, then the text wrapped
        in the room the style gives a check box's text."""
        option, room = self._box()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        room.setRight(self.rect().right())
        room.setTop(self.rect().top())
        room.setBottom(self.rect().bottom())
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | _FLAGS
        painter.drawItemText(
            room, align, option.palette, self.isEnabled(), self.text(), self.foregroundRole()
        )
        if option.state & QStyle.StateFlag.State_HasFocus:  # around the text, as a check box's
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            drawn = self.fontMetrics().boundingRect(room, align, self.text())
            focus.rect = drawn.adjusted(-1, 0, 1, 0).intersected(self.rect())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
