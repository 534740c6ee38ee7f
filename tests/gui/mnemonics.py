"""The mnemonic check both apps' GUI tests use: Alt+letter opens a menu, never lands in a field.

Qt cycles through the widgets that share a mnemonic, so a field label or button with a menu
title's letter takes Alt+letter away from the menu bar. `page_letters(page)` lists the letters of
what a page offers to Alt (labels with a buddy, buttons and group boxes, shown or shown later);
`menu_clashes(window, page)` says which of them a menu title of `window` has too, and
`menu_duplicates(window)` which items of one menu share a letter.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QWidget


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
