"""Every list of the branch workspace keeps its chosen row across a language switch, F5 and the
re-read after a reconnect: the same record (by what it is, not its place), the keyboard's cell,
the scroll, the keyboard's focus and the details shown beside the list, against the real branch
server with real records. The lists were filled anew (their models reset, a paged list emptied
while it is read) and chose their first row again, or nothing; only the Laptops and Staff pages
kept it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.services.workstation import Workstation
from tests.gui.workspace.conftest import CLERK, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, exhaust_kpj_range


@dataclass(frozen=True)
class ListSpec:
    """A page's list: its view, what a row is (its identity), the details shown beside it."""

    view: str
    identity: Callable[[Any, int], object]
    details: Callable[[Any], str] | None = None
    wraps: bool = False  # rows as tall as their words: the chosen row kept in sight, not the scroll


def _value(key: str) -> Callable[[Any, int], object]:
    return lambda page, row: page.model.value(row, key)


def _paged(key: str) -> Callable[[Any, int], object]:
    return lambda page, row: page.model.row_at(row)[key]


LISTS = {
    "activity": ListSpec("laptopsView", _value("device")),
    "audit": ListSpec("linesView", lambda page, row: page.model.row(row)["id"], wraps=True),
    "batches": ListSpec("batchesView", _paged("batch_id"), lambda page: page.ui.batchLabel.text()),
    "transfer": ListSpec(
        "exportsView",
        lambda page, row: page.exports_model.value(row, "export_id"),
        lambda page: str((page.chosen_export() or {}).get("export_id")),
    ),
    "tally": ListSpec(
        "figuresView", lambda page, row: page.model.headerData(row, Qt.Orientation.Vertical)
    ),
    "reconcile": ListSpec(
        "laptopsView", _value("device"), lambda page: page.ui.detailsLabel.text()
    ),
    "review": ListSpec("queueView", _paged("id"), lambda page: page.ui.detailText.toPlainText()),
    "devices": ListSpec("devicesView", _value("device")),
    "staff": ListSpec("staffView", _value("username")),
}
TRIGGERS = ["language", "f5", "reconnect"]


def _day(branch: Branch) -> date:
    [day] = {date.fromisoformat(r.registration_date) for r in branch.records().values()}
    return day


@pytest.fixture
def records(
    laptops: list[Laptop], ws_branch: Branch, ws_server: BranchServer, workstation: Workstation
) -> date:
    """Two laptops' records synced (two of them repeat a worker: the review queue), two
    exports made; the day of the records."""
    first, second = laptops
    for serial in (1, 2, 3):
        first.register(serial)
    second.register(1, full_name="Budi Santosa")
    second.register(2, full_name="Ani Lestari")
    assert first.sync(ws_server.url).completed
    assert second.sync(ws_server.url).completed
    client = workstation.client()
    try:
        client.login(*CLERK)
        for _twice in range(2):
            client.export(full=True)
    finally:
        client.close()
    return _day(ws_branch)


def _switch(ctx: AppContext, lang: str) -> None:
    ctx.languages.set_language(lang)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    for _pass in range(3):  # the columns fitted and the rows sized to the new texts
        QApplication.processEvents()


def _settled(ctx: AppContext) -> None:
    """Every call under way answered and its answer shown (a paged list's first page, a ping's
    re-read), the columns fitted and the rows sized: rounds until nothing more is asked."""
    for _round in range(4):
        assert ctx.tasks.wait_idle()
        for _pass in range(3):
            QApplication.processEvents()


def _f5(window: WorkspaceWindow, ctx: AppContext) -> None:
    """F5 pressed where the keyboard is (the window's Refresh), its answer shown."""
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    _settled(ctx)


def _reconnect(window: WorkspaceWindow, ctx: AppContext, server: BranchServer) -> None:
    """The server goes away: F5 fails (a paged list is emptied for the read that fails) and
    the workspace is offline; the server comes back, the ping finds it and the window reads
    the page again."""
    server.stop()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    _settled(ctx)
    assert not window.ws.online
    server.start_again()
    window.ws.retry_now()
    _settled(ctx)
    assert window.ws.online


def _detail_of(page: Any) -> object:
    """Whose details the review page shows."""
    return (page.detail or {}).get("record", {}).get("id")


def _opened(window: WorkspaceWindow, key: str, day: date, qtbot: QtBot) -> Any:
    page = window.page(key)
    window.show_page(key)
    if key == "tally":
        with qtbot.waitSignal(page.tally_shown, timeout=20_000):
            page.set_period(day, day)
    elif key == "reconcile":
        with qtbot.waitSignal(page.reconciled, timeout=20_000):
            page.set_day(day)
            page.refresh()
    return page


@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("key", list(LISTS))
def test_the_list_keeps_the_chosen_record_its_details_scroll_and_focus(
    key: str,
    trigger: str,
    *,
    workspace: WorkspaceFactory,
    records: date,
    ws_ctx: AppContext,
    ws_server: BranchServer,
    qtbot: QtBot,
) -> None:
    spec = LISTS[key]
    # No health ping in the test: one answered late under load marks the workspace offline,
    # and back online it reads the page again (its rows made anew, not what is tested here)
    window = workspace("supervisor", retry_seconds=60)
    page = _opened(window, key, records, qtbot)
    view = getattr(page.ui, spec.view)
    assert isinstance(view, QTableView)
    model = view.model()
    qtbot.waitUntil(
        lambda: model.rowCount() >= 2 and not getattr(page, "busy", False), timeout=20_000
    )
    _settled(ws_ctx)  # the page as it stays (the tally's panes share its height after a read)
    row = model.rowCount() - 1  # not the first
    wanted = spec.identity(page, row)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(row)
    column = model.columnCount() - 1
    view.setCurrentIndex(model.index(row, column))
    if key == "batches":
        page.open_batch(row)
        qtbot.waitUntil(lambda: page.batch is not None, timeout=20_000)
    details = spec.details(page) if spec.details else ""
    if key == "review":  # the chosen record's details, not those of the first row chosen
        qtbot.waitUntil(lambda: _detail_of(page) == wanted, timeout=20_000)
        details = spec.details(page) if spec.details else ""
    bar = view.verticalScrollBar()
    scrolled = bar.value()

    def chosen() -> object:
        rows = view.selectionModel().selectedRows()
        return spec.identity(page, rows[0].row()) if len(rows) == 1 else None

    refilled: list[object] = []
    model.modelReset.connect(lambda: refilled.append("reset"))
    model.dataChanged.connect(lambda *_: refilled.append("changed"))
    for round_ in ("id", "en"):
        refilled.clear()
        if trigger == "f5":
            _f5(window, ws_ctx)
        elif trigger == "reconnect":
            _reconnect(window, ws_ctx, ws_server)
        elif key == "tally":
            with qtbot.waitSignal(page.tally_shown, timeout=20_000):
                _switch(ws_ctx, round_)
        else:
            _switch(ws_ctx, round_)
        assert refilled, round_  # the list was filled again
        lang = f"{trigger} {round_}"
        qtbot.waitUntil(lambda: not getattr(page, "busy", False), timeout=20_000)
        if key == "review":
            qtbot.waitUntil(lambda: _detail_of(page) == wanted, timeout=20_000)
        if key != "tally" or trigger != "language":  # the tally's rows: named in the language
            assert chosen() == wanted, lang
        assert [i.row() for i in view.selectionModel().selectedRows()] == [
            view.currentIndex().row()
        ], lang
        assert view.currentIndex().column() == column, lang
        assert view.hasFocus(), lang
        # the chosen row in sight (a row's height may follow its language's words; a re-read
        # sizes the rows anew), wherever the viewport had it
        now = view.currentIndex().row()
        top, bottom = view.rowViewportPosition(now), view.viewport().height()
        assert top >= 0 and top + min(view.rowHeight(now), bottom) <= bottom, lang
    assert chosen() == wanted
    if not spec.wraps:
        assert bar.value() == min(scrolled, bar.maximum())  # where it was, as far as it goes
    if spec.details:
        assert spec.details(page) == details


def test_a_record_decided_elsewhere_leaves_the_choice_on_its_neighbour_then_on_nothing(
    *,
    workspace: WorkspaceFactory,
    records: date,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    workstation: Workstation,
    qtbot: QtBot,
) -> None:
    """The chosen record (not the first) is decided at another workstation: F5 chooses the
    record now in its place (the one that followed it, not the first) and shows its details;
    all decided, F5 leaves an empty queue with nothing chosen and no details (and no crash)."""
    exhaust_kpj_range(ws_branch)  # these records wait for the clerk too
    for serial in (4, 5):
        laptops[0].register(serial)
    assert laptops[0].sync(ws_server.url).completed
    window = workspace("supervisor", retry_seconds=60)
    page = _opened(window, "review", records, qtbot)
    view, model = page.ui.queueView, page.model
    qtbot.waitUntil(lambda: model.rowCount() >= 3 and _detail_of(page) is not None)
    _settled(window.ctx)
    ids = [model.row_at(r)["id"] for r in range(model.rowCount())]
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(1)
    qtbot.waitUntil(lambda: _detail_of(page) == ids[1], timeout=20_000)
    other = workstation.client()
    try:
        other.login(*CLERK)
        other.decide(ids[1], "request_correction", reason_code="NAME_FORMAT", note="cek ejaan")
        _f5(window, window.ctx)
        assert [model.row_at(r)["id"] for r in range(model.rowCount())] == [ids[0], *ids[2:]]
        assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
        qtbot.waitUntil(lambda: _detail_of(page) == ids[2], timeout=20_000)
        assert view.hasFocus()
        for record in (ids[0], *ids[2:]):
            other.decide(record, "request_correction", reason_code="NAME_FORMAT", note="cek")
    finally:
        other.close()
    _f5(window, window.ctx)
    assert model.rowCount() == 0
    assert not view.selectionModel().selectedRows()
    assert page.detail is None
