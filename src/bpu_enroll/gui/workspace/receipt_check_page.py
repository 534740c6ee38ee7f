"""The clerk's "Check a receipt" page (Periksa tanda terima): a paper receipt checked by the
branch.

The clerk pastes or scans the QR text, or opens the receipt PDF (its QR text is read from the
PDF in the background, `services.receipts.payload_of`); the branch answers
(`StaffClient.verify_receipt`): valid or not, which laptop and officer issued it and when, and
the record's state at the branch (accepted with its KPJ, duplicate, voided, rejected, waiting
for review, not received yet). A refusal says why in words, with its code: tampered
(`BAD_SIGNATURE`), not a laptop of this branch (`UNKNOWN_DEVICE`), issued after the laptop was
revoked (`DEVICE_REVOKED`), not a receipt's QR (`MALFORMED`).

The keyboard stays on the page: while the branch answers, the buttons are disabled and the
keyboard waits on the QR text; with the answer (or a refusal) the text is selected, so the next
paste or scan replaces it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from bpu_enroll.domain.formatting import local_datetime
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import code_kept_whole
from bpu_enroll.gui.common.focus import keyboard_to
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.workspace.ui_receipt_check_page import Ui_ReceiptCheckPage
from bpu_enroll.gui.workspace.chosen_file import read_chosen_file
from bpu_enroll.gui.workspace.tally.model import staff_error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient


class ReceiptCheckPage(QWidget):
    """See the module text."""

    checked = Signal(object)  # the branch's answer
    failed = Signal(object)

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.ui = Ui_ReceiptCheckPage()
        self.ui.setupUi(self)
        self.answer: dict[str, Any] | None = None
        # Draws the result line again in the language of now (`_say`): a switch said the last
        # answer again, a valid receipt over the failure of a later check.
        self._said: Callable[[], None] = lambda: None
        self._busy = False
        self.ui.checkButton.clicked.connect(self.check_text)
        self.ui.openButton.clicked.connect(self._on_openButton_clicked)
        self._set_busy(False)

    def refresh(self) -> None:
        """Nothing to load: the page waits for a receipt."""

    @property
    def busy(self) -> bool:
        """True while the branch is asked."""
        return self._busy

    def check_text(self) -> None:
        """Ask the branch about the pasted QR text."""
        payload = self.ui.payloadEdit.toPlainText().strip()
        if not payload:
            self._say(
                lambda: self._show_error(self.tr("Paste the QR text or open a receipt PDF first."))
            )
            return
        self._ask(lambda client: client.verify_receipt(payload))

    def check_file(self, path: Path) -> None:
        """Read a receipt PDF's QR text in the background, then ask the branch. A file too
        large to be a receipt is refused (`FILE_TOO_LARGE`) before it is read whole, and one
        that cannot be read is said (`IO_ERROR`), both without asking the branch."""

        def read_and_ask(client: StaffClient) -> dict[str, Any]:
            from bpu_enroll.services.receipts import payload_of, read_receipt_file

            payload = payload_of(read_chosen_file(read_receipt_file, path)) or "-"
            return client.verify_receipt(payload[:1024])

        self._ask(read_and_ask)

    def choose_file(self) -> Path | None:
        """Ask for the receipt PDF (tests override this seam)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a receipt"), str(Path.home()),
            self.tr("Receipts (*.pdf);;All files (*)"),
        )  # fmt: skip
        return Path(path) if path else None

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._said()
        super().changeEvent(event)

    def _on_openButton_clicked(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.check_file(path)

    def _ask(self, fn: Any) -> None:
        if self.ui.checkButton.hasFocus() or self.ui.openButton.hasFocus():
            # both are disabled below: Qt would send the keyboard out of the page
            self.ui.payloadEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_busy(True)
        self._say(self.ui.resultLabel.clear)
        self.ws.call(fn, self._on_answer, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.checkButton.setEnabled(not busy)
        self.ui.openButton.setEnabled(not busy)

    def _on_answer(self, answer: dict[str, Any]) -> None:
        self._set_busy(False)
        self.answer = answer
        self._say(lambda: self._show_answer(answer))
        self._keyboard_to_text()
        self.checked.emit(answer)

    def _keyboard_to_text(self) -> None:
        """The QR text has the keyboard, selected: the next paste or scan replaces it."""
        keyboard_to(self, self.ui.payloadEdit)
        if self.ui.payloadEdit.hasFocus():
            self.ui.payloadEdit.selectAll()

    def _show_answer(self, answer: dict[str, Any]) -> None:
        if not answer.get("valid"):
            reason = str(answer.get("reason") or "")
            self._show_error(
                "✗ "
                + code_kept_whole(
                    self.tr("Not valid: {why} (code {code})").format(
                        why=self._reason_text(reason), code=reason
                    )
                )
            )
            return
        issued = answer.get("issued_at")
        when = (
            local_datetime(
                datetime.fromisoformat(str(issued).replace("Z", "+00:00")),
                self.ws.workstation.province_code,
                self.ctx.lang,
            )
            if issued
            else "–"
        )
        text = "✓ " + self.tr(
            "Valid receipt {number}, issued {when} by laptop {device}, officer {officer}."
        ).format(
            number=answer.get("receipt_number"),
            when=when,
            device=answer.get("device"),
            officer=answer.get("officer") or "–",
        )
        text += "\n" + self._state_text(answer.get("record") or {})
        set_role(self.ui.resultLabel, "strong")
        self.ui.resultLabel.setText(text)

    def _state_text(self, record: dict[str, Any]) -> str:
        state, kpj = str(record.get("state") or "not_received"), record.get("kpj")
        texts = {
            "accepted": self.tr("At the branch: accepted, KPJ {kpj}."),
            "duplicate": self.tr("At the branch: already a participant, KPJ {kpj}."),
            "voided": self.tr("At the branch: voided."),
            "rejected": self.tr("At the branch: rejected; the officer must correct it."),
            "pending_review": self.tr("At the branch: waiting for a clerk's review."),
            "not_received": self.tr("At the branch: not received yet (the laptop has not synced)."),
        }  # fmt: skip
        text = texts.get(state, self.tr("At the branch: {state}.")).format(kpj=kpj, state=state)
        if record.get("content_matches") is False:
            text += " " + self.tr("The record held here differs from this receipt.")
        return text

    def _reason_text(self, reason: str) -> str:
        texts = {
            "BAD_SIGNATURE": self.tr("the receipt was changed after it was printed"),
            "UNKNOWN_DEVICE": self.tr("no laptop of this branch issued it"),
            "DEVICE_REVOKED": self.tr("the laptop issued it after the branch revoked it"),
            "MALFORMED": self.tr("this is not the QR code of a BPU Enroll receipt"),
        }
        return texts.get(reason, reason)

    def _say(self, draw: Callable[[], None]) -> None:
        """Draw the result line, and again after a language switch."""
        self._said = draw
        draw()

    def _show_error(self, text: str) -> None:
        set_role(self.ui.resultLabel, "error")
        self.ui.resultLabel.setText(text)

    def _on_failed(self, exc: object) -> None:
        self._set_busy(False)
        self._say(lambda: self._show_error(staff_error_text(exc, self.ctx.lang)))
        self._keyboard_to_text()
        self.failed.emit(exc)
