"""A connection the branch server closed, met by the clients that keep theirs alive: the laptop's
sync client and the workspace's `StaffClient`, against the real server on loopback.

- **An unexpected error** (a 500, injected on purpose): uvicorn closes the connection after an
  exception reaches it. The answer now says `Connection: close`, so the client opens a new
  connection for its next request; untold, it sent that request on the closing connection and
  met a reset: the workspace said the branch was unreachable, and the laptop's sync spent an
  attempt of its bounded retries on it (of two attempts: the run failed). `Closing` holds the
  exception before uvicorn gets it, as a busy server is slow to get to the close, so that the
  next request is on the connection before it closes: the reset is certain, not a race.
- **A connection closed after its answer**, the request after it sent on it (`Closing` with
  `after`: an exception once the app has answered, which uvicorn follows by a close whatever
  the answer said): a read of the workspace is asked again on a new connection; a decision,
  which may have reached the branch for all the client knows, is `SERVER_UNREACHABLE` as
  before, and nothing is done twice: asked again by the clerk, it is recorded once. Over plain
  HTTP and over TLS (pinned), where the close is met differently (a reset, an end without an
  answer).
- **An idle connection the server closed** (its keep-alive ran out, or it was restarted on the
  same port between two requests): httpx sees the close before reusing it. A guard: the code
  before this change passed it too.
- **An idle connection the server is about to close**: both clients let one go after
  `CLIENT_KEEP_ALIVE_SECONDS`, well before the branch's keep-alive (`serve`'s settings) runs
  out. They kept it as long as the branch did (5 s, httpx's default), so a request sent just
  then met the close, and a decision sent so was `SERVER_UNREACHABLE`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

import bpu_enroll.branch.device.api as device_api
from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.server import create_branch_app, server_config
from bpu_enroll.branch.workspace import supervisor
from bpu_enroll.sync.client import make_http_client
from bpu_enroll.sync.protocol import CLIENT_KEEP_ALIVE_SECONDS
from bpu_enroll.sync.staff_client import SERVER_UNREACHABLE, StaffClient, StaffError
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    exhaust_kpj_range,
    extend_kpj_range,
    fast_retry,
    today,
)

SUPERVISOR, SUPERVISOR_PASSWORD = "dewi", "rahasia-dewi"
CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
HOLD = 0.5  # seconds uvicorn's report of an exception is held before it closes the connection


class Closing:
    """ASGI layer in front of the real app. An exception on its way to uvicorn (which closes the
    connection for it once an answer was sent) is held `HOLD` seconds first, as on a busy
    server: the client's next request then reaches the connection before the close. With
    `after`, the answer to a path ending so is followed by an exception (as a failure after the
    answer would be). Counts the requests that reached the app, by path."""

    def __init__(self, app: Any, after: str | None = None) -> None:
        self.app = app
        self.after = after
        self.reached: list[str] = []
        self.ports: list[tuple[str, int]] = []  # each request's path and client port
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Pass everything through; hold an exception before uvicorn sees it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with self._lock:
            self.reached.append(scope["path"])
            self.ports.append((scope["path"], scope["client"][1]))
        try:
            await self.app(scope, receive, send)
            if self.after and scope["path"].endswith(self.after):
                raise RuntimeError("a failure after the answer (on purpose)")
        except Exception:
            time.sleep(HOLD)  # blocks the server's loop: nothing is read, nothing closed
            raise


@pytest.fixture
def closing(branch: Branch) -> Iterator[ServerThread]:
    """The real branch app behind `Closing`, on loopback."""
    running = ServerThread(Closing(create_branch_app(branch.engine))).start()
    try:
        yield running
    finally:
        running.stop()


def _fails_once(real: Callable[..., Any], *, after: bool) -> Callable[..., Any]:
    """`real`, made to raise an unexpected error on its first call (before it ran, or after)."""
    calls: list[int] = []

    def once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        first = len(calls) == 1
        if first and not after:
            raise ValueError("an unexpected error (on purpose)")
        answer = real(*args, **kwargs)
        if first:
            raise ValueError("an unexpected error after the work was done (on purpose)")
        return answer

    return once


def _actions(branch: Branch, action: str) -> list[dict[str, Any]]:
    return [line for line in audit_lines(branch) if line["action"] == action]


def test_after_an_unexpected_error_the_workspace_asks_on_a_new_connection(
    branch: Branch, closing: ServerThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    monkeypatch.setattr(
        supervisor, "reconciliation", _fails_once(supervisor.reconciliation, after=False)
    )
    client = StaffClient(closing.url, timeout=30)
    try:
        client.login(SUPERVISOR, SUPERVISOR_PASSWORD)
        with pytest.raises(StaffError) as failed:
            client.reconciliation(today())
        assert (failed.value.code, failed.value.status) == ("SERVER_ERROR", 500)
        # The next request, a write: made once, on a new connection.
        added = client.add_staff("bayu", "Bayu Saputra", "clerk", "rahasia-bayu-1")
        assert added["username"] == "bayu"
        assert client.reconciliation(today())["date"] == today().isoformat()
        assert [d["username"] for d in client.roster()["items"]].count("bayu") == 1
    finally:
        client.close()
    assert [line["subject"] for line in _actions(branch, "officer_added")].count("bayu") == 1


@pytest.mark.parametrize("step", ["receive_manifest", "receive_records"])
def test_after_an_unexpected_error_the_laptop_sync_goes_on_at_its_next_attempt(
    branch: Branch,
    closing: ServerThread,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    laptop = laptop_factory()
    ids = [laptop.register(serial) for serial in (1, 2, 3)]
    # The manifest's batch, or the chunk's records, are stored; then the branch fails: a 500.
    monkeypatch.setattr(device_api, step, _fails_once(getattr(device_api, step), after=True))
    sleeps: list[float] = []
    report = laptop.sync(closing.url, retry=fast_retry(attempts=2, sleeps=sleeps))

    assert report.completed, report.error
    assert len(sleeps) == 1  # the 500 cost one attempt: the retry went on a new connection
    # Asked again, the branch answers from what it stored the first time (by batch, by record).
    received_before = 3 if step == "receive_records" else 0
    assert report.counts["already_received"] == received_before
    assert report.counts["accepted"] == 3 - received_before
    assert {state for state, _ in laptop.states().values()} == {"accepted"}
    assert sorted(branch.records()) == sorted(ids)
    assert branch.participant_count() == 3  # each enrolled once, with its own KPJ
    assert len({kpj for _, kpj in laptop.states().values()}) == 3


@pytest.fixture(params=["http", "https"])
def closes_after(
    request: pytest.FixtureRequest, branch: Branch, tmp_path: Path
) -> Iterator[tuple[Closing, ServerThread, str | None]]:
    """The real branch app, the connection closed after its answer to `gaps`, on loopback over
    plain HTTP or over TLS with the branch's certificate (given for the client to pin): a
    reset over the one, an end without an answer (`RemoteProtocolError`) over the other."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    tls: dict[str, str] | None = None
    cert_pem: str | None = None
    if request.param == "https":
        with Session(branch.engine) as db:
            cert_pem = branch_info(db).tls_cert_pem
            (tmp_path / "cert.pem").write_text(cert_pem, encoding="utf-8")
            (tmp_path / "key.pem").write_text(branch_secrets(db).tls_key_pem, encoding="utf-8")
        tls = {"ssl_certfile": str(tmp_path / "cert.pem"), "ssl_keyfile": str(tmp_path / "key.pem")}
    app = Closing(create_branch_app(branch.engine), after="/staff/gaps")
    running = ServerThread(app, ssl=tls).start()
    try:
        yield app, running, cert_pem
    finally:
        running.stop()


def test_a_read_is_asked_again_on_a_new_connection_a_decision_is_not(
    branch: Branch,
    closes_after: tuple[Closing, ServerThread, str | None],
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
) -> None:
    app, running, cert_pem = closes_after
    exhaust_kpj_range(branch)  # the laptop's record waits for the clerk
    laptop = laptop_factory()
    waiting = laptop.register(1)
    assert laptop.sync(server.url).completed  # the laptop's own server, on the same branch
    extend_kpj_range(branch)  # the clerk's acceptance can give it a KPJ
    clerk = StaffClient(running.url, cert_pem=cert_pem, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)

        clerk.gaps()  # answered, then the connection closes under the next request
        reached = len(app.reached)
        queue = clerk.review()
        assert [item["id"] for item in queue["items"]] == [waiting]
        assert app.reached[reached:] == ["/api/v1/staff/review"]  # once: on the new connection

        clerk.gaps()
        reached = len(app.reached)
        with pytest.raises(StaffError) as cut:
            clerk.decide(waiting, "accept")
        assert (cut.value.code, cut.value.status) == (SERVER_UNREACHABLE, 0)
        assert cut.value.message == "the branch server cannot be reached"
        assert app.reached[reached:] == []  # the branch never read it; the client cannot know
        assert _actions(branch, "review") == []
        # The clerk asks again: recorded once.
        assert clerk.decide(waiting, "accept")["state"] == "accepted"
    finally:
        clerk.close()
    assert [line["subject"] for line in _actions(branch, "review")] == [waiting]
    assert laptop.sync(server.url).completed
    assert laptop.states()[waiting][0] == "accepted"


def test_an_idle_connection_the_server_closed_is_not_reused(
    branch: Branch, laptop_factory: Callable[[], Laptop]
) -> None:
    """Guard (the code before this change passed it): a keep-alive run out, then a restart on
    the same port; the next request of both clients is answered."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    running = ServerThread(create_branch_app(branch.engine), keep_alive=0.2).start()
    laptop = laptop_factory()
    laptop.register(1)
    clerk = StaffClient(running.url, timeout=30)
    http = httpx.Client(base_url=running.url, timeout=30)
    sync = laptop.client(http, fast_retry(attempts=1))
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        clerk.batches()
        cursor = sync.pull(0).cursor
        time.sleep(0.6)  # the server closes both idle connections
        assert clerk.batches()["total"] == 0
        assert sync.pull(cursor).cursor == cursor

        running.stop()
        running = ServerThread(create_branch_app(branch.engine), port=running.port).start()
        assert clerk.batches()["total"] == 0
        assert sync.pull(cursor).cursor == cursor
    finally:
        http.close()
        clerk.close()
        running.stop()


def test_the_clients_let_an_idle_connection_go_before_the_branch_closes_it(
    branch: Branch, laptop_factory: Callable[[], Laptop]
) -> None:
    """The branch as `serve` runs it keeps an idle connection open longer than either client
    keeps it: a request after `CLIENT_KEEP_ALIVE_SECONDS` idle goes on a new connection (a new
    client port at the branch), while requests in quick succession share one."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    keep_alive = server_config(create_branch_app(branch.engine), host="127.0.0.1", port=0)
    assert keep_alive.timeout_keep_alive > CLIENT_KEEP_ALIVE_SECONDS
    app = Closing(create_branch_app(branch.engine))
    running = ServerThread(app, keep_alive=keep_alive.timeout_keep_alive).start()
    laptop = laptop_factory()
    clerk = StaffClient(running.url, timeout=30)
    http = make_http_client(running.url)
    sync = laptop.client(http, fast_retry(attempts=1))
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        for _ in range(2):  # in quick succession: one connection each
            clerk.batches()
            sync.pull(0)
        time.sleep(CLIENT_KEEP_ALIVE_SECONDS + 0.5)  # idle, still open at the branch
        clerk.batches()
        sync.pull(0)
    finally:
        http.close()
        clerk.close()
        running.stop()
    for path in ("/staff/batches", "/pull"):
        ports = [port for reached, port in app.ports if reached.endswith(path)]
        assert len(ports) == 3, app.ports
        assert ports[0] == ports[1] != ports[2], (path, ports)
