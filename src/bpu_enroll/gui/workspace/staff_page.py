"""The supervisor's staff: everyone who signs in at the branch, adding one, revoking one and
lifting a sign-in lock, as `bpu-branch officer add|revoke` do on the server.

One row per account (`StaffClient.roster`): its status first, in a sign and words ("✓ Active",
"✗ Revoked 6 Desember 2026 17.24", "⚠ Locked until 17.24": never colour alone), its user name,
full name, role in words and when it was added, in the branch's zone (named in the header). The
summary above the table says how many are active, locked and revoked; the status line says
what the last action did, or why it failed, with its code.

"Add…" (Alt+A; Alt+B in Indonesian) opens `StaffAddDialog`: user name, full name, role
(officer, clerk, supervisor: an administrator is made on the server), the password twice. Add is
its default button (Enter adds). The dialog stays open while the server is asked; a refusal is
said in it with what was typed kept, except the passwords (cleared, as every sign-in window of
the product clears a refused password), and the field concerned takes the keyboard. What its
error line says last (a field left empty, a refusal with its code) is said again in the new
language after a switch.

"Revoke…" (Alt+K; Alt+C in Indonesian, or Delete on the table) works on the chosen active account
other than one's own: `StaffRevokeDialog` asks, Cancel its default button (Enter never revokes); a
failure is said in it, and again in the new language after a switch. What the server would refuse is
not offered: one's own account (`STAFF_REVOKE_SELF`) and, for a supervisor, an administrator's
(`STAFF_ADMIN_ONLY`) leave Revoke disabled, the refusal's words in its tooltip and accessible
description, and said in the status line when Delete asks for it. "Unlock" (Alt+U; Alt+K in
Indonesian) lifts the chosen account's sign-in lock; it is offered only while the list shows it
locked. F5 reads the list again.

While the page is shown it reads the list again by itself: every `REREAD_SECONDS` (`ListPage`),
and just after the earliest lock it shows ends (that row then reads "✓ Active" and loses
Unlock), the choice, the keyboard's cell and the scroll kept. The wait for a lock's end is
counted from the server's clock (the list's `now`: the lock's end less the server's time when
it answered), never from this workstation's wall clock, which may be ahead of the server's
(the page would read again every `_LOCK_SOONEST_MS` for the whole lock) or behind it (the end
shown late).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import clock_time, local_datetime, zone_for_province
from bpu_enroll.gui.common.column_fit import ColumnFitter
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.style import keep_bold_width
from bpu_enroll.gui.forms.workspace.ui_staff_add_dialog import Ui_StaffAddDialog
from bpu_enroll.gui.forms.workspace.ui_staff_page import Ui_StaffPage
from bpu_enroll.gui.forms.workspace.ui_staff_revoke_dialog import Ui_StaffRevokeDialog
from bpu_enroll.gui.workspace.devices_page import moment_of
from bpu_enroll.gui.workspace.list_page import ListPage
from bpu_enroll.gui.workspace.tally.model import Column, ColumnsModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

_CONTEXT = "StaffPage"
ROLES: dict[str, str] = {
    "officer": str(QT_TRANSLATE_NOOP("StaffPage", "Officer")),
    "clerk": str(QT_TRANSLATE_NOOP("StaffPage", "Clerk")),
    "supervisor": str(QT_TRANSLATE_NOOP("StaffPage", "Supervisor")),
    "admin": str(QT_TRANSLATE_NOOP("StaffPage", "Administrator")),
}
OFFERED = ("officer", "clerk", "supervisor")  # an administrator: `bpu-branch officer add`
# A lock's end is read this long after it (the answer's way here, the timer's slack), and never
# sooner than `_LOCK_SOONEST_MS` after the last read.
_LOCK_MARGIN_MS = 500
_LOCK_SOONEST_MS = 2000


def role_text(role: str) -> str:
    """A role in the reader's language (an unknown one as the server wrote it)."""
    return QCoreApplication.translate(_CONTEXT, ROLES[role]) if role in ROLES else role


def is_locked(row: dict[str, Any]) -> bool:
    """Whether the list showed the account's sign-in locked."""
    return row.get("status") != "revoked" and bool(row.get("locked_until"))


class StaffAddDialog(QDialog):
    """A new account (see the module text). "Add" with every field filled and the two
    passwords the same emits `confirmed` and waits: `refused` says the server's answer, the
    page closes the dialog with `accept` once added. The error line is said through `_say`,
    given a function of the language of now, as `ListPage.say`."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffAddDialog()
        self.ui.setupUi(self)
        # What the error line says, asked for again in the language of now after a switch.
        self._saying: Callable[[], str] = str
        self._fill_roles()
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.addButton.clicked.connect(self._on_addButton_clicked)
        self.ui.usernameEdit.setFocus()

    @property
    def fields(self) -> dict[str, str]:
        """What was typed: `username`, `name` (without spaces around), `role`, `password`."""
        return {
            "username": self.ui.usernameEdit.text().strip(),
            "name": self.ui.nameEdit.text().strip(),
            "role": str(self.ui.roleCombo.currentData()),
            "password": self.ui.passwordEdit.text(),
        }

    def refused(self, text: Callable[[], str], code: str | None) -> None:
        """The server did not add: say why (`text()`, in the language of now), keep what was
        typed but the passwords, and give the keyboard to the field concerned."""
        self._set_waiting(False)
        self._say(text)
        self.ui.passwordEdit.clear()
        self.ui.repeatEdit.clear()
        field: QWidget = {
            "STAFF_USERNAME_INVALID": self.ui.usernameEdit,
            "STAFF_USERNAME_NIK": self.ui.usernameEdit,
            "OFFICER_EXISTS": self.ui.usernameEdit,
            "STAFF_NAME_INVALID": self.ui.nameEdit,
            "STAFF_NAME_NIK": self.ui.nameEdit,
            "STAFF_ROLE_INVALID": self.ui.roleCombo,
        }.get(code or "", self.ui.passwordEdit)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_roles()
            self.ui.errorLabel.setText(self._saying())
        super().changeEvent(event)

    def _fill_roles(self) -> None:
        chosen = self.ui.roleCombo.currentIndex()
        self.ui.roleCombo.clear()
        for role in OFFERED:
            self.ui.roleCombo.addItem(role_text(role), role)
        self.ui.roleCombo.setCurrentIndex(max(chosen, 0))

    def _say(self, text: Callable[[], str], field: QLineEdit | None = None) -> None:
        """Say `text()` on the error line, and again in the new language after a switch; the
        keyboard to `field`."""
        self._saying = text
        self.ui.errorLabel.setText(text())
        if field is not None:
            field.setFocus()

    def _on_addButton_clicked(self) -> None:
        fields = self.fields
        if not fields["username"]:
            self._say(lambda: self.tr("Write the user name."), self.ui.usernameEdit)
        elif not fields["name"]:
            self._say(lambda: self.tr("Write the full name."), self.ui.nameEdit)
        elif not fields["password"]:
            self._say(lambda: self.tr("Write a password."), self.ui.passwordEdit)
        elif self.ui.repeatEdit.text() != fields["password"]:
            self.ui.repeatEdit.clear()
            self._say(lambda: self.tr("The two passwords differ: type it again."),
                      self.ui.repeatEdit)  # fmt: skip
        else:
            self._say(str)
            self._set_waiting(True)
            self.confirmed.emit()

    def _set_waiting(self, waiting: bool) -> None:
        ui = self.ui
        for widget in (ui.usernameEdit, ui.nameEdit, ui.roleCombo, ui.passwordEdit,
                       ui.repeatEdit, ui.addButton):  # fmt: skip
            widget.setEnabled(not waiting)
        if not waiting:
            ui.addButton.setDefault(True)


class StaffRevokeDialog(QDialog):
    """Asks before revoking an account; Cancel is the default button. "Revoke" emits
    `confirmed` and waits (`refused` says the server's answer)."""

    confirmed = Signal()

    def __init__(self, username: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username, self.name = username, name
        self.ui = Ui_StaffRevokeDialog()
        self.ui.setupUi(self)
        # What the error line says, asked for again in the language of now after a switch.
        self._saying: Callable[[], str] = str
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.revokeButton.clicked.connect(self._on_revokeButton_clicked)
        keep_bold_width(self.ui.revokeButton)  # disabled while the server is asked: Cancel stays
        self._say_question()
        self.ui.cancelButton.setFocus()

    def refused(self, text: Callable[[], str]) -> None:
        """The server did not revoke: say why (`text()`, in the language of now)."""
        self.ui.revokeButton.setEnabled(True)
        self.ui.cancelButton.setDefault(True)
        self._say(text)
        self.ui.cancelButton.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._say_question()
            self.ui.errorLabel.setText(self._saying())
        super().changeEvent(event)

    def _say_question(self) -> None:
        self.ui.questionLabel.setText(
            self.tr("Revoke {name} ({username})?").format(name=self.name, username=self.username)
        )

    def _say(self, text: Callable[[], str]) -> None:
        """Say `text()` on the error line, and again in the new language after a switch."""
        self._saying = text
        self.ui.errorLabel.setText(text())

    def _on_revokeButton_clicked(self) -> None:
        self._say(str)
        self.ui.revokeButton.setEnabled(False)
        self.confirmed.emit()


class StaffPage(ListPage):
    """See the module text."""

    KEY = "username"

    staff_shown = Signal(object)  # the server's answer
    added = Signal(object)  # the account as added
    revoked = Signal(object)  # the account after the revoke
    unlocked = Signal(object)  # the account after the unlock

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, ws, parent)
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self.setup_list(
            self.ui.staffView, ColumnsModel(self._columns(), self), self.ui.statusLabel,
            self.ui.busyBar,
        )  # fmt: skip
        name = self.model.column_of("name")  # the room the others leave (no empty band)
        self.columns = ColumnFitter(self.ui.staffView, elide=(name,), stretch=name)
        self.add_dialog: StaffAddDialog | None = None
        self.revoke_dialog: StaffRevokeDialog | None = None
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.addButton.clicked.connect(self.ask_add)
        self.ui.revokeButton.clicked.connect(self.ask_revoke)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self._revoke_tip = self.ui.revokeButton.toolTip()
        self._lock_end = QTimer(self)
        self._lock_end.setSingleShot(True)
        # A coarse timer may fire 5 % early: the end read while the lock still holds.
        self._lock_end.setTimerType(Qt.TimerType.PreciseTimer)
        self._lock_end.timeout.connect(self._on_lock_end)
        # The server's time when the list shown was answered, and this machine's monotonic
        # clock then: a lock's end is waited for from them (see the module text).
        self._server_now: datetime | None = None
        self._answered_at = 0.0
        self._set_busy(0)
        self._show_summary()

    def read_rows(self, client: StaffClient) -> dict[str, Any]:
        """The list as the server answers it (`ListPage.refresh`, F5)."""
        return client.roster()

    def ask_add(self) -> None:
        """Open the new account's dialog."""
        if self.busy:
            return
        self.add_dialog = StaffAddDialog(self)
        self.add_dialog.confirmed.connect(self._on_add_confirmed)
        self.add_dialog.open()

    def ask_revoke(self) -> None:
        """Ask before revoking the chosen active account (not one's own, nor an administrator's
        for a supervisor: the status line says why)."""
        row = self.chosen()
        refused = self._revoke_refused(row) if row is not None else None
        if refused is not None and row is not None and row.get("status") != "revoked":
            self.say(lambda: message(refused, self.ctx.lang))
            return
        if row is None or not self._revocable(row) or self.busy:
            return
        self.revoke_dialog = StaffRevokeDialog(str(row["username"]), str(row.get("name")), self)
        self.revoke_dialog.confirmed.connect(self._on_revoke_confirmed)
        self.revoke_dialog.open()

    def unlock(self) -> None:
        """Lift the chosen account's sign-in lock."""
        row = self.chosen()
        if row is None or not is_locked(row) or self.busy:
            return
        username = str(row["username"])

        def lift(client: StaffClient) -> dict[str, Any]:
            return client.unlock_staff(username)

        self._chosen = username
        self._set_busy(+1)
        self.ws.call(lift, self._on_unlocked, self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._revoke_tip = self.ui.revokeButton.toolTip()
            self.retranslate_list()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the list is read again by itself (see the module text)."""
        super().showEvent(event)
        self._arm_lock_end()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (another page, the window closed): no reading by itself."""
        self._lock_end.stop()
        super().hideEvent(event)

    def _on_lock_end(self) -> None:
        if self.isVisible() and not self._read_by_itself():
            # a read or a change under way: its answer may predate the lock's end
            self._lock_end.start(_LOCK_SOONEST_MS)

    def _server_time(self) -> datetime:
        """The server's time now: its `now` when the list shown was answered, plus the time
        passed since on this machine's monotonic clock; this workstation's clock only when the
        server said no `now` (an older server)."""
        if self._server_now is None:
            return datetime.now(UTC)
        return self._server_now + timedelta(seconds=time.monotonic() - self._answered_at)

    def _arm_lock_end(self) -> None:
        """Read again just after the earliest lock shown ends (none: nothing to wait for)."""
        ends = [moment_of(row.get("locked_until")) for row in self.model.rows() if is_locked(row)]
        soonest = min((end for end in ends if end is not None), default=None)
        if soonest is None or not self.isVisible():
            self._lock_end.stop()
            return
        left = (soonest - self._server_time()).total_seconds() * 1000 + _LOCK_MARGIN_MS
        self._lock_end.start(int(min(max(left, _LOCK_SOONEST_MS), 2**31 - 1)))

    def _columns(self) -> list[Column]:
        return [
            Column("status", lambda: self.tr("Status"), lambda r: r, self._status),
            Column("username", lambda: self.tr("User name"), lambda r: r["username"]),
            Column("name", lambda: self.tr("Name"), lambda r: r.get("name") or "–"),
            Column("role", lambda: self.tr("Role"), lambda r: r.get("role", ""), role_text),
            Column("added_at", lambda: self._zoned(self.tr("Added")),
                   lambda r: moment_of(r.get("added_at")), self._moment),
        ]  # fmt: skip

    def _moment(self, moment: datetime | None) -> str:
        if moment is None:
            return "–"
        return local_datetime(moment, self._province(), self.ctx.lang, with_zone=False)

    def _status(self, row: dict[str, Any]) -> str:
        """`✓ Active`, `⚠ Locked until 17.24` or `✗ Revoked 6 Desember 2026 17.24`."""
        if row.get("status") == "revoked":
            when = moment_of(row.get("revoked_at"))
            said = "✗ " + QCoreApplication.translate("StaffPage", "Revoked")
            return f"{said} {self._moment(when)}" if when is not None else said
        until = moment_of(row.get("locked_until"))
        if until is not None:
            zone, _ = zone_for_province(self._province())
            clock = clock_time(until.astimezone(zone), self.ctx.lang)
            return "⚠ " + QCoreApplication.translate("StaffPage", "Locked until {time}").format(
                time=clock
            )
        return "✓ " + QCoreApplication.translate("StaffPage", "Active")

    def _revoke_refused(self, row: dict[str, Any]) -> str | None:
        """The code the server would refuse revoking `row` with, or None."""
        if row.get("username") == self.ws.username:
            return "STAFF_REVOKE_SELF"
        if row.get("role") == "admin" and self.ws.role != "admin":
            return "STAFF_ADMIN_ONLY"
        return None

    def _revocable(self, row: dict[str, Any]) -> bool:
        return row.get("status") != "revoked" and self._revoke_refused(row) is None

    def _show_buttons(self) -> None:
        row = self.chosen()
        self.ui.addButton.setEnabled(not self.busy)
        self.ui.revokeButton.setEnabled(not self.busy and row is not None and self._revocable(row))
        self.ui.unlockButton.setEnabled(not self.busy and row is not None and is_locked(row))
        refused = self._revoke_refused(row) if row is not None else None
        why = message(refused, self.ctx.lang) if refused is not None else ""
        self.ui.revokeButton.setToolTip(why or self._revoke_tip)
        self.ui.revokeButton.setAccessibleDescription(why)

    def shown(self, answer: dict[str, Any]) -> None:
        """The list read is in the table: wait for its earliest lock's end."""
        self._server_now, self._answered_at = moment_of(answer.get("now")), time.monotonic()
        self._arm_lock_end()
        self.staff_shown.emit(answer)

    def _on_add_confirmed(self) -> None:
        dialog = self.add_dialog
        if dialog is None:
            return
        fields = dialog.fields
        dialog.ui.passwordEdit.clear()  # the password leaves the dialog once, for the call
        dialog.ui.repeatEdit.clear()

        def add(client: StaffClient) -> dict[str, Any]:
            return client.add_staff(**fields)

        self._chosen = fields["username"]
        self._set_busy(+1)
        self.ws.call(add, self._on_added, self._on_add_failed)

    def _on_add_failed(self, exc: object) -> None:
        self._chosen = None
        self._on_failed(exc)
        if self.add_dialog is not None and self.add_dialog.isVisible():
            code = getattr(exc, "code", None)
            self.add_dialog.refused(self.saying, code)

    def _on_added(self, answer: dict[str, Any]) -> None:
        self._set_busy(-1)
        # The account as the server keeps it (`ｄｅｗｉ` typed full-width is added as `dewi`).
        self._chosen = str(answer.get("username") or self._chosen or "") or None
        if self.add_dialog is not None and self.add_dialog.isVisible():
            self.add_dialog.accept()

        def added() -> str:
            text = self.tr("{username} added as {role}.").format(
                username=answer.get("username", ""), role=role_text(str(answer.get("role", "")))
            )
            if answer.get("role") == "officer":
                text += " " + self.tr("Their laptop lists them after its next sync.")
            return text

        self.say(added)
        self.added.emit(answer)
        self.refresh()

    def _on_revoke_confirmed(self) -> None:
        dialog = self.revoke_dialog
        if dialog is None:
            return
        username = dialog.username

        def revoke(client: StaffClient) -> dict[str, Any]:
            return client.revoke_staff(username)

        self._chosen = username
        self._set_busy(+1)
        self.ws.call(revoke, self._on_revoked, self._on_revoke_failed)

    def _on_revoke_failed(self, exc: object) -> None:
        self._chosen = None
        self._on_failed(exc)
        if self.revoke_dialog is not None and self.revoke_dialog.isVisible():
            self.revoke_dialog.refused(self.saying)

    def _on_revoked(self, answer: dict[str, Any]) -> None:
        self._set_busy(-1)
        if self.revoke_dialog is not None and self.revoke_dialog.isVisible():
            self.revoke_dialog.accept()
        username = answer.get("username", "")
        if answer.get("already_revoked"):
            self.say(lambda: self.tr("{username} was already revoked.").format(username=username))
        else:
            self.say(
                lambda: self.tr("{username} revoked: their sign-in is refused from now on.").format(
                    username=username
                )
            )
        self.revoked.emit(answer)
        self.refresh()

    def _on_unlocked(self, answer: dict[str, Any]) -> None:
        self._set_busy(-1)
        username = answer.get("username", "")
        if answer.get("was_locked"):
            self.say(
                lambda: self.tr("{username} unlocked: they can sign in now.").format(
                    username=username
                )
            )
        else:
            self.say(lambda: self.tr("{username} was not locked.").format(username=username))
        self.unlocked.emit(answer)
        self.refresh()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        revoked = sum(1 for row in rows if row.get("status") == "revoked")
        locked = sum(1 for row in rows if is_locked(row))
        text = self.tr("%Ln account(s)", "", len(rows))
        text += " · " + self.tr("%Ln active", "", len(rows) - revoked)
        text += " · " + self.tr("%Ln locked", "", locked)
        text += " · " + self.tr("%Ln revoked", "", revoked)
        self.ui.summaryLabel.setText(text)
