"""The mouse wheel scrolls the page, not the choice under the pointer.

A combo or spin box inside a scrolled form changes its value when the wheel turns over it, so an
officer scrolling the form changes "Bulan dibayar" without noticing. `guard_wheel(root)` gives
every combo and spin box under `root` a focus policy without wheel focus and one shared filter:
over a box that does not have the keyboard focus, the wheel scrolls the enclosing scroll area
instead (or nothing, outside one). A focused box still takes the wheel, as the user chose it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """The event filter of `guard_wheel`; one per guarded tree."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wheel over an unfocused box goes to the scroll area around it."""
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
            return super().eventFilter(watched, event)
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            bar = area.verticalScrollBar()
            if bar is not None and bar.isVisible():
                QCoreApplication.sendEvent(bar, event)
        event.accept()
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, _GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every combo and spin box under `root` (see the module text)."""
    guard = root.findChild(WheelGuard) or WheelGuard(root)
    for box in root.findChildren(QWidget):
        if isinstance(box, _GUARDED):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.removeEventFilter(guard)
            box.installEventFilter(guard)
    return guard
