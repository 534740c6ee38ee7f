"""The sign-in window: officer list from the profile, password, lockout messages, language.

The officer list comes from the profile's keyring (readable before the store is open); the
password check and the opening of the encrypted store run on the store thread. A wrong password
says how many attempts are left; a locked account says for how long; a store held by another
running copy says so. Success emits `signed_in` with the officer's session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui import icons
from bpu_enroll.gui.context import AppContext
from bpu_enroll.gui.feedback import error_text
from bpu_enroll.gui.forms.ui_login_window import Ui_LoginWindow
from bpu_enroll.gui.i18n import fill_language_combo
from bpu_enroll.gui.settings import Options

if TYPE_CHECKING:
    from bpu_enroll.services.session import OfficerSession


@dataclass(frozen=True, slots=True)
class Roster:
    """What the sign-in window shows before any store is open (plain data from the keyring)."""

    officers: tuple[tuple[str, str], ...]
    branch_name: str
    device_code: str


def read_roster(data_dir: Path) -> Roster | None:
    """Store thread: the active officers and the laptop's identity; None when no profile.

    Only the keyring is read (no store, no SQL modules), so the list appears quickly; the
    store modules load in the background afterwards, while the password is typed.
    """
    from bpu_enroll.store.keyring import keyring_exists, load_keyring

    if not keyring_exists(data_dir):
        return None
    keyring = load_keyring(data_dir)
    officers = tuple((o.username, o.display_name) for o in keyring.active_officers())
    return Roster(officers, keyring.branch_name, keyring.device_code)


def sign_in(data_dir: Path, username: str, password: str) -> OfficerSession:
    """Store thread: check the password and open the officer's store."""
    from bpu_enroll.services.session import unlock

    return unlock(data_dir, username, password)


class LoginWindow(QWidget):
    """See the module text."""

    signed_in = Signal(object)
    roster_shown = Signal()
    profile_missing = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        self.ui.logoLabel.setPixmap(icons.pixmap(icons.APP, 96))
        self.setWindowIcon(icons.icon(icons.APP))
        self._roster: Roster | None = None
        self._busy = False
        fill_language_combo(self.ui.languageCombo, ctx.lang)
        self.ui.loginButton.clicked.connect(self._on_loginButton_clicked)
        self.ui.passwordEdit.returnPressed.connect(self._on_loginButton_clicked)
        self.ui.languageCombo.currentIndexChanged.connect(
            self._on_languageCombo_currentIndexChanged
        )
        ctx.languages.language_changed.connect(self._on_languages_language_changed)
        self._set_busy(True)
        ctx.tasks.run_db(
            read_roster,
            ctx.data_dir,
            on_done=self._on_roster_read,
            on_error=self._on_task_failed,
        )

    def select_officer(self, username: str) -> bool:
        """Pick an officer in the list (tests, last officer); False if not listed."""
        index = self.ui.officerCombo.findData(username)
        if index >= 0:
            self.ui.officerCombo.setCurrentIndex(index)
        return index >= 0

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_profile()
        super().changeEvent(event)

    def _on_roster_read(self, roster: Roster | None) -> None:
        if roster is None:
            self.profile_missing.emit()
            return
        self._roster = roster
        combo = self.ui.officerCombo
        combo.clear()
        for username, display_name in roster.officers:
            combo.addItem(f"{display_name} ({username})", username)
        self.select_officer(self.ctx.settings.get(Options.last_officer))
        self._show_profile()
        self._set_busy(False)
        self.ui.passwordEdit.setFocus()
        self.roster_shown.emit()

    def _show_profile(self) -> None:
        if self._roster is not None:
            self.ui.profileLabel.setText(
                self.tr("{branch} · device {device}").format(
                    branch=self._roster.branch_name, device=self._roster.device_code
                )
            )

    def _on_loginButton_clicked(self) -> None:
        if self._busy:
            return
        username = self.ui.officerCombo.currentData()
        password = self.ui.passwordEdit.text()
        if not username:
            self._show_message(self.tr("Choose an officer first."))
            return
        if not password:
            self._show_message(self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        self.ui.messageLabel.setText(self.tr("Checking the password…"))
        self.ctx.tasks.run_db(
            sign_in,
            self.ctx.data_dir,
            username,
            password,
            on_done=self._on_unlock_done,
            on_error=self._on_task_failed,
        )

    def _on_unlock_done(self, session: OfficerSession) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self.ctx.settings.set(Options.last_officer, str(self.ui.officerCombo.currentData()))
        self.signed_in.emit(session)

    def _on_task_failed(self, exc: object) -> None:
        self._set_busy(False)
        text = error_text(exc, self.ctx.lang)
        if (
            isinstance(exc, BpuError)
            and exc.code == "AUTH_FAILED"
            and "attempts_left" in exc.params
        ):
            left = int(exc.params["attempts_left"])
            text += " " + self.tr(
                "%n more wrong attempt(s) and the account is locked for a few minutes.", "", left
            )
        self._show_message(text)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.loginButton.setEnabled(not busy)

    def _on_languageCombo_currentIndexChanged(self, _index: int) -> None:
        code = str(self.ui.languageCombo.currentData())
        self.ctx.settings.set(Options.language, code)
        self.ctx.languages.set_language(code)

    def _on_languages_language_changed(self, code: str) -> None:
        fill_language_combo(self.ui.languageCombo, code)
