"""The supervisor's staff page against the real branch server: the list (status in words, the
role and when added in the branch's words), a clerk added by keyboard from Alt+0 who then signs
in at the workspace for real, a refusal said in the add dialog that keeps what was typed but
the passwords, a revoke (Cancel the default: Enter never revokes) after which the account's
sign-in is refused, not one's own account nor (for a supervisor) an administrator's offered,
the reason said by tooltip, accessible description and Delete, a clerk locked by five wrong
passwords unlocked from the page who then signs in at once, a lock's end and a new account shown
by themselves (choice, cell, scroll and focus kept), the new actions in words on the audit
page, and the clerk kept out (no page, the API refuses every route)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.branch.workspace import sign_in
from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace import list_page, staff_page
from bpu_enroll.gui.workspace.audit.page import AuditPage
from bpu_enroll.gui.workspace.staff_page import StaffAddDialog, StaffPage, StaffRevokeDialog
from bpu_enroll.gui.workspace.window import WorkspaceWindow, pages_for
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.sync.staff_client import StaffError
from tests.gui.workspace.conftest import CLERK, SUPERVISOR, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, audit_lines

INDONESIAN_MOMENT = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2}$")
NEW = ("dewi.a", "Dewi Anggraini", "Sandi-Dewi-2026")


def _page(window: WorkspaceWindow, qtbot: QtBot) -> StaffPage:
    page = window.page("staff")
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() > 0, timeout=20_000)
    return page


def _cell(page: StaffPage, username: str, key: str) -> str:
    rows = {page.model.value(i, "username"): i for i in range(page.model.rowCount())}
    return str(page.model.index(rows[username], page.model.column_of(key)).data())


def _add_dialog(page: StaffPage, qtbot: QtBot) -> StaffAddDialog:
    qtbot.waitUntil(lambda: page.add_dialog is not None and page.add_dialog.isVisible())
    assert page.add_dialog is not None
    return page.add_dialog


def _revoke_dialog(page: StaffPage, qtbot: QtBot) -> StaffRevokeDialog:
    qtbot.waitUntil(lambda: page.revoke_dialog is not None and page.revoke_dialog.isVisible())
    assert page.revoke_dialog is not None
    return page.revoke_dialog


def _sign_in(workstation: Workstation, username: str, password: str) -> dict[str, object]:
    client = workstation.client()
    try:
        return client.login(username, password)
    finally:
        client.close()


def test_by_keyboard_alt_0_down_alt_a_typing_and_enter_adds_a_clerk_who_signs_in(
    workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    window = workspace("supervisor")
    assert [info.key for info in window.page_infos][9] == "staff"
    window.activateWindow()
    nav = window.ui.navList
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.keyClick(nav, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "staff"
    page = _page(window, qtbot)
    view = page.ui.staffView
    qtbot.waitUntil(view.hasFocus)
    assert page.chosen()["username"] == "clerk"  # type: ignore[index]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.chosen()["username"] == "siti"  # type: ignore[index]
    assert _cell(page, "siti", "role") == "Officer"
    assert _cell(page, "clerk", "status") == "✓ Active"
    assert page.ui.summaryLabel.text() == "3 accounts · 3 active · 0 locked · 0 revoked"

    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = _add_dialog(page, qtbot)
    qtbot.waitUntil(dialog.ui.usernameEdit.hasFocus)
    assert dialog.ui.addButton.isDefault()
    qtbot.keyClicks(dialog.ui.usernameEdit, NEW[0])
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.nameEdit, NEW[1])
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
    combo = dialog.ui.roleCombo
    assert QApplication.focusWidget() is combo and combo.currentData() == "officer"
    assert [combo.itemData(i) for i in range(combo.count())] == ["officer", "clerk", "supervisor"]
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "clerk"
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.passwordEdit, NEW[2])
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.repeatEdit, NEW[2])
    with qtbot.waitSignal(page.added, timeout=20_000) as done:
        qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert done.args[0]["username"] == NEW[0]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.busy, timeout=20_000)
    assert page.chosen()["username"] == NEW[0]  # type: ignore[index]
    assert _cell(page, NEW[0], "name") == NEW[1] and _cell(page, NEW[0], "role") == "Clerk"
    assert page.ui.statusLabel.text() == f"{NEW[0]} added as Clerk."
    (line,) = [line for line in audit_lines(ws_branch) if line["action"] == "officer_added"][-1:]
    assert (line["actor"], line["subject"], line["detail"]) == ("spv", NEW[0], {"role": "clerk"})
    assert NEW[2] not in str(audit_lines(ws_branch))

    # The new clerk signs in at the workspace for real.
    theirs = workspace(f"{NEW[0]}:{NEW[2]}")
    assert theirs.ws.role == "clerk" and "staff" not in theirs.pages


def test_a_refusal_is_said_in_the_add_dialog_which_keeps_what_was_typed_but_passwords(
    workspace: WorkspaceFactory, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    assert page.ui.titleLabel.text() == "Staf"
    assert page.ui.addButton.text() == "Tam&bah…"
    page.ask_add()
    dialog = _add_dialog(page, qtbot)
    ui = dialog.ui
    ui.addButton.click()
    assert ui.errorLabel.text() == "Tulis nama pengguna."
    assert dialog.focusWidget() is ui.usernameEdit
    ui.usernameEdit.setText("clerk")  # taken
    ui.nameEdit.setText("Citra Lestari")
    ui.passwordEdit.setText("satu")
    ui.repeatEdit.setText("dua")
    ui.addButton.click()
    assert ui.errorLabel.text() == "Kedua kata sandi tidak sama: ketik ulang."
    assert ui.repeatEdit.text() == "" and dialog.focusWidget() is ui.repeatEdit
    ui.repeatEdit.setText("satu")
    with qtbot.waitSignal(page.failed, timeout=20_000):
        ui.addButton.click()
    qtbot.waitUntil(ui.addButton.isEnabled)
    assert dialog.isVisible()
    assert ui.errorLabel.text() == (
        "Petugas dengan nama pengguna ini sudah ada.\u00a0(kode\u00a0OFFICER_EXISTS)"
    )
    assert (ui.usernameEdit.text(), ui.nameEdit.text()) == ("clerk", "Citra Lestari")
    assert ui.passwordEdit.text() == ui.repeatEdit.text() == ""
    assert dialog.focusWidget() is ui.usernameEdit
    ui.usernameEdit.setText("citra")
    ui.passwordEdit.setText("satu")
    ui.repeatEdit.setText("satu")
    with qtbot.waitSignal(page.added, timeout=20_000):
        ui.addButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_look_alike_user_name_is_refused_in_the_dialog_and_a_full_width_one_added_in_ascii(
    workspace: WorkspaceFactory, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """`сlerk` with a Cyrillic `с` was added beside the real `clerk`, an account that reads as
    another's: it is refused in the dialog, said in words and code, the user name field given
    the focus. A user name typed full-width (`ｃｉｔｒａ`, as some input methods write it) is
    added as the ASCII it stands for, and that row is the one chosen."""
    ws_ctx.languages.set_language("en")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    page.ask_add()
    dialog = _add_dialog(page, qtbot)
    ui = dialog.ui
    ui.usernameEdit.setText("\u0441lerk")
    ui.nameEdit.setText("Citra Lestari")
    for edit in (ui.passwordEdit, ui.repeatEdit):
        edit.setText("Sandi-Citra-2026")
    with qtbot.waitSignal(page.failed, timeout=20_000):
        ui.addButton.click()
    qtbot.waitUntil(ui.addButton.isEnabled)
    assert ui.errorLabel.text().startswith("A user name is 1 to 64 letters a-z or A-Z")
    assert ui.errorLabel.text().endswith("(code\u00a0STAFF_USERNAME_INVALID)")
    assert dialog.isVisible() and dialog.focusWidget() is ui.usernameEdit
    ui.usernameEdit.setText("\uff43\uff49\uff54\uff52\uff41")
    for edit in (ui.passwordEdit, ui.repeatEdit):
        edit.setText("Sandi-Citra-2026")
    with qtbot.waitSignal(page.added, timeout=20_000) as done:
        ui.addButton.click()
    assert done.args[0]["username"] == "citra"
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.busy, timeout=20_000)
    assert page.chosen()["username"] == "citra"  # type: ignore[index]
    assert page.ui.statusLabel.text().startswith("citra added as Officer.")


def test_a_revoke_cancel_by_enter_then_revoked_and_the_sign_in_refused(
    workspace: WorkspaceFactory, workstation: Workstation, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    page.choose(SUPERVISOR[0])
    assert not page.ui.revokeButton.isEnabled()  # not one's own account
    page.ask_revoke()
    assert page.revoke_dialog is None
    page.choose(CLERK[0])
    assert page.ui.revokeButton.isEnabled()
    page.ui.revokeButton.click()
    dialog = _revoke_dialog(page, qtbot)
    assert dialog.ui.cancelButton.isDefault() and not dialog.ui.revokeButton.autoDefault()
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == StaffRevokeDialog.DialogCode.Rejected
    assert _sign_in(workstation, *CLERK)["role"] == "clerk"  # still there

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.staffView.setFocus()
    qtbot.waitUntil(page.ui.staffView.hasFocus)
    qtbot.keyClick(page.ui.staffView, Qt.Key.Key_Delete)
    dialog = _revoke_dialog(page, qtbot)
    qtbot.waitUntil(dialog.ui.cancelButton.hasFocus)  # the keyboard starts on Cancel
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.revokeButton
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        qtbot.keyClick(dialog.ui.revokeButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _cell(page, CLERK[0], "status").startswith("✗"), timeout=20_000)
    status = _cell(page, CLERK[0], "status")
    assert status.startswith("✗ Dicabut ") and INDONESIAN_MOMENT.match(status.split(" ", 2)[2])
    assert not page.ui.revokeButton.isEnabled()
    with pytest.raises(StaffError) as refused:
        _sign_in(workstation, *CLERK)
    assert refused.value.code == "LOGIN_FAILED"


def test_what_the_server_would_refuse_is_not_offered_and_says_why_by_mouse_and_keyboard(
    workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """An administrator's row offered Revoke… to a supervisor, who was then refused
    `STAFF_ADMIN_ONLY`: it is disabled now, as one's own row is, the server's words for the
    refusal in its tooltip and accessible description, and Delete on the row says them in the
    status line instead of opening the dialog. An administrator may revoke another one."""
    ws_branch.add_officer("adi", "Sandi-Adi-2026", role="admin")
    ws_branch.add_officer("ani", "Sandi-Ani-2026", role="admin")
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    button = page.ui.revokeButton
    admin_only, not_self = message("STAFF_ADMIN_ONLY", "id"), message("STAFF_REVOKE_SELF", "id")
    for username, why in (("adi", admin_only), (SUPERVISOR[0], not_self)):
        page.choose(username)
        assert not button.isEnabled(), username
        assert (button.toolTip(), button.accessibleDescription()) == (why, why)
    page.choose(CLERK[0])
    assert button.isEnabled() and button.accessibleDescription() == ""
    assert button.toolTip().startswith("Cabut akun")  # the button's own words again

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.staffView.setFocus()
    qtbot.waitUntil(page.ui.staffView.hasFocus)
    page.choose("adi")
    qtbot.keyClick(page.ui.staffView, Qt.Key.Key_Delete)
    assert page.revoke_dialog is None and page.ui.statusLabel.text() == admin_only
    page.choose(SUPERVISOR[0])
    qtbot.keyClick(page.ui.staffView, Qt.Key.Key_Delete)
    assert page.revoke_dialog is None and page.ui.statusLabel.text() == not_self
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.revokeButton.text() == "Revo&ke…")
    page.choose(SUPERVISOR[0])
    assert button.toolTip() == message("STAFF_REVOKE_SELF", "en")

    admin = workspace("adi:Sandi-Adi-2026", pages=["staff"])
    by_admin = _page(admin, qtbot)
    by_admin.choose("ani")
    assert by_admin.ui.revokeButton.isEnabled()
    by_admin.choose("adi")
    assert by_admin.ui.revokeButton.toolTip() == message("STAFF_REVOKE_SELF", "en")


def test_a_locks_end_shows_by_itself_the_choice_cell_scroll_and_focus_kept(
    workspace: WorkspaceFactory,
    workstation: Workstation,
    ws_branch: Branch,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clerk locked by five wrong passwords (the server's first lock made eight seconds long)
    read "⚠ Locked until…" with Unlock offered until F5, long after the lock had ended. The row
    reads "✓ Active" without Unlock once it ends, nobody acting, the row still chosen, the
    keyboard on the same cell of the table, the list scrolled where it was."""
    monkeypatch.setattr(sign_in, "LOCK_WAITS", (timedelta(seconds=8),) * 4)
    for number in range(30):  # a list longer than the table shows
        ws_branch.add_officer(f"petugas{number:02}", "Sandi-2026")
    for _ in range(5):
        with pytest.raises(StaffError):
            _sign_in(workstation, CLERK[0], "salah")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    assert _cell(page, CLERK[0], "status").startswith("⚠ Locked until")
    view = page.ui.staffView
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    page.choose(CLERK[0], page.model.column_of("name"))
    assert page.ui.unlockButton.isEnabled()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(page.staff_shown, timeout=30_000):
        pass  # the lock's end read, nobody acting
    assert _cell(page, CLERK[0], "status") == "✓ Active"
    assert not page.ui.unlockButton.isEnabled()
    chosen = page.chosen()
    assert chosen is not None and chosen["username"] == CLERK[0]
    assert view.currentIndex().column() == page.model.column_of("name")
    assert bar.value() == bar.maximum() and view.hasFocus()
    assert page.ui.summaryLabel.text().endswith("0 locked · 0 revoked")


class _Skewed(datetime):
    """The workstation's wall clock `SKEW` off the server's (the page's clock source)."""

    SKEW = timedelta(0)

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Skewed:
        return super().now(tz) + cls.SKEW


@pytest.mark.parametrize("skew_minutes", [60, -60], ids=["ahead", "behind"])
def test_a_locks_end_is_waited_for_by_the_servers_clock_not_the_workstations(
    workspace: WorkspaceFactory,
    workstation: Workstation,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    skew_minutes: int,
) -> None:
    """The wait for a lock's end was counted on the workstation's wall clock: an hour ahead of
    the server's, the page read the list every two seconds for the whole lock; an hour behind,
    it showed the end an hour late. It is counted from the server's `now` in the list: one read,
    just after the end, whatever the workstation's clock says."""
    monkeypatch.setattr(sign_in, "LOCK_WAITS", (timedelta(seconds=8),) * 4)
    monkeypatch.setattr(_Skewed, "SKEW", timedelta(minutes=skew_minutes))
    monkeypatch.setattr(staff_page, "datetime", _Skewed)
    for _ in range(5):
        with pytest.raises(StaffError):
            _sign_in(workstation, CLERK[0], "salah")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    assert _cell(page, CLERK[0], "status").startswith("⚠ Locked until")
    reads: list[object] = []
    page.staff_shown.connect(reads.append)
    qtbot.waitUntil(lambda: _cell(page, CLERK[0], "status") == "✓ Active", timeout=15_000)
    assert len(reads) == 1  # no read before the end, one just after it
    qtbot.wait(2500)
    assert len(reads) == 1  # and nothing left to wait for


def test_a_language_switch_keeps_the_choice_cell_scroll_and_focus(
    workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """Switching the language made the list's texts anew and lost the chosen row (Revoke and
    Unlock with it), the keyboard's cell and the scroll: they stay, as on a read again."""
    for number in range(30):  # a list longer than the table shows
        ws_branch.add_officer(f"petugas{number:02}", "Sandi-2026")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    view = page.ui.staffView
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    page.choose("petugas29", page.model.column_of("role"))
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert page.ui.revokeButton.isEnabled()
    for lang, refresh in (("id", "&Muat ulang"), ("en", "&Refresh")):
        ws_ctx.languages.set_language(lang)  # the switch reaches the page as a posted event
        qtbot.waitUntil(lambda refresh=refresh: page.ui.refreshButton.text() == refresh)
        chosen = page.chosen()
        assert chosen is not None and chosen["username"] == "petugas29", lang
        assert view.currentIndex().column() == page.model.column_of("role")
        assert bar.value() == scrolled and view.hasFocus()
        assert page.ui.revokeButton.isEnabled()


def test_the_list_is_read_again_by_itself_while_shown_only(
    workspace: WorkspaceFactory, ws_branch: Branch, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An account added at the server (`bpu-branch officer add`) showed only after F5; it
    shows by itself within `REREAD_SECONDS` now (one here), while the page is shown; hidden,
    the page reads nothing."""
    monkeypatch.setattr(list_page, "REREAD_SECONDS", 1)
    window = workspace("supervisor", pages=["staff", "audit"])
    page = _page(window, qtbot)
    page.choose(CLERK[0])
    ws_branch.add_officer("budi", "Sandi-Budi-2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    chosen = page.chosen()
    assert chosen is not None and chosen["username"] == CLERK[0]
    window.show_page("audit")
    qtbot.waitUntil(lambda: not page.isVisible())
    reads: list[object] = []
    page.staff_shown.connect(reads.append)
    qtbot.wait(2500)
    assert reads == []


def test_a_clerk_locked_by_five_wrong_passwords_is_unlocked_and_signs_in_at_once(
    workspace: WorkspaceFactory, workstation: Workstation, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    for _ in range(5):
        with pytest.raises(StaffError):
            _sign_in(workstation, CLERK[0], "salah")
    with pytest.raises(StaffError) as locked:
        _sign_in(workstation, *CLERK)
    assert locked.value.code == "ACCOUNT_LOCKED"
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    status = _cell(page, CLERK[0], "status")
    assert re.fullmatch(r"⚠ Terkunci sampai \d{2}\.\d{2}", status), status
    assert page.ui.summaryLabel.text() == "3 akun · 3 aktif · 1 terkunci · 0 dicabut"
    page.choose(SUPERVISOR[0])
    assert not page.ui.unlockButton.isEnabled()  # not locked
    page.choose(CLERK[0])
    assert page.ui.unlockButton.isEnabled() and page.ui.unlockButton.text() == "Buka &kunci"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.staffView.setFocus()
    qtbot.waitUntil(page.ui.staffView.hasFocus)
    with qtbot.waitSignal(page.unlocked, timeout=20_000) as done:
        qtbot.keyClick(page.ui.staffView, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert done.args[0]["was_locked"] is True
    assert _sign_in(workstation, *CLERK)["role"] == "clerk"  # at once
    qtbot.waitUntil(lambda: _cell(page, CLERK[0], "status") == "✓ Aktif", timeout=20_000)
    assert not page.ui.unlockButton.isEnabled()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_unlock_and_the_add_read_in_words_on_the_audit_page(
    lang: str,
    workspace: WorkspaceFactory,
    workstation: Workstation,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    for _ in range(5):
        with pytest.raises(StaffError):
            _sign_in(workstation, CLERK[0], "salah")
    window = workspace("supervisor", pages=["staff", "audit"])
    page = _page(window, qtbot)
    page.choose(CLERK[0])
    with qtbot.waitSignal(page.unlocked, timeout=20_000):
        page.unlock()
    ws_ctx.languages.set_language(lang)
    window.show_page("audit")
    audit = window.page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: not audit.busy and audit.model.rowCount() > 0, timeout=20_000)
    rows = [
        " | ".join(str(audit.model.index(r, c).data()) for c in range(audit.model.columnCount()))
        for r in range(audit.model.rowCount())
    ]
    words = "Sign-in unlocked by a supervisor" if lang == "en" else "Kunci masuk dibuka supervisor"
    line = next(row for row in rows if words in row)
    assert CLERK[0] in line and "sign_in_unlocked" not in line


def test_a_clerk_has_no_staff_page_and_the_api_refuses_the_clerk(
    workspace: WorkspaceFactory, workstation: Workstation
) -> None:
    assert "staff" not in [info.key for info in pages_for("clerk")]
    window = workspace("clerk")
    assert "staff" not in window.pages
    client = workstation.client()
    try:
        client.login(*CLERK)
        calls = (
            client.roster,
            lambda: client.add_staff("dewi", "Dewi", "clerk", "x"),
            lambda: client.revoke_staff("siti"),
            lambda: client.unlock_staff("siti"),
        )
        for call in calls:
            with pytest.raises(StaffError) as refused:
                call()
            assert (refused.value.status, refused.value.code) == (403, "ROLE_REFUSED")
    finally:
        client.close()


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("larger", [False, True], ids=["normal", "larger"])
def test_the_staff_columns_fill_the_table_as_the_other_lists_do(
    workspace: WorkspaceFactory, qtbot: QtBot, larger: bool
) -> None:
    """The name's column takes the room the others leave, at 1366×768 in normal and in larger
    text: the table left an empty band to the right of its last column (the Laptops table did
    the same until its officer's column stretched)."""
    window = workspace("supervisor", pages=["staff"])
    window.ui.actionLargeFont.setChecked(larger)
    window.view.apply_look()
    window.resize(1366, 728)
    qtbot.waitExposed(window)
    page = _page(window, qtbot)
    view, header = page.ui.staffView, page.ui.staffView.horizontalHeader()

    def used() -> int:
        return sum(header.sectionSize(c) for c in range(page.model.columnCount()))

    # Waited for as a settled state (as the Laptops table's test): the first read and the
    # scroll bar's coming can fit the columns more than once before the page is still.
    qtbot.waitUntil(lambda: used() == view.viewport().width(), timeout=15_000)
    name = page.model.column_of("name")
    assert header.sectionSize(name) == max(
        header.sectionSize(c) for c in range(page.model.columnCount())
    )


def test_the_status_line_is_said_again_in_the_new_language_after_a_switch(
    workspace: WorkspaceFactory, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """What the last action said (an account added, revoked, a refusal with its code) is said
    again in the language switched to: it stayed in the old one, under a page in the new."""
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    status = page.ui.statusLabel
    page.ask_add()
    dialog = _add_dialog(page, qtbot)
    ui = dialog.ui
    ui.usernameEdit.setText(NEW[0])
    ui.nameEdit.setText(NEW[1])
    ui.passwordEdit.setText(NEW[2])
    ui.repeatEdit.setText(NEW[2])
    with qtbot.waitSignal(page.added, timeout=20_000):
        ui.addButton.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.busy, timeout=20_000)
    assert (
        status.text() == f"{NEW[0]} added as Officer. Their laptop lists them after its next sync."
    )
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Staf")
    assert status.text().startswith(f"{NEW[0]} ditambahkan sebagai Petugas.")

    page.choose(NEW[0])
    page.ask_revoke()
    revoke = _revoke_dialog(page, qtbot)
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        revoke.ui.revokeButton.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert status.text() == f"{NEW[0]} dicabut: masuknya ditolak mulai sekarang."
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Staff")
    assert status.text() == f"{NEW[0]} revoked: their sign-in is refused from now on."

    page.choose(SUPERVISOR[0])
    page.ask_revoke()  # one's own account: the refusal's words, not a dialog
    assert status.text() == message("STAFF_REVOKE_SELF", "en")
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Staf")
    assert status.text() == message("STAFF_REVOKE_SELF", "id")


def test_the_add_dialogs_error_line_is_said_again_in_the_new_language_the_last_one_only(
    workspace: WorkspaceFactory, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """The add dialog's error line (a field left empty, the server's refusal with its code)
    follows a language switch while the dialog is open: it stayed in the old language. What
    comes back is what was said last, never an earlier refusal over a later word."""
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    page.ask_add()
    dialog = _add_dialog(page, qtbot)
    ui, error = dialog.ui, dialog.ui.errorLabel
    ui.addButton.click()
    assert error.text() == "Write the user name."
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: ui.addButton.text() != "&Add")
    assert error.text() == "Tulis nama pengguna."

    ui.usernameEdit.setText("citra")
    ui.nameEdit.setText("Citra\u202eLestari")  # a right-to-left override: refused
    ui.passwordEdit.setText(NEW[2])
    ui.repeatEdit.setText(NEW[2])
    with qtbot.waitSignal(page.failed, timeout=20_000):
        ui.addButton.click()
    qtbot.waitUntil(ui.addButton.isEnabled)
    assert message("STAFF_NAME_INVALID", "id") in error.text()
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: ui.addButton.text() == "&Add")
    assert message("STAFF_NAME_INVALID", "en") in error.text()
    assert "STAFF_NAME_INVALID" in error.text()
    assert dialog.focusWidget() is ui.nameEdit

    ui.nameEdit.setText(NEW[1])
    ui.passwordEdit.setText(NEW[2])
    ui.repeatEdit.setText("something else")
    ui.addButton.click()  # said after the refusal: the one a switch says again
    assert error.text() == "The two passwords differ: type it again."
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: ui.addButton.text() != "&Add")
    assert error.text() == "Kedua kata sandi tidak sama: ketik ulang."


def test_the_revoke_dialogs_failure_is_said_again_in_the_new_language(
    workspace: WorkspaceFactory, ws_ctx: AppContext, ws_server: BranchServer, qtbot: QtBot
) -> None:
    """A revoke that failed (here the branch unreachable, with its code) is said in the dialog
    and follows a language switch while the dialog is open: it stayed in the old language."""
    window = workspace("supervisor", pages=["staff"])
    page = _page(window, qtbot)
    page.choose(CLERK[0])
    page.ask_revoke()
    dialog = _revoke_dialog(page, qtbot)
    error = dialog.ui.errorLabel
    ws_server.stop()
    with qtbot.waitSignal(page.failed, timeout=20_000):
        dialog.ui.revokeButton.click()
    qtbot.waitUntil(dialog.ui.revokeButton.isEnabled)
    assert message("SERVER_UNREACHABLE", "en") in error.text()
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Staf")
    assert message("SERVER_UNREACHABLE", "id") in error.text()
    assert "SERVER_UNREACHABLE" in error.text() and dialog.isVisible()
