"""A button in bold type (`style.BOLD_ROLES`: "Masuk", "Cetak…", "Batalkan"…) is bold only while
it can be pressed, and disabled it narrowed by the difference: the buttons beside it moved (the
Sync page's by 19 px while a sync ran, fixed there with `style.keep_bold_width`). Every such
button of the officer's app that is ever disabled keeps its width: nothing on its window moves
when it is disabled, at 1366×728 in normal and larger text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import PAGE_LIST, PAGE_NEW, PAGE_TALLY, MainWindow
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.sync.resend_dialog import ResendDialog
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from tests.gui.bold_buttons import moved_when_disabled

from .conftest import register, worker

Opener = Callable[[QtBot, MainWindow], QPushButton]
_KEPT: list[QWidget] = []


def _page(index: int, name: str) -> Opener:
    def opened(qtbot: QtBot, window: MainWindow) -> QPushButton:
        window.show_page(index)
        page = window.ui.pageStack.currentWidget()
        button = page.findChild(QPushButton, name)
        assert isinstance(button, QPushButton)
        return button

    return opened


def _sign_in(qtbot: QtBot, window: MainWindow) -> QPushButton:
    login = LoginWindow(window.ctx)
    _KEPT.append(login)  # held while the test runs
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: login.ui.officerCombo.count() == 2)
    login.select_officer("demo")
    return login.ui.loginButton


def _lock(qtbot: QtBot, window: MainWindow) -> QPushButton:
    window.lock()
    return window.lock_screen.ui.unlockButton


def _shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _receipt(qtbot: QtBot, window: MainWindow) -> QPushButton:
    stored = register(qtbot, window.ctx, worker())
    dialog = ReceiptPreviewDialog(window.ctx, stored.id, window)
    _shown(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.printButton.isEnabled)
    return dialog.ui.printButton


def _resend(qtbot: QtBot, window: MainWindow) -> QPushButton:
    dialog = ResendDialog(window.ctx.lang, window)
    _shown(qtbot, dialog)
    return dialog.ui.writeButton


def _void(qtbot: QtBot, window: MainWindow) -> QPushButton:
    register(qtbot, window.ctx, worker())
    window.show_page(PAGE_LIST)
    model = window.registrations_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    row = model.row_at(0)
    assert row is not None
    dialog = VoidDialog(row, window)
    _shown(qtbot, dialog)
    dialog.ui.reasonEdit.setPlainText("Salah input")
    qtbot.waitUntil(dialog.ui.voidButton.isEnabled)
    return dialog.ui.voidButton


def _tally(qtbot: QtBot, window: MainWindow) -> QPushButton:
    register(qtbot, window.ctx, worker())
    window.show_page(PAGE_TALLY)
    page = window.tally_page
    qtbot.waitUntil(lambda: page.ui.printButton.isEnabled() and not page.busy)
    return page.ui.printButton


BUTTONS: dict[str, Opener] = {
    "sign-in": _sign_in,
    "lock": _lock,
    "form": _page(PAGE_NEW, "finaliseButton"),
    "receipt": _receipt,
    "resend": _resend,
    "void": _void,
    "tally": _tally,
}


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "larger-text"])
@pytest.mark.parametrize("key", list(BUTTONS))
def test_disabling_a_bold_button_moves_nothing(
    qtbot: QtBot, main_window: MainWindow, key: str, large: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    main_window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    button = BUTTONS[key](qtbot, main_window)
    moved = moved_when_disabled(button)
    _KEPT.clear()
    assert not moved, moved
