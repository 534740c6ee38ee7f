"""The mnemonic check both apps' GUI tests use: Alt+letter opens a menu, never lands in a field.

Qt cycles through the widgets that share a mnemonic, so a field label or button with a menu
title's letter takes Alt+letter away from the menu bar. `page_letters(page)` lists the letters of
what a page offers to Alt (labels with a buddy, buttons and group boxes, shown or shown later);
`menu_clashes(window, page)` says which of them a menu title of `window` has too, and
`menu_duplicates(window)` which items of one menu share a letter. `shared_letters(window)` is
the check for a whole window or dialog as it stands: the letters two of its controls share.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)


def letter(text: str) -> str:
    """The mnemonic letter of `text` ("&Void…" → "v"), "" when it has none; as Qt reads it."""
    shortcut = QKeySequence.mnemonic(text).toString()
    return shortcut.removeprefix("Alt+").lower() if shortcut else ""


def page_letters(page: QWidget) -> dict[str, list[str]]:
    """Letter → the texts on `page` that use it."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    texts += [group.title() for group in page.findChildren(QGroupBox)]
    found: dict[str, list[str]] = {}
    for text in texts:
        if key := letter(text):
            found.setdefault(key, []).append(text)
    return found


def menu_titles(window: QMainWindow) -> dict[str, str]:
    """Letter → the menu-bar title that uses it."""
    return {letter(action.text()): action.text() for action in window.menuBar().actions()}


def menu_clashes(window: QMainWindow, page: QWidget) -> dict[str, list[str]]:
    """The letters `page` shares with a menu title of `window`, with the texts involved."""
    titles = menu_titles(window)
    return {
        key: [titles[key], *texts] for key, texts in page_letters(page).items() if key in titles
    }


def menu_duplicates(window: QMainWindow) -> dict[str, list[str]]:
    """Per menu (and submenu) of `window`: the item texts that share a letter with another."""
    found: dict[str, list[str]] = {}
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        seen: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            if key := letter(action.text()):
                seen.setdefault(key, []).append(action.text())
        found.update({f"{menu.title()} {key}": ts for key, ts in seen.items() if len(ts) > 1})
    return found


def _on_another_page(widget: QWidget, top: QWidget) -> bool:
    """True when `widget` sits on a page of a stacked widget (inside `top`) that is not the
    current one: never on screen with what the current page shows."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _control_texts(widget: QWidget) -> list[str]:
    """The texts of `widget` that Alt+letter can reach."""
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    return []


def shared_letters(top: QWidget) -> dict[str, list[str]]:
    """Letter → the texts of the controls of window or dialog `top` that share it: labels with
    a buddy, buttons, check boxes and radio buttons, group boxes, tabs, and a main window's
    menu titles. A control counts when it is shown with the current page of each stacked
    widget, or may be shown there (one hidden until a state calls for it, as the form's "Open
    that receipt" after a duplicate NIK); other windows and dialogs have their own letters."""
    texts = [a.text() for a in top.menuBar().actions()] if isinstance(top, QMainWindow) else []
    for widget in top.findChildren(QWidget):
        if widget.window() is top and not _on_another_page(widget, top):
            texts += _control_texts(widget)
    found: dict[str, list[str]] = {}
    for text in texts:
        if key := letter(text):
            found.setdefault(key, []).append(text)
    return {key: shown for key, shown in found.items() if len(shown) > 1}
