"""The date box of both apps: Tab leaves it.

Qt's `QDateEdit` takes Tab and Shift+Tab to step through its day, month and year, so an officer
or clerk working with the keyboard alone pressed Tab three times to get past one date. In a
`DateBox` Tab and Shift+Tab go to the next and previous control, as from any other field; Left
and Right (or typing the separator, "-") still move between day, month and year. Every date box
of a `.ui` file is this class (promoted: `<customwidget>` with this module as its header).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateBox(QDateEdit):
    """A `QDateEdit` that Tab and Shift+Tab leave (see the module text)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """To the next (previous) control of the window, not the next section of the date."""
        return QWidget.focusNextPrevChild(self, next)
