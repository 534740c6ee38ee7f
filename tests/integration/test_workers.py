"""`bpu-branch serve --workers N`: worker processes on one port, SIGHUP and SIGTERM.

Real `serve` processes on loopback against the PostgreSQL the run starts: N workers answer;
SIGHUP replaces every worker while requests keep being answered (none refused, none failed);
SIGTERM while a chunk is half uploaded lets that chunk be received, judged and answered, the
supervisor exits 0, and after a restart the next sync finishes the batch exactly once. On
SQLite more than one worker is refused (`WORKERS_SQLITE`)."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.models import Record
from bpu_enroll.sync.client import SyncClient
from bpu_enroll.sync.runner import SyncReport, run_sync
from tests.integration.helpers import Branch, Laptop, enrol, fast_retry, make_branch
from tests.integration.processes import ServeProcess, alive

pytestmark = pytest.mark.slow

WORKERS = 3


Outcome = tuple[float, int | str]


def _hammer(url: str, stop: threading.Event, outcomes: list[Outcome]) -> None:
    """`/health` on a new connection each time until `stop`: (when answered, status code or
    the error's name)."""
    while not stop.is_set():
        try:
            status: int | str = httpx.get(f"{url}/api/v1/health", timeout=10).status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        outcomes.append((time.monotonic(), status))


@pytest.mark.postgres
def test_workers_answer_and_sighup_replaces_them_while_requests_are_answered(
    pg_branch: Branch, serve_processes: list[ServeProcess], tmp_path: Path
) -> None:
    server = ServeProcess(pg_branch.db_url, tmp_path / "serve.log", workers=WORKERS).start()
    serve_processes.append(server)
    first = server.children()
    assert len(first) == WORKERS
    stop = threading.Event()
    outcomes: list[Outcome] = []
    hammers = [
        threading.Thread(target=_hammer, args=(server.url, stop, outcomes)) for _ in range(4)
    ]
    for thread in hammers:
        thread.start()
    try:
        time.sleep(0.5)
        hung_up = time.monotonic()
        server.signal(signal.SIGHUP)
        deadline = time.monotonic() + 60
        while server.children() & first or len(server.children()) != WORKERS:
            assert time.monotonic() < deadline, server.log.read_text()
            time.sleep(0.1)
        replaced = time.monotonic()
        time.sleep(0.5)
    finally:
        stop.set()
        for thread in hammers:
            thread.join(timeout=30)
    second = server.children()
    assert len(second) == WORKERS and not second & first
    assert not any(alive(pid) for pid in first)
    during = [status for when, status in outcomes if hung_up < when <= replaced]
    assert len(during) >= 3  # requests were answered while the workers were being replaced
    assert {status for _, status in outcomes} == {200}, outcomes
    server.signal(signal.SIGTERM)
    assert server.wait(timeout=30) == 0
    assert not any(alive(pid) for pid in second)


class TermMidChunk(SyncClient):
    """The real client; the second chunk's body is sent half, then the supervisor gets
    SIGTERM, then (0.5 s later, the worker already stopping) the rest of the body."""

    def __init__(self, http: httpx.Client, laptop: Laptop, server: ServeProcess) -> None:
        super().__init__(
            http, device_code=laptop.device_code, signing_key=laptop.signing_key,
            retry=fast_retry(attempts=3),
        )  # fmt: skip
        self.server = server
        self.chunks_sent = 0
        self.answered_after_term: list[int] = []

    def _send(self, method: str, url: str, content: bytes, *, signed: bool) -> httpx.Response:
        if "/records" not in url:
            return super()._send(method, url, content, signed=signed)
        self.chunks_sent += 1
        if self.chunks_sent != 2:
            return super()._send(method, url, content, signed=signed)
        half = len(content) // 2

        def body() -> Iterator[bytes]:
            yield content[:half]
            time.sleep(0.3)  # the head and half the body are in the worker
            self.server.signal(signal.SIGTERM)
            time.sleep(0.5)
            yield content[half:]

        headers = {"content-type": "application/json", "content-length": str(len(content))}
        request = self.http.build_request(method, url, content=body(), headers=headers)
        request.headers.update(
            self._signature_headers(method, request.url.raw_path.decode("ascii"), content)
        )
        response = self.http.send(request)
        self.answered_after_term.append(response.status_code)
        return response


def _sync(laptop: Laptop, url: str, client: SyncClient) -> SyncReport:
    return run_sync(
        store=laptop.session.store, data_dir=laptop.data_dir, client=client,
        signing_key=laptop.signing_key, device_code=laptop.device_code,
        actor=laptop.session.officer.username, server_url=url, chunk_size=20,
    )  # fmt: skip


@pytest.mark.postgres
def test_sigterm_answers_the_chunk_in_flight_and_loses_nothing(
    pg_branch: Branch, serve_processes: list[ServeProcess], tmp_path: Path
) -> None:
    server = ServeProcess(pg_branch.db_url, tmp_path / "serve.log", workers=2).start()
    serve_processes.append(server)
    laptop = enrol(pg_branch, server.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    try:
        ids = {laptop.register(serial) for serial in range(100)}
        with httpx.Client(base_url=server.url, timeout=30) as http:
            client = TermMidChunk(http, laptop, server)
            report = _sync(laptop, server.url, client)
        assert client.answered_after_term == [200]  # the chunk in flight was answered
        assert not report.completed
        assert server.wait(timeout=30) == 0
        assert "Traceback" not in server.log.read_text()
        with Session(pg_branch.engine) as db:
            assert int(db.exec(select(func.count()).select_from(Record)).one()) >= 40
        again = ServeProcess(pg_branch.db_url, tmp_path / "again.log", workers=2).start()
        serve_processes.append(again)
        assert laptop.sync(again.url, chunk_size=20).completed
        held = pg_branch.records()
        assert set(held) == ids
        accepted = [r.kpj for r in held.values() if r.state == "accepted"]
        assert len(accepted) == len(set(accepted)) == len(ids)
        assert laptop.states() == {rid: (r.state, r.kpj) for rid, r in held.items()}
    finally:
        laptop.close()


def test_more_than_one_worker_on_sqlite_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    code = branch_main(["--db", url, "serve", "--workers", "2", "--port", "1"])
    assert code == 1
    assert capsys.readouterr().err.startswith("WORKERS_SQLITE: SQLite hanya punya satu penulis")
