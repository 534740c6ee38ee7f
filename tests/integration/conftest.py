"""Fixtures of the integration suite: PostgreSQL started by the run, both back ends, the server.

- `postgres`: one PostgreSQL server for the whole session (initdb + pg_ctl into a temporary
  folder, loopback only, as an unprivileged user when the run is root).
- `db_url`: parametrised over `sqlite` (a file in tmp_path) and `postgresql` (a fresh database
  on that server), so every test that uses it runs on both.
- `pg_branch`: a branch on a fresh PostgreSQL database (several `serve` processes share one);
  `serve_processes`: real `bpu-branch serve` subprocesses a test starts, stopped at its end.
- `branch`: a branch initialised on that database; `server`: the real API served by uvicorn
  on 127.0.0.1 on a free port, in a thread; `laptop_factory`: laptops enrolled through it;
  `faulty`: the device API behind a fault layer, served the same way.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bpu_enroll.branch.device.api import create_app
from bpu_enroll.branch.server import create_branch_app
from tests.integration.faults import FaultyApp
from tests.integration.helpers import Branch, Laptop, ServerThread, enrol, make_branch
from tests.integration.pg import PostgresServer, create_database, find_bin_dir, start_postgres
from tests.integration.processes import ServeProcess
from tests.integration.staff_http import logins

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The suite's PostgreSQL server (skips the PostgreSQL half when it is not installed)."""
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (make test installs it)")
    server = start_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty branch database on each back end."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'branch.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return create_database(server, f"branch_{next(_db_numbers)}")


@pytest.fixture
def branch(db_url: str) -> Iterator[Branch]:
    """A branch (code JKT01) with one officer, on `db_url`."""
    made = make_branch(db_url)
    try:
        yield made
    finally:
        made.engine.dispose()


@pytest.fixture
def server(branch: Branch) -> Iterator[ServerThread]:
    """The real API on 127.0.0.1:<free port>, in a thread."""
    running = ServerThread(create_branch_app(branch.engine)).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def faulty(branch: Branch) -> Iterator[tuple[FaultyApp, ServerThread]]:
    """The real device API behind a fault layer (`faults.FaultyApp`: an answer lost, a
    connection cut), served on loopback; for a test that makes a fault happen on purpose."""
    app = FaultyApp(create_app(branch.engine))
    running = ServerThread(app).start()
    try:
        yield app, running
    finally:
        running.stop()


@pytest.fixture
def staff(branch: Branch, server: ServerThread) -> Iterator[Callable[[tuple[str, str]], Any]]:
    """Sign a member of staff in at `server` (`staff_http.logins`: the supervisor and the clerk
    are added first). The review tests have their own `staff`, giving `StaffClient`s."""
    with logins(branch, server) as login:
        yield login


@pytest.fixture
def laptop_factory(
    branch: Branch, server: ServerThread, tmp_path: Path
) -> Iterator[Callable[[], Laptop]]:
    """Makes laptops enrolled at `server`; closes them at the end."""
    made: list[Laptop] = []
    numbers = itertools.count(1)

    def make() -> Laptop:
        laptop = enrol(branch, server.url, tmp_path / f"laptop{next(numbers)}")
        assert isinstance(laptop, Laptop)
        made.append(laptop)
        return laptop

    try:
        yield make
    finally:
        for laptop in made:
            laptop.close()


@pytest.fixture
def pg_branch(postgres: PostgresServer) -> Iterator[Branch]:
    """A branch on a fresh PostgreSQL database."""
    made = make_branch(create_database(postgres, f"branch_{next(_db_numbers)}"))
    try:
        yield made
    finally:
        made.engine.dispose()


@pytest.fixture
def serve_processes() -> Iterator[list[ServeProcess]]:
    """`serve` processes started by a test (appended to this list); stopped at the end."""
    started: list[ServeProcess] = []
    try:
        yield started
    finally:
        for server in started:
            server.stop()
