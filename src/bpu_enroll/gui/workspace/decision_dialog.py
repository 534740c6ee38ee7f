"""The clerk's decision on one review item: accept, reject, confirm duplicate, request correction.

The dialog only gathers the decision: a reason code (required to reject, optional for a
correction request, hidden otherwise; nothing is chosen beforehand: the list opens on "choose a
reason") and a note (required for a correction request and for the reason `OTHER`, "another
reason", which says nothing without it). `decision_requested(decision, reason_code, note)` is
emitted when confirmed; the review page sends it to the branch and either closes the dialog or
shows the refusal in it with `show_error`, so the clerk can change the decision without typing
the note again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bpu_enroll.domain.errors import (
    EXTRA_FORM_CODES,
    FORM_CODES,
    RECORD_CODES,
    WARNING_CODES,
    message,
)
from bpu_enroll.gui.forms.ui_ws_decision_dialog import Ui_DecisionDialog

DECISIONS = ("accept", "reject", "confirm_duplicate", "request_correction")
# The reasons a clerk most often gives, first in the list; every other code follows by name.
_COMMON_REASONS = (
    "NIK_DUPLICATE",
    "NIK_BIRTH_DATE_MISMATCH",
    "NIK_GENDER_MISMATCH",
    "NAME_FORMAT",
    "PHONE_FORMAT",
    "VILLAGE_UNKNOWN",
    "OCCUPATION_UNKNOWN",
    "INCOME_INVALID",
    "CASH_MISMATCH",
    "CONSENT_REQUIRED",
    "AGE_LIMIT",
    "CONFLICT",
    "HASH_MISMATCH",
    "OFFICER_UNKNOWN",
    "OFFICER_REVOKED",
    "OTHER",
)
OTHER = "OTHER"
# Domain codes that are no reason to reject a record: bookkeeping of the laptop's store and of
# the queue, a key the form does not have.
_NOT_REJECTIONS = frozenset(
    {"SUPERSEDED", "OFFICER_NOT_PROVISIONED", "CORRECTION_REQUESTED", "UNKNOWN_FIELD"}
)


def rejection_codes() -> tuple[str, ...]:
    """The codes a clerk can give a rejection, from the domain's codes: the form's errors (not
    its warnings) and the branch's record reasons. The officer sees their messages in "Needs
    attention"."""
    codes = (FORM_CODES | EXTRA_FORM_CODES | RECORD_CODES) - WARNING_CODES - _NOT_REJECTIONS
    rest = sorted(codes - set(_COMMON_REASONS))
    return tuple(code for code in _COMMON_REASONS if code in codes) + tuple(rest)


REASON_CODES = rejection_codes()
_TITLES = {
    "accept": QT_TRANSLATE_NOOP("DecisionDialog", "Accept the record"),
    "reject": QT_TRANSLATE_NOOP("DecisionDialog", "Reject the record"),
    "confirm_duplicate": QT_TRANSLATE_NOOP("DecisionDialog", "Confirm the duplicate"),
    "request_correction": QT_TRANSLATE_NOOP("DecisionDialog", "Request a correction"),
}
_EXPLAIN = {
    "accept": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The branch gives the worker a KPJ number; the officer's laptop learns it at its next "
        "sync.",
    ),
    "reject": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The officer sees the reason in Needs attention at the next sync and can correct the "
        "record.",
    ),
    "confirm_duplicate": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The worker is already a participant: the existing KPJ stands and the record leaves "
        "the queue.",
    ),
    "request_correction": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The record goes back to the officer with your note; a corrected version comes in a "
        "later batch.",
    ),
}


def decision_title(decision: str) -> str:
    """A decision's name in the current language."""
    return QCoreApplication.translate("DecisionDialog", str(_TITLES.get(decision, decision)))


class DecisionDialog(QDialog):
    """See the module text. `record` is the queue item (a summary dict, NIK masked)."""

    decision_requested = Signal(str, object, str)

    def __init__(
        self, decision: str, record: dict[str, Any], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        self.decision = decision
        self.record = record
        self.lang = lang
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.finished.connect(self.deleteLater)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.decideButton.clicked.connect(self._on_decideButton_clicked)
        self._fill()
        (self.ui.reasonCombo if self._wants_reason() else self.ui.noteEdit).setFocus()

    # --- public --------------------------------------------------------------------------------

    def reason_code(self) -> str | None:
        """The chosen reason code, or None."""
        if not self._wants_reason():
            return None
        value = self.ui.reasonCombo.currentData()
        return str(value) if value else None

    def choose_reason(self, code: str) -> None:
        """Select a reason code (keyboard users type in the combo; tests call this)."""
        index = self.ui.reasonCombo.findData(code)
        if index < 0:
            raise ValueError(code)
        self.ui.reasonCombo.setCurrentIndex(index)

    def show_error(self, text: str, code: str = "") -> None:
        """A refusal from the branch, shown above the buttons; the dialog stays open, with the
        cursor in what the refusal is about (the note, for `NOTE_*`) or on the decide button,
        never on Cancel, where the next Enter would throw the note away."""
        self.ui.errorLabel.setText(text)
        self.ui.decideButton.setEnabled(True)
        (self.ui.noteEdit if code.startswith("NOTE_") else self.ui.decideButton).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)

    # --- internals -----------------------------------------------------------------------------

    def _wants_reason(self) -> bool:
        return self.decision in ("reject", "request_correction")

    def _fill(self) -> None:
        ui = self.ui
        title = decision_title(self.decision)
        self.setWindowTitle(title)
        ui.decideButton.setText(title)
        ui.summaryLabel.setText(
            self.tr("{decision}: receipt {receipt} · {name} · NIK {nik}").format(
                decision=title,
                receipt=self.record.get("receipt_no", ""),
                name=self.record.get("full_name", ""),
                nik=self.record.get("nik_masked", ""),
            )
        )
        ui.explainLabel.setText(self.tr(str(_EXPLAIN[self.decision])))
        wants = self._wants_reason()
        ui.reasonLabel.setVisible(wants)
        ui.reasonCombo.setVisible(wants)
        current = ui.reasonCombo.currentData()
        ui.reasonCombo.clear()
        if self.decision == "request_correction":
            ui.reasonCombo.addItem(self.tr("(no reason code)"), None)
        else:
            ui.reasonCombo.addItem(self.tr("Choose a reason…"), None)
        for code in REASON_CODES:
            ui.reasonCombo.addItem(f"{code} — {message(code, self.lang)}", code)
        if current is not None and (index := ui.reasonCombo.findData(current)) >= 0:
            ui.reasonCombo.setCurrentIndex(index)

    def _on_decideButton_clicked(self) -> None:
        note = self.ui.noteEdit.toPlainText().strip()
        if self.decision == "reject" and self.reason_code() is None:
            self.show_error(self.tr("Choose the reason code the officer will see."))
            return
        if self.decision == "request_correction" and not note:
            self.show_error(self.tr("Write a note: tell the officer what to correct."))
            self.ui.noteEdit.setFocus()
            return
        if self.reason_code() == OTHER and not note:
            self.show_error(self.tr("Write a note: say what the other reason is."))
            self.ui.noteEdit.setFocus()
            return
        self.ui.errorLabel.clear()
        self.ui.decideButton.setEnabled(False)
        self.decision_requested.emit(self.decision, self.reason_code(), note)
