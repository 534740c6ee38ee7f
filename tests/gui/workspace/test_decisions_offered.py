"""The review queue offers only the decisions the branch takes for the record's state, against the
real branch server on loopback: a conflict whose held version is accepted or voided can only be
kept ("accept"); reject and request correction are disabled, their Alt+letters do nothing, and
the page and the dialog say why, in Indonesian and in English. From the keyboard alone: Tab from
the queue reaches the first decision offered, Enter opens it, Tab and Enter decide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.formatting import WORD_JOINER
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.review.model import state_text
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.services.registration import RegistrationService
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import (
    Branch,
    Laptop,
    break_record,
    exhaust_kpj_range,
    extend_kpj_range,
)

# What the clerk reads, by language: in the dialog why reject and correction are not offered
# for the held state and why "confirm the duplicate" is not, the same briefly on the page, and
# the letters of the reject, correction and accept buttons.
SAID = {
    "en": {
        "accepted": "Not offered: Reject the record, Request a correction. The version the "
        "branch holds is already accepted",
        "voided": "Not offered: Reject the record, Request a correction. The version the "
        "branch holds is a voided receipt",
        "not_duplicate": "Not offered: Confirm the duplicate. The record is not a duplicate.",
        "page": {
            "accepted": "Not offered: Reject the record, Request a correction. The version "
            "held is already accepted.",
            "voided": "Not offered: Reject the record, Request a correction. The version held "
            "is a voided receipt.",
        },
        "kept": "The version the branch holds stays as it is",
        "letters": (Qt.Key.Key_R, Qt.Key.Key_C),
        "accept_letter": Qt.Key.Key_A,
    },
    "id": {
        "accepted": "Tidak ditawarkan: Tolak data, Minta perbaikan. Versi yang dipegang kantor "
        "cabang sudah diterima",
        "voided": "Tidak ditawarkan: Tolak data, Minta perbaikan. Versi yang dipegang kantor "
        "cabang adalah tanda terima yang dibatalkan",
        "not_duplicate": "Tidak ditawarkan: Konfirmasi duplikat. Data ini bukan duplikat.",
        "page": {
            "accepted": "Tidak ditawarkan: Tolak data, Minta perbaikan. Versi yang dipegang "
            "sudah diterima.",
            "voided": "Tidak ditawarkan: Tolak data, Minta perbaikan. Versi yang dipegang "
            "adalah tanda terima yang dibatalkan.",
        },
        "kept": "Versi yang dipegang kantor cabang tetap seperti adanya",
        "letters": (Qt.Key.Key_O, Qt.Key.Key_P),
        "accept_letter": Qt.Key.Key_E,
    },
}


def _conflict_and_ordinary(laptop: Laptop, branch: Branch, url: str, held: str) -> tuple[str, str]:
    """A conflict whose held version is `held` (accepted or voided), and an ordinary record
    waiting for review (the branch had no KPJ numbers left)."""
    conflict = laptop.register(12)
    if held == "voided":
        RegistrationService(laptop.session).void(conflict, "salah ketik")
    assert laptop.sync(url).completed
    assert branch.records()[conflict].state == held
    break_record(laptop, conflict, work_location="Pelabuhan Muara Angke")  # same id, new content
    exhaust_kpj_range(branch)
    waiting = laptop.register(14)
    assert laptop.sync(url).completed
    extend_kpj_range(branch)
    assert branch.records()[waiting].state == "pending_review"
    return conflict, waiting


def _select(qtbot: QtBot, page: ReviewPage, record_id: str) -> None:
    page.ui.queueView.selectRow(page.model.find_row(record_id))
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["record"]["id"] == record_id,
        timeout=20_000,
    )


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("held", ["accepted", "voided"])
def test_a_conflict_held_accepted_or_voided_offers_only_keeping_it(  # noqa: PLR0917 - fixtures
    held: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    laptop = laptops[0]
    conflict, waiting = _conflict_and_ordinary(laptop, ws_branch, ws_server.url, held)
    kept = ws_branch.records()[conflict]
    said = SAID[lang]
    window = workspace("clerk", pages=["review"])
    ws_ctx.languages.set_language(lang)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    ui = page.ui

    # An ordinary record: accept, reject and correction; not "confirm the duplicate", and why.
    _select(qtbot, page, waiting)
    assert [b.isEnabled() for b in (ui.acceptButton, ui.rejectButton, ui.correctionButton)] == [
        True, True, True,
    ]  # fmt: skip
    assert not ui.confirmButton.isEnabled()
    assert ui.messageLabel.text() == ""  # not a duplicate: that goes without saying here
    gives_kpj = ui.acceptButton.toolTip()
    assert "KPJ" in gives_kpj and not gives_kpj.startswith(said["kept"])

    # The conflict, with the keyboard on "reject": that is not offered, the keyboard goes to the
    # first decision that is, and the line under the buttons says why.
    ui.rejectButton.setFocus()
    qtbot.waitUntil(ui.rejectButton.hasFocus)
    _select(qtbot, page, conflict)
    assert ui.acceptButton.isEnabled()
    assert not any(b.isEnabled() for b in (ui.rejectButton, ui.correctionButton, ui.confirmButton))
    assert ui.messageLabel.text() == said["page"][held]  # briefly, in a narrow column
    assert ui.acceptButton.toolTip().startswith(said["kept"])  # not "gives it a KPJ number"
    _select(qtbot, page, waiting)
    assert ui.acceptButton.toolTip() == gives_kpj
    _select(qtbot, page, conflict)
    qtbot.waitUntil(ui.acceptButton.hasFocus)
    for letter in said["letters"]:  # Alt+letter of reject and of correction: no dialog
        qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        assert page.dialog is None
    qtbot.keyClick(window, said["accept_letter"], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)  # the letter of what is offered works
    assert page.dialog is not None
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert page.open_decision("reject") is None
    assert page.open_decision("request_correction") is None

    # By keyboard alone: from the queue, Tab past the details (left of the buttons) to
    # "accept", Enter; in the dialog, Tab past Cancel (shown left of it) to the decide button,
    # Enter. The held version stays as it was.
    ui.queueView.setFocus()
    qtbot.waitUntil(ui.queueView.hasFocus)
    qtbot.keyClick(ui.queueView, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.detailText.hasFocus)
    qtbot.keyClick(ui.detailText, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.acceptButton.hasFocus)
    qtbot.keyClick(ui.acceptButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    assert said[held] in dialog.ui.notOfferedLabel.text()
    assert said["not_duplicate"] in dialog.ui.notOfferedLabel.text()
    assert dialog.ui.notOfferedLabel.isVisible()
    assert dialog.ui.explainLabel.text().startswith(said["kept"])
    qtbot.waitUntil(dialog.ui.noteEdit.hasFocus)
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.cancelButton
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.decideButton
    qtbot.keyClick(dialog.ui.decideButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.find_row(conflict) == -1, timeout=20_000)
    assert f" {state_text(held)}." in ui.statusLabel.text()
    after = ws_branch.records()[conflict]
    assert (after.state, after.kpj) == (kept.state, kept.kpj)


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast-larger"])
def test_a_reject_button_not_offered_is_not_bold(  # noqa: PLR0917 - fixtures
    high_contrast: bool,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
) -> None:
    """*Tolak…* is bold and red while it is offered. Disabled, its colour greyed but its bold
    type stayed (a style sheet's `:disabled` takes no font), so it still looked pressable: it
    is in normal type whenever it is disabled, before any record is chosen too, and keeps the
    size of the text around it."""
    from PySide6.QtGui import QColor, QPalette

    from bpu_enroll.gui.common.style import DEFAULT_THEME, HIGH_CONTRAST_THEME, apply_look

    conflict, waiting = _conflict_and_ordinary(laptops[0], ws_branch, ws_server.url, "accepted")
    window = workspace("clerk", pages=["review"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=high_contrast, large_font=high_contrast)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    reject = page.ui.rejectButton
    assert not reject.isEnabled() and not reject.font().bold()  # nothing chosen yet
    for record, offered in ((waiting, True), (conflict, False), (waiting, True)):
        _select(qtbot, page, record)
        assert reject.isEnabled() is offered
        assert reject.font().bold() is offered, record
        theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
        red = reject.palette().color(QPalette.ColorRole.ButtonText) == QColor(theme.error)
        assert red is offered  # and greyed when not offered
        assert reject.font().pointSize() == page.ui.acceptButton.font().pointSize()


# The detail's sentence over a lapsed worker's duplicate, and the dialog's explanation of accept.
LAPSED_SAID = {
    "en": (
        "The registration that enrolled this worker (receipt {receipt}, officer {officer}) was "
        "voided. Accepting this record enrols them again with the same KPJ {kpj}.",
        "The registration that enrolled this worker was voided. Accepting this record enrols "
        "them again with the same KPJ number",
        "Not offered: Accept the record. The worker is already a participant.",
    ),
    "id": (
        "Pendaftaran yang menjadikan pekerja ini peserta (tanda terima {receipt}, petugas "
        "{officer}) sudah dibatalkan. Menerima data ini mendaftarkan pekerja itu kembali dengan "
        "KPJ yang sama, {kpj}.",
        "Pendaftaran yang menjadikan pekerja ini peserta sudah dibatalkan. Menerima data ini "
        "mendaftarkan pekerja itu kembali dengan nomor KPJ yang sama",
        "Tidak ditawarkan: Terima data. Pekerja ini sudah menjadi peserta.",
    ),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_duplicate_of_a_worker_whose_enrolment_was_voided_can_be_accepted(  # noqa: PLR0917 - fixtures
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    """Officer A's registrations of two workers are accepted; officer B registers both again
    (duplicates); A voids the first worker's receipt. The first worker's duplicate offers
    *Terima* and says why (that registration was voided, accepting enrols them again with the
    KPJ); the second's, a participant still, does not. Accepting enrols the worker again."""
    officer_a, officer_b = laptops
    voided, _live = officer_a.register(12), officer_a.register(15)
    assert officer_a.sync(ws_server.url).completed
    lapsed_dup, live_dup = officer_b.register(12), officer_b.register(15)
    assert officer_b.sync(ws_server.url).completed
    RegistrationService(officer_a.session).void(voided, "pekerja membatalkan pendaftaran")
    assert officer_a.sync(ws_server.url).completed
    held = ws_branch.records()
    kpj = held[voided].kpj
    assert (held[lapsed_dup].state, held[live_dup].state) == ("duplicate", "duplicate")
    sentence, explained, not_offered = LAPSED_SAID[lang]
    window = workspace("clerk", pages=["review"])
    ws_ctx.languages.set_language(lang)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    ui = page.ui

    _select(qtbot, page, live_dup)  # a participant still: confirm, not accept
    assert not ui.acceptButton.isEnabled() and ui.confirmButton.isEnabled()
    assert ui.messageLabel.text() == not_offered
    assert "dibatalkan" not in ui.detailText.toPlainText()
    assert "voided" not in ui.detailText.toPlainText()

    _select(qtbot, page, lapsed_dup)
    assert ui.acceptButton.isEnabled() and ui.confirmButton.isEnabled()
    assert ui.messageLabel.text() == ""
    said = sentence.format(receipt=held[voided].receipt_no, officer=held[voided].officer, kpj=kpj)
    assert said in ui.detailText.toPlainText().replace(WORD_JOINER, "")  # the receipt kept whole
    assert ui.acceptButton.toolTip().startswith(explained)
    dialog = page.open_decision("accept")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.explainLabel.text().startswith(explained)
    assert not dialog.ui.notOfferedLabel.isVisible()
    dialog.ui.decideButton.click()
    qtbot.waitUntil(lambda: page.model.find_row(lapsed_dup) == -1, timeout=20_000)
    assert f"KPJ {kpj}." in ui.statusLabel.text()
    after = ws_branch.records()[lapsed_dup]
    assert (after.state, after.kpj) == ("accepted", kpj)
