"""The Sync page, as a placeholder until the branch connection lands.

It says plainly what is coming and shows the figures this laptop already knows (records waiting
to sync, the last sync), without buttons that pretend to work. The Daily tally page is in
`tally_page.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from bpu_enroll.gui.context import AppContext
from bpu_enroll.gui.forms.ui_sync_page import Ui_SyncPage


class SyncPage(QWidget):
    """Placeholder for sync with the branch; shows the waiting count and the last sync."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._pending = 0
        self._last_sync = ""

    def show_status(self, pending: int, last_sync: str) -> None:
        """The status bar's figures, repeated here in a sentence."""
        self._pending, self._last_sync = pending, last_sync
        self.ui.statusLabel.setText(
            self.tr("%n registration(s) waiting to sync. Last sync: {last}.", "", pending).format(
                last=last_sync
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_status(self._pending, self._last_sync)
        super().changeEvent(event)
