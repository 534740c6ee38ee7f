"""The enrol dialog: branch address and one-time code, enrolment in the background.

`enrol_laptop` runs on the store thread (it creates the local profile); the GUI never waits.
A code written as `CODE@sha256:…` carries the certificate fingerprint too. Refusals are shown
with their stable code; on success `enrolled` is emitted with the `Enrolled` outcome and the
dialog closes, so the caller can go on to sign-in.

On a laptop holding the demo profile (`replace_demo=True`) the dialog does not enrol by itself:
after the address and code it asks, in plain words, whether the demo profile may be put aside,
and on "yes" emits `replace_demo_requested` with the `EnrolTarget` and closes. The app controller
then signs the officer out and runs `enrol_replacing_demo` (the demo profile is archived, and put
back if the enrolment fails).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from bpu_enroll.domain.errors import BpuError, message
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import code_kept_whole
from bpu_enroll.gui.common.focus import keyboard_to
from bpu_enroll.gui.forms.officer.ui_enrol_dialog import Ui_EnrolDialog
from bpu_enroll.services.enrolment import Enrolled, EnrolmentError, enrol_laptop
from bpu_enroll.sync.address import server_url_of
from bpu_enroll.sync.client import SyncRefused, SyncUnavailable


def split_code(text: str) -> tuple[str, str | None]:
    """`CODE@sha256:…` → (code, fingerprint); a bare code has no fingerprint."""
    text = text.strip()
    if "@" in text:
        code, fingerprint = text.split("@", 1)
        return code.strip(), fingerprint.strip() or None
    return text, None


@dataclass(frozen=True, slots=True)
class EnrolTarget:
    """Where and with which one-time code to enrol (as typed in the dialog)."""

    server_url: str
    code: str
    fingerprint: str | None


def enrol_replacing_demo(data_dir: Path, target: EnrolTarget, now: datetime) -> Enrolled:
    """Store thread: enrol a demo laptop (demo archived first, put back on failure)."""
    return enrol_laptop(
        data_dir,
        server_url=target.server_url,
        code=target.code,
        fingerprint=target.fingerprint,
        now=now,
        replace_demo=True,
    )


class EnrolDialog(QDialog):
    """See the module text."""

    enrolled = Signal(object)
    replace_demo_requested = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, replace_demo: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.outcome: Enrolled | None = None
        self.replace_demo = replace_demo
        self.confirmation: QMessageBox | None = None
        self._target: EnrolTarget | None = None
        self._keyboard_at: QWidget | None = None
        self.ui.enrolButton.clicked.connect(self._on_enrolButton_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _on_enrolButton_clicked(self) -> None:
        code, fingerprint = split_code(self.ui.codeEdit.text())
        try:  # `10.0.0.5:8750` is https, as on the command line and at the workstation set-up
            server = server_url_of(self.ui.serverEdit.text().strip().rstrip("/"))
        except BpuError:
            self.ui.errorLabel.setText(
                self.tr("Enter the branch address, starting with https:// (or http://).")
            )
            self.ui.serverEdit.setFocus()
            return
        if not code:
            self.ui.errorLabel.setText(self.tr("Enter the one-time code."))
            self.ui.codeEdit.setFocus()
            return
        if self.replace_demo:
            self.ask_to_replace_demo(EnrolTarget(server, code, fingerprint))
            return
        # Disabled while it works, the fields and Enrol passed the keyboard on to Cancel: Enter
        # after a refusal closed the dialog and lost the address and code. Given back below.
        focused = QApplication.focusWidget()
        self._keyboard_at = focused if focused is not None and self.isAncestorOf(focused) else None
        self._set_busy(True)
        self.ui.errorLabel.setText(self.tr("Enrolling…"))
        self.ctx.tasks.run_db(
            _enrol,
            self.ctx,
            server,
            code,
            fingerprint,
            on_done=self._on_enrol_done,
            on_error=self._on_enrol_failed,
        )

    def ask_to_replace_demo(self, target: EnrolTarget) -> QMessageBox:
        """Ask, in plain words, to put the demo profile aside; "yes" hands `target` on."""
        self._target = target
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Enrol this laptop at the branch"))
        box.setText(self.tr("Put the demo profile aside and enrol this laptop?"))
        box.setInformativeText(
            self.tr(
                "This laptop now holds the demo profile. The demo profile and its practice "
                "registrations will be put aside: they are kept in the profile folder, in a "
                "folder named demo-archive-<date and time>, never sent to the branch and never "
                "deleted. The laptop then becomes a laptop of the branch at {server}.\n\n"
                "You will be signed out now; afterwards, sign in again with your branch "
                "password. If the enrolment does not succeed, the demo profile is put back."
            ).format(server=target.server_url)
        )
        yes = box.addButton(self.tr("Put the demo aside and enrol"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Keep the demo"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.buttonClicked.connect(lambda button: self._on_confirmation_answered(button is yes))
        self.confirmation = box
        box.open()
        return box

    def confirm_button(self) -> QPushButton | None:
        """The confirmation's "put the demo aside" button (None before it is asked)."""
        box = self.confirmation
        if box is None:
            return None
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
                return button if isinstance(button, QPushButton) else None
        return None

    def _on_confirmation_answered(self, confirmed: bool) -> None:
        target, self._target = self._target, None
        if not confirmed or target is None:
            self.ui.errorLabel.setText(self.tr("Nothing was changed."))
            return
        self.replace_demo_requested.emit(target)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.enrolButton, self.ui.serverEdit, self.ui.codeEdit):
            widget.setEnabled(not busy)

    def _on_enrol_done(self, outcome: Enrolled) -> None:
        self._set_busy(False)
        self.outcome = outcome
        self.ui.errorLabel.clear()
        self.enrolled.emit(outcome)
        self.accept()

    def _on_enrol_failed(self, exc: object) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(self.error_message(exc))
        widget, self._keyboard_at = self._keyboard_at, None
        if widget is not None:
            keyboard_to(self, widget)

    def error_message(self, exc: object) -> str:
        """A failure as the officer reads it: what happened and its stable code."""
        return enrol_error_text(exc, self.ctx.lang)


def enrol_error_text(exc: object, lang: str) -> str:
    """A failed enrolment as the officer reads it: what happened and its stable code."""
    if isinstance(exc, BpuError) and exc.code == "PROFILE_EXISTS":
        code, text = exc.code, _profile_exists_text()
    elif isinstance(exc, BpuError):
        code, text = exc.code, exc.message(lang)
    elif isinstance(exc, EnrolmentError):
        code, text = exc.code, _enrolment_text(exc)
    elif isinstance(exc, SyncRefused):
        # The branch's own message is English, for its logs: a code it words is said in the
        # officer's language (`domain.branch_errors`), as the workspace says it.
        code, worded = exc.code, message(exc.code, lang)
        text = QCoreApplication.translate(
            "EnrolDialog", "The branch refused the enrolment: {reason}"
        ).format(reason=worded if worded != code else exc.message)
    elif isinstance(exc, SyncUnavailable):
        code = "NETWORK"
        text = QCoreApplication.translate(
            "EnrolDialog", "The branch cannot be reached. Check the address."
        )
    else:
        code = type(exc).__name__
        text = QCoreApplication.translate("EnrolDialog", "Enrolment failed unexpectedly.")
    return code_kept_whole(
        QCoreApplication.translate("EnrolDialog", "{text} (code {code})").format(
            text=text, code=code
        )
    )


def _profile_exists_text() -> str:
    return QCoreApplication.translate(
        "EnrolDialog",
        "This laptop already has a profile (the demo profile), so it cannot be enrolled "
        "here. Enrolment is done from the first-run screen, on a laptop with no profile.",
    )


def _enrolment_text(exc: EnrolmentError) -> str:
    if exc.code == "CERT_MISMATCH":
        return QCoreApplication.translate(
            "EnrolDialog", "The server's certificate does not match the code's fingerprint."
        )
    if exc.code == "USAGE":
        return QCoreApplication.translate(
            "EnrolDialog", "An https address needs the code with its fingerprint (CODE@sha256:…)."
        )
    if exc.code == "NETWORK":
        return QCoreApplication.translate(
            "EnrolDialog", "The branch cannot be reached. Check the address."
        )
    return exc.message


def _enrol(ctx: AppContext, server: str, code: str, fingerprint: str | None) -> Enrolled:
    return enrol_laptop(
        ctx.data_dir, server_url=server, code=code, fingerprint=fingerprint, now=ctx.clock()
    )
