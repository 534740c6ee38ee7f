"""Fixtures of the workspace GUI tests: a real branch server on loopback, staff accounts, two
enrolled laptops, a branch workstation profile, its app context and signed-in workspace windows.

- `ws_branch`: a branch (code JKT01, SQLite file in tmp_path) with the laptop officer "siti"
  (`helpers.OFFICER`/`helpers.PASSWORD`), the clerk "clerk" and the supervisor "spv"
  (password "password" for both staff accounts).
- `ws_server`: the real API served by uvicorn on 127.0.0.1 (a `BranchServer`: `stop()` and
  `start_again()` on the same port, for the offline/online tests).
- `laptops`: two laptops enrolled at that server (open officer sessions; closed at the end).
- `ws_profile`: a profile folder set up as a branch workstation of the server
  (`services.workstation.setup_workstation`, plain http on loopback).
- `ws_ctx`: the `AppContext` on that profile, in English.
- `workspace(role="clerk", *, pages=None, retry_seconds=0.5)`: signs in as the clerk
  ("clerk"), the supervisor ("supervisor" or "spv") or any "user:password", and returns the
  shown `WorkspaceWindow`. `pages` limits the window to some standard page keys ("batches",
  "review", "transfer", "tally", "reconcile", "activity") or gives `PageInfo`s of test pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.gui.app import make_context
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.services.workstation import Workstation, setup_workstation
from tests.integration.helpers import Branch, Laptop, ServerThread, enrol, make_branch

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.window import PageInfo, WorkspaceWindow

ROOT = Path(__file__).resolve().parents[3]
CLERK = ("clerk", "password")
SUPERVISOR = ("spv", "password")
STAFF_PASSWORD = "password"

WorkspaceFactory = Callable[..., "WorkspaceWindow"]


class BranchServer:
    """The branch API on a fixed loopback port that can be stopped and started again."""

    def __init__(self, app: object) -> None:
        self.app = app
        self._thread = ServerThread(app).start()
        self.port = self._thread.port
        self.url = self._thread.url

    @property
    def running(self) -> bool:
        """True while the server thread serves."""
        return self._thread.thread.is_alive()

    def stop(self) -> None:
        """Stop serving; the port is free afterwards."""
        self._thread.stop()

    def start_again(self) -> None:
        """Serve the same app on the same port again."""
        thread = ServerThread(self.app, port=self.port)
        assert thread.url == self.url
        self._thread = thread.start()


@pytest.fixture
def ws_branch(tmp_path: Path) -> Iterator[Branch]:
    """A branch on SQLite with the laptop officer, a clerk and a supervisor."""
    branch = make_branch(f"sqlite:///{tmp_path / 'branch.db'}")
    branch.add_officer(CLERK[0], CLERK[1], role="clerk")
    branch.add_officer(SUPERVISOR[0], SUPERVISOR[1], role="supervisor")
    try:
        yield branch
    finally:
        branch.engine.dispose()


@pytest.fixture
def ws_server(ws_branch: Branch) -> Iterator[BranchServer]:
    """The real branch API on 127.0.0.1, in a thread."""
    server = BranchServer(create_branch_app(ws_branch.engine))
    try:
        yield server
    finally:
        if server.running:
            server.stop()


@pytest.fixture
def laptops(ws_branch: Branch, ws_server: BranchServer, tmp_path: Path) -> Iterator[list[Laptop]]:
    """Two laptops enrolled at the server, signed in as the officer."""
    made: list[Laptop] = []
    try:
        for number in (1, 2):
            laptop = enrol(ws_branch, ws_server.url, tmp_path / f"laptop{number}")
            assert isinstance(laptop, Laptop)
            made.append(laptop)
        yield made
    finally:
        for laptop in made:
            laptop.close()


@pytest.fixture
def ws_profile(ws_server: BranchServer, tmp_path: Path) -> Path:
    """A profile folder set up as a workstation of `ws_server`."""
    folder = tmp_path / "workstation"
    setup_workstation(folder, ws_server.url, None)
    return folder


@pytest.fixture
def workstation(ws_profile: Path) -> Workstation:
    """The workstation settings of `ws_profile`."""
    from bpu_enroll.services.workstation import load_workstation

    loaded = load_workstation(ws_profile)
    assert loaded is not None
    return loaded


@pytest.fixture
def ws_ctx(qtbot: QtBot, ws_profile: Path, workstation: Workstation) -> Iterator[AppContext]:
    """The app context of the workstation, in English."""
    context = make_context(ws_profile, "en")
    context.branch_code = workstation.branch_code
    context.branch_name = workstation.branch_name
    context.province_code = workstation.province_code or context.province_code
    yield context
    assert context.tasks.wait_idle()
    context.languages.set_language("id")
    context.languages.release()


def _credentials(role: str) -> tuple[str, str]:
    if role == "clerk":
        return CLERK
    if role in ("supervisor", "spv"):
        return SUPERVISOR
    username, _, password = role.partition(":")
    return username, password or STAFF_PASSWORD


@pytest.fixture
def workspace(
    qtbot: QtBot, ws_ctx: AppContext, workstation: Workstation
) -> Iterator[WorkspaceFactory]:
    """Sign in and open the workspace window; see the module text."""
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.gui.workspace.window import WorkspaceWindow, pages_for

    opened: list[WorkspaceWindow] = []

    def open_workspace(
        role: str = "clerk",
        *,
        pages: Sequence[str | PageInfo] | None = None,
        retry_seconds: float = 0.5,
    ) -> WorkspaceWindow:
        username, password = _credentials(role)
        client = workstation.client()
        client.login(username, password)
        ws = WorkspaceContext(ws_ctx, workstation, client, retry_seconds=retry_seconds)
        chosen = None if pages is None else pages_for(client.role or "", pages)
        window = WorkspaceWindow(ws_ctx, ws, pages=chosen)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_workspace
    for window in opened:
        if shiboken6.isValid(window):
            window.close()  # ends the session on the server, in the background
    assert ws_ctx.tasks.wait_idle()
