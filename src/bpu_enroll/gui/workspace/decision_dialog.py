"""The clerk's decision on one review item: accept, reject, confirm duplicate, request correction.

Only a decision the branch takes for the record's state opens (`domain.decisions`, the table the
server judges by; the review page enables only those buttons), and the dialog says plainly why
the others are not offered (`not_offered_text`): a conflict whose held version is accepted or
voided can only be kept, "accept", which leaves it as it is. A duplicate is accepted only when
the registration that enrolled the worker was voided (`lapsed`); the dialog then says that
accepting enrols them again with the same KPJ.

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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from bpu_enroll.domain.decisions import DECISIONS, refusal
from bpu_enroll.domain.errors import (
    EXTRA_FORM_CODES,
    FORM_CODES,
    RECORD_CODES,
    WARNING_CODES,
    message,
)
from bpu_enroll.domain.formatting import unbroken
from bpu_enroll.gui.common.screen import keep_text_whole
from bpu_enroll.gui.common.style import keep_bold_width, set_role
from bpu_enroll.gui.forms.workspace.ui_decision_dialog import Ui_DecisionDialog

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
REASON_CHARS = 40  # characters the closed reason list asks room for (the code and some words)
# Domain codes that are no reason to reject a record: bookkeeping of the laptop's store and of
# the queue, a key the form does not have; a receipt number taken (the branch finds it, under
# its lock: given by a clerk to the record that holds the number, it would free the number).
_NOT_REJECTIONS = frozenset(
    {
        "SUPERSEDED",
        "OFFICER_NOT_PROVISIONED",
        "CORRECTION_REQUESTED",
        "UNKNOWN_FIELD",
        "RECEIPT_NUMBER_TAKEN",
    }
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
# The decide button's text: the title with an Alt letter of its own, the review page's button's
# letter where the dialog leaves it free (English "&Reason code" has R, so Reject takes J).
_BUTTONS = {
    "accept": QT_TRANSLATE_NOOP("DecisionDialog", "&Accept the record"),
    "reject": QT_TRANSLATE_NOOP("DecisionDialog", "Re&ject the record"),
    "confirm_duplicate": QT_TRANSLATE_NOOP("DecisionDialog", "Confirm the &duplicate"),
    "request_correction": QT_TRANSLATE_NOOP("DecisionDialog", "Request a &correction"),
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

# A duplicate of a participant who has lapsed (the registration that enrolled them was voided):
# accepting it enrols the worker again with their KPJ; confirming it leaves them not enrolled.
_EXPLAIN_LAPSED = {
    "accept": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The registration that enrolled this worker was voided. Accepting this record enrols them "
        "again with the same KPJ number; the officer's laptop learns it at its next sync.",
    ),
    "confirm_duplicate": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The registration that enrolled this worker was voided: confirming the duplicate leaves "
        "the worker not enrolled. Accept the record to enrol them again with the same KPJ number.",
    ),
}

# Accepting a conflict keeps the version the branch holds; for these states nothing changes.
_EXPLAIN_KEEP = {
    "accepted": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The version the branch holds stays as it is: accepted, with its KPJ number. The other "
        "version received is not applied; the officer's laptop learns the decision at its next "
        "sync.",
    ),
    "voided": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "The version the branch holds stays as it is: a voided receipt, counted as voided. The "
        "other version received is not applied; the officer's laptop learns the decision at its "
        "next sync.",
    ),
}
# Why a decision is not offered, by the code the branch would refuse it with.
NOT_OFFERED = {
    "IS_ACCEPTED": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "Not offered: {decisions}. The version the branch holds is already accepted (a "
        "participant with a KPJ number): it stays as it is, and a change comes from the "
        "officer's laptop as a correction.",
    ),
    "IS_VOIDED": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "Not offered: {decisions}. The version the branch holds is a voided receipt: it stays "
        "voided.",
    ),
    "IS_DUPLICATE": QT_TRANSLATE_NOOP(
        "DecisionDialog",
        "Not offered: {decisions}. The worker is already a participant, so the record cannot "
        "have a KPJ number of its own.",
    ),
    "NOT_DUPLICATE": QT_TRANSLATE_NOOP(
        "DecisionDialog", "Not offered: {decisions}. The record is not a duplicate."
    ),
}

# The same, said briefly under the review page's buttons (a narrow column); a record that is
# not a duplicate goes without saying there.
NOT_OFFERED_BRIEFLY = {
    "IS_ACCEPTED": QT_TRANSLATE_NOOP(
        "DecisionDialog", "Not offered: {decisions}. The version held is already accepted."
    ),
    "IS_VOIDED": QT_TRANSLATE_NOOP(
        "DecisionDialog", "Not offered: {decisions}. The version held is a voided receipt."
    ),
    "IS_DUPLICATE": QT_TRANSLATE_NOOP(
        "DecisionDialog", "Not offered: {decisions}. The worker is already a participant."
    ),
}


def not_offered_text(state: str, *, briefly: bool = False, lapsed: bool = False) -> str:
    """Why the decisions the branch refuses for a record held in `state` are not offered, a
    line per reason, in the current language ("" when every decision is offered); `briefly`
    for the review page; `lapsed` as in `domain.decisions.refusal`."""
    texts = NOT_OFFERED_BRIEFLY if briefly else NOT_OFFERED
    refused: dict[str, list[str]] = {}
    for decision in DECISIONS:
        code = refusal(decision, state, lapsed=lapsed)
        if code is not None and code in texts:
            refused.setdefault(code, []).append(decision_title(decision))
    return "\n".join(
        QCoreApplication.translate("DecisionDialog", str(texts[code])).format(
            decisions=", ".join(titles)
        )
        for code, titles in refused.items()
    )


def lapsed_explanation(decision: str) -> str:
    """What `decision` does to a duplicate whose participant has lapsed, in the current language;
    "" when it does what it always does."""
    text = _EXPLAIN_LAPSED.get(decision)
    return QCoreApplication.translate("DecisionDialog", str(text)) if text else ""


def keep_explanation(state: str) -> str:
    """What accepting a record held in `state` does when it keeps the held version (a conflict
    with an accepted or voided record), in the current language; "" for any other state."""
    text = _EXPLAIN_KEEP.get(state)
    return QCoreApplication.translate("DecisionDialog", str(text)) if text else ""


def decision_title(decision: str) -> str:
    """A decision's name in the current language."""
    return QCoreApplication.translate("DecisionDialog", str(_TITLES.get(decision, decision)))


class DecisionDialog(QDialog):
    """See the module text. `record` is the queue item (a summary dict, NIK masked); `lapsed`:
    it is a duplicate of a participant whose enrolling registration was voided."""

    decision_requested = Signal(str, object, str)

    def __init__(
        self,
        decision: str,
        record: dict[str, Any],
        lang: str,
        parent: QWidget | None = None,
        *,
        lapsed: bool = False,
    ) -> None:
        # Refused before the dialog is made: a QDialog made first stayed without its form (a
        # hidden child of the page), and the next language switch raised in `changeEvent`.
        if refusal(decision, str(record.get("state") or ""), lapsed=lapsed) is not None:
            raise ValueError(f"{decision!r} is not offered for a record {record.get('state')}")
        super().__init__(parent)
        self.decision = decision
        self.record = record
        self.lapsed = lapsed
        self.lang = lang
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.finished.connect(self.deleteLater)
        self.ui.cancelButton.clicked.connect(self._on_cancel)
        self.confirm: QMessageBox | None = None  # "discard the note?", while it is asked
        self.ui.decideButton.clicked.connect(self._on_decideButton_clicked)
        # The reasons are long sentences ("CASH_MISMATCH — …"): the list asked for the longest
        # and held the dialog some 1,270 px wide in larger text. It asks for `REASON_CHARS`
        # characters; a chosen reason cut with "…" is whole in its tooltip, and the open list
        # is as wide as its reasons need, up to the screen's width.
        combo = self.ui.reasonCombo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(REASON_CHARS)
        combo.currentIndexChanged.connect(self._show_reason_tip)
        self._fill()
        keep_bold_width(self.ui.decideButton)  # disabled while deciding: Cancel stays put
        keep_text_whole(self)  # the explanations wrap: taller rather than cut
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
        set_role(self.ui.errorLabel, "error")
        self.ui.errorLabel.setText(text)
        self.ui.decideButton.setEnabled(True)
        (self.ui.noteEdit if code.startswith("NOTE_") else self.ui.decideButton).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels as the Cancel button does: asking first when a note was written."""
        if event.key() == Qt.Key.Key_Escape:
            self._on_cancel()
            return
        super().keyPressEvent(event)

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
        ui.decideButton.setText(self.tr(str(_BUTTONS[self.decision])))
        ui.summaryLabel.setText(
            self.tr("{decision}: receipt {receipt} · {name} · NIK {nik}").format(
                decision=title,
                # broken at a space only, never inside the receipt number
                receipt=unbroken(str(self.record.get("receipt_no", ""))),
                name=self.record.get("full_name", ""),
                nik=unbroken(str(self.record.get("nik_masked", ""))),
            )
        )
        state = str(self.record.get("state") or "")
        explain = keep_explanation(state) if self.decision == "accept" else ""
        if self.lapsed and state == "duplicate":
            explain = lapsed_explanation(self.decision)
        ui.explainLabel.setText(explain or self.tr(str(_EXPLAIN[self.decision])))
        ui.notOfferedLabel.setText(not_offered_text(state, lapsed=self.lapsed))
        ui.notOfferedLabel.setVisible(bool(ui.notOfferedLabel.text()))
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
        for index in range(ui.reasonCombo.count()):
            text = ui.reasonCombo.itemText(index)
            ui.reasonCombo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        if current is not None and (index := ui.reasonCombo.findData(current)) >= 0:
            ui.reasonCombo.setCurrentIndex(index)
        self._show_reason_tip()

    def _show_reason_tip(self) -> None:
        """The chosen reason whole: in the combo's tooltip and, wrapped, under it (the combo
        shows what its width holds); the open list wide enough for every reason (within the
        screen)."""
        combo = self.ui.reasonCombo
        combo.setToolTip(combo.currentText())
        code = combo.currentData()
        self.ui.reasonTextLabel.setText(message(str(code), self.lang) if code else "")
        self.ui.reasonTextLabel.setVisible(self._wants_reason() and bool(code))
        view = combo.view()
        screen = combo.screen()
        room = screen.availableGeometry().width() if screen is not None else combo.width()
        need = view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24  # a scrollbar's room
        view.setMinimumWidth(min(need, room))

    def _on_cancel(self) -> None:
        """Close without deciding; a note the clerk wrote is not thrown away unasked (Tab goes
        from the note to Cancel, as it stands first on the screen, and Enter there cancels)."""
        if not self.ui.noteEdit.toPlainText().strip():
            self.reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Close without deciding, and discard the note you wrote?"),
            parent=self,
        )
        discard = box.addButton(
            self.tr("&Discard the note"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        discard.clicked.connect(self.reject)
        keep.clicked.connect(self.ui.noteEdit.setFocus)
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()

    def _on_decideButton_clicked(self) -> None:
        note = self.ui.noteEdit.toPlainText().strip()
        if self.decision == "reject" and self.reason_code() is None:
            self.show_error(self.tr("Choose the reason code the officer will see."))
            self.ui.reasonCombo.setFocus()  # Down picks one from here
            return
        if self.decision == "request_correction" and not note:
            self.show_error(self.tr("Write a note: tell the officer what to correct."))
            self.ui.noteEdit.setFocus()
            return
        if self.reason_code() == OTHER and not note:
            self.show_error(self.tr("Write a note: say what the other reason is."))
            self.ui.noteEdit.setFocus()
            return
        # Said while the branch server answers (a slow LAN): a greyed button alone said nothing.
        set_role(self.ui.errorLabel, "muted")
        self.ui.errorLabel.setText(self.tr("Sending the decision to the branch server…"))
        self.ui.decideButton.setEnabled(False)
        self.decision_requested.emit(self.decision, self.reason_code(), note)
