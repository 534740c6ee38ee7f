"""The branch workstation and the workspace shell against the real branch server on loopback:
setting up a workstation (dialog and headless command), staff sign-in and its refusals, the
pages each role gets, the offline banner and the retry, sign-out and an expired session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from bpu_enroll.branch.workspace.staff import StaffSession
from bpu_enroll.gui.app import AppController
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.login import RETRY_OPTION, LoginWindow
from bpu_enroll.gui.workspace import window as workspace_window
from bpu_enroll.gui.workspace.context import WorkspaceContext
from bpu_enroll.gui.workspace.window import STANDARD_PAGES, PageInfo, WorkspaceWindow, pages_for
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import OFFICER, PASSWORD, Branch, Laptop, break_record

CLERK_KEYS = ["batches", "review", "transfer", "receipt"]
ALL_KEYS = [*CLERK_KEYS, "tally", "reconcile", "activity", "audit", "devices", "staff"]


class ProbePage(QWidget):
    """A stand-in page: each refresh asks the server for the batch inbox through `ws.call`."""

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.refreshes = 0
        self.answers: list[dict[str, Any]] = []
        self.errors: list[str] = []

    def refresh(self) -> None:
        """Load the inbox again."""
        self.refreshes += 1
        self.ws.call(lambda client: client.batches(), self._on_done, self._on_error)

    def _on_done(self, answer: dict[str, Any]) -> None:
        self.answers.append(answer)

    def _on_error(self, exc: StaffError) -> None:
        self.errors.append(exc.code)


def probe_pages() -> list[PageInfo]:
    """The standard page list with every page replaced by a probe (same keys and roles)."""
    return [
        PageInfo(p.key, p.title, supervisor_only=p.supervisor_only, factory=ProbePage)
        for p in STANDARD_PAGES
    ]


def _status(window: WorkspaceWindow, name: str) -> str:
    label = window.findChild(QLabel, f"{name}StatusLabel")
    assert label is not None
    return label.text()


def _tooltip(window: WorkspaceWindow, name: str) -> str:
    label = window.findChild(QLabel, f"{name}StatusLabel")
    assert label is not None
    return label.toolTip()


def _page_keys(window: WorkspaceWindow) -> list[str]:
    return [info.key for info in window.page_infos]


@pytest.fixture
def login(qtbot: QtBot, ws_ctx: AppContext) -> LoginWindow:
    """The sign-in window of the workstation, once it knows it is one (short retry interval)."""
    ws_ctx.extras[RETRY_OPTION] = 1
    window = LoginWindow(ws_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workstation is not None)
    return window


def _sign_in(qtbot: QtBot, login: LoginWindow, username: str, password: str) -> None:
    qtbot.keyClicks(login.ui.usernameEdit, username)
    qtbot.keyClicks(login.ui.passwordEdit, password)
    qtbot.mouseClick(login.ui.loginButton, qtbot_button())


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# --- pages by role -------------------------------------------------------------------------------


def test_a_clerk_gets_the_clerk_pages_and_a_full_status_bar(
    workspace: WorkspaceFactory, ws_server: BranchServer
) -> None:
    window = workspace("clerk", pages=probe_pages())
    assert _page_keys(window) == CLERK_KEYS
    assert window.ui.navList.count() == 4
    assert not window.ws.is_supervisor()
    assert _status(window, "user") == "Clerk: clerk"
    assert _tooltip(window, "user") == "User: clerk (Clerk)"
    assert "JKT01" in _status(window, "branch")
    assert _status(window, "server") == f"server {ws_server.url.partition('://')[2]}"
    assert ws_server.url in _tooltip(window, "server")
    assert _status(window, "connection").startswith("Online · last contact ")
    assert window.ui.offlineBanner.isHidden()
    # The first page is shown and loaded its data from the server.
    first = window.page("batches")
    assert isinstance(first, ProbePage)
    assert window.current_key() == "batches"
    assert first.refreshes == 1


def test_a_supervisor_gets_every_page(qtbot: QtBot, workspace: WorkspaceFactory) -> None:
    window = workspace("supervisor", pages=probe_pages())
    assert _page_keys(window) == ALL_KEYS
    assert window.ws.is_supervisor()
    assert _status(window, "user") == "Supervisor: spv"
    assert _tooltip(window, "user") == "User: spv (Supervisor)"
    window.show_page("tally")
    tally = window.page("tally")
    assert isinstance(tally, ProbePage)
    qtbot.waitUntil(lambda: len(tally.answers) == 1)
    assert tally.answers[0]["total"] == 0


def test_the_standard_pages_by_role() -> None:
    assert [p.key for p in pages_for("clerk")] == CLERK_KEYS
    assert [p.key for p in pages_for("supervisor")] == ALL_KEYS
    assert [p.key for p in pages_for("admin")] == ALL_KEYS
    assert [p.key for p in pages_for("clerk", ["batches", "tally"])] == ["batches"]
    modules = {p.key: (p.module, p.class_name) for p in STANDARD_PAGES}
    assert modules["review"] == ("bpu_enroll.gui.workspace.review.page", "ReviewPage")
    assert modules["activity"] == ("bpu_enroll.gui.workspace.activity_page", "ActivityPage")


# --- sign-in -------------------------------------------------------------------------------------


def test_staff_sign_in_gives_a_logged_in_client(qtbot: QtBot, login: LoginWindow) -> None:
    assert login.ui.usernameEdit.isVisible() and not login.ui.officerCombo.isVisible()
    assert "Branch workstation" in login.ui.profileLabel.text()
    with qtbot.waitSignal(login.staff_signed_in, timeout=20_000) as signed:
        _sign_in(qtbot, login, "clerk", "password")
    workstation, client = signed.args
    assert workstation.branch_code == "JKT01"
    assert isinstance(client, StaffClient)
    assert (client.username, client.role) == ("clerk", "clerk")
    assert client.batches()["total"] == 0
    client.logout()
    client.close()


def test_an_officer_is_refused_at_the_workstation(qtbot: QtBot, login: LoginWindow) -> None:
    signed: list[object] = []
    login.staff_signed_in.connect(lambda *args: signed.append(args))
    _sign_in(qtbot, login, OFFICER, PASSWORD)
    qtbot.waitUntil(lambda: "ROLE_REFUSED" in login.ui.messageLabel.text(), timeout=20_000)
    assert "officers work on their laptops" in login.ui.messageLabel.text()
    assert login.ui.passwordEdit.text() == ""
    assert signed == []


def test_a_wrong_password_is_said(qtbot: QtBot, login: LoginWindow) -> None:
    _sign_in(qtbot, login, "clerk", "not-the-password")
    qtbot.waitUntil(lambda: "LOGIN_FAILED" in login.ui.messageLabel.text(), timeout=20_000)
    assert login.ui.messageLabel.text().startswith("Wrong user name or password.")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wrong_password_says_the_attempts_left_before_the_lock(
    lang: str, qtbot: QtBot, ws_ctx: AppContext, login: LoginWindow
) -> None:
    """A wrong staff password said only "Wrong user name or password", then the fifth locked
    the account unannounced. The server's refusal now carries the wrong attempts left (counted
    per name, known or not, as the lock is) and the sign-in says them as the laptop's does:
    4, 3, 2, 1, then the lock."""
    ws_ctx.languages.set_language(lang)
    wrong = {"id": "Nama pengguna atau kata sandi salah.", "en": "Wrong user name or password."}
    for left in (4, 3, 2, 1):
        _sign_in(qtbot, login, "" if left < 4 else "clerk", "not-the-password")
        qtbot.waitUntil(lambda: "LOGIN_FAILED" in login.ui.messageLabel.text(), timeout=20_000)
        said = {
            "id": f"{left} kali lagi salah, akun akan dikunci selama beberapa menit.",
            "en": f"{left} more wrong attempt{'' if left == 1 else 's'} and the account is "
            "locked for a few minutes.",
        }[lang]
        assert login.ui.messageLabel.text().startswith(f"{wrong[lang]} {said}"), (
            login.ui.messageLabel.text()
        )
        login.ui.messageLabel.clear()
    _sign_in(qtbot, login, "", "not-the-password")
    qtbot.waitUntil(lambda: "ACCOUNT_LOCKED" in login.ui.messageLabel.text(), timeout=20_000)


def test_a_locked_account_says_when_to_try_again(qtbot: QtBot, login: LoginWindow) -> None:
    for attempt in range(5):
        _sign_in(qtbot, login, "" if attempt else "clerk", "not-the-password")
        expected = "ACCOUNT_LOCKED" if attempt == 4 else "LOGIN_FAILED"
        qtbot.waitUntil(lambda code=expected: code in login.ui.messageLabel.text(), timeout=20_000)
        login.ui.messageLabel.clear()
    _sign_in(qtbot, login, "", "password")  # the right password waits too
    qtbot.waitUntil(lambda: "ACCOUNT_LOCKED" in login.ui.messageLabel.text(), timeout=20_000)
    assert login.ui.messageLabel.text().startswith(
        "Too many failed sign-ins: this account is locked. Try again in 1 minute."
    )


def test_a_workstation_file_pointing_at_plain_http_on_the_lan_sends_nothing(
    qtbot: QtBot, login: LoginWindow
) -> None:
    assert login.workstation is not None
    login.workstation = replace(login.workstation, server_url="http://192.0.2.1:8750")
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: "INSECURE_ADDRESS" in login.ui.messageLabel.text(), timeout=20_000)
    assert "http://192.0.2.1:8750" in login.ui.messageLabel.text()
    assert not login.retrying  # refused, not "unreachable": nothing was sent


def test_sign_in_retries_while_the_server_is_unreachable(
    qtbot: QtBot, ws_server: BranchServer, login: LoginWindow
) -> None:
    ws_server.stop()
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: login.retrying, timeout=20_000)
    assert login.ui.messageLabel.text().startswith("Branch server unreachable — retrying in ")
    assert login.ui.retryButton.isVisible()
    assert login.ui.passwordEdit.text() == "password"  # kept for the next attempt
    ws_server.start_again()
    with qtbot.waitSignal(login.staff_signed_in, timeout=20_000) as signed:
        qtbot.mouseClick(login.ui.retryButton, qtbot_button())
    _workstation, client = signed.args
    assert client.role == "clerk"
    assert not login.retrying and login.ui.retryButton.isHidden()
    client.logout()
    client.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_retry_now_at_sign_in_has_an_alt_letter_of_its_own(
    qtbot: QtBot, ws_server: BranchServer, login: LoginWindow, ws_ctx: AppContext, lang: str
) -> None:
    """The workstation's "Retry now" had no Alt letter, the one control of the sign-in window
    without one; its letter is shared with no other control, and Alt with it signs in."""
    from PySide6.QtCore import Qt

    from tests.gui.mnemonics import letter, shared_letters

    ws_ctx.languages.set_language(lang)
    ws_server.stop()
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: login.retrying, timeout=20_000)
    button = login.ui.retryButton
    assert button.isVisible()
    key = letter(button.text())
    assert key, button.text()
    assert shared_letters(login) == {}
    ws_server.start_again()
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow)
    with qtbot.waitSignal(login.staff_signed_in, timeout=20_000) as signed:
        qtbot.keyClick(login, key, Qt.KeyboardModifier.AltModifier)
    _workstation, client = signed.args
    client.logout()
    client.close()


def test_the_unreachable_server_is_said_before_signing_in(
    qtbot: QtBot, ws_server: BranchServer, ws_ctx: AppContext
) -> None:
    ws_ctx.extras[RETRY_OPTION] = 1
    ws_server.stop()
    window = LoginWindow(ws_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.retrying, timeout=20_000)
    assert "Branch server unreachable" in window.ui.messageLabel.text()
    ws_server.start_again()
    # The automatic retry (every second here) finds the server again and clears the message.
    qtbot.waitUntil(
        lambda: not window.retrying and window.ui.retryButton.isHidden(), timeout=20_000
    )
    qtbot.waitUntil(lambda: window.ui.messageLabel.text() == "", timeout=20_000)


# --- online / offline ----------------------------------------------------------------------------


def test_offline_is_shown_and_the_retry_brings_the_workspace_back(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_server: BranchServer
) -> None:
    window = workspace("clerk", pages=probe_pages(), retry_seconds=0.3)
    page = window.page("batches")
    assert isinstance(page, ProbePage)
    qtbot.waitUntil(lambda: len(page.answers) == 1)
    ws_server.stop()
    qtbot.waitUntil(lambda: not window.ws.online, timeout=20_000)
    assert _status(window, "connection").startswith("Offline · last contact ")
    assert "last contact" in _status(window, "connection")
    assert window.ui.offlineBanner.isVisible()
    assert window.ui.offlineLabel.text().startswith("Branch server unreachable — retrying in ")
    # A page call while offline reaches the page's error handler.
    page.refresh()
    qtbot.waitUntil(lambda: page.errors == ["SERVER_UNREACHABLE"], timeout=20_000)
    before = page.refreshes
    ws_server.start_again()
    qtbot.waitUntil(lambda: window.ws.online, timeout=20_000)
    assert _status(window, "connection").startswith("Online")
    assert window.ui.offlineBanner.isHidden()
    # On reconnecting the visible page is refreshed and loads again.
    assert page.refreshes == before + 1
    qtbot.waitUntil(lambda: len(page.answers) == 2, timeout=20_000)


def test_retry_now_pings_at_once(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_server: BranchServer
) -> None:
    window = workspace("clerk", pages=probe_pages(), retry_seconds=60)
    ws_server.stop()
    window.refresh_current()
    qtbot.waitUntil(lambda: not window.ws.online, timeout=20_000)
    assert window.ws.seconds_to_retry() > 30
    ws_server.start_again()
    qtbot.mouseClick(window.ui.retryButton, qtbot_button())
    qtbot.waitUntil(lambda: window.ws.online, timeout=20_000)


# --- sign-out and expiry -------------------------------------------------------------------------


def test_sign_out_ends_the_session_on_the_server(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_server: BranchServer
) -> None:
    window = workspace("clerk", pages=probe_pages())
    token = window.ws.client.token
    assert token is not None
    with qtbot.waitSignal(window.signed_out, timeout=20_000):
        window.ui.actionLogout.trigger()
    stale = StaffClient(ws_server.url, token=token)
    try:
        with pytest.raises(StaffError) as refused:
            stale.batches()
        assert refused.value.code == "SESSION_INVALID"
    finally:
        stale.close()


def test_sign_out_of_a_session_already_ended_goes_back_to_sign_in_quietly(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_branch: Branch
) -> None:
    """Its session ended on the server meanwhile (the account's sessions ended, or another
    sign-out of the same token): the server refuses the logout `SESSION_INVALID` now, and the
    sign-out goes on as before: `signed_out`, no message box, no Qt warning."""
    window = workspace("clerk", pages=probe_pages())
    with Session(ws_branch.engine) as db:
        for row in db.exec(select(StaffSession)).all():
            db.delete(row)
        db.commit()
    with qtbot.waitSignal(window.signed_out, timeout=20_000):
        window.ui.actionLogout.trigger()
    assert window.ws.client.token is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                and w.inherits("QMessageBox")]  # fmt: skip


def _expire_sessions(branch: Branch) -> None:
    with Session(branch.engine) as db:
        for row in db.exec(select(StaffSession)).all():
            row.expires_at = datetime.now(UTC) - timedelta(minutes=1)
            db.add(row)
        db.commit()


def test_an_expired_session_leaves_the_workspace(
    qtbot: QtBot, workspace: WorkspaceFactory, ws_branch: Branch
) -> None:
    window = workspace("clerk", pages=probe_pages())
    _expire_sessions(ws_branch)
    with qtbot.waitSignal(window.session_expired, timeout=20_000):
        window.refresh_current()


# --- the whole app: first run, sign-in, workspace, sign-out --------------------------------------


@pytest.fixture
def controller(
    qtbot: QtBot, ws_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppController]:
    """The app controller on the workstation profile, with probe pages in the workspace."""
    monkeypatch.setattr(workspace_window, "STANDARD_PAGES", tuple(probe_pages()))
    ws_ctx.extras[RETRY_OPTION] = 1
    made = AppController(ws_ctx)
    made.start()
    yield made
    window = made.window
    if isinstance(window, WorkspaceWindow):
        window.close()
    assert ws_ctx.tasks.wait_idle()
    if made.window is not None:
        made.window.close()


def _controller_login(qtbot: QtBot, controller: AppController) -> LoginWindow:
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.workstation is not None)
    return login


def test_the_app_opens_the_workspace_and_signs_out_to_sign_in(
    qtbot: QtBot, controller: AppController
) -> None:
    login = _controller_login(qtbot, controller)
    _sign_in(qtbot, login, "spv", "password")
    qtbot.waitUntil(lambda: isinstance(controller.window, WorkspaceWindow), timeout=20_000)
    window = controller.window
    assert isinstance(window, WorkspaceWindow)
    assert _page_keys(window) == ALL_KEYS
    assert controller.ctx.officer == "spv"
    window.ui.actionLogout.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=20_000)


def test_an_expired_session_returns_to_sign_in_with_a_message(
    qtbot: QtBot, controller: AppController, ws_branch: Branch
) -> None:
    login = _controller_login(qtbot, controller)
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: isinstance(controller.window, WorkspaceWindow), timeout=20_000)
    window = controller.window
    assert isinstance(window, WorkspaceWindow)
    _expire_sessions(ws_branch)
    window.refresh_current()
    qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=20_000)
    again = controller.window
    assert isinstance(again, LoginWindow)
    qtbot.waitUntil(lambda: again.workstation is not None)
    assert again.ui.messageLabel.text() == (
        "Your session at the branch server has ended. Sign in again."
    )


def test_the_real_pages_open_for_each_role(qtbot: QtBot, workspace: WorkspaceFactory) -> None:
    clerk = workspace("clerk")
    assert [type(clerk.page(key)).__name__ for key in CLERK_KEYS] == [
        "BatchesPage", "ReviewPage", "TransferPage", "ReceiptCheckPage",
    ]  # fmt: skip
    supervisor = workspace("supervisor")
    assert _page_keys(supervisor) == ALL_KEYS
    for key in ALL_KEYS:
        supervisor.show_page(key)
        assert supervisor.ui.pageStack.currentWidget().isAncestorOf(supervisor.page(key))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_page_is_titled_by_its_name_in_the_page_list(
    lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """The page list said "Kiriman data" and the page it opened "Batch yang diterima": a clerk
    told to open the batches looked for one word and found another. Each page's title begins
    with its name in the list, in both languages."""
    window = workspace("supervisor")
    ws_ctx.languages.set_language(lang)
    shown = QCoreApplication.translate("WorkspaceWindow", window.page_infos[0].title)
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == shown)
    named = []
    for row, info in enumerate(window.page_infos):
        name = window.ui.navList.item(row).text()
        title = window.page(info.key).ui.titleLabel.text()  # type: ignore[attr-defined]
        named.append((name, title))
    assert [(n, t) for n, t in named if not t.lower().startswith(n.lower())] == [], lang


def test_the_language_switch_is_the_main_windows(qtbot: QtBot, workspace: WorkspaceFactory) -> None:
    from bpu_enroll.gui.common.settings import Options

    window = workspace("clerk", pages=probe_pages())
    assert window.ui.actionLanguageEn.isChecked() and not window.ui.actionLanguageId.isChecked()
    window.ui.actionLanguageId.trigger()
    assert window.ctx.lang == "id"
    assert window.ctx.settings.get(Options.language) == "id"
    assert window.ui.actionLanguageId.isChecked() and not window.ui.actionLanguageEn.isChecked()
    assert "clerk" in _status(window, "user") and "JKT01" in _status(window, "branch")
    window.ui.actionLanguageEn.trigger()
    assert window.ctx.lang == "en"
    assert _tooltip(window, "user") == "User: clerk (Clerk)"


@pytest.mark.parametrize(
    ("account", "shown"),
    [
        ("clerk", {"en": "Clerk: clerk", "id": "Petugas administrasi: clerk"}),
        ("spv", {"en": "Supervisor: spv", "id": "Supervisor: spv"}),
        ("adm", {"en": "Administrator: adm", "id": "Administrator: adm"}),
    ],
)
def test_the_status_bar_says_who_is_signed_in_as_what_in_the_language_of_now(
    account: str, shown: dict[str, str], workspace: WorkspaceFactory, ws_branch: Branch
) -> None:
    """The role was only in the user label's tooltip: a clerk and a supervisor see different
    pages, and whoever sat down at the desk could not tell at a glance who was signed in as
    what. The status bar says the role and the name, and again in the new language after a
    switch with the window's language menu."""
    from PySide6.QtCore import QEvent

    if account == "adm":
        ws_branch.add_officer("adm", "password", role="admin")
    window = workspace(f"{account}:password", pages=probe_pages())
    user = window.findChild(QLabel, "userStatusLabel")
    assert user is not None and user.isVisible()
    assert user.text() == shown["en"]
    for lang, action in (("id", window.ui.actionLanguageId), ("en", window.ui.actionLanguageEn)):
        action.trigger()
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert user.text() == shown[lang]


def test_a_refusal_without_a_handler_is_shown_with_its_code(
    qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = workspace("clerk", pages=probe_pages())
    done: list[object] = []
    with qtbot.waitSignal(window.ws.problem, timeout=20_000) as problem:
        window.ws.call(lambda client: client.audit(), done.append)  # supervisors only
    assert problem.args[0] == "ROLE_REFUSED"
    assert done == [] and window.ws.online
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "workspaceProblemBox"]
    assert len(boxes) == 1 and isinstance(boxes[0], QMessageBox)
    assert boxes[0].text().endswith("\u00a0(code\u00a0ROLE_REFUSED)")  # held on one line
    boxes[0].close()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_page_list_shows_where_the_keyboard_is(
    high_contrast: bool, app_look: None, qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    """After sign-in the keyboard is in the page list: its current page carries a mark while
    the list has the focus (and loses it with the focus), in both themes; the others do not."""
    window = workspace("clerk")
    window.ui.actionHighContrast.setChecked(high_contrast)
    window.view.apply_look()
    nav = window.ui.navList
    window.activateWindow()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.wait(20)
    focused = nav.viewport().grab().toImage()
    window.page("batches").setFocus()  # somewhere else in the window
    qtbot.waitUntil(lambda: not nav.hasFocus())
    qtbot.wait(20)
    unfocused = nav.viewport().grab().toImage()
    current = nav.visualItemRect(nav.item(nav.currentRow()))
    other = nav.visualItemRect(nav.item(nav.currentRow() + 1))
    assert focused.copy(current) != unfocused.copy(current)
    assert focused.copy(other) == unfocused.copy(other)


def test_tab_from_the_page_list_lands_on_a_control_of_the_page_never_on_its_scroll_area(
    qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    """Each page sits in a scroll area (larger text on a 768-px screen); the area itself must not
    be a Tab stop: it shows no focus and Enter or the arrows there do nothing the clerk sees."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    window = workspace("supervisor")
    window.activateWindow()
    for key in ALL_KEYS:
        window.show_page(key)
        nav = window.ui.navList
        nav.setFocus()
        qtbot.waitUntil(nav.hasFocus)
        qtbot.keyClick(nav, Qt.Key.Key_Tab)
        landed = QApplication.focusWidget()
        assert landed is not None and not isinstance(landed, QScrollArea), (key, landed)
        assert window.page(key).isAncestorOf(landed), (key, landed.objectName())


def test_alt_and_a_page_number_from_the_menu_bar_takes_the_keyboard_to_that_page(
    qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    """Alt+2 while the menu bar has the keyboard (a menu just closed with Escape): the review
    page shows with the keyboard on its first control. It used to stay in the menu bar, and its
    next Escape gave it back to the hidden batch table."""
    from PySide6.QtCore import Qt

    window = workspace("clerk")
    window.activateWindow()
    table = window.page("batches").ui.batchesView
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    bar = window.menuBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "review"
    landed = QApplication.focusWidget()
    assert landed is not None and landed.isVisible(), landed
    assert window.page("review").isAncestorOf(landed), landed.objectName()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is table  # back where the keyboard was on that page


def test_alt_2_puts_the_keyboard_on_the_review_queue_and_down_walks_through_it(
    qtbot: QtBot, workspace: WorkspaceFactory, laptops: list[Laptop], ws_server: BranchServer
) -> None:
    """Alt+2 put the keyboard on the "Show" filter box, the first control of the review page,
    so Down changed the filter instead of going to the next record. Now it lands on the queue,
    as on the batches page; the filter is still reached by Tab (and its Alt letter)."""
    from PySide6.QtCore import Qt

    for serial, laptop in enumerate(laptops, start=70):  # two records the branch refuses
        refused = laptop.register(serial)
        break_record(laptop, refused, consent=False)
        assert laptop.sync(ws_server.url).completed
    window = workspace("clerk")
    window.activateWindow()
    nav = window.ui.navList  # where the keyboard is after sign-in
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.keyClick(nav, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page: Any = window.page("review")
    assert window.current_key() == "review"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    queue, combo = page.ui.queueView, page.ui.kindCombo
    qtbot.waitUntil(lambda: queue.currentIndex().row() == 0)
    assert QApplication.focusWidget() is queue
    shown = combo.currentIndex()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert combo.currentIndex() == shown
    assert queue.currentIndex().row() == 1
    for _ in range(page.model.rowCount() + 6):  # the filter comes round by Tab
        if combo.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert combo.hasFocus()


def test_on_the_transfer_page_the_keyboard_goes_to_choose_file_and_enter_presses_it(
    qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    """Alt+3 used to land in the read-only path field, which looked like a field to type in and
    took nothing; and Enter on a page's button did nothing (Qt presses it only in dialogs)."""
    from PySide6.QtCore import Qt

    window = workspace("clerk")
    window.activateWindow()
    transfer: Any = window.page("transfer")
    asked: list[bool] = []
    transfer.choose_import_path = lambda: asked.append(True)  # the file dialog's seam
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is transfer.ui.chooseFileButton
    qtbot.keyClick(transfer.ui.chooseFileButton, Qt.Key.Key_Return)
    assert asked == [True]
    chain, widget = [], transfer.ui.chooseFileButton
    for _ in range(12):  # Tab through the page: the path fields only show the chosen paths
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        chain.append(widget.objectName())
    assert "fileEdit" not in chain and "folderEdit" not in chain
    assert "chooseFolderButton" in chain


def test_enter_in_the_page_list_takes_the_keyboard_into_the_page(
    qtbot: QtBot, workspace: WorkspaceFactory, laptops: list[Laptop], ws_server: BranchServer
) -> None:
    """After sign-in the keyboard is in the page list and the batches page says "Press Enter to
    open one"; Enter there did nothing. It now goes into the page, and Enter again opens the
    batch."""
    from PySide6.QtCore import Qt

    laptop = laptops[0]
    laptop.register(80)
    assert laptop.sync(ws_server.url).completed
    window = workspace("clerk")
    window.activateWindow()
    nav = window.ui.navList
    qtbot.waitUntil(nav.hasFocus)
    page: Any = window.page("batches")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.ui.batchesView
    qtbot.keyClick(page.ui.batchesView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.batch is not None, timeout=20_000)


def test_tab_reaches_retry_now_between_the_password_and_sign_in(
    qtbot: QtBot, ws_server: BranchServer, login: LoginWindow
) -> None:
    """The button "Retry now" shows above "Sign in" while the server is unreachable; it was
    missing from the tab stops and came last, after the language box at the foot of the
    window."""
    from PySide6.QtCore import Qt

    ws_server.stop()
    _sign_in(qtbot, login, "clerk", "password")
    qtbot.waitUntil(lambda: login.retrying, timeout=20_000)
    login.activateWindow()
    login.ui.passwordEdit.setFocus()
    qtbot.waitUntil(login.ui.passwordEdit.hasFocus)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is login.ui.retryButton
    ws_server.start_again()
    with qtbot.waitSignal(login.staff_signed_in, timeout=20_000) as signed:
        qtbot.keyClick(login.ui.retryButton, Qt.Key.Key_Space)
    _workstation, client = signed.args
    client.logout()
    client.close()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://cabang-bogor.example.go.id:8750/", "TLS server cabang-bogor.example.go.id:8750"),
        ("http://192.0.2.1:8750", "server 192.0.2.1:8750"),
        ("ftp://192.0.2.1", "server ftp://192.0.2.1"),
    ],
)
def test_the_status_bar_shows_the_server_without_its_scheme(
    url: str, shown: str, workspace: WorkspaceFactory
) -> None:
    """Host and port, "TLS" for https (the scheme took room the address needed at 1366 px in
    larger text); the whole address in the tooltip; any other address as it is."""
    from dataclasses import replace

    window = workspace("clerk", pages=probe_pages())
    window.ws.workstation = replace(window.ws.workstation, server_url=url)
    window._show_status()
    assert _status(window, "server") == shown
    assert _tooltip(window, "server") == f"server {url}"
