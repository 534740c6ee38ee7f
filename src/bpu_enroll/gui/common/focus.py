"""Where the keyboard goes when a window changes page (both apps' page lists and Alt+1…Alt+N).

A page's own scroll area is never the target, and neither is a control that is hidden or
disabled: the keyboard goes back to the control that had it on that page, else to the page's
first control in its Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def first_field(page: QWidget) -> QWidget:
    """The first field of `page` in its Tab order (not a scroll area holding fields: the first
    field inside it); the page itself when none."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return page


def focus_page(page: QWidget | None) -> None:
    """Put the keyboard on `page`: the control of the page that had it last, else its first."""
    if page is None:
        return
    last = page.focusWidget()
    usable = last is not None and last is not page and page.isAncestorOf(last) and _takes_tab(last)
    target = last if usable and last is not None else first_field(page)
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _takes_tab(widget: QWidget) -> bool:
    return (
        not isinstance(widget, QScrollArea)
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
    )
