"""Small dialogs: the common base, voiding a registration, and the user options."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bpu_enroll.gui.context import AppContext
from bpu_enroll.gui.forms.ui_options_dialog import Ui_OptionsDialog
from bpu_enroll.gui.forms.ui_void_dialog import Ui_VoidDialog
from bpu_enroll.gui.i18n import fill_language_combo
from bpu_enroll.gui.settings import Options
from bpu_enroll.services.records import RegistrationRow


class Dialog(QDialog):
    """A dialog that deletes itself when closed (they are opened with `open()`, never `exec()`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)


class VoidDialog(Dialog):
    """Asks the reason for voiding one receipt; `void_requested(reason)` when confirmed."""

    void_requested = Signal(str)

    def __init__(self, row: RegistrationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.ui = Ui_VoidDialog()
        self.ui.setupUi(self)
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


class OptionsDialog(Dialog):
    """Language, high contrast, larger text and the idle time before the screen locks."""

    options_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OptionsDialog()
        self.ui.setupUi(self)
        settings = ctx.settings
        fill_language_combo(self.ui.languageCombo, ctx.lang)
        self.ui.highContrastCheck.setChecked(settings.get(Options.high_contrast))
        self.ui.largeFontCheck.setChecked(settings.get(Options.large_font))
        self.ui.idleSpin.setValue(settings.get(Options.idle_lock_minutes))
        self.ui.idleSpin.setSuffix(self.tr(" min"))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self._on_saveButton_clicked)

    def _on_saveButton_clicked(self) -> None:
        settings = self.ctx.settings
        settings.set(Options.high_contrast, self.ui.highContrastCheck.isChecked())
        settings.set(Options.large_font, self.ui.largeFontCheck.isChecked())
        settings.set(Options.idle_lock_minutes, self.ui.idleSpin.value())
        settings.set(Options.language, str(self.ui.languageCombo.currentData()))
        self.options_saved.emit()
        self.accept()
