"""Every workspace page and dialog fits a 1366×768 screen with a taskbar (`SMALLEST_SCREEN`), in
normal and in larger text, with real data on the pages (two laptops synced, one batch and one
review item opened, a reconciliation row selected), checked by `tests/gui/fit.py`."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bpu_enroll.documents.tally.figures import (
    TallyRecord,
    build_tally,
    local_day_bounds,
    tally_figures,
)
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import WORD_JOINER
from bpu_enroll.gui.common import screen
from bpu_enroll.gui.common.column_fit import (
    NAMES_LAST_RESORT,
    fitted_widths,
    header_width,
    spare_to_hide,
)
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN, fit_to_screen
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.tally_model import VOIDS_SHOWN, ValueRole
from bpu_enroll.gui.workspace.batches_page import BatchesPage
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.devices_page import EnrolCodeDialog, RevokeDialog
from bpu_enroll.gui.workspace.review.model import REVIEW_COLUMNS
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.gui.workspace.staff_page import StaffAddDialog, StaffRevokeDialog
from bpu_enroll.gui.workspace.tally import page as tally_page
from bpu_enroll.gui.workspace.tally.page import BranchTallyPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.gui.workspace.workstation_dialog import WorkstationDialog
from tests.gui.fit import assert_fits, wrapped_label_cut, wrapped_lines
from tests.gui.test_tab_order import ISSUED
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, break_record

MODES = ("normal", "larger")
RECORD = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI AMINAH",
          "nik_masked": "3201********0001"}  # fmt: skip


pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after


def _set_mode(ctx: AppContext, window: WorkspaceWindow, mode: str) -> None:
    """The app's look as a user has it: the style sheet, normal or larger text."""
    window.ui.actionLargeFont.setChecked(mode == "larger")
    window.view.apply_look()
    assert ctx.settings.get(Options.large_font) is (mode == "larger")


def _decision_dialog(  # noqa: PLR0917 - what each dialog test varies
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
    decision: str,
    record: dict[str, str],
    mode: str,
    lang: str | None = None,
    *,
    lapsed: bool = False,
) -> DecisionDialog:
    """A clerk's decision dialog over `record`, shown in `lang` (None: as the app starts) and
    the text size `mode`."""
    window = workspace("clerk", pages=["batches"])
    if lang is not None:
        ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    dialog = DecisionDialog(decision, record, ws_ctx.lang, window, lapsed=lapsed)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_branch(laptops: list[Laptop], url: str) -> None:
    """Two laptops' day, synced: accepted records, and one the branch refuses for two reasons
    (a long name, a review item whose reasons are sentences)."""
    for serial, laptop in enumerate(laptops, start=60):
        laptop.register(serial)
        laptop.register(serial + 10)
    refused = laptops[1].register(80, full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM")
    break_record(laptops[1], refused, consent=False, phone="12")
    for laptop in laptops:
        assert laptop.sync(url).completed


def _fill_queue(laptop: Laptop, url: str, count: int) -> None:
    """`count` more records the branch refuses, each a long name (a queue as a busy day has it)."""
    names = ("SITI NURHALIZA BINTI MUHAMMAD YUSUF", "MUHAMMAD RIZKY PRATAMA SAPUTRA")
    for serial in range(100, 100 + count):
        record = laptop.register(serial, full_name=names[serial % 2])
        break_record(laptop, record, consent=False)
    assert laptop.sync(url).completed


def _scrolled_sideways(page: QWidget) -> list[str]:
    """The tables of `page` whose columns do not all fit their width."""
    return [
        view.objectName()
        for view in page.findChildren(QTableView)
        if view.isVisible() and view.horizontalScrollBar().maximum() > 0
    ]


def _settle(qtbot: QtBot, page: QWidget) -> None:
    """Let `page`'s layout settle before its tables are measured: its columns are fitted in
    events after the figures arrive, later on a loaded machine than any fixed wait (a cash table
    was seen 9 px too wide for a moment). Waits until no table scrolls sideways, 5 s at most;
    the checks that follow then fail on a table that never fits."""
    qtbot.wait(50)
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: _scrolled_sideways(page) == [], timeout=5_000)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_every_workspace_page_fits_the_smallest_screen(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    """Every page whole (the page list and labels in Indonesian too, whose words are longer);
    the tables of the review queue, the tally, the reconciliation, the officers' activity and
    the audit log show all their columns (long texts cut with "…", whole in the tooltip)
    instead of scrolling sideways: the audit log's details and the laptops' reference data were
    off to the right, out of sight, in larger text."""
    _fill_branch(laptops, ws_server.url)
    window = workspace("supervisor")
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    fit_to_screen(window, SMALLEST_SCREEN)
    for info in window.page_infos:
        window.show_page(info.key)
        page = window.page(info.key)
        qtbot.waitUntil(lambda page=page: not getattr(page, "busy", False), timeout=20_000)
        if isinstance(page, BatchesPage):
            qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=20_000)
            page.open_batch(0)
            qtbot.waitUntil(lambda page=page: page.batch is not None, timeout=20_000)
        if isinstance(page, ReviewPage):
            qtbot.waitUntil(lambda page=page: page.detail is not None, timeout=20_000)
        whole_width = ("review", "tally", "reconcile", "activity", "audit", "devices", "staff")
        if info.key in whole_width:
            _settle(qtbot, page)
        else:
            qtbot.wait(50)  # a batch's or a transfer's tables may scroll sideways by design
        assert_fits(window)
        if info.key in whole_width:
            assert _scrolled_sideways(page) == [], f"{info.key} in {lang}, {mode} text"


# Three officers of a branch, each at their own market, as a supervisor's day shows them.
OFFICERS = (
    ("rahmawati", "Rahmawati Puspitasari", "Pasar Induk Kramat Jati"),
    ("agus", "Agus Setiawan Nugroho", "TPI Muara Angke"),
    ("dewi", "Dewi Lestari", "Terminal Kampung Rambutan"),
    ("bambang", "Bambang Sutrisno Wibowo", "Pasar Minggu"),  # a busier branch: five
    ("yusuf", "Yusuf Hidayat", "Pasar Senen"),
    ("sri", "Sri Wahyuni Handayani", "Pasar Jatinegara"),  # and a big one: ten
    ("andi", "Andi Pratama", "Stasiun Manggarai"),
    ("nur", "Nur Aisyah Putri", "Pasar Rebo"),
    ("hendra", "Hendra Kurniawan", "Terminal Pulo Gebang"),
    ("wati", "Wati Susilowati", "Pasar Cakung"),
)


def _three_officers(
    first: date, last: date | None, province: str, voids: int = 0, count: int = 3
) -> dict[str, Any]:
    """The server's tally document of `first` (to `last`): 60 registrations per officer (the
    first `count` of `OFFICERS`), the first `voids` of each voided."""
    start, _ = local_day_bounds(first, province)
    officers = OFFICERS[:count]
    records = [
        TallyRecord(
            officer=user,
            work_location=place,
            status="accepted",
            voided=i < voids,
            programs=("JKK", "JKM"),
            occupation_group="Perdagangan",
            sector="other",
            gender="F",
            total_quoted=168_000,
            cash_paid=168_000,
            receipt_number=f"JKT01-D000{n}-20260504-{i:05d}",
            created_at=start + timedelta(hours=3),
        )
        for n, (user, _name, place) in enumerate(officers, start=1)
        for i in range(60)
    ]
    data = build_tally(
        records, branch_code="JKT01", branch_name="Jakarta Timur", province_code=province,
        device_code="ALL", day=first, day_to=last, generated_at=datetime.now(UTC),
        officer_names={user: f"{name} ({user})" for user, name, _place in officers},
    )  # fmt: skip
    cash = {user: 60 * 168_000 for user, _name, _place in officers}
    return {**tally_figures(data), "cash_by_officer": cash}


def _heads(lines: list[str]) -> int:
    return sum(line.endswith("-") for line in lines)


def _read_voided(lines: list[str]) -> list[str]:
    """The whole numbers of a voided cell's lines: each under the branch and device above it."""
    head, numbers = "", []
    for line in lines:
        if line.endswith("-"):
            head = line
        elif line.startswith(("20", "19")):
            numbers.append(head + line)
    return numbers


@pytest.mark.parametrize("voids", [0, 10], ids=["no-voids", "10-voids"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_branch_tally_of_three_officers_fits_the_width(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    voids: int,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """With three officers and the total, the figures table scrolled sideways in English normal
    text at 1366×728: each officer's column was as wide as "Rahmawati Puspitasari (rahmawati)"
    on one line. Every column shows now, its figures whole, in both languages and text sizes.

    With ten voids an officer their receipt numbers stood on one line, ", " between them: each
    column was some 2,500 px wide and only the first showed. They are listed one to a line
    under their branch and device, as the first and last numbers are, the first
    `VOIDS_SHOWN` of each column and how many more; the tooltip has them all."""
    province = ws_ctx.province_code
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, province, voids),
    )  # fmt: skip
    window = workspace("supervisor", pages=["tally"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    fit_to_screen(window, SMALLEST_SCREEN)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    view = page.ui.figuresView
    assert page.model.columnCount() == 4  # three officers and the total
    _settle(qtbot, page)
    assert_fits(window)
    assert _scrolled_sideways(page) == [], f"tally in {lang}, {mode} text"
    header = view.horizontalHeader()
    for column in range(4):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    cash_view, cash_header = page.ui.cashView, page.ui.cashView.horizontalHeader()
    for key in ("registrations", "quoted", "cash"):  # the money whole, inside the view
        column = page.cash_model.column_of(key)
        need = max(cash_view.sizeHintForColumn(column), cash_header.sectionSizeHint(column))
        assert cash_header.sectionSize(column) >= need, key
        assert cash_header.sectionViewportPosition(column) + need <= cash_view.viewport().width()
    voided = page.model.row_of("voided")
    for column in range(4):
        numbers = page.model.index(voided, column).data(ValueRole)
        numbers = numbers.split(", ") if numbers else []
        assert len(numbers) == (3 * voids if column == 3 else voids)
        shown = page.model.index(voided, column).data().split("\n")
        if not numbers:
            assert shown == ["–"]
            continue
        tooltip = page.model.index(voided, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.replace("\n", ", ").split(", ") == numbers  # every number, whole
        assert _read_voided(shown) == numbers[:VOIDS_SHOWN]
        assert len(shown) == len(_read_voided(shown)) + _heads(shown) + (len(numbers) > VOIDS_SHOWN)
        assert view.rowHeight(voided) >= len(shown) * view.fontMetrics().lineSpacing()


@pytest.mark.parametrize("grouping", ["officer_location", "officer", "location"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_branch_tally_of_five_officers_shows_every_column(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    grouping: str,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """With five officers and the total the figures table scrolled sideways in larger text at
    1366×728 (by 6 px in English, 20 in Indonesian): each column was already as narrow as its
    receipt numbers, the row names kept `NAMES_AT_LEAST`, and the total's figures (right-aligned)
    were out of sight of a supervisor checking the day before printing it. The row names give
    way further (elided, whole in their tooltip); every column shows its figures whole."""
    province = ws_ctx.province_code
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, province, 2, count=5),
    )  # fmt: skip
    window = workspace("supervisor", pages=["tally"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.ui.groupingCombo.setCurrentIndex(page.ui.groupingCombo.findData(grouping))
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    view = page.ui.figuresView
    assert page.model.columnCount() == 6  # five officers (or locations) and the total
    _settle(qtbot, page)
    assert_fits(window)
    assert view.horizontalScrollBar().maximum() == 0, f"{lang}, {mode} text, {grouping}"
    header = view.horizontalHeader()
    for column in range(6):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    assert header.length() <= view.viewport().width()
    assert view.verticalHeader().width() >= NAMES_LAST_RESORT


@pytest.mark.parametrize("count", [6, 10])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_branch_tally_of_many_officers_shows_them_in_bands(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    count: int,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """With six officers and more the figures table still scrolled sideways in larger text at
    1366×728 (1,092 px of columns in a 958-px table with six, 1,708 with ten), the total's
    column last and out of sight: every column was already as narrow as its receipt numbers.
    The officers that do not fit side by side go in bands below the first, each under a row of
    their titles, the total last; nothing scrolls sideways and every figure shows whole (in
    normal text six fit side by side)."""
    province = ws_ctx.province_code
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, province, 2, count),
    )  # fmt: skip
    window = workspace("supervisor", pages=["tally"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    _settle(qtbot, page)
    assert_fits(window)
    view, model = page.ui.figuresView, page.model
    assert view.horizontalScrollBar().maximum() == 0, f"{count} officers, {lang}, {mode} text"
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    for column in range(model.columnCount()):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    # Read as a supervisor does: each band's titles (the header, then a title row), and under
    # each its figures; every officer once, in order, the total last.
    officers = [f"{name} ({user})" for user, name, _place in sorted(OFFICERS[:count])]
    title_rows = [row for row in range(model.rowCount()) if model.is_title_row(row)]
    assert len(title_rows) == len(model.bands()) - 1
    if mode == "larger":  # side by side they need more than the width
        assert title_rows
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    registrations: list[int] = []
    for first in (-1, *title_rows):
        if first >= 0:
            titles += [
                model.index(first, c).data(Qt.ItemDataRole.ToolTipRole)
                for c in range(model.columnCount())
                if model.index(first, c).data() is not None
            ]
        row = first + 1 + model.row_of("registrations")
        assert model.line_key(row) == "registrations"
        registrations += [
            model.index(row, c).data(ValueRole)
            for c in range(model.columnCount())
            if model.index(row, c).data() is not None
        ]
    assert [title.split("\n")[0] for title in titles] == [*officers, titles[-1]]
    assert titles[-1] in ("All", "Semua")
    assert registrations == [58] * count + [58 * count]


def _scroll_area_of(page: QWidget) -> QScrollArea:
    area = page.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    return area


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_branch_tally_of_three_officers_fits_without_scrolling(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """In larger text at 1366×728 the page scrolled some 45 px: the figures' header put an
    officer's name, their user name and a long work location broken in two on four lines
    (84 px). Each title is two lines now, the officer over the location, a line cut with "…"
    only when the columns would not fit otherwise (the user name goes first), the whole title in
    the header's tooltip; the page fits without scrolling in both languages and text sizes."""
    province = ws_ctx.province_code
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, province),
    )  # fmt: skip
    window = workspace("supervisor", pages=["tally"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    _settle(qtbot, page)
    area, model, view = _scroll_area_of(page), page.model, page.ui.figuresView
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=5_000)
    assert _scrolled_sideways(page) == []
    header = view.horizontalHeader()
    assert header.height() <= 2 * header.fontMetrics().lineSpacing() + 12, header.height()
    labels = {f"{name} ({user})": place for user, name, place in OFFICERS}
    for column in range(3):
        shown = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        officer, place = tip.split("\n")
        assert labels[officer] == place  # the tooltip: the title whole
        assert len(shown) == 2, shown
        name = officer.rpartition(" (")[0]
        assert shown[0] in (officer, name) or name.startswith(shown[0].removesuffix("…"))
        assert shown[1] == place or place.startswith(shown[1].removesuffix("…"))
        if mode == "normal":  # room for every title whole
            assert shown == [officer, place]
        else:  # read: at least the officer's name and some of the place
            assert shown[0] in (officer, name) and len(shown[1]) >= 12, shown
    assert model.headerData(3, Qt.Orientation.Horizontal) in ("All", "Semua")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_review_queue_gives_names_and_reasons_room(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    """In larger text at 1366×728 the name and the reasons were cut to about 120 px ("The
    worker …") so that the masked NIK and the time received stayed whole. The name and the
    reasons keep at least 20 characters; in normal text every column shows. Nothing scrolls
    sideways.

    Then the masked NIK was hidden in larger text, and in a queue of 32 long names a clerk could
    not tell two workers apart: it shows whole now, in both languages, and only the time
    received (in the details below) gives way."""
    _fill_branch(laptops, ws_server.url)
    _fill_queue(laptops[0], ws_server.url, 32)
    window = workspace("supervisor")  # every page in the page list, as at the branch
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    window.show_page("review")
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    assert page.model.total == 33
    view, header = page.ui.queueView, page.ui.queueView.horizontalHeader()
    titles = [str(spec.header) for spec in REVIEW_COLUMNS]
    name, nik, reasons, received = (titles.index(t) for t in ("Name", "NIK", "Reasons", "Received"))
    qtbot.waitUntil(lambda: header.sectionSize(reasons) > 0 and not view.isColumnHidden(name))
    qtbot.wait(50)  # the columns are fitted once the layout has settled
    useful = 20 * view.fontMetrics().averageCharWidth()
    assert header.sectionSize(name) >= useful, (header.sectionSize(name), useful)
    assert header.sectionSize(reasons) >= useful, (header.sectionSize(reasons), useful)
    hidden = [c for c in range(page.model.columnCount()) if view.isColumnHidden(c)]
    assert hidden == ([received] if mode == "larger" else []), (mode, lang)
    nik_needs = max(view.sizeHintForColumn(nik), header_width(header, nik))
    assert header.sectionSize(nik) >= nik_needs, (mode, lang, header.sectionSize(nik), nik_needs)
    assert header.sectionViewportPosition(nik) + nik_needs <= view.viewport().width()
    assert _scrolled_sideways(page) == []


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_review_filter_label_stands_clear_of_its_box(
    mode: str, lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """In larger text "Tampilkan" nearly touched its box (6 px after its last letter): the gap
    between the label's text and the box is at least a character wide, in both text sizes."""
    window = workspace("clerk", pages=["review"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    label, combo = page.ui.kindLabel, page.ui.kindCombo
    shown = QCoreApplication.translate("ReviewPage", "&Show")  # "&Tampilkan" in Indonesian
    qtbot.waitUntil(lambda: label.text() == shown and label.width() == label.sizeHint().width())
    assert label.buddy() is combo
    gap, char = _gap_after_text(label)
    assert gap >= char, (mode, lang, gap, char)


def _gap_after_text(label: QLabel) -> tuple[int, int]:
    """The room between the end of `label`'s text and its buddy, the box to its right, and the
    width of an average character of the label's font (the least that room should be)."""
    box = label.buddy()
    assert box is not None and box.parentWidget() is label.parentWidget()
    metrics = label.fontMetrics()
    text_end = (
        label.x()
        + label.contentsRect().left()
        + metrics.horizontalAdvance(label.text().replace("&", ""))
    )
    assert text_end <= label.x() + label.width()  # the label shows its text whole
    return box.x() - text_end, metrics.averageCharWidth()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_tally_labels_stand_clear_of_their_boxes(
    mode: str, lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """The branch tally's date boxes sat 6-7 px after "Dari" and "Sampai" (less than a
    character); its labels keep a character's room before their boxes, as the review page's
    filter does, in both text sizes."""
    window = workspace("supervisor", pages=["tally"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    window.resize(SMALLEST_SCREEN)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    ui = page.ui
    labels = (ui.fromLabel, ui.toLabel, ui.groupingLabel, ui.chartLabel)
    first = QCoreApplication.translate("BranchTallyPage", "&From")
    qtbot.waitUntil(
        lambda: (
            ui.fromLabel.text() == first
            and all(label.width() == label.sizeHint().width() for label in labels)
        )
    )
    gaps = {label.objectName(): _gap_after_text(label) for label in labels}
    assert all(gap >= char for gap, char in gaps.values()), (mode, lang, gaps)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("decision", "state"),
    [
        ("accept", "pending_review"),
        ("reject", "rejected"),
        ("confirm_duplicate", "duplicate"),
        ("request_correction", "duplicate"),
        ("accept", "accepted"),  # a conflict: the longest reasons why the others are not offered
        ("accept", "voided"),
    ],
)
def test_the_decision_dialog_fits(  # noqa: PLR0917 - fixtures
    mode: str,
    decision: str,
    state: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    record = {**RECORD, "state": state}
    dialog = _decision_dialog(qtbot, workspace, ws_ctx, decision, record, mode)
    dialog.show_error(
        "Data ini sudah diputuskan orang lain; muat ulang antrean. (kode NOT_IN_QUEUE)"
    )
    assert_fits(dialog)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("decision", ["reject", "request_correction"])
def test_the_reject_and_correction_dialogs_open_at_a_dialogs_width(  # noqa: PLR0917 - fixtures
    decision: str,
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """The reason list asked for its longest reason ("CASH_MISMATCH — …" and a sentence) and
    the two dialogs that have it opened some 1,270 px wide in larger text, a line of text across
    the whole screen. They open at a dialog's width now (half the smallest screen at most), the
    texts wrapping; the longest reason, chosen, is whole in the list's tooltip and wrapped under
    the list, and the open list is wide enough to read every reason."""
    state = "duplicate" if decision == "request_correction" else "pending_review"
    record = {**RECORD, "state": state}
    dialog = _decision_dialog(qtbot, workspace, ws_ctx, decision, record, mode, lang)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() <= SMALLEST_SCREEN.width() // 2, (dialog.width(), mode, lang)
    cut = [text for label in dialog.findChildren(QLabel) if (text := wrapped_label_cut(label))]
    assert cut == []
    combo = dialog.ui.reasonCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    longest = max(texts, key=combo.fontMetrics().horizontalAdvance)
    combo.setCurrentIndex(texts.index(longest))
    assert combo.toolTip() == longest
    reason = dialog.ui.reasonTextLabel  # and wrapped under the list, which cuts it
    assert reason.isVisible() and reason.text() == longest.split(" — ", 1)[1]
    view = combo.view()
    assert view.minimumWidth() >= min(view.sizeHintForColumn(0), SMALLEST_SCREEN.width())
    assert_fits(dialog)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("decision", ["accept", "confirm_duplicate"])
def test_the_decision_dialog_over_a_lapsed_workers_duplicate_fits(  # noqa: PLR0917 - fixtures
    decision: str,
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """The registration that enrolled the worker was voided: the dialog says what accepting (or
    confirming) the duplicate does, the longest explanation, in both languages and text sizes."""
    record = {**RECORD, "state": "duplicate"}
    dialog = _decision_dialog(qtbot, workspace, ws_ctx, decision, record, mode, lang, lapsed=True)
    dialog.show_error(
        "Data ini sudah diputuskan orang lain; muat ulang antrean. (kode NOT_IN_QUEUE)"
    )
    assert "KPJ" in dialog.ui.explainLabel.text()
    assert_fits(dialog)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("decision", "state"),
    [("confirm_duplicate", "duplicate"), ("accept", "pending_review"), ("reject", "rejected")],
)
def test_the_decision_dialogs_title_breaks_at_a_space(  # noqa: PLR0917 - fixtures
    decision: str,
    state: str,
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """The dialog's title line (the decision, the receipt, the name, the NIK) broke the receipt
    number at a hyphen, `JKT01-` at the end of one line and `D0001-20260317-00001` on the next
    (confirming a duplicate, in both text sizes). It breaks at spaces only now, the receipt
    number whole on one line, as the clerk reads it off the receipt."""
    record = {**RECORD, "state": state, "full_name": "RAHMAWATI PUSPITASARI BINTI ABDUL HALIM"}
    dialog = _decision_dialog(qtbot, workspace, ws_ctx, decision, record, mode, lang)
    label = dialog.ui.summaryLabel
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    lines = [line.replace(WORD_JOINER, "") for line in wrapped_lines(label)]
    assert all(line.endswith((" ", "\n")) for line in lines[:-1]), lines
    assert any(RECORD["receipt_no"] in line for line in lines), lines
    assert len(lines) * label.fontMetrics().lineSpacing() <= label.height(), lines


@pytest.mark.parametrize("mode", MODES)
def test_the_workstation_dialog_fits(
    mode: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    window = workspace("clerk", pages=["batches"])
    _set_mode(ws_ctx, window, mode)
    dialog = WorkstationDialog(ws_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_laptops_revoke_dialog_fits(
    mode: str, lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    window = workspace("supervisor", pages=["devices"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    dialog = RevokeDialog("D0001", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog)


# The addresses a branch answers with its code: three LAN names, or loopback alone (then the
# dialog says so in a long sentence, the workstation on the server machine itself).
ADDRESSES = {
    "named": ({**ISSUED, "addresses": [
        "https://cabang-jakarta-timur.bpjs.local:8750", "https://192.168.100.250:8750",
        "https://[fd12:3456:789a:1::250]:8750"], "loopback_only": False},
        "https://cabang-jakarta-timur.bpjs.local:8750"),
    "loopback": ({**ISSUED, "addresses": ["https://localhost:8750", "https://127.0.0.1:8750"],
                  "loopback_only": True}, "https://127.0.0.1:8750"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_staff_dialogs_fit(
    mode: str, lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """The new account's dialog with a refusal said in it, and the revoke question with a
    long name, whole on the smallest screen."""
    window = workspace("supervisor", pages=["staff"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    add = StaffAddDialog(window)
    code = "STAFF_USERNAME_INVALID"  # the longest refusal said there
    add.refused(lambda: f"{message(code, lang)}\u00a0(kode\u00a0{code})", code)
    revoke = StaffRevokeDialog("rahmawati.puspitasari", "Rahmawati Puspitasari Wulandari", window)
    for dialog in (add, revoke):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog)
        dialog.hide()


@pytest.mark.parametrize("answer", sorted(ADDRESSES))
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_enrolment_code_dialog_fits(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    answer: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """The code in its large characters, the long explanation, the addresses (or the sentence
    that says there is none a laptop can use) and the code with the branch's fingerprint, whole
    on the smallest screen."""
    window = workspace("supervisor", pages=["devices"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    issued, server_url = ADDRESSES[answer]
    dialog = EnrolCodeDialog(issued, server_url, "31", ws_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog)
    code = dialog.ui.codeLabel
    assert code.fontMetrics().horizontalAdvance(code.text()) <= code.contentsRect().width()


@pytest.mark.parametrize("answer", sorted(ADDRESSES))
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_enrolment_code_dialog_opens_tall_enough_for_its_addresses(  # noqa: PLR0917
    mode: str,
    lang: str,
    answer: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_ctx: AppContext,
) -> None:
    """At the size it opens at (not stretched to the screen as above), every line is drawn:
    three addresses one a line in larger text had the last cut in half at 760×380."""
    window = workspace("supervisor", pages=["devices"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    issued, server_url = ADDRESSES[answer]
    dialog = EnrolCodeDialog(issued, server_url, "31", ws_ctx, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    cut = [text for label in dialog.findChildren(QLabel) if (text := wrapped_label_cut(label))]
    assert cut == []
    assert dialog.height() <= SMALLEST_SCREEN.height()


def _line_edit_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text in (its frame, the style sheet's padding and its
    own margins taken off)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2  # Qt's own 2 px a side


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_enrolment_codes_fingerprint_shows_whole(
    mode: str, lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """At the size it opens at, the code with the branch's fingerprint (`CODE@sha256:` and 64
    hex digits) is whole in its field: at 760 px in larger text its end was cut off."""
    window = workspace("supervisor", pages=["devices"])
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    dialog = EnrolCodeDialog(ISSUED, "https://10.0.0.5:8750", "31", ws_ctx, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    edit = dialog.ui.pinnedEdit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) <= _line_edit_room(edit), mode
    assert dialog.width() <= SMALLEST_SCREEN.width()
    assert_fits(dialog)


def test_the_workspace_opens_as_large_as_a_1366_screen_allows(  # noqa: PLR0917 - fixtures
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    """On a 1366×768 screen (1366×728 above the taskbar) the workspace opens filling it (it
    opened at 1280×720, the tally's cash column cut until the window was widened); the cash per
    officer then shows every column, the money whole, in normal text."""
    monkeypatch.setattr(screen, "available_size", lambda _widget: SMALLEST_SCREEN)
    _fill_branch(laptops, ws_server.url)
    window = workspace("supervisor", pages=["tally"])
    assert window.size() == SMALLEST_SCREEN
    _set_mode(ws_ctx, window, "normal")
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    view, header = page.ui.cashView, page.ui.cashView.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(page.cash_model.column_of("cash")) > 0)
    _settle(qtbot, page)
    assert _scrolled_sideways(page) == []
    for key in ("registrations", "quoted", "cash"):
        column = page.cash_model.column_of(key)
        need = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= need, key
        assert header.sectionViewportPosition(column) + need <= view.viewport().width(), key


def test_columns_that_do_not_fit_give_up_room_as_asked(qapp: QApplication) -> None:
    """Only the columns that may be cut give up room, sharing what the others leave; one that
    wants less than its share keeps all it wants; none goes below its minimum (its header)."""
    wants = [100, 300, 50, 500]
    assert fitted_widths(wants, [1, 3], 2000, [0, 60, 0, 60]) == wants
    assert fitted_widths(wants, [1, 3], 650, [0, 60, 0, 60]) == [100, 250, 50, 250]
    assert fitted_widths(wants, [1, 3], 850, [0, 60, 0, 60]) == [100, 300, 50, 400]
    assert fitted_widths(wants, [1, 3], 200, [0, 60, 0, 60]) == [100, 60, 50, 60]
    # A column's share leaves the next one its larger minimum (it took 250, the row was 700).
    assert fitted_widths(wants, [1, 3], 650, [0, 60, 0, 300]) == [100, 200, 50, 300]


def test_spare_columns_give_way_in_order_until_the_rest_fits(qapp: QApplication) -> None:
    """The spare columns are hidden in the order given, only as many as the columns that may be
    cut need to keep their minimums; all of them when even that is not enough."""
    wants, elide, minimums = [100, 300, 150, 500, 200], [1, 3], [0, 200, 0, 250, 0]
    assert spare_to_hide(wants, elide, 1300, minimums, [2, 4]) == []
    assert spare_to_hide(wants, elide, 900, minimums, [2, 4]) == []
    assert spare_to_hide(wants, elide, 800, minimums, [2, 4]) == [2]
    assert spare_to_hide(wants, elide, 600, minimums, [2, 4]) == [2, 4]
    assert spare_to_hide(wants, elide, 100, minimums, [2, 4]) == [2, 4]


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_a_long_server_address_does_not_hold_the_window_wider_than_the_screen(
    role: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    """In larger Indonesian text the status bar's labels asked for their whole texts, and with a
    branch's real address the window could not be narrower than 1,453 px: its right side,
    the connection state among it, was off a 1366-px screen. The branch label now gives way."""
    from dataclasses import replace

    window = workspace(role)
    ws_ctx.languages.set_language("id")
    _set_mode(ws_ctx, window, "larger")
    address = "https://kantor-cabang-kabupaten-bogor.bpjsketenagakerjaan.go.id:8750"
    window.ws.workstation = replace(
        window.ws.workstation, server_url=address, branch_name="Kantor Cabang Kabupaten Bogor"
    )
    window._show_status()
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= SMALLEST_SCREEN.width()
    assert_fits(window)
    server = window.findChild(QLabel, "serverStatusLabel")
    assert server is not None and address in server.toolTip()  # whole where it is cut
    connection = window.findChild(QLabel, "connectionStatusLabel")
    assert connection is not None and connection.width() >= connection.sizeHint().width()


def _shown_text(label: QLabel) -> str:
    """What a one-line label draws of its text: cut with "…" where it has not the room."""
    room = label.contentsRect().width()
    return label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, room)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_the_offline_status_bar_shows_the_branch_name_whole(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    """Offline in larger Indonesian text the status bar cut the branch's name ("Cabang: Kantor
    Cabang Kabupaten Bog…"): the countdown to the next try (said in the banner above too) and
    the server's address took its room. The name stays whole; the address gives way, cut with
    "…", whole in its tooltip; the connection state is whole."""
    from dataclasses import replace

    window = workspace("supervisor", retry_seconds=60)
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, mode)
    ws_server.stop()
    window.refresh_current()
    qtbot.waitUntil(lambda: not window.ws.online, timeout=20_000)
    address = "https://kantor-cabang-kabupaten-bogor.bpjsketenagakerjaan.go.id:8750"
    name = "Kantor Cabang Kabupaten Bogor"
    window.ws.workstation = replace(window.ws.workstation, server_url=address, branch_name=name)
    window._show_status()
    assert_fits(window)
    code = window.ws.workstation.branch_code
    branch = window.findChild(QLabel, "branchStatusLabel")
    assert branch is not None and f"{name} ({code})" in _shown_text(branch), _shown_text(branch)
    server = window.findChild(QLabel, "serverStatusLabel")
    assert server is not None and address in server.toolTip()
    connection = window.findChild(QLabel, "connectionStatusLabel")
    assert connection is not None and connection.width() >= connection.sizeHint().width()
    assert window.ui.offlineBanner.isVisible()
    ws_server.start_again()


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_online_status_bar_shows_every_label_whole(  # noqa: PLR0917 - fixtures
    role: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    """Online in larger Indonesian text at 1366 px the server's address gave way to
    "Pengguna: clerk (Petugas administrasi)" and read "server http://12…". The role is in the
    user label's tooltip and the address shows host and port: every label is whole, and the
    tooltips keep the role and the whole address."""
    window = workspace(role)
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, "larger")
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    assert window.ws.online and not window.ui.offlineBanner.isVisible()
    labels = window.ui.statusBar.findChildren(QLabel)
    assert len(labels) == 4

    def cut() -> dict[str, str]:
        """Each label's shown text, where it is not its whole text."""
        return {
            label.objectName(): shown
            for label in labels
            if (shown := _shown_text(label)) != label.text()
        }

    user = window.findChild(QLabel, "userStatusLabel")
    assert user is not None
    role_name = {"clerk": ("Petugas administrasi", "Clerk"), "supervisor": ("Supervisor",) * 2}
    said = f"({role_name[role][lang == 'en']})"
    qtbot.waitUntil(lambda: said in user.toolTip())  # the language switched
    # The status bar is laid out again for the language and the larger text after the window:
    # on a loaded machine a fixed 50 ms measured it half-way ("Penggun…"). A bar that stays cut
    # still fails.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not cut(), timeout=5_000)
    assert not cut(), cut()
    server = window.findChild(QLabel, "serverStatusLabel")
    host_port = ws_server.url.partition("://")[2]
    assert server is not None and host_port in server.text() and ws_server.url in server.toolTip()
    assert _shown_text(user) == f"{role_name[role][lang == 'en']}: {window.ws.username}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_user_name_gives_way_and_the_role_stays_whole(
    lang: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext
) -> None:
    """The status bar says the role before the user name ("Petugas administrasi: clerk"); a
    user name of many characters (up to 64) held the window wider than a 1366-px screen in
    larger text and would have pushed the role out of sight. The name gives way, cut with "…"
    and whole in the tooltip; the role stays whole and the window fits."""
    name = "rina.wulandari.petugas.kantor.cabang.jakarta.salemba"
    ws_branch.add_officer(name, "password", role="clerk")
    window = workspace(f"{name}:password")
    ws_ctx.languages.set_language(lang)
    _set_mode(ws_ctx, window, "larger")
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    role = {"id": "Petugas administrasi", "en": "Clerk"}[lang]
    user = window.findChild(QLabel, "userStatusLabel")
    assert user is not None
    qtbot.waitUntil(lambda: user.text() == f"{role}: {name}")  # the language switched
    assert window.minimumSizeHint().width() <= SMALLEST_SCREEN.width()
    assert_fits(window)
    assert _shown_text(user).startswith(f"{role}: rina.wulandari"), _shown_text(user)
    assert name in user.toolTip()
