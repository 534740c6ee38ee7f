"""The branch staff workspace's API over plain HTTP, for the tests of its routes: the path, a
supervisor's and a clerk's sign-in, and `logins`, which signs them in (the `staff` fixture of
this folder's conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from tests.integration.helpers import Branch, ServerThread

STAFF = "/api/v1/staff"
SUPERVISOR = ("sari", "rahasia-sari")
CLERK = ("citra", "rahasia-citra")


@contextmanager
def logins(
    branch: Branch, server: ServerThread
) -> Iterator[Callable[[tuple[str, str]], httpx.Client]]:
    """Add the supervisor and the clerk; sign a member of staff in: an `httpx.Client` carrying
    their bearer token (each closed at the end)."""
    branch.add_officer(*SUPERVISOR, role="supervisor")
    branch.add_officer(*CLERK, role="clerk")
    clients: list[httpx.Client] = []

    def login(who: tuple[str, str]) -> httpx.Client:
        http = httpx.Client(base_url=server.url, timeout=30)
        clients.append(http)
        answer = http.post(f"{STAFF}/login", json={"username": who[0], "password": who[1]})
        assert answer.status_code == 200, answer.text
        http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        return http

    try:
        yield login
    finally:
        for http in clients:
            http.close()
