"""The sign-in window: officer list from the profile, password, lockout messages, language.

The officer list comes from the profile's keyring (readable before the store is open); the
password check and the opening of the encrypted store run on the store thread. A wrong password
says how many attempts are left; a locked account says for how long; a store held by another
running copy says so. Success emits `signed_in` with the officer's session. Sign in is the
default button (Enter) and has its own Alt letter too (Alt+S; Alt+M for Masuk in Indonesian).

On a branch workstation (`workstation.json` in the profile) the window asks a user name and a
password instead and signs in against the branch server in the background
(`StaffClient.login`); success emits `staff_signed_in(workstation, client)`. Officers are refused
by the server (ROLE_REFUSED) and told so; a wrong password says the attempts left before the
lock as the laptop's does (the server's `attempts_left`); an unreachable server is said
plainly, with a countdown to the next automatic attempt and a "Retry now" button.

The message line is said through `_say`, given a function of the language of now (the notices the
app passes in with `show_notice` too): a switch with the window's own language drop-down says the
last thing said again in the new language (a running countdown counting on), never an older
message over a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.errors import ALL_CODES, message
from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import (
    Feedback,
    code_kept_whole,
    error_text,
    with_attempts_left,
)
from bpu_enroll.gui.common.i18n import fill_language_combo
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.officer.ui_login_window import Ui_LoginWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.services.session import OfficerSession
    from bpu_enroll.services.workstation import Workstation
    from bpu_enroll.sync.staff_client import StaffClient

RETRY_SECONDS = 10
"""Seconds between automatic attempts while the branch server is unreachable (the default)."""
RETRY_OPTION = "workspace_retry_seconds"
"""`ctx.extras` key that overrides `RETRY_SECONDS` (tests use a short interval)."""


@dataclass(frozen=True, slots=True)
class Roster:
    """What the sign-in window shows before any store is open (plain data from the keyring)."""

    officers: tuple[tuple[str, str], ...]
    branch_name: str
    device_code: str
    revoked: tuple[tuple[str, str], ...] = ()


def read_roster(data_dir: Path) -> Roster | None:
    """Store thread: the active officers (then the revoked field officers) and the laptop's
    identity; None when no profile.

    Only the keyring is read (no store, no SQL modules), so the list appears quickly; the
    store modules load in the background afterwards, while the password is typed.
    """
    from bpu_enroll.store.keyring import keyring_exists, load_keyring

    if not keyring_exists(data_dir):
        return None
    keyring = load_keyring(data_dir)
    officers = tuple((o.username, o.display_name) for o in keyring.active_officers())
    # Field officers the branch revoked stay listed, marked, so that they are told so in words
    # (OFFICER_REVOKED) rather than finding their name gone.
    revoked = tuple(
        (o.username, o.display_name)
        for o in keyring.officers
        if not o.active and o.role == "officer"
    )
    return Roster(officers, keyring.branch_name, keyring.device_code, revoked)


def read_profile(data_dir: Path) -> Roster | Workstation | None:
    """Store thread: the workstation settings, else the laptop's roster; None when no profile."""
    from bpu_enroll.services.workstation import load_workstation

    workstation = load_workstation(data_dir)
    if workstation is not None:
        return workstation
    return read_roster(data_dir)


def staff_sign_in(workstation: Workstation, username: str, password: str) -> StaffClient:
    """Background: a staff client signed in at the workstation's server."""
    client = workstation.client()
    try:
        client.login(username, password)
    except BaseException:
        client.close()
        raise
    return client


def staff_ping(workstation: Workstation) -> dict[str, object]:
    """Background: the server's health document (raises StaffError when unreachable)."""
    client = workstation.client()
    try:
        return client.health()
    finally:
        client.close()


def _takes_username(username: str) -> bool:
    """Whether the branch server's sign-in takes `username` (`protocol.StaffUsername`, the
    server's own rule, loaded when first asked: not before the window is shown)."""
    from pydantic import TypeAdapter, ValidationError

    from bpu_enroll.sync.protocol import StaffUsername

    try:
        TypeAdapter(StaffUsername).validate_python(username)
    except ValidationError:
        return False
    return True


def retry_seconds(ctx: AppContext) -> int:
    """Seconds between automatic attempts while the branch server is unreachable."""
    return max(1, int(ctx.extras.get(RETRY_OPTION, RETRY_SECONDS)))


def sign_in(data_dir: Path, username: str, password: str) -> OfficerSession:
    """Store thread: check the password and open the officer's store."""
    from bpu_enroll.services.session import unlock

    return unlock(data_dir, username, password)


class LoginWindow(QWidget):
    """See the module text."""

    signed_in = Signal(object)
    staff_signed_in = Signal(object, object)
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
        self.workstation: Workstation | None = None
        self._busy = False
        self._retry_left = 0
        self._retry_login = False
        # What the message line says, asked for again in the language of now after a switch;
        # the notice the app passed in (and how it looks), said again once the server answers.
        self._saying: Callable[[], str] = str
        self._notice: tuple[Callable[[], str], str] = (str, "error")
        self._connecting = False
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(1000)
        self._retry_timer.timeout.connect(self._on_retry_timer_timeout)
        self.ui.retryButton.clicked.connect(self._on_retryButton_clicked)
        self.ui.retryButton.hide()
        self.ui.formLayout.setRowVisible(self.ui.usernameEdit, False)
        fill_language_combo(self.ui.languageCombo, ctx.lang)
        self.ui.loginButton.clicked.connect(self._on_loginButton_clicked)
        self.ui.passwordEdit.returnPressed.connect(self._on_loginButton_clicked)
        self.ui.languageCombo.currentIndexChanged.connect(
            self._on_languageCombo_currentIndexChanged
        )
        ctx.languages.language_changed.connect(self._on_languages_language_changed)
        self._set_busy(True)
        ctx.tasks.run_db(
            read_profile,
            ctx.data_dir,
            on_done=self._on_profile_read,
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
            self._say_again()
        super().changeEvent(event)

    def show_notice(self, text: Callable[[], str], role: str = "error") -> None:
        """A message that stays until the next sign-in attempt (a session that ended, an
        enrolment under way or done), `text()` in the language of now, said again after a
        switch; `role` is how it looks: error, success, muted or ""."""
        self._notice = (text, role)
        self._say(text, role)

    @property
    def retrying(self) -> bool:
        """True while a countdown to the next attempt runs (the server was unreachable)."""
        return self._retry_timer.isActive()

    def _on_profile_read(self, profile: Roster | Workstation | None) -> None:
        if profile is None or isinstance(profile, Roster):
            self._on_roster_read(profile)
            return
        self.workstation = profile
        form = self.ui.formLayout
        form.setRowVisible(self.ui.officerCombo, False)
        form.setRowVisible(self.ui.usernameEdit, True)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self._show_profile()
        self._set_busy(False)
        self.ui.usernameEdit.setFocus()
        self._ping()

    def _on_roster_read(self, roster: Roster | None) -> None:
        if roster is None:
            self.profile_missing.emit()
            return
        self._roster = roster
        combo = self.ui.officerCombo
        combo.clear()
        for username, display_name in roster.officers:
            combo.addItem(f"{display_name} ({username})", username)
        for username, display_name in roster.revoked:
            label = self.tr("{name} ({username}) — revoked").format(
                name=display_name, username=username
            )
            combo.addItem(label, username)
        self.select_officer(self.ctx.settings.get(Options.last_officer))
        self._show_profile()
        self._set_busy(False)
        self.ui.passwordEdit.setFocus()
        self.roster_shown.emit()

    def _show_profile(self) -> None:
        if self.workstation is not None:
            self.ui.profileLabel.setText(
                self.tr("Branch workstation · {branch} · {server}").format(
                    branch=self.workstation.branch_name or self.workstation.branch_code,
                    server=self.workstation.server_url,
                )
            )
        elif self._roster is not None:
            self.ui.profileLabel.setText(
                self.tr("{branch} · device {device}").format(
                    branch=self._roster.branch_name, device=self._roster.device_code
                )
            )

    def _on_loginButton_clicked(self) -> None:
        if self._busy:
            return
        if self.workstation is not None:
            self._staff_login()
            return
        username = self.ui.officerCombo.currentData()
        password = self.ui.passwordEdit.text()
        if not username:
            self._show_message(lambda: self.tr("Choose an officer first."))
            return
        if not password:
            self._show_message(lambda: self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        self._say(lambda: self.tr("Checking the password…"), "muted")
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
        self._say(str, "")
        self.ctx.settings.set(Options.last_officer, str(self.ui.officerCombo.currentData()))
        self.signed_in.emit(session)

    def _on_task_failed(self, exc: object) -> None:
        self._set_busy(False)
        self._show_message(lambda: with_attempts_left(error_text(exc, self.ctx.lang), exc))
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _show_message(self, text: Callable[[], str]) -> None:
        self._say(text, "error")

    def _say(self, text: Callable[[], str], role: str) -> None:
        """Say `text()` on the message line (looking as `role`), and again in the new language
        after a switch."""
        self._saying = text
        set_role(self.ui.messageLabel, role)
        self._say_again()

    def _say_again(self) -> None:
        self.ui.messageLabel.setText(self._saying())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.loginButton.setEnabled(not busy)

    def _on_languageCombo_currentIndexChanged(self, _index: int) -> None:
        code = str(self.ui.languageCombo.currentData())
        self.ctx.settings.set(Options.language, code)
        self.ctx.languages.set_language(code)

    def _on_languages_language_changed(self, code: str) -> None:
        fill_language_combo(self.ui.languageCombo, code)

    # Branch workstation: sign-in against the server, with retries while it is unreachable.

    def _staff_login(self) -> None:
        assert self.workstation is not None
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self._show_message(lambda: self.tr("Type your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not _takes_username(username):  # no account has one (the server would refuse the
            # request as not valid and the window said "update the app or call support")
            self._show_message(
                lambda: self.tr("A user name has only letters, digits and dots, with no spaces.")
            )
            self.ui.usernameEdit.setFocus()
            self.ui.usernameEdit.selectAll()
            return
        if not password:
            self._show_message(lambda: self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._stop_retry()
        self._set_busy(True)
        self._retry_login = True
        self._notice = (str, "error")
        self._say(lambda: self.tr("Signing in at the branch server…"), "muted")
        self.ctx.tasks.run_background(
            staff_sign_in,
            self.workstation,
            username,
            password,
            on_done=self._on_staff_login_done,
            on_error=self._on_staff_login_failed,
        )

    def _ping(self) -> None:
        assert self.workstation is not None
        self._retry_login = False
        self.ctx.tasks.run_background(
            staff_ping, self.workstation, on_done=self._on_ping_done, on_error=self._on_ping_failed
        )

    def _on_ping_done(self, _health: object) -> None:
        if self._busy or self._retry_login:
            return  # a sign-in attempt is under way or has said more
        self._stop_retry()
        if self._connecting:
            self._connecting = False
            self._say(*self._notice)

    def _on_ping_failed(self, exc: object) -> None:
        if self._busy or self._retry_login:
            return
        if str(getattr(exc, "code", "")) == "SERVER_UNREACHABLE":
            self._start_retry()
        else:
            self._stop_retry()
            self._show_message(lambda: self.staff_error_text(exc))

    def _on_staff_login_done(self, client: StaffClient) -> None:
        self._set_busy(False)
        self._stop_retry()
        self.ui.passwordEdit.clear()
        self._say(str, "")
        self.staff_signed_in.emit(self.workstation, client)

    def _on_staff_login_failed(self, exc: object) -> None:
        self._set_busy(False)
        if str(getattr(exc, "code", "")) == "SERVER_UNREACHABLE":
            self._start_retry()
            return
        self._stop_retry()
        self._show_message(lambda: self.staff_error_text(exc))
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def staff_error_text(self, exc: object) -> str:
        """A refused staff sign-in as the user reads it, with the stable code."""
        code = str(getattr(exc, "code", ""))
        if code == "ROLE_REFUSED":
            text = self.tr(
                "This account cannot open a branch workspace: officers work on their laptops. "
                "Only clerks, supervisors and administrators sign in here."
            )
        elif code == "LOGIN_FAILED":
            text = self.tr("Wrong user name or password.")
            left = (getattr(exc, "params", None) or {}).get("attempts_left")
            if isinstance(left, int) and not isinstance(left, bool) and left > 0:
                text = f"{text} {Feedback().attempts_left(left)}"  # as the laptop's sign-in says
        elif code == "INSECURE_ADDRESS":
            server = self.workstation.server_url if self.workstation is not None else "http://…"
            text = message(code, self.ctx.lang, server=server)
        elif code == "ACCOUNT_LOCKED":
            wait = getattr(exc, "retry_after", None) or 60
            text = self.tr(
                "Too many failed sign-ins: this account is locked. Try again in %Ln minute(s).",
                "",
                max(1, (int(wait) + 59) // 60),
            )
        elif code in ALL_CODES:  # the domain's words in the user's language, as the workspace's
            text = message(code, self.ctx.lang, **(getattr(exc, "params", None) or {}))
        elif code:  # a code this app does not know (a newer server): its own words
            text = str(getattr(exc, "message", "")) or code
        else:
            return error_text(exc, self.ctx.lang)
        return code_kept_whole(self.tr("{text} (code {code})").format(text=text, code=code))

    def _start_retry(self) -> None:
        self._connecting = True
        self._retry_left = retry_seconds(self.ctx)
        self.ui.retryButton.show()
        self._retry_timer.start()
        self._show_retry_message()

    def _stop_retry(self) -> None:
        self._retry_timer.stop()
        self.ui.retryButton.hide()

    def _show_retry_message(self) -> None:
        # The seconds are read when said: a language switch says the count of now.
        self._show_message(
            lambda: self.tr("Branch server unreachable — retrying in {seconds} s.").format(
                seconds=self._retry_left
            )
        )

    def _on_retry_timer_timeout(self) -> None:
        self._retry_left -= 1
        if self._retry_left <= 0:
            self._on_retryButton_clicked()
        else:
            self._show_retry_message()

    def _on_retryButton_clicked(self) -> None:
        if self._busy:
            return
        self._stop_retry()
        ready = bool(self.ui.usernameEdit.text().strip() and self.ui.passwordEdit.text())
        if self._retry_login and ready:
            self._staff_login()
        else:
            self._connecting = True
            self._say(
                lambda: self.tr("Connecting to the branch server…"), "muted"
            )  # under way: not an error
            self._ping()
