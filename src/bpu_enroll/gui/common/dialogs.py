"""Dialogs both apps use: the common base and the user options."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.i18n import fill_language_combo
from bpu_enroll.gui.common.screen import FRAME_SETTLE_MS, fit_to_screen, keep_frame_on_screen
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.forms.common.ui_options_dialog import Ui_OptionsDialog


class Dialog(QDialog):
    """A dialog that deletes itself when closed (they are opened with `open()`, never `exec()`)
    and opens no larger than its screen (`fit_to_screen`). Closed, it gives the keyboard back
    to the window it was opened over, to the control that had it there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Name-mangled: the previews have a `_keyboard_back` of their own (the keyboard back on
        # Print after a render), and under the plain name it took this one's place, so closing
        # a receipt reprinted from the list left no window active and every key went nowhere.
        self.finished.connect(self.__window_back)
        self.finished.connect(self.deleteLater)
        self._fitted = False

    def __window_back(self) -> None:
        """The window under the dialog active again, unless another window took the keyboard:
        a window system that does not do it (a bare X server, as under Xvfb, and the offscreen
        platform) left no window active after Esc in Options or About, and every key went
        nowhere until the officer clicked the window."""
        parent = self.parentWidget()
        if parent is None:
            return
        window = parent.window()
        active = QApplication.activeWindow()
        if window.isVisible() and (active is None or active is self):
            window.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it is shown, the dialog is sized to fit its screen."""
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)
            QTimer.singleShot(FRAME_SETTLE_MS, self, lambda: keep_frame_on_screen(self))
        super().showEvent(event)


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
