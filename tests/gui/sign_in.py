"""What the sign-in window's tests share, the laptop's and the workstation's alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from bpu_enroll.gui.officer.login import LoginWindow


def choose_language(window: LoginWindow, code: str) -> None:
    """Pick `code` in the window's own language drop-down, and deliver the language change at
    once, as the event loop would, with no timer tick between (a countdown said again)."""
    combo = window.ui.languageCombo
    combo.setCurrentIndex(combo.findData(code))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
