"""F5 reloads every page of the branch workspace, and no two shortcuts of the window share a
key on any page: each data page had an F5 of its own beside the menu's Refresh (F5), so on the
review queue, batches, tally, reconciliation, activity and audit pages F5 was ambiguous and Qt
ran neither (the keyboard walk once saw F5 leave new records off the queue)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.shortcuts import active_shortcuts, shortcut_clashes
from tests.gui.workspace.conftest import WorkspaceFactory
from tests.integration.helpers import Laptop


def test_f5_reloads_the_page_in_view_on_every_page(
    qtbot: QtBot, workspace: WorkspaceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace("supervisor")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reloads: dict[str, int] = {}
    for info in window.page_infos:
        window.show_page(info.key)
        page = window.page(info.key)
        if not callable(getattr(page, "refresh", None)):
            continue
        reloads[info.key] = 0

        def counted(key: str = info.key) -> None:
            reloads[key] += 1

        monkeypatch.setattr(page, "refresh", counted)
        qtbot.keyClick(window.focusWidget() or page, Qt.Key.Key_F5)
        assert reloads[info.key] == 1, f"F5 on {info.key}"
    assert {"review", "batches", "tally", "audit"} <= set(reloads)


def test_f5_shows_records_that_arrived_on_the_review_queue(
    qtbot: QtBot, workspace: WorkspaceFactory, laptops: list[Laptop], ws_server: Any
) -> None:
    window = workspace("clerk", pages=["batches", "review", "transfer"])
    window.show_page("review")
    review = window.page("review")
    qtbot.waitUntil(lambda: review.ui.countLabel.text() == "0 records waiting.", timeout=20_000)
    first, second = laptops
    first.register(40)
    second.register(40, full_name="Budi Santosa")  # the same worker: a duplicate to review
    assert first.sync(ws_server.url).completed
    assert second.sync(ws_server.url).completed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    review.ui.queueView.setFocus()
    qtbot.keyClick(review.ui.queueView, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=20_000)
    assert review.ui.countLabel.text() != "0 records waiting."


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_no_two_shortcuts_share_a_key_on_any_page(
    qtbot: QtBot, workspace: WorkspaceFactory, role: str
) -> None:
    window = workspace(role)
    clashes = {}
    for info in window.page_infos:
        window.show_page(info.key)
        keys = active_shortcuts(window)
        assert {"F5", "Ctrl+Q", "Alt+1"} <= set(keys), info.key  # the helper sees the window's
        clashes[info.key] = shortcut_clashes(window)
    assert clashes == {info.key: {} for info in window.page_infos}
