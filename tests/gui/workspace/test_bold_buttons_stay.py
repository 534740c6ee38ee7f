"""A button in bold type (`style.BOLD_ROLES`: "Putuskan", "Tolak…", "Cetak…", "Impor"…) is bold
only while it can be pressed, and disabled it narrowed by the difference: the buttons beside it
moved (the review page's "Minta koreksi…" by 6 px whenever a record could not be rejected).
Every such button of the workspace that is ever disabled keeps its width with
`style.keep_bold_width`, as the officer app's do (`tests/gui/officer/test_bold_buttons_stay.py`):
nothing on its window moves when it is disabled, at 1366×728 in normal and larger text, in
Indonesian (whose words are longer) and English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.devices_page import RevokeDialog
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.gui.workspace.staff_page import StaffRevokeDialog
from bpu_enroll.gui.workspace.transfer_page import TransferPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.services.sync import SyncService
from tests.gui.bold_buttons import moved_when_disabled
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.gui.workspace.test_screen_fit import MODES, RECORD, _fill_branch, _set_mode
from tests.integration.helpers import Laptop

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after

Opener = Callable[[QtBot, WorkspaceWindow, Laptop, Path], QPushButton]
ROLES = {"decide": "clerk", "reject": "clerk", "import": "clerk", "export": "clerk"}  # else spv


def _dialog(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _decide(qtbot: QtBot, window: WorkspaceWindow, *_: object) -> QPushButton:
    record = {**RECORD, "state": "pending_review"}
    dialog = DecisionDialog("reject", record, window.ctx.lang, window)
    _dialog(qtbot, dialog)
    return dialog.ui.decideButton


def _reject(qtbot: QtBot, window: WorkspaceWindow, *_: object) -> QPushButton:
    window.show_page("review")
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    return page.ui.rejectButton


def _revoke_laptop(qtbot: QtBot, window: WorkspaceWindow, *_: object) -> QPushButton:
    dialog = RevokeDialog("D0001", window)
    _dialog(qtbot, dialog)
    return dialog.ui.revokeButton


def _revoke_staff(qtbot: QtBot, window: WorkspaceWindow, *_: object) -> QPushButton:
    dialog = StaffRevokeDialog("rahmawati.puspitasari", "Rahmawati Puspitasari", window)
    _dialog(qtbot, dialog)
    return dialog.ui.revokeButton


def _transfer(qtbot: QtBot, window: WorkspaceWindow) -> TransferPage:
    window.show_page("transfer")
    page = window.page("transfer")
    assert isinstance(page, TransferPage)
    return page


def _import(qtbot: QtBot, window: WorkspaceWindow, laptop: Laptop, folder: Path) -> QPushButton:
    """ "Impor", once a laptop's USB file passed its dry run."""
    laptop.register(10)
    batch_file = folder / "batch.bpub"
    SyncService(laptop.session).export(batch_file)
    page = _transfer(qtbot, window)
    page.preview_file(batch_file)
    qtbot.waitUntil(page.ui.importButton.isEnabled, timeout=20_000)
    return page.ui.importButton


def _export(qtbot: QtBot, window: WorkspaceWindow, _laptop: Laptop, folder: Path) -> QPushButton:
    """ "Ekspor", once a folder is chosen."""
    page = _transfer(qtbot, window)
    page.set_export_folder(folder)
    qtbot.waitUntil(page.ui.exportButton.isEnabled, timeout=20_000)
    return page.ui.exportButton


def _on_page(key: str, name: str) -> Opener:
    def opened(qtbot: QtBot, window: WorkspaceWindow, *_: object) -> QPushButton:
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: not getattr(page, "busy", False), timeout=20_000)
        button = page.findChild(QPushButton, name)
        assert isinstance(button, QPushButton)
        return button

    return opened


BUTTONS: dict[str, Opener] = {
    "decide": _decide,
    "reject": _reject,
    "revoke-laptop": _revoke_laptop,
    "revoke-staff": _revoke_staff,
    "tally-print": _on_page("tally", "printButton"),
    "import": _import,
    "export": _export,
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", list(BUTTONS))
def test_disabling_a_bold_button_moves_nothing(  # noqa: PLR0917 - fixtures
    key: str,
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    tmp_path: Path,
) -> None:
    if key == "reject":
        _fill_branch(laptops, ws_server.url)  # a record in the review queue
    window = workspace(ROLES.get(key, "supervisor"))
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    button = BUTTONS[key](qtbot, window, laptops[0], tmp_path)
    moved = moved_when_disabled(button)
    assert not moved, moved
