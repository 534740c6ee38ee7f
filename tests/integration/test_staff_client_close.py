"""Closing the workspace's client while a page's request is still running (the clerk signs out,
or the session ended, while a page loads): that request gets the branch's answer, and the
client's connections close after it, never under it from another thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import Branch, ServerThread

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"


class Held:
    """ASGI layer in front of the real app: a request whose path contains `part` waits for
    `release` before the app handles it."""

    def __init__(self, app: Any, part: str) -> None:
        self.app = app
        self.part = part
        self.arrived = threading.Event()
        self.release = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Hold the matching request, then pass everything through."""
        if scope["type"] == "http" and self.part in scope["path"]:
            self.arrived.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        await self.app(scope, receive, send)


@pytest.fixture
def held(branch: Branch) -> Iterator[tuple[Held, ServerThread]]:
    """The real branch app, its batch inbox held, on loopback."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    app = Held(create_branch_app(branch.engine), "/staff/batches")
    running = ServerThread(app).start()
    try:
        yield app, running
    finally:
        app.release.set()
        running.stop()


def test_a_request_running_when_the_client_closes_gets_its_answer(
    held: tuple[Held, ServerThread],
) -> None:
    app, running = held
    client = StaffClient(running.url, timeout=30)
    client.login(CLERK, CLERK_PASSWORD)
    answers: list[object] = []
    page = threading.Thread(target=lambda: answers.append(_call(client.batches)))
    page.start()
    assert app.arrived.wait(30)

    client.close()  # signing out while the page loads
    assert not client.closed  # not under the running request
    app.release.set()
    page.join(30)

    assert not page.is_alive()
    [answer] = answers
    assert isinstance(answer, dict) and answer["total"] == 0
    assert client.closed  # closed after it
    with pytest.raises(RuntimeError):  # and nothing more is sent
        client.health()


def test_a_client_with_nothing_running_closes_at_once(held: tuple[Held, ServerThread]) -> None:
    _app, running = held
    client = StaffClient(running.url, timeout=30)
    assert client.health()["protocol"]
    client.close()
    assert client.closed


def _call(fn: Any) -> object:
    try:
        return fn()
    except StaffError as exc:
        return exc
