"""The servers the tests start take their port with the machine busy: a port found free, then
closed for the server to bind, may be taken meanwhile by any process (an outgoing connection's
ephemeral port). Then the server starts again on another port instead of failing the run (the
suite's PostgreSQL server failing would fail every PostgreSQL test)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.integration import pg, processes
from tests.integration.helpers import make_branch
from tests.integration.pg import find_bin_dir, start_postgres


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A port held by a listening socket, handed out once as the "free" port found."""
    holder = socket.create_server(("127.0.0.1", 0))
    port = int(holder.getsockname()[1])
    handed = iter([port])
    real = pg.free_port

    def free_port() -> int:
        return next(handed, 0) or real()

    monkeypatch.setattr(pg, "free_port", free_port)
    monkeypatch.setattr(processes, "free_port", free_port)
    try:
        yield port
    finally:
        holder.close()


@pytest.mark.postgres
def test_postgres_starts_on_another_port_when_its_own_was_taken(taken: int) -> None:
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (make test installs it)")
    server = start_postgres()
    try:
        assert server.port != taken
        with psycopg.connect(server.admin_url, connect_timeout=5) as connection:
            assert connection.execute("SELECT 1").fetchone() == (1,)
    finally:
        server.stop()


def test_serve_starts_on_another_port_when_its_own_was_taken(taken: int, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    serve = processes.ServeProcess(url, tmp_path / "serve.log")
    try:
        serve.start()
        assert serve.port != taken
        assert httpx.get(f"{serve.url}/api/v1/health", timeout=10).json()["branch_code"] == "JKT01"
        assert "PORT_IN_USE" in serve.log.read_text()  # it met the taken port first
    finally:
        serve.stop()
