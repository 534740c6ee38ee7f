"""The keyboard shortcuts a window answers at the moment, to find two on one key.

Two shortcuts of one key active in one window are ambiguous: Qt says so on stderr (not through
the message handler, so no test failed on it) and runs neither. A shortcut is active when it is
enabled and its widget, or for an action one of the widgets it was added to, is visible and
enabled; a shortcut of a hidden page in a stack is not (that page's keys are free to repeat)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget


def _live(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _action_live(action: QAction) -> bool:
    if not action.isEnabled():
        return False
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):  # a menu's item answers while the menu's title shows
            titles = [o for o in owner.menuAction().associatedObjects() if isinstance(o, QWidget)]
            if any(_live(title) for title in titles):
                return True
        elif isinstance(owner, QWidget) and _live(owner):
            return True
    return False


def active_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Each key sequence the window answers now → who answers it (object names or texts)."""
    found: dict[str, list[str]] = {}
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not _live(parent):
            continue
        if shortcut.context() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its widget has the keyboard: never competes with the window
        name = f"{type(parent).__name__}:{shortcut.key().toString()}"
        found.setdefault(shortcut.key().toString(), []).append(name)
    for action in {*window.findChildren(QAction), *window.actions()}:
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        if not _action_live(action):
            continue
        for key in action.shortcuts():
            found.setdefault(key.toString(), []).append(action.objectName() or action.text())
    return {key: owners for key, owners in found.items() if key}


def shortcut_clashes(window: QWidget) -> dict[str, list[str]]:
    """The keys that more than one active shortcut of the window claims."""
    return {key: owners for key, owners in active_shortcuts(window).items() if len(owners) > 1}
