"""Auto-lock: an idle watcher over the whole app, and the lock screen that asks the password.

`IdleWatcher` filters the application's input events and emits `idle` after a quiet interval.
`LockScreen` covers the work area (so no personal data stays on screen), checks the signed-in
officer's password on the store thread and emits `unlocked`, or `sign_out_requested`; Unlock is
the default button (Enter), with its own Alt letter (Alt+U; Alt+K for Buka kunci). The menus
are off while locked, so Alt+letter (a menu's key, out of habit) would reach the password field
and type its letter unseen; the field takes no Alt+letter (AltGr, Ctrl+Alt on Windows, still
types `@` and the like).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import error_text, with_attempts_left
from bpu_enroll.gui.common.style import keep_bold_width
from bpu_enroll.gui.forms.officer.ui_lock_screen import Ui_LockScreen

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` when no key, mouse or touch input reached the app for `interval_ms`."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def active(self) -> bool:
        """True while counting down."""
        return self._timer.isActive()

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time (the options dialog); restarts the count if it was running."""
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Start (or restart) counting."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked or signed out)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; nothing is filtered out."""
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return super().eventFilter(watched, event)


class LockScreen(QWidget):
    """See the module text."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.unlockButton)  # disabled as wide as bold
        self.ui.iconLabel.setPixmap(icons.pixmap(icons.LOCK, 96))
        self._busy = False
        self.ui.unlockButton.clicked.connect(self._on_unlockButton_clicked)
        self.ui.passwordEdit.returnPressed.connect(self._on_unlockButton_clicked)
        self.ui.logoutButton.clicked.connect(self.sign_out_requested)
        self.ui.passwordEdit.installEventFilter(self)

    def prepare(self) -> None:
        """Reset the screen for a new lock."""
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self._explain()
        self.ui.passwordEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._explain()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+letter types nothing into the password field (see the module text)."""
        if (
            watched is self.ui.passwordEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_alt_letter(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _explain(self) -> None:
        self.ui.explainLabel.setText(
            self.tr(
                "The screen was locked to protect the workers' data. {name} ({user}): type your "
                "password to continue. The form you were filling in is kept as it was."
            ).format(name=self.ctx.officer_name, user=self.ctx.officer)
        )

    def _on_unlockButton_clicked(self) -> None:
        password = self.ui.passwordEdit.text()
        if self._busy:
            return
        if not password:  # Enter on an empty field: say what is wanted, as the sign-in does
            self.ui.messageLabel.setText(self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        session = self.ctx.session
        if session is None:
            self.sign_out_requested.emit()
            return
        self._busy = True
        self.ui.unlockButton.setEnabled(False)
        self.ctx.tasks.run_db(
            session.verify_password,
            password,
            on_done=self._on_check_done,
            on_error=self._on_check_failed,
        )

    def _on_check_done(self, _result: object) -> None:
        self._busy = False
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        self.unlocked.emit()

    def _on_check_failed(self, exc: object) -> None:
        self._busy = False
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        if isinstance(exc, BpuError) and exc.code == "AUTH_FAILED":
            text = self.tr("Wrong password.")  # only the password was asked: not "user name or"
        else:
            text = error_text(exc, self.ctx.lang)
        self.ui.messageLabel.setText(with_attempts_left(text, exc))
        self.ui.passwordEdit.setFocus()


def is_alt_letter(event: QKeyEvent) -> bool:
    """True for a key with Alt held and without Ctrl that would type a character (Alt+A); not
    for AltGr, which Windows reports as Ctrl+Alt."""
    modifiers = event.modifiers()
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    return alt and not ctrl and event.text().isprintable() and bool(event.text())
