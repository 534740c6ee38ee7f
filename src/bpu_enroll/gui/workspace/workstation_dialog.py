"""The workstation dialog: make this computer a branch workstation of a branch server.

The address and the certificate fingerprint are checked in the background
(`services.workstation.setup_workstation`: certificate pinned, health asked, `workstation.json`
written); the GUI never waits. Refusals stay in the dialog with their stable code; on success
`connected` is emitted with the `Workstation` and the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import code_kept_whole
from bpu_enroll.gui.forms.workspace.ui_workstation_dialog import Ui_WorkstationDialog
from bpu_enroll.services.workstation import Workstation


def _setup(data_dir: Path, server: str, fingerprint: str | None) -> Workstation:
    from bpu_enroll.services.workstation import setup_workstation

    return setup_workstation(data_dir, server, fingerprint)


class WorkstationDialog(QDialog):
    """See the module text."""

    connected = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WorkstationDialog()
        self.ui.setupUi(self)
        self.workstation: Workstation | None = None
        self.ui.connectButton.clicked.connect(self._on_connectButton_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _on_connectButton_clicked(self) -> None:
        server = self.ui.serverEdit.text().strip()
        fingerprint = self.ui.fingerprintEdit.text().strip() or None
        if not server:
            self.ui.errorLabel.setText(self.tr("Enter the server address."))
            self.ui.serverEdit.setFocus()
            return
        self._set_busy(True)
        self.ui.errorLabel.setText(self.tr("Connecting to the branch server…"))
        self.ctx.tasks.run_background(
            _setup,
            self.ctx.data_dir,
            server,
            fingerprint,
            on_done=self._on_setup_done,
            on_error=self._on_setup_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.connectButton, self.ui.serverEdit, self.ui.fingerprintEdit):
            widget.setEnabled(not busy)

    def _on_setup_done(self, workstation: Workstation) -> None:
        self._set_busy(False)
        self.workstation = workstation
        self.ui.errorLabel.clear()
        self.connected.emit(workstation)
        self.accept()

    def _on_setup_failed(self, exc: object) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(self.error_message(exc))

    def error_message(self, exc: object) -> str:
        """A failure as the user reads it: what happened and its stable code."""
        if isinstance(exc, BpuError):
            code, text = exc.code, exc.message(self.ctx.lang)
        else:
            code, text = type(exc).__name__, self.tr("Connecting failed unexpectedly.")
        return code_kept_whole(self.tr("{text} (code {code})").format(text=text, code=code))
