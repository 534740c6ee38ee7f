"""Every list of the officer's app keeps its chosen row across a language switch and across its
re-read (the page shown again, the list read again after a sync or a delete): the same record
(by what it is, not its place), the keyboard's focus, the scroll and the details shown beside
the list, with real records in the laptop's store (and a real branch for what needs attention).
The lists were filled anew and chose their first row again (or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.main_window import PAGE_LIST, PAGE_SYNC, PAGE_TALLY, MainWindow
from bpu_enroll.gui.officer.registrations.page import FIRST_PAGE
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import copy_pending, exhaust_kpj_range

from .conftest import register, run_task, worker
from .test_sync_page import BranchServer, _register, _sync, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below

SECOND = {"nik": "3171011203850004", "full_name": "AGUS SALIM", "birth_date": "1985-03-12"}


@dataclass(frozen=True)
class Opened:
    """A list on screen: its view, what its row `r` is, how it is read again, the details
    shown beside it."""

    ctx: AppContext
    view: QAbstractItemView
    identity: Callable[[int], object]
    reread: Callable[[], None]
    details: Callable[[], str] = lambda: ""


def _user_data(view: Any) -> Callable[[int], object]:
    return lambda row: view.model().index(row, 0).data(Qt.ItemDataRole.UserRole)


def _registrations(qtbot: QtBot, request: pytest.FixtureRequest) -> Opened:
    window: MainWindow = request.getfixturevalue("main_window")
    register(qtbot, window.ctx, worker())
    register(qtbot, window.ctx, worker(**SECOND))
    window.show_page(PAGE_LIST)
    page = window.registrations_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.detail is not None)
    view = page.ui.registrationsView
    view.selectRow(1)
    wanted = page.model.row_at(1)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row == wanted)

    def identity(row: int) -> object:
        shown = page.model.row_at(row)
        return shown.id if shown is not None else None

    # the page shown again reads its rows again (`reload`)
    return Opened(window.ctx, view, identity, page.reload, page.ui.detailsText.toPlainText)


def _drafts(qtbot: QtBot, request: pytest.FixtureRequest) -> Opened:
    window: MainWindow = request.getfixturevalue("main_window")
    service = window.ctx.registrations
    assert service is not None
    for name in ("SRI WAHYUNI", "AGUS SALIM"):
        run_task(qtbot, window.ctx, service.save_draft, {"full_name": name}, None)
    dialog = DraftsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.draftsList
    qtbot.waitUntil(lambda: view.count() == 2 and view.currentRow() == 0)
    view.setCurrentRow(1)
    return Opened(window.ctx, view, _user_data(view), dialog._load)  # as after a delete


def _tally(qtbot: QtBot, request: pytest.FixtureRequest) -> Opened:
    window: MainWindow = request.getfixturevalue("main_window")
    register(qtbot, window.ctx, worker())
    window.show_page(PAGE_TALLY)
    page = window.tally_page
    view = page.ui.figuresView
    qtbot.waitUntil(lambda: page.model.rowCount() > 2)
    view.selectRow(2)

    def line(row: int) -> object:
        return page.model.headerData(row, Qt.Orientation.Vertical)

    return Opened(window.ctx, view, line, page.reload, page.ui.hashLabel.text)


NOTE = "Nama pada KTP: mohon cek ejaan"


def _attention(qtbot: QtBot, request: pytest.FixtureRequest) -> Opened:
    window: MainWindow = request.getfixturevalue("enrolled_window")
    server: BranchServer = request.getfixturevalue("branch_server")
    server.branch.add_officer("rina", "rahasia-rina", role="clerk")
    exhaust_kpj_range(server.branch)  # the records wait for the clerk
    records = [_register(qtbot, window, serial) for serial in (11, 12)]
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)
    clerk = StaffClient(server.server.url, timeout=30)
    clerk.login("rina", "rahasia-rina")
    for record in records:
        clerk.decide(record, "request_correction", reason_code="NAME_FORMAT", note=NOTE)
    clerk.close()
    _sync(qtbot, page)
    qtbot.waitUntil(lambda: page.overview is not None and len(page.overview.attention) == 2)
    view = page.ui.attentionList
    qtbot.waitUntil(lambda: view.count() == 2)
    view.setCurrentRow(1)
    return Opened(window.ctx, view, _user_data(view), page.refresh)


LISTS = {
    "registrations": _registrations,
    "drafts": _drafts,
    "tally": _tally,
    "attention": _attention,
}


def _switch(ctx: AppContext, lang: str, qtbot: QtBot) -> None:
    ctx.languages.set_language(lang)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _settled(ctx)


def _settled(ctx: AppContext) -> None:
    """What the pages read again is read and shown: rounds until nothing more is asked."""
    for _round in range(3):
        assert ctx.tasks.wait_idle()
        for _pass in range(3):
            QApplication.processEvents()


def _read_again(opened: Opened) -> None:
    opened.reread()
    _settled(opened.ctx)


@pytest.mark.parametrize("trigger", ["language", "reread"])
@pytest.mark.parametrize("key", list(LISTS))
def test_the_list_keeps_the_chosen_record_its_details_and_focus(
    key: str, trigger: str, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    opened = LISTS[key](qtbot, request)
    view, ctx = opened.view, opened.ctx
    row = view.currentIndex().row()
    assert row > 0
    wanted, details = opened.identity(row), opened.details()
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    scrolled = view.verticalScrollBar().value()

    def chosen() -> object:
        rows = {index.row() for index in view.selectionModel().selectedIndexes()}
        current = view.currentIndex().row()
        return opened.identity(current) if rows == {current} else None

    for lang in ("en", "id"):
        if trigger == "reread":
            _read_again(opened)
        else:
            _switch(ctx, lang, qtbot)
        if key != "tally" or trigger == "reread":  # the tally's lines: named in the language
            assert chosen() == wanted, lang
        assert view.currentIndex().row() == row, lang
        assert view.hasFocus(), lang
    assert chosen() == wanted
    assert opened.details() == details
    bar = view.verticalScrollBar()
    assert bar.value() == min(scrolled, bar.maximum())


THIRD = {"nik": "3171011507920003", "full_name": "BUDI SANTOSO", "birth_date": "1992-07-15"}


def _news(key: str, qtbot: QtBot, request: pytest.FixtureRequest) -> Callable[[], bool]:
    """Something the list shows only once read again: a record or draft added behind its back,
    or (the tally, the Sync page) a new reading of the store."""
    if key in ("registrations", "tally"):
        window: MainWindow = request.getfixturevalue("main_window")
        register(qtbot, window.ctx, worker(**THIRD))
        if key == "registrations":
            model = window.registrations_page.model
            return lambda: model.rowCount() == 3
        page, before = window.tally_page, window.tally_page.data
        return lambda: page.data is not before
    if key == "drafts":
        window = request.getfixturevalue("main_window")
        service = window.ctx.registrations
        assert service is not None
        run_task(qtbot, window.ctx, service.save_draft, {"full_name": "DEWI LESTARI"}, None)
        view = window.findChild(DraftsDialog).ui.draftsList
        return lambda: view.count() == 3
    sync_page = request.getfixturevalue("enrolled_window").sync_page
    before = sync_page.overview
    return lambda: sync_page.overview is not before


@pytest.mark.parametrize("key", list(LISTS))
def test_f5_reads_the_list_again_keeping_the_chosen_record(
    key: str, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    """The officer's app had no F5 (the workspace has): a list stayed as first read until the
    page was shown again. F5, pressed where the list has the keyboard, reads it again (View →
    Refresh; the drafts dialog its own), and the chosen record stays chosen with the focus."""
    opened = LISTS[key](qtbot, request)
    view = opened.view
    wanted = opened.identity(view.currentIndex().row())
    assert wanted is not None
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    shown = _news(key, qtbot, request)
    _settled(opened.ctx)
    assert not shown()  # not read again by itself

    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(shown)
    _settled(opened.ctx)
    assert opened.identity(view.currentIndex().row()) == wanted
    assert {index.row() for index in view.selectionModel().selectedIndexes()} == {
        view.currentIndex().row()
    }
    assert view.hasFocus()


def test_a_record_chosen_past_the_first_page_stays_chosen_when_the_list_is_read_again(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The list reads 100 rows first and more as it is scrolled: a record chosen at row 180 of
    250 was looked for in the first 100 rows only, and the re-read chose row 100 instead (the
    officer's place lost). The list now reads on until it finds it: chosen, focused, in sight,
    the scroll where it was, its details shown."""
    window = main_window
    assert window.ctx.session is not None
    record = register(qtbot, window.ctx, worker()).id
    run_task(qtbot, window.ctx, copy_pending, window.ctx.session.store, record, 249)
    window.show_page(PAGE_LIST)
    page, view = window.registrations_page, window.registrations_page.ui.registrationsView
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE and page.detail is not None)
    while model.rowCount() < model.total:  # the officer scrolls down the list
        view.scrollToBottom()
        _settled(window.ctx)
    assert model.rowCount() == model.total == 250
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(179)
    wanted = model.row_at(179).id
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == wanted)
    details, scrolled = page.ui.detailsText.toPlainText(), view.verticalScrollBar().value()
    assert scrolled > 0

    page.reload()  # the page shown again, F5, a sync's re-read
    qtbot.waitUntil(lambda: view.selectionModel().hasSelection())
    _settled(window.ctx)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [179]
    assert view.currentIndex().row() == 179 and model.row_at(179).id == wanted
    assert view.hasFocus()
    assert view.verticalScrollBar().value() == scrolled
    top = view.rowViewportPosition(179)
    assert top >= 0 and top + view.rowHeight(179) <= view.viewport().height()
    assert page.detail is not None and page.detail.row.id == wanted
    assert page.ui.detailsText.toPlainText() == details
