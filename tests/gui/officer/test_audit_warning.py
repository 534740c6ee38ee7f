"""A laptop whose audit log was edited opens all the same, and the main window says so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from tests.gui.officer.conftest import run_task


def _open(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.summary is not None)
    return window


def test_an_intact_audit_log_says_nothing(main_window: MainWindow) -> None:
    assert main_window.ui.statusBar.currentMessage() == ""


def test_an_edited_audit_log_is_said_in_the_status_bar(qtbot: QtBot, signed_in: AppContext) -> None:
    session = signed_in.session
    assert session is not None
    with session.store.session() as db:
        db.execute(text("UPDATE audit_log SET action = 'lain' WHERE seq = 2"))
    run_task(qtbot, signed_in, session.close)
    reopened = run_task(qtbot, signed_in, unlock, signed_in.data_dir, "demo", "demo")
    reopened.now = signed_in.clock
    signed_in.session = reopened
    signed_in.registrations = RegistrationService(reopened, now=signed_in.clock)
    message = _open(qtbot, signed_in).ui.statusBar.currentMessage()
    assert message.startswith("⚠ ") and "2" in message
