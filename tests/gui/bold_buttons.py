"""Whether disabling a bold button moves anything in its window (`style.keep_bold_width`): the
check both apps' `test_bold_buttons_stay` make of each of their bold buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

Place = tuple[int, int, int, int]


def _settle() -> None:
    """Posted work done: the style sheet's type, the least widths, the layouts."""
    for _round in range(3):
        QApplication.processEvents()


def _places(top: QWidget) -> dict[str, Place]:
    """Where every visible widget of `top` is, in `top`'s coordinates."""
    places = {}
    for number, widget in enumerate(top.findChildren(QWidget)):
        if widget.isVisible() and not widget.isWindow():
            at = widget.mapTo(top, QPoint(0, 0))
            name = f"{widget.objectName() or type(widget).__name__}#{number}"
            places[name] = (at.x(), at.y(), widget.width(), widget.height())
    return places


def moved_when_disabled(button: QPushButton) -> dict[str, tuple[Place | None, Place | None]]:
    """Enable `button` (bold), then disable it (not bold): the widgets of its window that moved
    or changed size, with where they were and are. The keyboard is put elsewhere first: the
    focus frame is no part of the question."""
    top = button.window()
    top.setFocus()
    button.setEnabled(True)
    _settle()
    assert button.isVisible() and button.font().bold()
    before = _places(top)
    button.setEnabled(False)
    _settle()
    assert not button.font().bold()
    after = _places(top)
    return {
        name: (before.get(name), after.get(name))
        for name in before.keys() | after.keys()
        if before.get(name) != after.get(name)
    }
