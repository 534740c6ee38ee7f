"""Tab on every page of the branch workspace goes the way the eye reads it, as in the dialogs
(`tests/gui/test_tab_order.py`): from the page's first control (where the keyboard lands when
the page is opened) down the page, top to bottom and left to right as the controls stand on the
screen, with real data on the pages. The review queue's "Show" filter came last, after the
queue, the decisions and the gaps, though choosing what to show is a clerk's first act there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN, fit_to_screen
from bpu_enroll.gui.workspace.batches_page import BatchesPage
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from tests.gui.test_tab_order import reading_order
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.gui.workspace.test_screen_fit import _fill_branch, _fill_queue, _set_mode
from tests.integration.helpers import Laptop


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _runs(group: list[QWidget], rects: dict[QWidget, QRect], vertical: bool) -> list[list[QWidget]]:
    """`group` in runs along one axis (top to bottom, or left to right) with a clear gap
    between each run and the next: a line across that cuts none of `rects`."""
    start = (lambda w: rects[w].top()) if vertical else (lambda w: rects[w].left())
    end = (lambda w: rects[w].bottom()) if vertical else (lambda w: rects[w].right())
    runs: list[list[QWidget]] = []
    reach = None
    for widget in sorted(group, key=start):
        if reach is None or start(widget) > reach:
            runs.append([])
        runs[-1].append(widget)
        reach = end(widget) if reach is None else max(reach, end(widget))
    return runs


def _pane(widget: QWidget, group: list[QWidget], page: QWidget) -> QRect:
    """Where `widget` stands among `group`: its largest container holding no other of them (a
    list's group box with its title, say), on `page`."""
    pane = widget
    parent = pane.parentWidget()
    while (
        parent is not None
        and parent is not page
        and not any(other is not widget and parent.isAncestorOf(other) for other in group)
    ):
        pane, parent = parent, parent.parentWidget()
    return QRect(pane.mapTo(page, QPoint(0, 0)), pane.size())


def page_reading_order(widgets: list[QWidget], page: QWidget) -> list[QWidget]:
    """`widgets` as the eye reads a page of panes: the bands from the top, and in a band of
    panes side by side each pane from the left, read whole before the next (cut along the gaps
    between the controls' panes, rows first). What no gap separates is read line by line."""

    def read(group: list[QWidget]) -> list[QWidget]:
        rects = {widget: _pane(widget, group, page) for widget in group}
        for vertical in (True, False):
            runs = _runs(group, rects, vertical)
            if len(runs) > 1:
                return [w for run in runs for w in read(run)]
        return reading_order(group, page)

    return read(widgets)


def _tab_stops(page: QWidget) -> list[QWidget]:
    """What Tab may stop at on `page`: shown, enabled, taking Tab and no one's stand-in."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
    ]


def _tab_walk(qtbot: QtBot, page: QWidget) -> list[QWidget]:
    """The page's controls Tab goes through from the one that has the keyboard until it leaves
    the page or comes back (a text with links keeps the keyboard for each link: counted once)."""
    first = QApplication.focusWidget()
    assert first is not None and page.isAncestorOf(first), _name(page)
    seen = [first]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget() or seen[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or not page.isAncestorOf(focused) or focused is first:
            return seen
        if focused is not seen[-1]:
            seen.append(focused)
    raise AssertionError(f"Tab stayed on {_name(page)}: {[_name(w) for w in seen]}")


# A page with nothing to choose before its list opens on the list, its Reload (F5 too) after it:
# the batches page says "press Enter to open one", and Enter on Reload would reload instead.
AFTER_THE_LIST = {"batches": "reloadButton"}


def _loaded(qtbot: QtBot, page: QWidget) -> None:
    """The page with its data, the way a user has it after opening it."""
    qtbot.waitUntil(lambda: not getattr(page, "busy", False), timeout=20_000)
    if isinstance(page, BatchesPage):
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
        page.open_batch(0)
        qtbot.waitUntil(lambda: page.batch is not None, timeout=20_000)
    if isinstance(page, ReviewPage):
        qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    qtbot.wait(50)


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def _into_page(qtbot: QtBot, window: WorkspaceWindow, key: str) -> QWidget:
    """The keyboard on the page list at `key`'s page, then Tab: into the page, at its first
    control in the Tab order."""
    nav = window.ui.navList
    nav.setCurrentRow([info.key for info in window.page_infos].index(key))
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.keyClick(nav, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_tab_goes_through_each_page_in_reading_order(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    role: str,
) -> None:
    """From the page list, Tab enters each page at its first control and goes on through the
    page as the eye reads it (in larger text on the smallest screen)."""
    _fill_branch(laptops, ws_server.url)
    window = workspace(role)
    _set_mode(ws_ctx, window, "larger")
    fit_to_screen(window, SMALLEST_SCREEN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wrong: dict[str, list[str]] = {}
    for info in window.page_infos:
        window.show_page(info.key)
        page = window.page(info.key)
        _loaded(qtbot, page)
        expected = [_name(w) for w in page_reading_order(_tab_stops(page), page)]
        if info.key in AFTER_THE_LIST:
            expected.remove(AFTER_THE_LIST[info.key])
            expected.append(AFTER_THE_LIST[info.key])
        entered = _into_page(qtbot, window, info.key)
        seen = [_name(w) for w in _tab_walk(qtbot, page)] if page.isAncestorOf(entered) else []
        if seen != expected:
            wrong[info.key] = [f"Tab: {seen}", f"eye: {expected}"]
    assert wrong == {}, wrong


def test_the_review_filter_comes_first_and_the_page_opens_on_the_queue(
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
) -> None:
    """Tab from the page list enters the review queue at "Show" (it came last, after the queue,
    the decisions and the gaps), then goes to the queue, the details and the decisions offered;
    opening the page (Alt+2) still puts the keyboard on the queue, and Shift+Tab goes back up
    to the filter."""
    _fill_branch(laptops, ws_server.url)
    window = workspace("clerk")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("review")
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    _loaded(qtbot, page)
    ui = page.ui
    window.show_page("batches")
    nav = window.ui.navList
    nav.setCurrentRow(0)
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.keyClick(nav, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.queueView.hasFocus)
    qtbot.keyClick(ui.queueView, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ui.reloadButton
    qtbot.keyClick(ui.reloadButton, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ui.kindCombo
    assert _into_page(qtbot, window, "review") is ui.kindCombo
    walk = _tab_walk(qtbot, page)
    decisions = [b for b in (ui.acceptButton, ui.confirmButton, ui.rejectButton,
                             ui.correctionButton) if b.isEnabled()]  # fmt: skip
    assert decisions
    assert walk[:4] == [ui.kindCombo, ui.reloadButton, ui.queueView, ui.detailText]
    assert walk[4 : 4 + len(decisions)] == decisions


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("mode", ["normal", "larger"])
def test_every_control_tab_reaches_on_a_page_shows_that_it_has_the_keyboard(  # noqa: PLR0917
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    mode: str,
) -> None:
    """Each control Tab stops at on every page of a supervisor looks different while it has the
    keyboard: the review queue's details, a Tab stop between the queue and the decisions, had
    no frame in the accent colour (the style sheet gave one to fields, lists and tables, not to
    a text browser), so Tab seemed to go nowhere."""
    _fill_branch(laptops, ws_server.url)
    window = workspace("supervisor")
    _set_mode(ws_ctx, window, mode)
    fit_to_screen(window, SMALLEST_SCREEN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    unmarked: dict[str, list[str]] = {}
    for info in window.page_infos:
        window.show_page(info.key)
        page = window.page(info.key)
        _loaded(qtbot, page)
        focused: dict[QWidget, QImage] = {}
        widget = _into_page(qtbot, window, info.key)
        while page.isAncestorOf(widget) and widget not in focused:  # by Tab, as a user goes
            focused[widget] = widget.grab().toImage()
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
        window.ui.navList.setFocus()
        qtbot.waitUntil(window.ui.navList.hasFocus)
        same = [_name(w) for w, image in focused.items() if w.grab().toImage() == image]
        if same:
            unmarked[info.key] = same
    assert unmarked == {}, f"{mode} text: {unmarked}"


# The pages whose first control is a choice that the arrow keys change (and that reloads the
# page), above the list they show: the keyboard lands on the list, the choice is a Shift+Tab back.
OPEN_ON_THE_LIST = {
    "review": ("queueView", "kindCombo"),
    "activity": ("laptopsView", "silentSpin"),
    "audit": ("linesView", "limitSpin"),
}


@pytest.mark.parametrize("key", sorted(OPEN_ON_THE_LIST))
def test_a_page_opens_on_its_list_and_down_walks_it(
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    key: str,
) -> None:
    """Alt and the page's number put the keyboard on the page's list, not on the choice above
    it: on the officers' activity and the audit log Down changed the days a laptop may be
    silent, or the number of lines shown, and reloaded, where a supervisor meant to go down
    the list (the review queue had the same fault, mended before)."""
    _fill_branch(laptops, ws_server.url)
    _fill_queue(laptops[0], ws_server.url, 2)  # records to go down in the review queue too
    window = workspace("supervisor")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = [info.key for info in window.page_infos]
    page = window.page(key)
    window.show_page(key)
    _loaded(qtbot, page)
    view_name, choice_name = OPEN_ON_THE_LIST[key]
    view, choice = page.findChild(QWidget, view_name), page.findChild(QWidget, choice_name)
    assert isinstance(view, QAbstractItemView)
    qtbot.waitUntil(lambda: view.model().rowCount() > 1, timeout=20_000)
    window.show_page(keys[0])
    nav = window.ui.navList
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    number = Qt.Key(Qt.Key.Key_0 + (keys.index(key) + 1) % 10)
    qtbot.keyClick(nav, number, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.hasFocus)
    qtbot.waitUntil(lambda: view.model().rowCount() > 1, timeout=20_000)  # loaded again
    if isinstance(page, ReviewPage):  # the queue selects its first record
        qtbot.waitUntil(lambda: view.currentIndex().row() == 0, timeout=20_000)
    assert isinstance(choice, QSpinBox | QComboBox)

    def chosen() -> int:
        return choice.value() if isinstance(choice, QSpinBox) else choice.currentIndex()

    shown, row = chosen(), view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert chosen() == shown
    assert view.currentIndex().row() == row + 1
