"""Tab leaves the date boxes of the branch workspace (the tally's period, the reconciliation's
day) for the next control, Shift+Tab for the previous one; they stepped through day, month and
year first. Left and Right still move between them. See `tests/gui/date_boxes.py`."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.date_boxes import date_box_problems
from tests.gui.workspace.conftest import WorkspaceFactory


def test_tab_leaves_the_workspaces_date_boxes(qtbot: QtBot, workspace: WorkspaceFactory) -> None:
    window = workspace("supervisor", pages=["tally", "reconcile"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    found = {}
    for key in ("tally", "reconcile"):
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda page=page: not getattr(page, "busy", False), timeout=20_000)
        problems, found[key] = date_box_problems(window)
        assert problems == [], (key, problems)
    assert found == {"tally": 2, "reconcile": 1}
