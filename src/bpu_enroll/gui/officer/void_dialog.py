"""Voiding a registration: the receipt summarised, the reason asked, `void_requested(reason)`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.style import keep_bold_width
from bpu_enroll.gui.forms.officer.ui_void_dialog import Ui_VoidDialog
from bpu_enroll.services.records import RegistrationRow


class VoidDialog(Dialog):
    """Asks the reason for voiding one receipt; `void_requested(reason)` when confirmed."""

    void_requested = Signal(str)

    def __init__(self, row: RegistrationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.ui = Ui_VoidDialog()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.voidButton)  # disabled as wide as bold
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.voidButton.clicked.connect(self._on_voidButton_clicked)
        self._summarise()
        self.ui.reasonEdit.setFocus()

    def show_error(self, text: str) -> None:
        """A refusal from the store, shown under the reason."""
        self.ui.errorLabel.setText(text)
        self.ui.voidButton.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._summarise()
        super().changeEvent(event)

    def _summarise(self) -> None:
        self.ui.summaryLabel.setText(
            self.tr("Receipt {receipt}: {name}, NIK {nik}").format(
                receipt=self.row.receipt_number, name=self.row.full_name, nik=self.row.nik_masked
            )
        )

    def _on_voidButton_clicked(self) -> None:
        reason = self.ui.reasonEdit.toPlainText().strip()
        if not reason:
            self.ui.errorLabel.setText(self.tr("Type the reason first."))
            self.ui.reasonEdit.setFocus()
            return
        self.ui.voidButton.setEnabled(False)
        self.void_requested.emit(reason)
