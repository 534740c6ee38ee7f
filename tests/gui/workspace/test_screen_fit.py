"""Every workspace page and dialog fits a 1366×768 screen with a taskbar (`SMALLEST_SCREEN`), in
normal and in larger text, with real data on the pages (two laptops synced, one batch and one
review item opened, a reconciliation row selected), checked by `tests/gui/fit.py`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN, fit_to_screen
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.workspace.batches_page import BatchesPage
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.review_page import ReviewPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.gui.workspace.workstation_dialog import WorkstationDialog
from tests.gui.fit import assert_fits
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import Laptop

MODES = ("normal", "larger")
RECORD = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI AMINAH",
          "nik_masked": "3201********0001"}  # fmt: skip


@pytest.fixture(autouse=True)
def _restore_look() -> Iterator[None]:
    """The app's font and style sheet as they were before the test (they are app-wide)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    yield
    app.setFont(font)
    app.setStyleSheet(sheet)


def _set_mode(ctx: AppContext, window: WorkspaceWindow, mode: str) -> None:
    """The app's look as a user has it: the style sheet, normal or larger text."""
    window.ui.actionLargeFont.setChecked(mode == "larger")
    window.view.apply_look()
    assert ctx.settings.get(Options.large_font) is (mode == "larger")


@pytest.mark.parametrize("mode", MODES)
def test_every_workspace_page_fits_the_smallest_screen(  # noqa: PLR0917 - fixtures
    mode: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
) -> None:
    for serial, laptop in enumerate(laptops, start=60):
        laptop.register(serial)
        laptop.register(serial + 10)
        assert laptop.sync(ws_server.url).completed
    window = workspace("supervisor")
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
            qtbot.wait(200)
        qtbot.wait(50)
        assert_fits(window)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "decision", ["accept", "reject", "confirm_duplicate", "request_correction"]
)
def test_the_decision_dialog_fits(
    mode: str, decision: str, qtbot: QtBot, workspace: WorkspaceFactory, ws_ctx: AppContext
) -> None:
    window = workspace("clerk", pages=["batches"])
    _set_mode(ws_ctx, window, mode)
    dialog = DecisionDialog(decision, RECORD, ws_ctx.lang, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error(
        "Data ini sudah diputuskan orang lain; muat ulang antrean. (kode NOT_IN_QUEUE)"
    )
    assert_fits(dialog)


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
