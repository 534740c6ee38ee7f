"""Every list of the branch workspace keeps its chosen row across a language switch, F5 and the
re-read after a reconnect: the same record (by what it is, not its place), the keyboard's cell,
the scroll, the keyboard's focus and the details shown beside the list, against the real branch
server with real records. The lists were filled anew (their models reset, a paged list emptied
while it is read) and chose their first row again, or nothing; only the Laptops and Staff pages
kept it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from bpu_enroll.branch.store.models import Batch, Record
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.keep_choice import SEEK_SPARE, Place
from bpu_enroll.gui.workspace.review.model import REVIEW_COLUMNS, PagedTableModel
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


MANY = 250


@pytest.fixture
def many(laptops: list[Laptop], ws_branch: Branch, ws_server: BranchServer) -> None:
    """250 batches in the inbox and 250 records waiting for the clerk: one synced, the others
    its copies made in the branch's database (seconds, where syncing each takes minutes)."""
    exhaust_kpj_range(ws_branch)  # the record waits for the clerk
    laptops[0].register(1)
    assert laptops[0].sync(ws_server.url).completed
    with Session(ws_branch.engine) as db:
        record = db.exec(select(Record)).one().model_dump()
        batch = db.exec(select(Batch)).one().model_dump()
        for number in range(MANY - 1):
            db.add(Record(**{**record, "id": str(uuid.uuid4()), "receipt_no": f"X-{number:05d}"}))
            db.add(Batch(**{**batch, "batch_id": str(uuid.uuid4())}))
        db.commit()


def _chosen_ids(page: Any, view: QTableView, key: str) -> list[object]:
    return [page.model.row_at(index.row())[key] for index in view.selectionModel().selectedRows()]


@pytest.mark.parametrize(("key", "spec"), [("batches", "batch_id"), ("review", "id")])
def test_a_record_chosen_past_the_first_page_stays_chosen_after_f5(
    key: str,
    spec: str,
    *,
    workspace: WorkspaceFactory,
    many: None,
    workstation: Workstation,
    qtbot: QtBot,
) -> None:
    """A paged list reads 100 rows first and more as it is scrolled: a record chosen at row 180
    of 250 was looked for in the first 100 rows only, and F5 chose row 100 instead (the clerk's
    place lost). The list now reads on until it finds it: chosen, focused, in sight, the scroll
    where it was (the review queue: its details shown). In the queue, that record decided
    elsewhere leaves the choice on the one that followed it, at row 180 still."""
    window = workspace(pages=["batches", "review"], retry_seconds=60)
    page = window.page(key)
    window.show_page(key)
    view, model = getattr(page.ui, LISTS[key].view), page.model
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=20_000)
    while model.rowCount() < model.total:  # the clerk scrolls down the list
        view.scrollToBottom()
        _settled(window.ctx)
    assert model.rowCount() == model.total == MANY
    ids = [model.row_at(row)[spec] for row in range(MANY)]
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(179)
    if key == "review":
        qtbot.waitUntil(lambda: _detail_of(page) == ids[179], timeout=20_000)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0

    _f5(window, window.ctx)
    qtbot.waitUntil(lambda: view.selectionModel().hasSelection(), timeout=20_000)
    assert _chosen_ids(page, view, spec) == [ids[179]]
    assert view.currentIndex().row() == 179
    assert view.hasFocus()
    assert view.verticalScrollBar().value() == scrolled
    top = view.rowViewportPosition(179)
    assert top >= 0 and top + view.rowHeight(179) <= view.viewport().height()
    if key != "review":
        return
    assert _detail_of(page) == ids[179]
    other = workstation.client()  # another workstation decides it
    try:
        other.login(*CLERK)
        other.decide(ids[179], "request_correction", reason_code="NAME_FORMAT", note="cek ejaan")
    finally:
        other.close()
    _f5(window, window.ctx)
    qtbot.waitUntil(lambda: _detail_of(page) == ids[180], timeout=20_000)
    assert _chosen_ids(page, view, spec) == [ids[180]]
    assert view.currentIndex().row() == 179
    assert view.hasFocus()


def test_a_paged_list_looks_for_a_record_gone_only_as_far_as_it_had_read_and_a_little_more(
    qtbot: QtBot,
) -> None:
    """A record chosen at row 150 of a queue of 10,000 is gone when the queue is read again:
    the list reads on as far as it had read (200 rows) and `SEEK_SPARE` more, not the whole
    queue, and the choice goes to the row now in its place."""
    model = PagedTableModel(REVIEW_COLUMNS, id_key="id", province_code="31", lang=lambda: "en")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    held = [{"id": f"r{n}", "full_name": f"NAMA {n}"} for n in range(10_000)]
    asked: list[int] = []

    def answer(generation: int, offset: int, limit: int) -> None:
        asked.append(offset)
        model.add_page(generation, held[offset : offset + limit])

    model.page_requested.connect(answer)
    model.restart(model.next_generation(), len(held), held[:100])
    model.fetchMore(QModelIndex())
    view.selectRow(150)
    place = Place.of(view, lambda r: (model.row_at(r) or {}).get("id"))
    assert (place.wanted, place.loaded) == ("r150", 200)

    del held[150]  # decided at another workstation
    asked.clear()
    model.restart(model.next_generation(), len(held), held[:100])
    while place.seek(model):
        pass
    assert asked == [100, 200, 300]  # as far as it had read, and two pages more
    assert model.rowCount() == 200 + SEEK_SPARE
    assert place.restore()
    assert model.row_at(view.currentIndex().row())["id"] == "r151"
    # read again, a row chosen by the user while the pages come in: that choice stands
    model.restart(model.next_generation(), len(held), held[:100])
    assert not place.overtaken
    view.selectRow(3)
    assert place.overtaken
