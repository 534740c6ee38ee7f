"""Sign-in window: good and bad passwords, lockout, a store held by another running copy."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store.lock import acquire_lock
from tests.gui.sign_in import choose_language


def _login_window(qtbot: QtBot, ctx: AppContext) -> LoginWindow:
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.officerCombo.count() == 2)
    return window


def _try(qtbot: QtBot, window: LoginWindow, password: str) -> None:
    window.ui.passwordEdit.setText(password)
    window.ui.loginButton.click()
    qtbot.waitUntil(window.ui.loginButton.isEnabled)


def test_officers_are_listed_from_the_profile(qtbot: QtBot, ctx: AppContext) -> None:
    window = _login_window(qtbot, ctx)
    names = [window.ui.officerCombo.itemData(i) for i in range(window.ui.officerCombo.count())]
    assert names == ["demo", "spv"]
    assert "Kantor Cabang Demo" in window.ui.profileLabel.text()


def test_good_password_signs_in(qtbot: QtBot, ctx: AppContext) -> None:
    window = _login_window(qtbot, ctx)
    assert window.select_officer("demo")
    window.ui.passwordEdit.setText("demo")
    with qtbot.waitSignal(window.signed_in, timeout=20_000) as blocker:
        window.ui.loginButton.click()
    session = blocker.args[0]
    assert isinstance(session, OfficerSession)
    assert session.officer.username == "demo"
    assert window.ui.passwordEdit.text() == ""
    ctx.session = session  # closed by the fixture


def test_wrong_password_says_so_and_counts_down(qtbot: QtBot, ctx: AppContext) -> None:
    window = _login_window(qtbot, ctx)
    window.select_officer("demo")
    _try(qtbot, window, "wrong")
    text = window.ui.messageLabel.text()
    assert text.startswith(message("AUTH_FAILED", "id"))
    assert "4" in text
    assert window.ui.passwordEdit.text() == ""


@pytest.mark.usefixtures("app_look")
def test_the_sign_in_button_is_bold_only_while_it_can_be_pressed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The green *Masuk* greys while the password is checked; its bold type stayed, so it still
    looked pressable. It is in normal type while disabled, bold again once it can be pressed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=False)  # the app's look, as at start-up
    window = _login_window(qtbot, ctx)
    window.select_officer("demo")
    button = window.ui.loginButton
    assert button.isEnabled() and button.font().bold()
    window.ui.passwordEdit.setText("wrong")
    button.click()  # checked in the background
    assert not button.isEnabled() and not button.font().bold()
    qtbot.waitUntil(button.isEnabled, timeout=20_000)
    assert button.font().bold()


def test_lockout_after_repeated_failures_explains_the_wait(qtbot: QtBot, ctx: AppContext) -> None:
    window = _login_window(qtbot, ctx)
    window.select_officer("demo")
    for _ in range(5):
        _try(qtbot, window, "wrong")
    assert window.ui.messageLabel.text() == message("ACCOUNT_LOCKED", "id", minutes=5)
    _try(qtbot, window, "demo")  # even the right password waits for the lock to pass
    assert window.ui.messageLabel.text() == message("ACCOUNT_LOCKED", "id", minutes=5)


def test_store_held_by_another_copy_is_explained(qtbot: QtBot, ctx: AppContext) -> None:
    other_copy = acquire_lock(ctx.data_dir)
    try:
        window = _login_window(qtbot, ctx)
        window.select_officer("demo")
        _try(qtbot, window, "demo")
        assert window.ui.messageLabel.text() == message("STORE_LOCKED", "id")
    finally:
        other_copy.release()


def test_a_revoked_officer_is_listed_as_revoked_and_told_so_in_words(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from bpu_enroll.store.keyring import load_keyring, save_keyring

    keyring = load_keyring(ctx.data_dir)  # as a pull from the branch leaves it
    entry = keyring.officer("demo")
    assert entry is not None and entry.role == "officer"
    entry.active = False
    save_keyring(ctx.data_dir, keyring)
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.officerCombo.count() == 2)
    assert window.ui.officerCombo.itemData(1) == "demo"
    assert window.ui.officerCombo.itemText(1).endswith("— dicabut")
    assert window.select_officer("demo")
    _try(qtbot, window, "demo")
    text = window.ui.messageLabel.text()
    assert message("OFFICER_REVOKED", "id") in text
    assert message("AUTH_FAILED", "id") not in text
    assert ctx.session is None


def test_work_under_way_is_not_shown_as_an_error_and_a_refusal_is(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """ "Checking the password…" was drawn in the error red, like a refusal, and the notice
    that an enrolment succeeded too: an officer read trouble where there was none."""
    window = _login_window(qtbot, ctx)
    window.select_officer("demo")
    window.ui.passwordEdit.setText("wrong")
    window.ui.loginButton.click()
    assert window.ui.messageLabel.text() == "Memeriksa kata sandi…"
    assert window.ui.messageLabel.property("role") == "muted"
    qtbot.waitUntil(window.ui.loginButton.isEnabled)
    assert window.ui.messageLabel.text().startswith(message("AUTH_FAILED", "id"))
    assert window.ui.messageLabel.property("role") == "error"
    window.show_notice(lambda: "Laptop ini sekarang laptop Kantor Cabang Bogor.", "success")
    assert window.ui.messageLabel.property("role") == "success"


def test_a_switch_in_the_windows_drop_down_says_the_last_message_again_in_the_new_language(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The message line stayed in the old language when the officer switched with the window's
    own drop-down: 'Ketik kata sandi Anda.', a wrong password with its tries left and the lockout
    were read in Indonesian under an English window. Each is said again in the new language."""
    window = _login_window(qtbot, ctx)
    window.select_officer("demo")
    _try(qtbot, window, "")
    assert window.ui.messageLabel.text() == "Ketik kata sandi Anda."
    choose_language(window, "en")
    assert window.ui.loginButton.text() == "&Sign in"
    assert window.ui.messageLabel.text() == "Type your password."
    _try(qtbot, window, "wrong")
    tries_left = {
        "en": "4 more wrong attempts and the account is locked for a few minutes.",
        "id": "4 kali lagi salah, akun akan dikunci selama beberapa menit.",
    }
    assert window.ui.messageLabel.text() == f"{message('AUTH_FAILED', 'en')} {tries_left['en']}"
    choose_language(window, "id")
    assert window.ui.messageLabel.text() == f"{message('AUTH_FAILED', 'id')} {tries_left['id']}"
    for _ in range(4):
        _try(qtbot, window, "wrong")
    assert window.ui.messageLabel.text() == message("ACCOUNT_LOCKED", "id", minutes=5)
    choose_language(window, "en")
    assert window.ui.messageLabel.text() == message("ACCOUNT_LOCKED", "en", minutes=5)
    assert window.ui.messageLabel.property("role") == "error"
