"""A language switcher that ends before the application leaves no translator behind."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.i18n import LanguageSwitcher


class _Watcher(QWidget):
    """Counts the language changes it is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def _language_changes_when_destroyed(qtbot: QtBot, *, released: bool) -> int:
    switcher = LanguageSwitcher()
    switcher.set_language("en")
    if released:
        switcher.release()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    watcher = _Watcher()
    qtbot.addWidget(watcher)
    del switcher
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return watcher.changes


def test_a_released_switcher_changes_no_language_when_it_is_destroyed(qtbot: QtBot) -> None:
    """Unreleased, the destroyed translator tells every open window the language changed (the
    reload a later test saw); released, nothing happens then."""
    assert _language_changes_when_destroyed(qtbot, released=False) >= 1
    assert _language_changes_when_destroyed(qtbot, released=True) == 0
