"""The keyboard in both apps' main windows: where it goes when the window changes page (the page
list and Alt+1…Alt+N), and Enter on a button.

A page's own scroll area is never the target, and neither is a control that is hidden or
disabled: the keyboard goes back to the control that had it on that page, else to the control
the page opens on (`opens_on`: the review queue's list, its "Show" filter before it in the Tab
order, so that Down walks the records), else to the page's first control in its Tab order.
Enter presses the button that has the keyboard, on a page as in a dialog (Qt does that only in
dialogs; Space works everywhere).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

_OPENS_ON = "opensOn"  # the dynamic property: the object name of the control a page opens on


def opens_on(page: QWidget, widget: QWidget) -> None:
    """`page` opens on `widget` (a descendant), not on its first control in the Tab order."""
    assert widget.objectName() and page.isAncestorOf(widget), widget
    page.setProperty(_OPENS_ON, widget.objectName())


def _named_start(page: QWidget) -> QWidget | None:
    """The control `page` (or the page inside it: in its scroll area) opens on, when one is
    named by `opens_on` and usable."""
    for holder in (page, *page.findChildren(QWidget)):
        name = holder.property(_OPENS_ON)
        if name:
            target = holder.findChild(QWidget, str(name))
            return target if target is not None and _takes_tab(target) else None
    return None


def first_field(page: QWidget) -> QWidget:
    """The control `page` opens on (`opens_on`), else its first field in its Tab order (not a
    scroll area holding fields: the first field inside it); the page itself when none."""
    named = _named_start(page)
    if named is not None:
        return named
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


def enter_presses_buttons(root: QWidget) -> None:
    """Enter or Return on a button of `root` that has the keyboard presses it."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(True)


def keyboard_to(page: QWidget, widget: QWidget) -> None:
    """After a piece of work on `page`: the keyboard to `widget`, its next step, when the
    keyboard is on the page or nowhere (disabling the button that started the work sends it to
    whatever control comes next); never taken from another page or window."""
    focused = QApplication.focusWidget()
    on_page = page.isVisible() and (focused is None or page.isAncestorOf(focused))
    if on_page and widget.isVisible() and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
