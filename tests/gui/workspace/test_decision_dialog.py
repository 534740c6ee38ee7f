"""The reason codes of the clerk's decision dialog come from the domain's codes: every reason the
branch's own judgement gives, the form's errors, none of its warnings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.branch.device.judge import BRANCH_REASON_CODES
from bpu_enroll.domain.decisions import REFUSAL_CODES
from bpu_enroll.domain.errors import FORM_CODES, WARNING_CODES
from bpu_enroll.gui.workspace.decision_dialog import (
    NOT_OFFERED,
    REASON_CODES,
    DecisionDialog,
    not_offered_text,
)


def test_reason_codes_hold_every_branch_reason_and_no_warning() -> None:
    # all but the one the branch finds under its lock: the clerk's would free a held number
    assert set(REASON_CODES) >= BRANCH_REASON_CODES - {"RECEIPT_NUMBER_TAKEN"}
    assert "RECEIPT_NUMBER_TAKEN" not in REASON_CODES
    assert set(REASON_CODES) >= FORM_CODES - WARNING_CODES - {"UNKNOWN_FIELD"}
    assert not WARNING_CODES & set(REASON_CODES)
    assert not {"SUPERSEDED", "CORRECTION_REQUESTED"} & set(REASON_CODES)
    assert len(REASON_CODES) == len(set(REASON_CODES))
    assert REASON_CODES[0] == "NIK_DUPLICATE"  # the common reasons come first


def test_a_clerk_can_reject_with_officer_revoked(qtbot: QtBot) -> None:
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI",
              "nik_masked": "3201********0001"}  # fmt: skip
    dialog = DecisionDialog("reject", record, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[tuple[str, object, str]] = []
    dialog.decision_requested.connect(lambda *args: asked.append(args))
    dialog.choose_reason("OFFICER_REVOKED")
    assert "OFFICER_REVOKED" in dialog.ui.reasonCombo.currentText()
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == [("reject", "OFFICER_REVOKED", "")]


def test_a_rejection_starts_with_no_reason_chosen_and_other_needs_a_note(qtbot: QtBot) -> None:
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00002", "full_name": "SITI",
              "nik_masked": "3201********0002"}  # fmt: skip
    dialog = DecisionDialog("reject", record, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[tuple[str, object, str]] = []
    dialog.decision_requested.connect(lambda *args: asked.append(args))
    assert dialog.reason_code() is None  # nothing pre-selected
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == [] and dialog.ui.errorLabel.text()
    for index in range(1, dialog.ui.reasonCombo.count()):
        text = dialog.ui.reasonCombo.itemText(index)
        assert " … " not in text and "(…)" not in text and "{" not in text, text
    dialog.choose_reason("OTHER")
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == []  # another reason says nothing without a note
    dialog.ui.noteEdit.setPlainText("Foto KTP buram, minta ulang.")
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == [("reject", "OTHER", "Foto KTP buram, minta ulang.")]


def test_every_refusal_of_a_state_is_explained_and_a_refused_decision_does_not_open(
    qtbot: QtBot,
) -> None:
    """The dialog says why a decision is not offered for every code the branch would refuse it
    with, and will not open on one (the review page offers only the others)."""
    assert set(NOT_OFFERED) == REFUSAL_CODES
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00003", "full_name": "SITI",
              "nik_masked": "3201********0003", "state": "voided"}  # fmt: skip
    for decision in ("reject", "request_correction", "confirm_duplicate"):
        with pytest.raises(ValueError, match="not offered"):
            DecisionDialog(decision, record, "en")
    dialog = DecisionDialog("accept", record, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.notOfferedLabel.isVisible()
    assert dialog.ui.notOfferedLabel.text().count("Not offered") == 2  # voided; not a duplicate
    assert not_offered_text("voided") == dialog.ui.notOfferedLabel.text()
    assert not_offered_text("pending_review").count("\n") == 0


def test_a_rejection_without_a_reason_puts_the_keyboard_on_the_reason(qtbot: QtBot) -> None:
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00004", "full_name": "SITI",
              "nik_masked": "3201********0004"}  # fmt: skip
    dialog = DecisionDialog("reject", record, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    asked: list[tuple[str, object, str]] = []
    dialog.decision_requested.connect(lambda *args: asked.append(args))
    dialog.ui.decideButton.setFocus()
    QTest.keyClick(dialog.ui.decideButton, Qt.Key.Key_Return)  # no reason chosen yet
    assert asked == [] and dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.reasonCombo  # not left on the button
    QTest.keyClick(dialog.ui.reasonCombo, Qt.Key.Key_Down)
    assert dialog.reason_code() is not None


def test_a_refused_decision_leaves_no_dialog_behind_to_trip_on_a_language_switch(
    qtbot: QtBot,
) -> None:
    """The refusal came after `QDialog.__init__`: a hidden dialog without its form stayed (a
    child of the page, or held by the exception), and the next language switch raised
    AttributeError in its `changeEvent` (no `self.ui`). Now nothing is made before the check."""
    page = QWidget()
    qtbot.addWidget(page)
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00005", "full_name": "SITI",
              "nik_masked": "3201********0005", "state": "voided"}  # fmt: skip
    with pytest.raises(ValueError, match="not offered") as refused:
        DecisionDialog("reject", record, "en", page)
    assert page.findChildren(QDialog) == []
    app = QApplication.instance()
    assert app is not None and refused.value is not None  # the refusal still held here
    QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))  # posted to every window
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_written_note_is_not_thrown_away_unasked(qtbot: QtBot, lang: str) -> None:
    """Tab goes from the note to Cancel (it stands first on the screen), so note, Tab and Enter
    cancelled and dropped what the clerk wrote. Cancel, or Esc, now asks first; Enter keeps
    writing (the default), and only "discard" closes. With no note, Cancel closes at once."""
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00003", "full_name": "SITI",
              "nik_masked": "3201********0003", "state": "pending_review"}  # fmt: skip
    dialog = DecisionDialog("request_correction", record, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.ui.noteEdit
    note.setFocus()
    qtbot.keyClicks(note, "Tanggal lahir salah ketik")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.ui.cancelButton.hasFocus)
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible())
    assert dialog.isVisible()
    box = dialog.confirm
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep writing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and note.toPlainText() == "Tanggal lahir salah ketik"
    qtbot.waitUntil(note.hasFocus)

    qtbot.keyClick(note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm is not box and dialog.confirm is not None)
    second = dialog.confirm
    assert second is not None
    discard = next(b for b in second.buttons() if second.buttonRole(b)
                   == QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    with qtbot.waitSignal(dialog.rejected):
        discard.click()

    empty = DecisionDialog("request_correction", record, lang)
    qtbot.addWidget(empty)
    empty.show()
    with qtbot.waitSignal(empty.rejected):
        empty.ui.cancelButton.click()
    assert empty.confirm is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_dialog_says_the_decision_is_on_its_way_until_the_branch_answers(
    qtbot: QtBot, lang: str
) -> None:
    """On a slow LAN the decide button only went grey and the dialog said nothing while the
    branch server took its time: it says the decision is being sent, in the muted look, until a
    refusal takes its place in the error look."""
    from bpu_enroll.gui.common.i18n import LanguageSwitcher

    languages = LanguageSwitcher()
    languages.set_language(lang)
    try:
        record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00004", "full_name": "SITI",
                  "nik_masked": "3201********0004"}  # fmt: skip
        dialog = DecisionDialog("reject", record, lang)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.choose_reason("OFFICER_REVOKED")
        qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
        label = dialog.ui.errorLabel
        sending = {"id": "Mengirim keputusan ke server kantor cabang…",
                   "en": "Sending the decision to the branch server…"}[lang]  # fmt: skip
        assert label.text() == sending and label.property("role") == "muted"
        assert not dialog.ui.decideButton.isEnabled()
        dialog.show_error("Refused. (code NOTE_TOO_LONG)", "NOTE_TOO_LONG")
        assert label.text() == "Refused. (code NOTE_TOO_LONG)" and label.property("role") == "error"
        assert dialog.ui.decideButton.isEnabled()
    finally:
        languages.release()
