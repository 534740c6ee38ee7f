"""The workstation's sign-in window after a switch with its own language drop-down, against the
real branch server on loopback: the countdown while the server is unreachable, a refusal with
its tries left, and the notice the app passes in are said again in the new language, the last
thing said only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from bpu_enroll.branch.workspace.staff import StaffSession
from bpu_enroll.domain.errors import ALL_CODES, message
from bpu_enroll.gui.app import AppController
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.login import RETRY_OPTION, LoginWindow
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.sync.staff_client import StaffError
from tests.gui.sign_in import choose_language
from tests.gui.workspace.conftest import BranchServer
from tests.integration.helpers import Branch, audit_lines

COUNTDOWN = {
    "en": re.compile(r"Branch server unreachable — retrying in (\d+) s\."),
    "id": re.compile(
        r"Server kantor cabang tidak dapat dihubungi — mencoba lagi dalam (\d+) detik\."
    ),
}


def _seconds(window: LoginWindow, lang: str) -> int | None:
    """The seconds the countdown says in `lang`; None when the line says something else."""
    said = COUNTDOWN[lang].fullmatch(window.ui.messageLabel.text())
    return int(said.group(1)) if said else None


def _sign_in(qtbot: QtBot, login: LoginWindow, username: str, password: str) -> None:
    login.ui.usernameEdit.clear()
    qtbot.keyClicks(login.ui.usernameEdit, username)
    login.ui.passwordEdit.clear()
    qtbot.keyClicks(login.ui.passwordEdit, password)
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)


def test_the_countdown_is_said_again_in_the_new_language_and_counts_on(
    qtbot: QtBot, ws_server: BranchServer, ws_ctx: AppContext
) -> None:
    """A switch left 'Branch server unreachable — retrying in 9 s.' in English under an
    Indonesian window until the next second; it is said at once in the new language, with the
    seconds of now, and goes on counting down."""
    ws_ctx.extras[RETRY_OPTION] = 30
    ws_server.stop()
    window = LoginWindow(ws_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.retrying, timeout=20_000)
    assert _seconds(window, "en") is not None
    choose_language(window, "id")
    shown = _seconds(window, "id")
    assert shown is not None, window.ui.messageLabel.text()
    assert shown == window._retry_left
    qtbot.waitUntil(lambda: (_seconds(window, "id") or shown) < shown)
    choose_language(window, "en")
    assert _seconds(window, "en") == window._retry_left
    assert window.ui.messageLabel.property("role") == "error"
    assert window.retrying and window.ui.retryButton.isVisible()


def _expire_sessions(branch: Branch) -> None:
    with Session(branch.engine) as db:
        for row in db.exec(select(StaffSession)).all():
            row.expires_at = datetime.now(UTC) - timedelta(minutes=1)
            db.add(row)
        db.commit()


@pytest.fixture
def controller(qtbot: QtBot, ws_ctx: AppContext) -> Iterator[AppController]:
    """The app controller on the workstation profile (its real pages)."""
    ws_ctx.extras[RETRY_OPTION] = 1
    made = AppController(ws_ctx)
    made.start()
    yield made
    if made.window is not None:
        made.window.close()
    assert ws_ctx.tasks.wait_idle()


def test_the_apps_notice_and_a_later_refusal_are_said_again_never_the_older_over_the_newer(
    qtbot: QtBot, controller: AppController, ws_branch: Branch
) -> None:
    """The app passed its notices in as text: 'Your session at the branch server has ended'
    stayed in the language it was said in. It is said again after a switch; once a sign-in has
    said more, a switch says that (a wrong password with its tries left), not the notice."""
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.workstation is not None)
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: isinstance(controller.window, WorkspaceWindow), timeout=20_000)
    workspace = controller.window
    assert isinstance(workspace, WorkspaceWindow)
    _expire_sessions(ws_branch)
    workspace.refresh_current()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=20_000)
    again = controller.window
    assert isinstance(again, LoginWindow)
    qtbot.waitUntil(lambda: again.workstation is not None)
    ended = "Your session at the branch server has ended. Sign in again."
    assert again.ui.messageLabel.text() == ended
    choose_language(again, "id")
    ended_id = "Sesi Anda di server kantor cabang telah berakhir. Silakan masuk lagi."
    assert again.ui.messageLabel.text() == ended_id
    _sign_in(qtbot, again, "clerk", "not-the-password")
    qtbot.waitUntil(lambda: "LOGIN_FAILED" in again.ui.messageLabel.text(), timeout=20_000)
    refused_id = (
        "Nama pengguna atau kata sandi salah. 4 kali lagi salah, akun akan dikunci selama "
        "beberapa menit. (kode LOGIN_FAILED)"
    )
    assert again.ui.messageLabel.text().replace("\u00a0", " ") == refused_id
    choose_language(again, "en")
    refused_en = (
        "Wrong user name or password. 4 more wrong attempts and the account is locked for a "
        "few minutes. (code LOGIN_FAILED)"
    )
    assert again.ui.messageLabel.text().replace("\u00a0", " ") == refused_en


def test_a_refusal_without_words_of_its_own_is_said_in_the_users_language(
    qtbot: QtBot, controller: AppController, ws_branch: Branch
) -> None:
    """A refusal the window has no sentence of its own for was said in the server's English
    words in an Indonesian window: a code the app knows is said in the catalogue's words in the
    language of now (again after a switch), as the workspace says it; only a code this app does
    not know (a newer server) keeps the server's words. A password longer than any account's
    is one the real server refuses as an invalid request (`REQUEST_INVALID`)."""
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.workstation is not None)
    choose_language(login, "id")
    _sign_in(qtbot, login, "kasir", "p" * 257)
    qtbot.waitUntil(lambda: "REQUEST_INVALID" in login.ui.messageLabel.text(), timeout=20_000)
    said = login.ui.messageLabel.text().replace("\u00a0", " ")
    assert said == f"{message('REQUEST_INVALID', 'id')} (kode REQUEST_INVALID)", said
    choose_language(login, "en")
    said = login.ui.messageLabel.text().replace("\u00a0", " ")
    assert said == f"{message('REQUEST_INVALID', 'en')} (code REQUEST_INVALID)", said

    newer = StaffError("SOMETHING_NEWER", "words of a newer server", 409)
    assert "SOMETHING_NEWER" not in ALL_CODES
    said = login.staff_error_text(newer).replace("\u00a0", " ")
    assert said == "words of a newer server (code SOMETHING_NEWER)", said


def test_a_user_name_no_account_can_have_is_said_so_before_anything_is_sent(
    qtbot: QtBot, controller: AppController, ws_branch: Branch
) -> None:
    """A clerk typing their full name ("citra lestari") as the user name was told the request
    was not valid, to update the app or call support (the server's `REQUEST_INVALID`): the
    window now says what a user name is, in the language of now (again after a switch), puts
    the cursor back in it, and asks nothing of the server. More than 64 characters cannot be
    typed, as no account has them."""
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.workstation is not None)
    before = len(audit_lines(ws_branch))
    choose_language(login, "id")
    _sign_in(qtbot, login, "citra lestari", "rahasia")
    said = {
        "id": "Nama pengguna hanya berisi huruf, angka, dan titik, tanpa spasi.",
        "en": "A user name has only letters, digits and dots, with no spaces.",
    }
    assert login.ui.messageLabel.text() == said["id"]
    assert login.ui.usernameEdit.hasFocus() and login.ui.usernameEdit.selectedText() == (
        "citra lestari"
    )
    choose_language(login, "en")
    assert login.ui.messageLabel.text() == said["en"]
    assert len(audit_lines(ws_branch)) == before  # no sign-in reached the server
    login.ui.usernameEdit.clear()
    qtbot.keyClicks(login.ui.usernameEdit, "c" * 70)
    assert login.ui.usernameEdit.text() == "c" * 64
    # The window asks the server's own rule: a superscript two is no letter or digit there, a
    # name with a combining accent (an account of before the rule for new names) is one.
    # (Typed by an input method: set whole, as QTest types no combining character.)
    for typed in ("citra\u00b2", "cit\u0301ra"):
        login.ui.usernameEdit.setText(typed)
        login.ui.passwordEdit.setText("rahasia")
        qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
        if typed.endswith("\u00b2"):
            assert login.ui.messageLabel.text() == said["en"]
            assert len(audit_lines(ws_branch)) == before
    qtbot.waitUntil(lambda: "LOGIN_FAILED" in login.ui.messageLabel.text(), timeout=20_000)
