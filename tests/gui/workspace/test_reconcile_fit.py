"""The reconciliation and the branch tally at 1366×728 with a day of voids: the differences'
lists of receipt numbers one to a line, whole, nothing scrolled sideways; the tally's figures
table given most of the height, in normal and larger text, Indonesian and English."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from bpu_enroll.branch.workspace.supervisor import figure_differences
from bpu_enroll.documents.tally.figures import (
    TallyRecord,
    build_tally,
    local_day_bounds,
    tally_figures,
)
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.tally_model import VOIDS_SHOWN, figure_label
from bpu_enroll.gui.workspace.reconcile.page import ReconcilePage
from bpu_enroll.gui.workspace.reconcile.rows import show_value, value_tooltip
from bpu_enroll.gui.workspace.tally import page as tally_page
from bpu_enroll.gui.workspace.tally.page import BranchTallyPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.sync.staff_client import StaffClient
from tests.gui.fit import assert_fits
from tests.gui.workspace.conftest import WorkspaceFactory
from tests.gui.workspace.test_screen_fit import (
    MODES,
    _scrolled_sideways,
    _set_mode,
    _three_officers,
)

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after

OFFICER = ("rahmawati", "Rahmawati Puspitasari (rahmawati)")
PLACES = ("Pasar Induk Kramat Jati", "TPI Muara Angke")


def _tally(day: date, province: str, voids: int, places: tuple[str, ...]) -> dict[str, Any]:
    """A laptop's (or the branch's) tally document of `day`: 60 registrations at each place, the
    first `voids` of the first place voided."""
    start, _ = local_day_bounds(day, province)
    records = [
        TallyRecord(
            officer=OFFICER[0], work_location=place, status="accepted", voided=p == 0 and i < voids,
            programs=("JKK", "JKM"), occupation_group="Perdagangan", sector="other", gender="F",
            total_quoted=168_000, cash_paid=168_000,
            receipt_number=f"JKT01-D0001-20260504-{60 * p + i:05d}",
            created_at=start + timedelta(hours=3),
        )
        for p, place in enumerate(places)
        for i in range(60)
    ]  # fmt: skip
    data = build_tally(
        records, branch_code="JKT01", branch_name="Jakarta Timur", province_code=province,
        device_code="D0001", day=day, day_to=None, generated_at=datetime.now(UTC),
        officer_names=dict([OFFICER]),
    )  # fmt: skip
    return tally_figures(data)


def _differing_laptop(day: date, voids: int, province: str = "31") -> dict[str, Any]:
    """The server's item for a laptop that voided `voids` receipts and worked at a second market,
    neither synced: its voided receipts are a list on each side, its second market a row only
    the laptop has (the branch's figures made by the server's own comparison)."""
    laptop = _tally(day, province, voids, PLACES)
    branch = _tally(day, province, 0, PLACES[:1])
    missing = [f"JKT01-D0001-20260504-{n:05d}" for n in range(60, 80)]
    return {
        "device": "D0001", "date": day.isoformat(), "state": "differs",
        "officers": [OFFICER[1]], "reported_at": datetime.now(UTC).isoformat(),
        "laptop_hash": laptop["hash"], "branch_hash": branch["hash"], "matches": False,
        "not_synced": 0, "voids_not_received": laptop["totals"]["voided_receipts"],
        "missing_at_branch": missing, "differences": figure_differences(laptop, branch),
        "officer_names": dict([OFFICER]), "group_names": {},
    }  # fmt: skip


Opener = Callable[[str], WorkspaceWindow]


@pytest.fixture(
    params=[(mode, lang) for mode in MODES for lang in ("id", "en")],
    ids="-".join,
)
def at_smallest(
    request: pytest.FixtureRequest, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> Opener:
    """Opens a supervisor's workspace on one page at 1366×728, in each text size and language."""
    mode, lang = request.param

    def open_page(key: str) -> WorkspaceWindow:
        window = workspace("supervisor", pages=[key])
        ws_ctx.languages.set_language(lang)
        _set_mode(ws_ctx, window, mode)
        window.resize(SMALLEST_SCREEN)
        qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
        return window

    return open_page


@pytest.mark.parametrize("voids", [10, 30])
def test_a_laptop_with_many_voids_reconciles_within_the_screen(
    voids: int, at_smallest: Opener, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """A laptop that voided 30 receipts and did not sync them: its voided receipts, a list on
    each side, stood on one line with ', ' between them, the laptop's column some 2,000 px wide
    and the branch's off the screen; the row only the laptop has showed as its JSON on one line;
    the sentence over them listed all 30 numbers. The lists now stand one number to a line, the
    first `VOIDS_SHOWN` and how many more (all in the tooltip), the row by its main figures in
    words, and every cell's text is whole in its column and row."""
    item = _differing_laptop(date.today(), voids)
    monkeypatch.setattr(
        StaffClient,
        "reconciliation",
        lambda _client, day: {"date": str(day), "items": [{**item, "date": str(day)}]},
    )
    window = at_smallest("reconcile")
    page = window.page("reconcile")
    assert isinstance(page, ReconcilePage)
    with qtbot.waitSignal(page.reconciled, timeout=20_000):
        page.refresh()
    view, model = page.ui.differencesView, page.differences
    qtbot.waitUntil(lambda: not page.busy and model.rowCount() > 0, timeout=20_000)
    # The columns are fitted once the layout has settled (it scrolled 2,000 px sideways).
    qtbot.waitUntil(lambda: _scrolled_sideways(page) == [], timeout=5_000)
    assert_fits(window)
    header, whole = view.horizontalHeader(), [model.column_of(k) for k in ("laptop", "branch")]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            need = view.sizeHintForIndex(index)
            assert view.rowHeight(row) >= need.height(), (row, index.data())  # every line
            if column in whole:
                assert header.sectionSize(column) >= need.width(), (row, index.data())
            else:  # cut with "…" only where the tooltip has it whole
                tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert header.sectionSize(column) >= need.width() or index.data() in tooltip
    voided = [r for r in range(model.rowCount()) if model.row(r)["figure"] == "voided_receipts"]
    numbers = item["voids_not_received"]
    for row in voided:
        shown = model.index(row, whole[0]).data().split("\n")
        more = QCoreApplication.translate("TallyModel", "+ {count} more")
        more = [more.format(count=voids - VOIDS_SHOWN)] if voids > VOIDS_SHOWN else []
        assert shown == numbers[:VOIDS_SHOWN] + more
        tooltip = model.index(row, whole[0]).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.replace("\n", ", ").split(", ") == numbers
    assert len(voided) == 2  # the market's row and the totals
    details = page.ui.detailsLabel
    assert details.text().count("…-") == VOIDS_SHOWN + min(voids, VOIDS_SHOWN)
    assert all(n in details.toolTip() for n in numbers + item["missing_at_branch"])


def test_the_branch_tally_gives_its_figures_the_height(
    at_smallest: Opener, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, ws_ctx: AppContext
) -> None:
    """In larger text at 1366×728 the figures table was 130 px tall, four rows, and twelve
    voided receipts an officer were read through that slot: the cash and the chart below took
    a third of the splitter and an empty status line the room of another row. The cash and the
    chart now get what they need, at most a third (here their minimum), the status line only
    when it has something to say: five rows show in larger text (four before), seven in normal
    (six)."""
    province = ws_ctx.province_code
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, province, VOIDS_SHOWN),
    )  # fmt: skip
    window = at_smallest("tally")
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    view, splitter = page.ui.figuresView, page.ui.splitter
    side = page.ui.sidePanel
    least = max(
        side.minimumSizeHint().height(), side.minimumHeight(), sum(splitter.sizes()) // 3 + 1
    )
    qtbot.waitUntil(lambda: splitter.sizes()[1] <= least, timeout=5_000)
    assert_fits(window)
    height = view.viewport().height()
    rows = range(page.model.rowCount())
    whole = [r for r in rows if view.rowViewportPosition(r) + view.rowHeight(r) <= height]
    assert len(whole) >= (5 if page.ctx.settings.get(Options.large_font) else 7), height
    assert page.ui.statusLabel.isHidden()
    assert page.ui.cashView.viewport().height() > 0 and page.ui.chart.height() > 0


@pytest.mark.parametrize("voids", [0, VOIDS_SHOWN], ids=["no-voids", "voids"])
def test_the_branch_tally_shows_every_officers_cash(
    voids: int, at_smallest: Opener, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """In larger text at 1366×728 the cash per officer showed one row of three (its table 25 px
    tall under a two-line header) and the chart beside it two bars: the side took at most a
    third of the splitter once the figures had been given the height. The cash keeps its three
    officers and the figures their first five rows in both text sizes and languages; the page
    scrolls when it is too short for both (larger text), nothing sideways."""
    monkeypatch.setattr(
        tally_page, "read_tally",
        lambda _client, first, last, _lang: _three_officers(first, last, "31", voids),
    )  # fmt: skip
    window = at_smallest("tally")
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    assert page.cash_model.rowCount() == 3
    cash, figures = page.ui.cashView, page.ui.figuresView

    def whole_rows(view: QTableView) -> int:
        height = view.viewport().height()
        rows = range(view.model().rowCount())
        return sum(view.rowViewportPosition(r) + view.rowHeight(r) <= height for r in rows)

    qtbot.waitUntil(lambda: whole_rows(cash) == 3, timeout=5_000)
    assert whole_rows(figures) >= 5
    assert_fits(window)
    qtbot.waitUntil(lambda: _scrolled_sideways(page) == [], timeout=5_000)  # fitted once settled


def test_a_row_only_one_side_has_reads_as_its_main_figures(qapp: QApplication) -> None:
    """It showed as its JSON on one line (`{"by_gender": …`, over a thousand pixels); it reads
    as its registrations, money and voids in words, counts with the thousands dot, every figure
    in the tooltip."""
    row = {"officer": "siti", "work_location": "Pasar Minggu", "registrations": 1234,
           "total_quoted": 2_016_000, "voided_receipts": ["a", "b"],
           "by_status": {"final": 1500}}  # fmt: skip
    assert show_value(row).split("\n") == [
        f"{figure_label('registrations')}: 1.234",
        f"{figure_label('total_quoted')}: Rp2.016.000",
        f"{figure_label('voided_receipts')}: 2",
    ]
    assert f"{figure_label('by_status.final')}: 1.500" in value_tooltip(row).split("\n")
