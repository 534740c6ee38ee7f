"""The enrol dialog: branch address and one-time code, enrolment in the background.

`enrol_laptop` runs on the store thread (it creates the local profile); the GUI never waits.
A code written as `CODE@sha256:…` carries the certificate fingerprint too. Refusals are shown
with their stable code; on success `enrolled` is emitted with the `Enrolled` outcome and the
dialog closes, so the caller can go on to sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui.context import AppContext
from bpu_enroll.gui.forms.ui_enrol_dialog import Ui_EnrolDialog
from bpu_enroll.sync.client import SyncRefused, SyncUnavailable
from bpu_enroll.sync.enrolment import Enrolled, EnrolmentError, enrol_laptop


def split_code(text: str) -> tuple[str, str | None]:
    """`CODE@sha256:…` → (code, fingerprint); a bare code has no fingerprint."""
    text = text.strip()
    if "@" in text:
        code, fingerprint = text.split("@", 1)
        return code.strip(), fingerprint.strip() or None
    return text, None


class EnrolDialog(QDialog):
    """See the module text."""

    enrolled = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.outcome: Enrolled | None = None
        self.ui.enrolButton.clicked.connect(self._on_enrolButton_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _on_enrolButton_clicked(self) -> None:
        server = self.ui.serverEdit.text().strip().rstrip("/")
        code, fingerprint = split_code(self.ui.codeEdit.text())
        if not server.startswith(("http://", "https://")):
            self.ui.errorLabel.setText(
                self.tr("Enter the branch address, starting with https:// (or http://).")
            )
            self.ui.serverEdit.setFocus()
            return
        if not code:
            self.ui.errorLabel.setText(self.tr("Enter the one-time code."))
            self.ui.codeEdit.setFocus()
            return
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

    def error_message(self, exc: object) -> str:
        """A failure as the officer reads it: what happened and its stable code."""
        if isinstance(exc, BpuError) and exc.code == "PROFILE_EXISTS":
            code, text = exc.code, self._profile_exists_text()
        elif isinstance(exc, BpuError):
            code, text = exc.code, exc.message(self.ctx.lang)
        elif isinstance(exc, EnrolmentError):
            code, text = exc.code, self._enrolment_text(exc)
        elif isinstance(exc, SyncRefused):
            code, text = (
                exc.code,
                self.tr("The branch refused the enrolment: {reason}").format(reason=exc.message),
            )
        elif isinstance(exc, SyncUnavailable):
            code, text = "NETWORK", self.tr("The branch cannot be reached. Check the address.")
        else:
            code, text = type(exc).__name__, self.tr("Enrolment failed unexpectedly.")
        return self.tr("{text} (code {code})").format(text=text, code=code)

    def _profile_exists_text(self) -> str:
        return self.tr(
            "This laptop already has a profile (the demo profile), so it cannot be enrolled "
            "here. Enrolment is done from the first-run screen, on a laptop with no profile."
        )

    def _enrolment_text(self, exc: EnrolmentError) -> str:
        if exc.code == "CERT_MISMATCH":
            return self.tr("The server's certificate does not match the code's fingerprint.")
        if exc.code == "USAGE":
            return self.tr("An https address needs the code with its fingerprint (CODE@sha256:…).")
        if exc.code == "NETWORK":
            return self.tr("The branch cannot be reached. Check the address.")
        return exc.message


def _enrol(ctx: AppContext, server: str, code: str, fingerprint: str | None) -> Enrolled:
    return enrol_laptop(
        ctx.data_dir, server_url=server, code=code, fingerprint=fingerprint, now=ctx.clock()
    )
