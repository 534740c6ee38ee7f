"""Alt+letter on the branch workspace: a menu title's letter opens its menu on every page of a
supervisor (who has them all), in Indonesian and in English, and the items of one menu each have
their own letter; on every page and dialog each Alt+letter reaches one control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.decisions import DECISIONS
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.devices_page import EnrolCodeDialog, RevokeDialog
from bpu_enroll.gui.workspace.staff_page import StaffAddDialog, StaffRevokeDialog
from bpu_enroll.gui.workspace.workstation_dialog import WorkstationDialog
from tests.gui.mnemonics import (
    letter,
    menu_clashes,
    menu_duplicates,
    menu_titles,
    page_letters,
    shared_letters,
)
from tests.gui.test_tab_order import ISSUED
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory

RECORD = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI AMINAH",
          "nik_masked": "3201********0001"}  # fmt: skip


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Ruang kerja"), ("en", "&Workspace")])
def test_no_page_takes_a_menu_letter(
    qtbot: QtBot, workspace: WorkspaceFactory, lang: str, first_menu: str
) -> None:
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: window.ui.menuWorkspace.title() == first_menu)
    assert len(menu_titles(window)) == 2  # Workspace, View: two letters
    keys = [info.key for info in window.page_infos]
    assert len(keys) == 10
    for key in keys:
        window.show_page(key)
        assert menu_clashes(window, window.page(key)) == {}, f"{key} in {lang}"
    assert menu_duplicates(window) == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_two_things_on_a_page_share_a_letter(
    qtbot: QtBot, workspace: WorkspaceFactory, lang: str
) -> None:
    """On a workspace page each Alt+letter reaches one thing: shared, the first press goes to
    the other one (Alt+I went to "Pilih berkas…" when "Impor" was what the clerk wanted)."""
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    first_menu = "&Ruang kerja" if lang == "id" else "&Workspace"
    qtbot.waitUntil(lambda: window.ui.menuWorkspace.title() == first_menu)
    shared = {}
    for info in window.page_infos:
        for key, texts in page_letters(window.page(info.key)).items():
            if len(texts) > 1:
                shared[f"{info.key}/{key}"] = texts
    assert shared == {}, f"{lang}: {shared}"


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Ruang kerja"), ("en", "&Workspace")])
def test_every_page_and_dialog_gives_each_alt_letter_to_one_control(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext, lang: str, first_menu: str
) -> None:
    """As the officer's app (`officer/test_mnemonics.py`): each page with the window's menu
    titles, the sign-in window of a workstation, each decision dialog, the workstation
    dialog, the laptop's revoke dialog, the enrolment code and the staff page's add and revoke
    dialogs, as they open: no two of their
    controls share an Alt letter."""
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: window.ui.menuWorkspace.title() == first_menu)
    shared: dict[str, dict[str, list[str]]] = {}
    for info in window.page_infos:
        window.show_page(info.key)
        shared[info.key] = shared_letters(window)
    dialogs: dict[str, QWidget] = {}
    for decision in DECISIONS:
        state = "duplicate" if decision == "confirm_duplicate" else "pending_review"
        record = {**RECORD, "state": state}
        dialogs[decision] = DecisionDialog(decision, record, ws_ctx.lang, window)
    dialogs["workstation"] = WorkstationDialog(ws_ctx, window)
    dialogs["revoke"] = RevokeDialog("D0001", window)
    address = "https://10.0.0.5:8750"
    dialogs["enrolment code"] = EnrolCodeDialog(ISSUED, address, "31", ws_ctx, window)
    dialogs["add staff"] = StaffAddDialog(window)
    dialogs["revoke staff"] = StaffRevokeDialog("citra", "Citra Lestari", window)
    dialogs["sign-in"] = LoginWindow(ws_ctx)
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        shared[name] = shared_letters(dialog)
        dialog.hide()
    found = {name: letters for name, letters in shared.items() if letters}
    assert not found, f"{lang}: {found}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workstation_dialogs_fields_and_connect_have_their_alt_letters(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext, lang: str
) -> None:
    """Like every other dialog's fields: Alt and the letter of a field's label goes to the
    field, and Connect has a letter of its own (it had none, nor had its two labels)."""
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    dialog = WorkstationDialog(ws_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    for caption, field in ((ui.serverCaption, ui.serverEdit),
                           (ui.fingerprintCaption, ui.fingerprintEdit)):  # fmt: skip
        key = letter(caption.text())
        assert key, caption.text()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(field.hasFocus)
    assert letter(ui.connectButton.text())
    assert shared_letters(dialog) == {}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("decision", DECISIONS)
def test_the_decide_button_has_an_alt_letter_of_its_own(
    qtbot: QtBot, ws_ctx: AppContext, lang: str, decision: str
) -> None:
    """The decide button showed the decision's title with no Alt letter (the one button of the
    dialog a keyboard user had to Tab to); it has one, which no other control of its dialog has
    ("Reject" would share R with "Reason code" in English), and Alt with it presses the button."""
    ws_ctx.languages.set_language(lang)
    state = "duplicate" if decision == "confirm_duplicate" else "pending_review"
    dialog = DecisionDialog(decision, {**RECORD, "state": state}, ws_ctx.lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    button = dialog.ui.decideButton
    key = letter(button.text())
    assert key, button.text()
    assert shared_letters(dialog) == {}, button.text()
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_retry_now_has_an_alt_letter_no_page_takes(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_server: BranchServer, lang: str
) -> None:
    """The offline banner's "Retry now" had no Alt letter, the one button of the workspace a
    keyboard user had to Tab to (from the page list); its letter is taken by no page, nor by a
    menu, and Alt with it tries the branch server at once."""
    window = workspace("supervisor", retry_seconds=60)
    window.ctx.languages.set_language(lang)
    ws_server.stop()
    window.refresh_current()
    qtbot.waitUntil(lambda: not window.ws.online, timeout=20_000)
    button = window.ui.retryButton
    assert button.isVisible()
    key = letter(button.text())
    assert key, button.text()
    for info in window.page_infos:
        window.show_page(info.key)
        assert shared_letters(window) == {}, f"{info.key} in {lang}"
    assert window.ws.seconds_to_retry() > 30
    ws_server.start_again()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ws.online, timeout=20_000)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cancel_and_close_have_alt_letters_of_their_own(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext, lang: str
) -> None:
    """Every workspace dialog's Cancel (or Close) had no Alt letter: Esc closes it, but nothing
    on screen says so, and a keyboard user had to Tab past the fields to it. Each has a letter
    now, no other control of its dialog has it, and Alt with it closes the dialog, nothing
    decided or changed."""
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    dialogs: dict[str, QDialog] = {}
    for decision in DECISIONS:
        state = "duplicate" if decision == "confirm_duplicate" else "pending_review"
        dialogs[decision] = DecisionDialog(decision, {**RECORD, "state": state}, ws_ctx.lang)
    dialogs["workstation"] = WorkstationDialog(ws_ctx)
    dialogs["revoke"] = RevokeDialog("D0001")
    dialogs["enrolment code"] = EnrolCodeDialog(ISSUED, "https://10.0.0.5:8750", "31", ws_ctx)
    dialogs["add staff"] = StaffAddDialog()
    dialogs["revoke staff"] = StaffRevokeDialog("citra", "Citra Lestari")
    for name, dialog in dialogs.items():
        if not isinstance(dialog, DecisionDialog):  # it deletes itself when it closes
            qtbot.addWidget(dialog)
        button = dialog.findChild(QPushButton, "cancelButton") or dialog.findChild(
            QPushButton, "closeButton"
        )
        assert button is not None, name
        key = letter(button.text())
        assert key, f"{name} in {lang}: {button.text()!r}"
        dialog.show()
        qtbot.waitExposed(dialog)
        assert shared_letters(dialog) == {}, f"{name} in {lang}"
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        with qtbot.waitSignal(dialog.finished, timeout=5_000) as closed:
            qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        if button.objectName() == "cancelButton":  # the enrolment code's Close accepts it
            assert closed.args == [QDialog.DialogCode.Rejected.value], name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workstations_sign_in_has_an_alt_letter_of_its_own_and_alt_with_it_signs_in(
    qtbot: QtBot, ws_ctx: AppContext, ws_server: BranchServer, lang: str
) -> None:
    """Sign in / Masuk, the default button (Enter), had no Alt letter on a workstation's
    sign-in window either. It has one, which no other control there has (Retry now, shown
    while the server is unreachable, included), and Alt with it from the password field signs
    in at the branch server."""
    ws_ctx.languages.set_language(lang)
    window = LoginWindow(ws_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workstation is not None, timeout=20_000)
    missing = [b.text() for b in window.findChildren(QPushButton) if not letter(b.text())]
    assert not missing, f"{lang}: {missing}"
    assert shared_letters(window) == {}, lang
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.ui.usernameEdit, "clerk")
    window.ui.passwordEdit.setFocus()
    qtbot.keyClicks(window.ui.passwordEdit, "password")
    key = letter(window.ui.loginButton.text())
    with qtbot.waitSignal(window.staff_signed_in, timeout=20_000) as signed:
        qtbot.keyClick(window.ui.passwordEdit, key, Qt.KeyboardModifier.AltModifier)
    _, client = signed.args
    assert client.username == "clerk"
    client.logout()
    client.close()
