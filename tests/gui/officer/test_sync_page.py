"""The Sync page against the real branch server on 127.0.0.1: sync, needs attention, export,
the demo profile that is not enrolled and its enrolment from the Sync page (the demo put aside,
or back after a refusal), enrolment from the first-run screen, automatic sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.hashing import content_hash
from bpu_enroll.gui.app import AppController, make_context
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.context import AppContext, load_reference
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.first_run import FirstRunWindow
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog, split_code
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import PAGE_NEW, PAGE_SYNC, MainWindow
from bpu_enroll.gui.officer.sync.page import SyncPage
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.models import Registration
from tests.gui.fit import fit_problems
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    ServerThread,
    enrol,
    make_branch,
    registration,
)

from .conftest import run_task, worker


@dataclass
class BranchServer:
    """A branch on SQLite served on loopback."""

    branch: Branch
    server: ServerThread


@pytest.fixture
def branch_server(tmp_path: Path) -> Iterator[BranchServer]:
    """A fresh branch and its real API on 127.0.0.1."""
    branch = make_branch(f"sqlite:///{tmp_path / 'branch.db'}")
    server = ServerThread(create_branch_app(branch.engine)).start()
    try:
        yield BranchServer(branch, server)
    finally:
        server.stop()
        branch.engine.dispose()


def _signed_in_context(qtbot: QtBot, data_dir: Path, username: str, password: str) -> AppContext:
    ctx = make_context(data_dir, "id")
    ctx.extras["auto_sync_ms"] = 3_600_000  # no automatic run unless a test asks for one
    session = run_task(qtbot, ctx, unlock, data_dir, username, password)
    ctx.session = session
    ctx.registrations = RegistrationService(session)
    ctx.officer, ctx.officer_name = session.officer.username, session.officer.display_name
    ctx.province_code = session.profile.province_code
    ctx.reference = load_reference()
    return ctx


@pytest.fixture
def enrolled_window(
    qtbot: QtBot, tmp_path: Path, branch_server: BranchServer
) -> Iterator[MainWindow]:
    """The main window of an officer on a laptop enrolled at `branch_server`."""
    laptop_dir = tmp_path / "laptop"
    enrol(branch_server.branch, branch_server.server.url, laptop_dir, open_session=False)
    ctx = _signed_in_context(qtbot, laptop_dir, OFFICER, PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.summary is not None)
    qtbot.waitUntil(lambda: window.sync_page.overview is not None)
    yield window
    window.sync_page.auto_timer.stop()
    assert ctx.tasks.wait_idle()
    session, ctx.session = ctx.session, None
    if session is not None:
        run_task(qtbot, ctx, session.close)


def _register(qtbot: QtBot, window: MainWindow, serial: int) -> str:
    assert window.ctx.registrations is not None
    result = run_task(qtbot, window.ctx, window.ctx.registrations.finalise, registration(serial))
    window.refresh_status()
    return str(result.id)


def _refuse_consent(qtbot: QtBot, window: MainWindow, record_id: str) -> None:
    """Withdraw consent in the stored record (and re-seal it), as a laptop with other rules
    would have stored it: the branch's rules then reject it."""

    def tamper() -> None:
        assert window.ctx.session is not None
        with window.ctx.session.store.session() as db:
            row = db.get(Registration, record_id)
            assert row is not None
            data = json.loads(row.data_json)
            data["consent"] = False
            row.data_json = json.dumps(
                data, sort_keys=True, ensure_ascii=False, separators=(",", ":")
            )
            row.content_hash = content_hash(data, json.loads(row.quote_json))
            db.add(row)

    run_task(qtbot, window.ctx, tamper)


def _sync(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.synced, timeout=30_000) as blocker:
        page.ui.syncButton.click()
    assert blocker.args is not None and blocker.args[0] is not None, page.ui.resultLabel.text()


def test_sync_sends_a_registration_and_the_status_bar_drops_to_zero(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    window = enrolled_window
    record = _register(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.pending == 1)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    assert not page.ui.notEnrolledFrame.isVisible()
    assert branch_server.server.url in page.ui.serverLabel.text()
    assert page.ui.syncButton.isEnabled()

    _sync(qtbot, page)

    assert page.ui.sentValue.text() == "1"
    assert page.ui.acceptedValue.text() == "1"
    assert page.ui.rejectedValue.text() == "0"
    assert page.ui.pendingValue.text() == "0"
    assert not page.ui.progressBar.isVisible()  # nothing runs: no bar
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.pending == 0)
    assert window.summary is not None and window.summary.last_sync_at is not None
    pending_label = window.findChild(type(page.ui.statusLabel), "pendingStatusLabel")
    assert pending_label is not None and pending_label.text().endswith("0")
    held = branch_server.branch.records()
    assert held[record].state == "accepted" and held[record].kpj


@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "larger-text"])
def test_the_bar_shows_only_while_a_sync_runs_and_nothing_moves(
    qtbot: QtBot, app_look: None, enrolled_window: MainWindow, large: bool
) -> None:
    """The idle Sync page showed its bar at "0%", as if a sync stood still at its start. The bar
    shows while a sync runs, with its figure as the records are counted; before and after there
    is none, and its room is kept. The buttons stay where they are, at 1366×728 in both text
    sizes: they moved 19 px to the left while a sync ran ("Sinkronkan sekarang", disabled, lost
    its bold type and narrowed) and 2 px lower after it (the button, back with the keyboard,
    grew by its wider focus frame)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    window = enrolled_window
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    _register(qtbot, window, 2)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    ui = page.ui
    bar = ui.progressBar
    page.ui.syncButton.setFocus()  # the keyboard on it, as after the sync
    QApplication.processEvents()

    def state() -> tuple[bool, list[tuple[int, int, int, int]]]:
        buttons = (ui.syncButton, ui.exportButton, ui.resendButton, bar)
        return bar.isVisible(), [b.geometry().getRect() for b in buttons]

    idle = state()
    assert not idle[0] and idle[1][3][2] > 0  # no bar, its room kept
    running: list[tuple[object, ...]] = []
    page._progress.changed.connect(lambda done, total: running.append((*state(), bar.text())))
    _sync(qtbot, page)
    assert running, "no progress reported"
    assert all(seen[0] and str(seen[2]).endswith("%") for seen in running), running
    assert all(seen[1] == idle[1] for seen in running), (running, idle)
    QApplication.processEvents()
    assert ui.resultLabel.isVisible() and QApplication.focusWidget() is ui.syncButton
    after = state()  # after the sync, no bar again; the result line says how it ended
    assert after == idle


@pytest.mark.parametrize("width", [1366, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "larger-text"])
def test_the_page_does_not_scroll_sideways(
    qtbot: QtBot, app_look: None, enrolled_window: MainWindow, *, large: bool, lang: str, width: int
) -> None:
    """At 1280×728 in larger text the Sync page of an enrolled laptop scrolled sideways by
    33 px in Indonesian: its three buttons, "Sinkronkan sekarang" bold, and the least width of
    the progress bar beside them (its room kept while hidden) were wider than the page. The bar
    takes what room the buttons leave; the page fits idle, with the bar shown and with the
    keyboard on the sync button, at 1366 and 1280 px, in both text sizes and languages."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    window = enrolled_window
    window.ctx.languages.set_language(lang)
    size = QSize(width, SMALLEST_SCREEN.height())
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    area = page.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea)
    assert page.ui.syncButton.isEnabled()
    page.ui.syncButton.setFocus()
    # The pages' scroll area shows no sideways bar: what is wider than it is cut on the right.
    assert fit_problems(window, size) == []
    assert area.horizontalScrollBar().maximum() == 0, area.horizontalScrollBar().maximum()
    page._bar_busy()  # as while a sync or an export runs
    assert page.ui.progressBar.isVisible()
    assert fit_problems(window, size) == []
    assert area.horizontalScrollBar().maximum() == 0, area.horizontalScrollBar().maximum()
    page._bar_at_rest()


def test_a_rejected_record_needs_attention_and_opens_for_correction(
    qtbot: QtBot, enrolled_window: MainWindow
) -> None:
    window = enrolled_window
    _register(qtbot, window, 2)
    bad = _register(qtbot, window, 3)
    _refuse_consent(qtbot, window, bad)
    page = window.sync_page
    window.show_page(PAGE_SYNC)

    _sync(qtbot, page)

    assert (page.ui.acceptedValue.text(), page.ui.rejectedValue.text()) == ("1", "1")
    qtbot.waitUntil(
        lambda: page.overview is not None and [i.id for i in page.overview.attention] == [bad]
    )
    assert page.ui.attentionList.count() == 1
    item = page.ui.attentionList.item(0)
    assert message("CONSENT_REQUIRED", "id") in item.text()
    assert "CONSENT_REQUIRED" in item.text()

    with qtbot.waitSignal(page.correction_requested, timeout=20_000) as blocker:
        view = page.ui.attentionList
        view.setCurrentItem(item)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Return)  # activation, as a double-click does
    assert blocker.args is not None and blocker.args[0].row.id == bad
    assert window.ui.pageStack.currentIndex() == PAGE_NEW


def test_export_writes_a_batch_the_branch_dry_run_reads(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    window = enrolled_window
    _register(qtbot, window, 4)
    _register(qtbot, window, 5)
    page = window.sync_page
    out = tmp_path / "usb" / "batch.bpub"
    page.choose_export_path = lambda: out

    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: out.is_file() and page.ui.exportButton.isEnabled(), timeout=20_000)

    assert str(out) in as_written(page.ui.resultLabel.text())
    counts = import_batch_file(branch_server.branch.engine, out.read_bytes(), dry_run=True)
    assert counts["dry_run"] is True
    assert counts["new"] == 2
    assert branch_server.branch.records() == {}  # a dry run stores nothing


def test_the_sync_says_what_waits_for_a_clerk_and_which_decisions_came_back(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    """Records held for a clerk's review were counted nowhere on the page, and the clerk's
    decisions a sync brought back counted nothing either (they are not this run's answers):
    the officer saw "Sync finished." and zeros. Then the count of records waiting for review
    was this run's answers only: after the next sync it said nothing while one still waited.
    It is the store's count now, after each sync and whenever the page is shown."""
    from bpu_enroll.sync.staff_client import StaffClient
    from tests.integration.helpers import exhaust_kpj_range, extend_kpj_range

    window, branch = enrolled_window, branch_server.branch
    page = window.sync_page
    result = page.ui.resultLabel

    def waiting(count: int) -> str:
        return page.tr("%Ln record(s) wait for a clerk's review at the branch.", "", count)

    exhaust_kpj_range(branch)  # no KPJ left: the branch holds new records for a clerk
    first, second = _register(qtbot, window, 31), _register(qtbot, window, 32)
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)
    qtbot.waitUntil(lambda: result.text() == f"{page.tr('Sync finished.')} {waiting(2)}")
    extend_kpj_range(branch)
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    clerk = StaffClient(branch_server.server.url, timeout=30)
    clerk.login("rina", "rahasia-rina")
    clerk.decide(first, "accept", None, "")
    _sync(qtbot, page)
    decided = page.tr("%Ln decision(s) of the branch clerk received.", "", 1)
    said = f"{page.tr('Sync finished.')} {decided} {waiting(1)}"  # the second still waits
    qtbot.waitUntil(lambda: result.text() == said)
    # The second decided and synced while the officer is on another page (the CLI's way):
    # the page says so when shown again.
    clerk.decide(second, "accept", None, "")
    clerk.close()
    window.show_page(PAGE_NEW)
    run_task(qtbot, window.ctx, page.service.run)
    window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: result.text() == f"{page.tr('Sync finished.')} {decided}")


def test_a_page_shown_without_a_sync_says_what_waits_for_review(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    """Records a sync left waiting for review, said when the page is first shown."""
    from tests.integration.helpers import exhaust_kpj_range

    window = enrolled_window
    exhaust_kpj_range(branch_server.branch)
    _register(qtbot, window, 33)
    run_task(qtbot, window.ctx, window.sync_page.service.run)  # synced as the CLI does
    window.show_page(PAGE_SYNC)
    said = window.sync_page.tr("%Ln record(s) wait for a clerk's review at the branch.", "", 1)
    qtbot.waitUntil(lambda: window.sync_page.ui.resultLabel.text() == said)


def test_with_nothing_waiting_the_export_asks_for_no_file(
    qtbot: QtBot, enrolled_window: MainWindow
) -> None:
    """With every record at the branch, Export to USB wrote a file of 0 registrations, and
    said so only after the officer had chosen where: the stick would carry nothing."""
    page = enrolled_window.sync_page
    asked: list[bool] = []
    page.choose_export_path = lambda: asked.append(True)  # type: ignore[method-assign,func-returns-value]
    page.ui.exportButton.click()
    said = page.tr("Nothing to export: every registration has reached the branch.")
    qtbot.waitUntil(lambda: page.ui.resultLabel.text() == said, timeout=20_000)
    assert asked == []


def test_a_region_package_from_the_branch_is_used_at_once_after_the_sync(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    from bpu_enroll.branch.admin.reference import publish

    window = enrolled_window
    picker = window.registration_page.form.village
    assert [e for e in picker.search("desa contoh baru") if not e.header] == []
    with Session(branch_server.branch.engine) as db:
        publish(
            db, {"version": "wilayah-2027.1", "villages": {"32.01.01.2999": "Desa Contoh Baru"}}
        )
    window.show_page(PAGE_SYNC)

    with qtbot.waitSignal(window.reference_changed, timeout=30_000):
        window.sync_page.ui.syncButton.click()

    found = [e for e in picker.search("desa contoh baru") if not e.header]
    assert [e.code for e in found] == ["32.01.01.2999"]
    assert window.ctx.reference is not None
    village = window.ctx.reference.regions.village("3201012999")
    assert village is not None and village.name == "Desa Contoh Baru"


def test_the_branch_unreachable_only_updates_the_automatic_sync_label(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    window = enrolled_window
    page = window.sync_page
    branch_server.server.stop()
    page.auto_timer.setInterval(10)
    page.auto_timer.start()
    qtbot.waitUntil(lambda: page.ui.autoSyncLabel.text() != "", timeout=20_000)
    page.auto_timer.stop()
    assert page.report is None  # no sync was attempted
    assert page.ui.syncButton.isEnabled()


def test_automatic_sync_runs_when_the_branch_answers(
    qtbot: QtBot, enrolled_window: MainWindow
) -> None:
    window = enrolled_window
    _register(qtbot, window, 6)
    page = window.sync_page
    with qtbot.waitSignal(page.synced, timeout=30_000):
        page.auto_timer.setInterval(10)
        page.auto_timer.start()
    page.auto_timer.stop()
    assert page.report is not None and page.report.to_dict()["accepted"] == 1
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.pending == 0)


def test_the_demo_profile_says_it_is_not_enrolled(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.sync_page
    main_window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.overview is not None and page.overview.demo
    assert page.ui.notEnrolledFrame.isVisible()
    assert "tidak terdaftar" in page.ui.notEnrolledLabel.text().lower()
    assert not page.ui.syncButton.isEnabled() and not page.ui.exportButton.isEnabled()
    assert not page.auto_timer.isActive()
    dialog = page.open_enrol_dialog()
    assert isinstance(dialog, EnrolDialog) and dialog.isVisible() and dialog.replace_demo
    dialog.ui.serverEdit.setText("http://127.0.0.1:9")
    dialog.ui.codeEdit.setText("AAAA-BBBB-CCCC")
    dialog.ui.enrolButton.click()  # asks first; nothing is touched before the answer
    box = dialog.confirmation
    assert box is not None and box.isVisible()
    assert "demo-archive" in box.informativeText()
    assert "http://127.0.0.1:9" in box.informativeText()
    keep = [b for b in box.buttons() if b is not dialog.confirm_button()]
    with qtbot.assertNotEmitted(page.demo_enrol_requested):
        keep[0].click()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() != ""
    assert (main_window.ctx.data_dir / "keyring.json").is_file()
    assert not list(main_window.ctx.data_dir.glob("demo-archive-*"))
    dialog.reject()


def _sign_in(qtbot: QtBot, controller: AppController, username: str, password: str) -> None:
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.select_officer(username), timeout=20_000)
    login.ui.passwordEdit.setText(password)
    login.ui.loginButton.click()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=30_000)


def _demo_main_window(qtbot: QtBot, ctx: AppContext) -> tuple[AppController, MainWindow]:
    """The app on the demo profile (one practice registration), `demo` signed in."""
    with unlock(ctx.data_dir, "demo", "demo", now=ctx.clock) as session:
        RegistrationService(session, now=ctx.clock).finalise(worker())
    ctx.extras["auto_sync_ms"] = 3_600_000
    controller = AppController(ctx)
    controller.start()
    _sign_in(qtbot, controller, "demo", "demo")
    window = controller.window
    assert isinstance(window, MainWindow)
    window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: window.sync_page.overview is not None, timeout=20_000)
    return controller, window


def _enrol_from_sync_page(qtbot: QtBot, controller: AppController, url: str, code: str) -> None:
    window = controller.window
    assert isinstance(window, MainWindow)
    dialog = window.sync_page.open_enrol_dialog()
    dialog.ui.serverEdit.setText(url)
    dialog.ui.codeEdit.setText(code)
    dialog.ui.enrolButton.click()
    button = dialog.confirm_button()
    assert button is not None
    with qtbot.waitSignal(controller.window_changed, timeout=20_000):
        button.click()
    assert isinstance(controller.window, LoginWindow)


def test_enrolling_a_demo_laptop_from_the_sync_page_lists_the_branch_officers(
    qtbot: QtBot, ctx: AppContext, branch_server: BranchServer
) -> None:
    controller, _window = _demo_main_window(qtbot, ctx)
    issued = branch_server.branch.code()

    _enrol_from_sync_page(qtbot, controller, branch_server.server.url, issued.code)

    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.ui.officerCombo.count() == 1, timeout=30_000)
    assert login.ui.officerCombo.itemData(0) == OFFICER
    assert "demo-archive-" in login.ui.messageLabel.text()
    archives = list(ctx.data_dir.glob("demo-archive-*"))
    assert len(archives) == 1 and (archives[0] / "store.db").is_file()
    assert (ctx.data_dir / "sync.json").is_file()
    assert branch_server.branch.records() == {}  # the practice registration stayed behind
    _sign_in(qtbot, controller, OFFICER, PASSWORD)
    assert ctx.branch_code == "JKT01"
    controller.shutdown()


def test_a_refused_code_leaves_the_demo_usable(
    qtbot: QtBot, ctx: AppContext, branch_server: BranchServer
) -> None:
    controller, window = _demo_main_window(qtbot, ctx)
    QTest.keyClicks(window.registration_page.ui.nameEdit, "ani")  # unsaved until sign-out

    _enrol_from_sync_page(qtbot, controller, branch_server.server.url, "AAAA-BBBB-CCCC")

    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.waitUntil(lambda: login.ui.officerCombo.count() == 2, timeout=30_000)
    # The code held to the word before and on one line, as every coded sentence holds it.
    qtbot.waitUntil(lambda: "\u00a0(kode\u00a0" in login.ui.messageLabel.text(), timeout=30_000)
    assert not list(ctx.data_dir.glob("demo-archive-*"))
    _sign_in(qtbot, controller, "demo", "demo")
    assert ctx.branch_code == "DEMO"
    service = ctx.registrations
    assert service is not None
    counted: list[int] = []
    ctx.tasks.run_db(service.count, on_done=counted.append)  # connected before it can finish
    qtbot.waitUntil(lambda: counted == [1], timeout=20_000)
    drafts: list[list[str]] = []
    ctx.tasks.run_db(lambda: [d.label for d in service.list_drafts()], on_done=drafts.append)
    qtbot.waitUntil(lambda: drafts == [["ANI"]], timeout=20_000)  # saved as at sign-out
    controller.shutdown()


def test_enrolment_from_the_first_run_screen_goes_on_to_sign_in(
    qtbot: QtBot, tmp_path: Path, branch_server: BranchServer
) -> None:
    ctx = make_context(tmp_path / "new-laptop", "id")
    window = FirstRunWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.ui.enrolButton.click()
    dialog = window.findChild(EnrolDialog)
    assert dialog is not None
    dialog.ui.serverEdit.setText(branch_server.server.url)
    dialog.ui.codeEdit.setText("AAAA-BBBB-CCCC")  # not issued by the branch
    dialog.ui.enrolButton.click()
    qtbot.waitUntil(lambda: "(kode" in dialog.ui.errorLabel.text(), timeout=20_000)
    said = dialog.ui.errorLabel.text()
    assert "\u00a0(kode\u00a0" in said  # the code held on one line
    # In the officer's language, not the branch's English words for its logs.
    assert said.startswith("Kantor cabang menolak pendaftaran: Kode pendaftaran tidak dikenal, ")
    assert "enrolment code" not in said and "ENROL_CODE_INVALID" in said
    assert dialog.ui.enrolButton.isEnabled()
    assert dialog.isVisible()

    issued = branch_server.branch.code()
    dialog.ui.codeEdit.setText(f"{issued.code}@{issued.fingerprint}")
    with qtbot.waitSignal(window.profile_ready, timeout=30_000):
        dialog.ui.enrolButton.click()
    assert dialog.outcome is not None and dialog.outcome.branch_code == "JKT01"
    assert (tmp_path / "new-laptop" / "sync.json").is_file()
    assert ctx.tasks.wait_idle()


def test_a_failed_enrolment_gives_the_keyboard_back_to_enrol(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter on Enrol, and the branch not reached: the fields and Enrol, disabled while it
    worked, had passed the keyboard on to Cancel, and Enter again closed the dialog and lost
    the address and code typed. The keyboard is back on Enrol (Enter tries again)."""
    ctx = make_context(tmp_path / "new-laptop", "id")
    window = FirstRunWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.ui.enrolButton.click()
    dialog = window.findChild(EnrolDialog)
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.serverEdit.setText("http://127.0.0.1:9")  # nobody answers there
    dialog.ui.codeEdit.setText("AAAA-BBBB-CCCC")
    button = dialog.ui.enrolButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "NETWORK" in dialog.ui.errorLabel.text(), timeout=20_000)
    assert QApplication.focusWidget() is button
    assert dialog.isVisible() and dialog.ui.codeEdit.text() == "AAAA-BBBB-CCCC"
    dialog.reject()
    assert ctx.tasks.wait_idle()


def test_split_code_reads_the_fingerprint_form() -> None:
    assert split_code(" ABCD-EFGH-JKLM@sha256:ab12 ") == ("ABCD-EFGH-JKLM", "sha256:ab12")
    assert split_code("ABCD-EFGH-JKLM") == ("ABCD-EFGH-JKLM", None)


def test_needs_attention_lines_wrap_instead_of_running_off_the_side(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A clerk's request with a long reason wraps inside the list at 1366×728: it ran off the
    right edge, cut mid-sentence, behind a sideways scroll bar. Reasons read as sentences, not
    joined by "; " after their full stops."""
    from bpu_enroll.gui.officer.sync.page import Overview
    from bpu_enroll.services.attention import AttentionItem

    main_window.resize(1366, 728)
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    item = AttentionItem(
        "r1", "3201-D0001-20261205-00003", "AGUS SALIM", ("CORRECTION_REQUESTED", "NAME_FORMAT"),
        note="Nama pada KTP: mohon cek ejaan",
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.overview is not None)
    page.overview = Overview(True, "https://127.0.0.1:8750", [item])
    page._show_attention()
    view = page.ui.attentionList
    text = view.item(0).text()
    assert ".;" not in text and message("NAME_FORMAT", "id") in text
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(0)).height() > 0)
    assert view.horizontalScrollBar().maximum() == 0
    longest = max(view.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    assert longest > view.viewport().width()  # the test means something: the line is long
    lines = view.visualItemRect(view.item(0)).height() // view.fontMetrics().lineSpacing()
    assert lines > len(text.split("\n"))  # wrapped onto more lines than it has


def test_the_enrol_dialog_takes_the_branch_address_without_its_scheme(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """`10.0.0.5:8750`, as the branch admin says it, is taken for https:// as by `bpu-enroll
    enroll` and the workstation set-up; the dialog refused it and asked for https://."""
    dialog = main_window.sync_page.open_enrol_dialog()
    dialog.ui.serverEdit.setText("10.0.0.5:abc")
    dialog.ui.codeEdit.setText("AAAA-BBBB-CCCC@sha256:" + "ab" * 32)
    dialog.ui.enrolButton.click()
    assert dialog.confirmation is None and dialog.ui.errorLabel.text() != ""
    dialog.ui.serverEdit.setText(" 10.0.0.5:8750/ ")
    dialog.ui.enrolButton.click()
    box = dialog.confirmation
    assert box is not None and box.isVisible()
    assert "https://10.0.0.5:8750." in box.informativeText()
    keep = [b for b in box.buttons() if b is not dialog.confirm_button()]
    keep[0].click()
    dialog.reject()


def test_the_batch_file_is_named_with_the_branch_date_and_time(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 06:37 WIB on 5 December (23:37 UTC on the 4th) the suggested USB file name says
    20261205-0637, the officer's day and clock; it said 20261204-2337, the day before."""
    from datetime import UTC, datetime

    from bpu_enroll.gui.officer.sync import page as module

    main_window.ctx.clock = lambda: datetime(2026, 12, 4, 23, 37, tzinfo=UTC)
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, kinds: str) -> tuple[str, str]:
        asked.extend([suggested, kinds])
        return "", ""

    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", save_name)
    assert main_window.sync_page.choose_export_path() is None
    # `.bpu`, as the README and `bpu-enroll export-batch --out` say
    assert Path(asked[0]).name == "bpu-batch-D0001-20261205-0637.bpu"
    assert asked[1].endswith("(*.bpu)"), asked[1]


def test_the_automatic_sync_line_follows_a_language_switch(
    qtbot: QtBot, enrolled_window: MainWindow
) -> None:
    """A sync made in Indonesian, then English chosen: the line under the page said
    "Percobaan terakhir pada … 09.30 WIB." until the next sync; it is said again in English,
    the time written 09:30."""
    from datetime import UTC, datetime

    window = enrolled_window
    window.ctx.clock = lambda: datetime(2026, 5, 4, 2, 30, tzinfo=UTC)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    _sync(qtbot, page)
    assert page.ui.autoSyncLabel.text() == "Percobaan terakhir pada 4 Mei 2026 09.30 WIB."
    window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.autoSyncLabel.text() == "Last attempt at 4 May 2026 09:30 WIB.")
    window.ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.autoSyncLabel.text().endswith(" 09.30 WIB."))


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "1.234 pendaftaran menunggu sinkron. Sinkron terakhir: 12:00."),
     ("en", "1.234 registrations waiting to sync. Last sync: 12:00.")],
)  # fmt: skip
def test_counts_in_the_officers_sentences_have_the_thousands_dot(
    lang: str, said: str, main_window: MainWindow
) -> None:
    """A laptop holds thousands of records: its sentences said `1234 registrations` where the
    workspace's and the tables' figures read `1.234` (%n instead of %Ln)."""
    main_window.ctx.languages.set_language(lang)
    page = main_window.sync_page
    page.show_status(1_234, "12:00")
    assert page.ui.statusLabel.text() == said


def test_the_keyboard_stays_on_the_button_that_synced_or_exported(
    qtbot: QtBot, enrolled_window: MainWindow, tmp_path: Path
) -> None:
    window = enrolled_window
    _register(qtbot, window, 6)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.syncButton.setFocus()
    qtbot.waitUntil(page.ui.syncButton.hasFocus)
    with qtbot.waitSignal(page.synced, timeout=30_000):
        QTest.keyClick(page.ui.syncButton, Qt.Key.Key_Return)
    assert window.focusWidget() is page.ui.syncButton  # not "Export to USB" next to it
    _register(qtbot, window, 7)
    out = tmp_path / "usb" / "batch.bpub"
    page.choose_export_path = lambda: out
    page.ui.exportButton.setFocus()
    QTest.keyClick(page.ui.exportButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: out.is_file() and page.ui.exportButton.isEnabled(), timeout=20_000)
    assert window.focusWidget() is page.ui.exportButton


def test_a_record_sent_back_shows_its_codes_as_the_form_shows_a_fields(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The form says a refused field's code after its words, "… (NAME_FORMAT)"; a record the
    branch sent back said its codes in brackets, "[CORRECTION_REQUESTED, NAME_FORMAT]", in the
    Needs attention list and in the record's details. All three say them one way now."""
    from dataclasses import replace

    from bpu_enroll.gui.officer.details import details_html
    from bpu_enroll.gui.officer.sync.words import attention_text
    from bpu_enroll.services.attention import AttentionItem

    from .conftest import WORKER, register, run_task

    codes = ("CORRECTION_REQUESTED", "NAME_FORMAT")
    shown = "(CORRECTION_REQUESTED, NAME_FORMAT)"
    item = AttentionItem("r1", "3201-D0001-20261205-00003", "AGUS SALIM", codes)
    line = attention_text(item, "id")
    # A no-break space before the codes: they stay with the last word, as the form's do.
    assert f"{message('NAME_FORMAT', 'id')}\u00a0{shown}" in line.split("\n")[0]
    assert "[" not in line
    ctx = main_window.ctx
    assert ctx.registrations is not None
    stored = register(qtbot, ctx, WORKER)
    detail = replace(run_task(qtbot, ctx, ctx.registrations.get, stored.id), reject_codes=codes)
    html = details_html(detail, ctx)
    assert f"\u00a0{shown}" in html and "[CORRECTION" not in html


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_failures_code_stays_with_its_last_word(lang: str, main_window: MainWindow) -> None:
    """A failed sync or USB refusal ended "… (RECEIPT_NOT_HELD)" after a plain space, so in
    larger text the code could stand alone on a line; a no-break space holds it to the last
    word, as the form's field messages do, and "(kode NOT_ENROLLED)" stays on one line."""
    from bpu_enroll.domain.errors import BpuError
    from bpu_enroll.gui.officer.sync.words import failure_text
    from bpu_enroll.sync.client import SyncRefused

    languages = main_window.ctx.languages
    languages.set_language(lang)
    try:
        word = {"id": "kode", "en": "code"}[lang]
        unknown = BpuError("RECEIPT_NOT_HELD", receipts=["JKT01-D0001-20260506-99999"])
        held = failure_text(unknown, lang)
        assert held.endswith("\u00a0(RECEIPT_NOT_HELD)"), held
        refused = failure_text(SyncRefused(403, "DEVICE_REVOKED", "revoked"), lang)
        assert refused.endswith(f"\u00a0({word}\u00a0DEVICE_REVOKED)"), refused
        alone = failure_text(BpuError("NOT_ENROLLED"), lang)
        assert alone.endswith(f"\u00a0({word}\u00a0NOT_ENROLLED)."), alone
    finally:
        languages.set_language("id")


def test_the_result_line_says_the_last_thing_again_in_the_new_language(
    qtbot: QtBot, enrolled_window: MainWindow, tmp_path: Path
) -> None:
    """An export's line stayed in the old language after a switch, and once a sync had run a
    switch put "Sync finished." back over what came after it ("Nothing to export…"). The line
    says the last thing that happened, in the language chosen."""
    window = enrolled_window
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    label = page.ui.resultLabel
    _register(qtbot, window, 4)
    out = tmp_path / "usb" / "batch.bpub"
    page.choose_export_path = lambda: out
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: out.is_file() and page.ui.exportButton.isEnabled(), timeout=20_000)
    assert "1 pendaftaran ditulis ke" in label.text()
    window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: "1 registration written to" in label.text())
    assert str(out) in as_written(label.text())

    _sync(qtbot, page)
    assert label.text().startswith("Sync finished.")
    page.ui.exportButton.click()  # nothing waits now: no file is asked for
    nothing = "Nothing to export: every registration has reached the branch."
    qtbot.waitUntil(lambda: label.text() == nothing)
    window.ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: label.text() == page.tr(nothing) != nothing)
