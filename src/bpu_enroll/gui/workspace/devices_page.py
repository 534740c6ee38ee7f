"""The supervisor's laptops: every laptop enrolled at the branch, and revoking a lost or stolen one
from here (`StaffClient.revoke_device`), as `bpu-branch device revoke` does on the server.

One row per laptop (`StaffClient.devices`): its status first, in a sign and words ("✓ Active",
"✗ Revoked 17 Maret 2026 14.05": never colour alone), its device code, its officer (the roster
user the laptop was enrolled for, else the user names whose records it sent), when it was last
seen and enrolled in the branch's zone (`17 Maret 2026 14.05`, the zone named in the header)
and the records received. The summary above the table always says how many are active and
revoked; the status line says what the last action did, or why it failed, with its code.

"Revoke…" (Alt+K, or Delete on the table) works on the chosen active laptop: a dialog asks the
reason (required; Cancel is its default button, so Enter never revokes by accident). The dialog
stays open while the server is asked: a reason the server refuses (or a failed call) is said in the
dialog, the reason kept to correct, and said again in the new language after a switch; once revoked,
it closes, the list is read again and the laptop stays chosen. F5 reads the list again; while the
page is shown it reads it again by itself every `REREAD_SECONDS` (`ListPage`: a laptop enrolled or
revoked from another workstation, the last-seen times), the choice, the keyboard's cell and the
scroll kept.

"Enrolment code…" (Alt+C) asks the server for a one-time code for a new laptop
(`StaffClient.enrol_code`, as `bpu-branch device code`), valid for the lifetime chosen beside
it ("Code valid for", Alt+F: 1, 8 or 24 hours, one hour unless changed; the server refuses
another with `ENROL_TTL_INVALID`), and shows it once in `EnrolCodeDialog`: the code in large
characters, until when it is valid (in the branch's zone, in words), the branch address the
officer's app needs and the code with the branch's fingerprint, with Copy; Enter and Esc close
it. The laptop enrolled with it is in the list after Refresh.

The address is the server's word (`addresses`: the names its certificate was made for, on its
port), not this workstation's connection, which is `https://127.0.0.1:…` when the workspace runs
on the server machine itself: useless to type on a laptop (`laptop_address_text`). When the
server names only loopback, the workstation's own address is given if it is a network one;
otherwise the dialog says plainly that the laptop needs the server's network address.
"""

from __future__ import annotations

import ipaddress
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QStyle, QStyleOptionFrame, QWidget

from bpu_enroll.domain.formatting import NIK_LIKE, local_datetime, thousands
from bpu_enroll.gui.common.column_fit import ColumnFitter, two_lines
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import keep_bold_width
from bpu_enroll.gui.forms.workspace.ui_devices_page import Ui_DevicesPage
from bpu_enroll.gui.forms.workspace.ui_enrol_code_dialog import Ui_EnrolCodeDialog
from bpu_enroll.gui.forms.workspace.ui_revoke_dialog import Ui_RevokeDialog
from bpu_enroll.gui.workspace.list_page import ListPage
from bpu_enroll.gui.workspace.tally.model import Column, ColumnsModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient


CODE_SCALE = 2.5  # the enrolment code's characters against the dialog's
# The enrolment code's lifetimes offered (minutes; the first is the default, as the command's).
CODE_LIFETIMES = (60, 8 * 60, 24 * 60)


def moment_of(value: Any) -> datetime | None:
    """An ISO moment from the server as an aware `datetime`; None when absent."""
    return datetime.fromisoformat(str(value)) if value else None


def officer_text(row: dict[str, Any]) -> str:
    """The laptop's officer: the roster user it was enrolled for, else those whose records it
    sent (one a line), else `–`."""
    if row.get("officer"):
        return str(row["officer"])
    return "\n".join(row.get("officers") or []) or "–"


class RevokeDialog(QDialog):
    """Asks the reason for revoking one laptop; Cancel is the default button. "Revoke" with a
    reason emits `confirmed` and waits (`refused` says the server's answer and lets the reason be
    corrected; the page closes the dialog with `accept` once revoked)."""

    confirmed = Signal()

    def __init__(self, device: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.ui = Ui_RevokeDialog()
        self.ui.setupUi(self)
        # What the error line says, asked for again in the language of now after a switch.
        self._saying: Callable[[], str] = str
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.revokeButton.clicked.connect(self._on_revokeButton_clicked)
        keep_bold_width(self.ui.revokeButton)  # disabled without a reason: Cancel stays put
        self._say_question()
        self.ui.reasonEdit.setFocus()

    def refused(self, text: Callable[[], str]) -> None:
        """The server did not revoke: say why (`text()`, in the language of now) and let the
        reason be corrected."""
        self._set_waiting(False)
        self._say(text)
        self.ui.reasonEdit.setFocus()
        self.ui.reasonEdit.selectAll()

    @property
    def reason(self) -> str:
        """The reason as typed, without spaces around it."""
        return self.ui.reasonEdit.text().strip()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._say_question()
            self.ui.errorLabel.setText(self._saying())
        super().changeEvent(event)

    def _say_question(self) -> None:
        self.ui.questionLabel.setText(self.tr("Revoke laptop {device}?").format(device=self.device))

    def _say(self, text: Callable[[], str]) -> None:
        """Say `text()` on the error line, and again in the new language after a switch."""
        self._saying = text
        self.ui.errorLabel.setText(text())

    def _on_revokeButton_clicked(self) -> None:
        if not self.reason:
            self._say(lambda: self.tr("Write why the laptop is revoked."))
            self.ui.reasonEdit.setFocus()
            return
        if NIK_LIKE.search(self.reason):  # the server refuses it too: said before sending
            self._say(lambda: self.tr("A reason must not contain a NIK."))
            self.ui.reasonEdit.setFocus()
            return
        self._say(str)
        self._set_waiting(True)
        self.confirmed.emit()

    def _set_waiting(self, waiting: bool) -> None:
        for widget in (self.ui.reasonEdit, self.ui.revokeButton):
            widget.setEnabled(not waiting)
        if not waiting:
            self.ui.cancelButton.setDefault(True)


def _loopback_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def laptop_address_text(issued: dict[str, Any], server_url: str) -> str:
    """The address(es) a laptop reaches the branch at, in a sentence: the server's network
    names (`issued["addresses"]`), else this workstation's address when it is a network one,
    else plainly that only this machine's own address is known."""
    addresses = [str(a) for a in issued.get("addresses") or []]
    network = [a for a in addresses if not _loopback_url(a)]
    if not network and ("addresses" not in issued or not _loopback_url(server_url)):
        # The certificate names only loopback (or a server of an earlier version names
        # nothing): this workstation's own address, when a laptop can use it.
        network = [] if _loopback_url(server_url) else [server_url]
    if not network and "addresses" not in issued:
        network = [server_url]
    if len(network) == 1:
        text = QCoreApplication.translate(
            "EnrolCodeDialog", "Branch address for the officer's app: {address}"
        )
        return text.format(address=network[0])
    if network:  # one a line: a URL broken over two lines is mistyped
        text = QCoreApplication.translate(
            "EnrolCodeDialog", "Branch addresses for the officer's app (any one of them):"
        )
        return "\n".join([text, *network])
    text = QCoreApplication.translate(
        "EnrolCodeDialog",
        "The branch server knows only this machine's own address ({address}), which a laptop "
        "cannot use. Type the server's network address in the officer's app instead (the "
        "branch admin knows it), with port {port}.",
    )
    return text.format(address=server_url, port=_port_of(addresses, server_url))


def _port_of(addresses: list[str], server_url: str) -> str:
    for url in [*addresses, server_url]:
        port = urlsplit(url).port
        if port is not None:
            return str(port)
    return "–"


class EnrolCodeDialog(QDialog):
    """A one-time enrolment code, shown once (see the module text); Close is the default."""

    def __init__(
        self,
        issued: dict[str, Any],
        server_url: str,
        province: str,
        ctx: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.issued, self.server_url, self.province, self.ctx = issued, server_url, province, ctx
        self.ui = Ui_EnrolCodeDialog()
        self.ui.setupUi(self)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.codeLabel.setText(str(issued["code"]))
        self._enlarge_code()
        self.ui.pinnedEdit.setText(self.pinned)
        self.ui.pinnedEdit.setCursorPosition(0)
        self._widen_for_pinned()
        self._say()
        self.ui.closeButton.setFocus()

    def _enlarge_code(self) -> None:
        """The code in characters `CODE_SCALE` times the dialog's own, bold, spaced out (read
        aloud or copied by hand; the alphabet has no 0/O nor 1/I)."""
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * CODE_SCALE)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.ui.codeLabel.setFont(font)

    def _widen_for_pinned(self) -> None:
        """The code with the fingerprint whole in its field: the field asks for its text's width
        (the dialog widens with it, within the smallest screen). At the form's 760 px the 86
        characters were cut in larger text; a user checks the fingerprint's end by eye."""
        edit = self.ui.pinnedEdit
        metrics = edit.fontMetrics()
        margins = edit.textMargins()
        text = QSize(
            metrics.horizontalAdvance(edit.text()) + margins.left() + margins.right() + 2 * 2 + 2,
            metrics.height(),
        )  # Qt's own 2 px a side, and the cursor
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        width = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, edit)
        edit.setMinimumWidth(min(width.width(), SMALLEST_SCREEN.width() - 80))

    @property
    def pinned(self) -> str:
        """The code with the branch's fingerprint (`CODE@sha256:…`), as the officer pastes it."""
        return str(self.issued.get("pinned_code") or self.issued["code"])

    def copy(self) -> None:
        """Put the code with the fingerprint on the clipboard."""
        QGuiApplication.clipboard().setText(self.pinned)
        self.ui.copiedLabel.setText(self.tr("Copied: paste it in the officer's enrol window."))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._say()
        elif event.type() == QEvent.Type.FontChange:  # normal or larger text
            self._enlarge_code()
            self._widen_for_pinned()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Open tall enough for every line (`_grow_to_fit`)."""
        super().showEvent(event)
        self._grow_to_fit()

    def event(self, event: QEvent) -> bool:
        """Grow again when the lines are laid out anew (the style's larger text is given to
        the labels after the dialog shows)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, self._grow_to_fit)
        return handled

    def _grow_to_fit(self) -> None:
        """As tall as the wrapped lines need at this width: a dialog does not grow for a
        label's height-for-width, and three addresses in larger text had the last cut in half
        at the form's 760×380."""
        layout = self.layout()
        if layout is None:
            return
        short = sum(
            max(0, label.heightForWidth(label.width()) - label.height())
            for label in self.findChildren(QLabel)
            if label.wordWrap() and label.isVisible() and label.width() > 0
        )
        need = max(layout.totalHeightForWidth(self.width()), self.height() + short)
        if need > self.height():
            self.resize(self.width(), need)

    def _say(self) -> None:
        expires = moment_of(self.issued.get("expires_at"))
        when = local_datetime(expires, self.province, self.ctx.lang) if expires else "–"
        self.ui.expiresLabel.setText(self.tr("Valid until {when}").format(when=when))
        self.ui.addressLabel.setText(laptop_address_text(self.issued, self.server_url))


class DevicesPage(ListPage):
    """See the module text."""

    KEY = "device"

    devices_shown = Signal(object)  # the server's answer
    revoked = Signal(object)  # the laptop's state after the revoke

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, ws, parent)
        self.ui = Ui_DevicesPage()
        self.ui.setupUi(self)
        self.setup_list(
            self.ui.devicesView, ColumnsModel(self._columns(), self), self.ui.statusLabel,
            self.ui.busyBar,
        )  # fmt: skip
        officer = self.model.column_of("officer")
        # The officer takes the room the others leave, as on the other lists (no empty band).
        self.columns = ColumnFitter(self.ui.devicesView, elide=(officer,), stretch=officer)
        self.ui.devicesView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # officers one a line
        self.dialog: RevokeDialog | None = None
        self.code_dialog: EnrolCodeDialog | None = None
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.revokeButton.clicked.connect(self.ask_revoke)
        self.ui.codeButton.clicked.connect(self.ask_code)
        self._fill_lifetimes()
        self._set_busy(0)
        self._show_summary()

    def read_rows(self, client: StaffClient) -> dict[str, Any]:
        """The list as the server answers it (`ListPage.refresh`, F5)."""
        return client.devices()

    def ask_revoke(self) -> None:
        """Open the reason dialog for the chosen active laptop."""
        row = self.chosen()
        if row is None or row.get("status") == "revoked" or self.busy:
            return
        self.dialog = RevokeDialog(str(row["device"]), self)
        self.dialog.confirmed.connect(self._on_dialog_confirmed)
        self.dialog.open()

    def ask_code(self) -> None:
        """Ask the server for a one-time enrolment code and show it (Alt+C)."""
        if self.busy:
            return

        minutes = int(self.ui.ttlCombo.currentData() or CODE_LIFETIMES[0])

        def issue(client: StaffClient) -> dict[str, Any]:
            return client.enrol_code(ttl_minutes=minutes)

        self._set_busy(+1)
        self.ws.call(issue, self._on_code, self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate_list()
            self._fill_lifetimes()
        super().changeEvent(event)

    def _fill_lifetimes(self) -> None:
        """The lifetimes offered for the next code, in words, the choice kept."""
        combo = self.ui.ttlCombo
        index = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        for minutes in CODE_LIFETIMES:
            combo.addItem(self.tr("%n hour(s)", "", minutes // 60), minutes)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _columns(self) -> list[Column]:
        return [
            Column("status", lambda: self.tr("Status"), lambda r: r, self._status),
            Column("device", lambda: self.tr("Laptop"), lambda r: r["device"]),
            Column("officer", lambda: self.tr("Officer"), lambda r: r, officer_text),
            Column("last_seen_at", lambda: self._zoned(self.tr("Last seen")),
                   lambda r: moment_of(r.get("last_seen_at")), self._moment),
            Column("enrolled_at", lambda: self._zoned(self.tr("Enrolled")),
                   lambda r: moment_of(r.get("enrolled_at")), self._moment),
            Column("records_received", lambda: two_lines(self.tr("Records received"), 0),
                   lambda r: r.get("records_received", 0), self._count, numeric=True),
        ]  # fmt: skip

    def _moment(self, moment: datetime | None) -> str:
        """`17 Maret 2026 14.05` in the branch's zone; `never` when absent."""
        if moment is None:
            return self.tr("never")
        return local_datetime(moment, self._province(), self.ctx.lang, with_zone=False)

    def _status(self, row: dict[str, Any]) -> str:
        """`✓ Active`, or `✗ Revoked 17 Maret 2026 14.05` (a sign and words)."""
        if row.get("status") != "revoked":
            return "✓ " + QCoreApplication.translate("DevicesPage", "Active")
        when = moment_of(row.get("revoked_at"))
        said = "✗ " + QCoreApplication.translate("DevicesPage", "Revoked")
        return f"{said} {self._moment(when)}" if when is not None else said

    def _count(self, value: Any) -> str:
        return thousands(int(value or 0))

    def _show_buttons(self) -> None:
        row = self.chosen()
        self.ui.revokeButton.setEnabled(
            not self.busy and row is not None and row.get("status") != "revoked"
        )
        self.ui.codeButton.setEnabled(not self.busy)

    def shown(self, answer: dict[str, Any]) -> None:
        """The list read is in the table."""
        self.devices_shown.emit(answer)

    def _on_dialog_confirmed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        device, reason = dialog.device, dialog.reason

        def revoke(client: StaffClient) -> dict[str, Any]:
            return client.revoke_device(device, reason)

        self._chosen = device
        self._set_busy(+1)
        self.ws.call(revoke, self._on_revoked, self._on_revoke_failed)

    def _on_revoke_failed(self, exc: object) -> None:
        self._chosen = None
        self._on_failed(exc)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refused(self.saying)

    def _on_code(self, answer: dict[str, Any]) -> None:
        self._set_busy(-1)
        self.say(
            lambda: self.tr("Enrolment code issued; the new laptop is in the list after Refresh.")
        )
        dialog = EnrolCodeDialog(
            answer, self.ws.workstation.server_url, self._province(), self.ctx, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code_dialog = dialog
        dialog.finished.connect(self._on_code_dialog_finished)
        dialog.open()

    def _on_code_dialog_finished(self) -> None:
        self.code_dialog = None  # the code is shown once: nothing keeps it

    def _on_revoked(self, answer: dict[str, Any]) -> None:
        self._set_busy(-1)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.accept()
        device = answer.get("device", "")
        if answer.get("already_revoked"):
            self.say(lambda: self.tr("Laptop {device} was already revoked.").format(device=device))
        else:
            self.say(
                lambda: self.tr(
                    "Laptop {device} revoked: the branch refuses it from its next sync."
                ).format(device=device)
            )
        self.revoked.emit(answer)
        self.refresh()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        revoked = sum(1 for row in rows if row.get("status") == "revoked")
        text = self.tr("%Ln laptop(s)", "", len(rows))
        text += " · " + self.tr("%Ln active", "", len(rows) - revoked)
        text += " · " + self.tr("%Ln revoked", "", revoked)
        self.ui.summaryLabel.setText(text)
