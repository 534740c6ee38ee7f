"""A throw-away PostgreSQL server for the integration suite: initdb + pg_ctl on loopback.

As root, PostgreSQL refuses to run, so the server runs as an unprivileged system user
(`bpu-test`, created with `useradd` when missing; `nobody` when that is not possible).
The data directory is a fresh temporary folder; the server listens only on 127.0.0.1, on a free
port, with fsync off (a test database, thrown away at the end).

The server dies with the process that started it, whoever ends that process: a watchdog (a
small Python process in its own session, reading a pipe whose other end only that process
holds) stops the server (`pg_ctl stop -m immediate`, through the same prefix) and removes its
folder as soon as that end is closed, so a run killed with SIGKILL, by a CI timeout or by Ctrl-C
twice leaves no postmaster and no data folder behind. (A parent-death signal cannot do it:
`pg_ctl` daemonises the postmaster.) `PostgresServer.stop` is still the normal way out.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

TEST_USER = "bpu-test"

# Run by the watchdog: argv is the stop command, then the folder to remove. Reading stdin ends
# only when the process that started the server has closed the pipe (`PostgresServer.stop`, the
# folder already gone) or has ended, however it ended.
_WATCHDOG = """
import os, shutil, subprocess, sys
sys.stdin.buffer.read()
if os.path.isdir(sys.argv[-1]):
    subprocess.run(sys.argv[1:-1], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(sys.argv[-1], ignore_errors=True)
"""


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_bin_dir() -> Path | None:
    """The newest `/usr/lib/postgresql/*/bin` that has initdb and pg_ctl."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _run_as() -> list[str]:
    """The command prefix that drops root; empty when not root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(TEST_USER)
        user = TEST_USER
    except KeyError:
        made = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
            capture_output=True,
            check=False,
        )
        user = TEST_USER if made.returncode == 0 else "nobody"
    return ["runuser", "-u", user, "--"]


@dataclass
class PostgresServer:
    """A running server: its port, data folder and binaries."""

    bin_dir: Path
    data_dir: Path
    port: int
    prefix: list[str]
    watchdog: subprocess.Popen[bytes] | None = None

    @property
    def admin_url(self) -> str:
        """A psycopg URL to the `postgres` database as the superuser `postgres`."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of one database on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server (fast) and delete its data folder."""
        subprocess.run(
            [*self.prefix, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast",
             "-w", "stop"],
            capture_output=True,
            check=False,
        )  # fmt: skip
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)
        if self.watchdog is not None:  # nothing left for it to do: it exits
            assert self.watchdog.stdin is not None
            self.watchdog.stdin.close()
            self.watchdog.wait(timeout=30)
            self.watchdog = None


def start_postgres() -> PostgresServer:
    """initdb into a temporary folder and start the server on a free loopback port."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL binaries (initdb, pg_ctl) not found")
    prefix = _run_as()
    root = Path(tempfile.mkdtemp(prefix="bpu-pg-"))
    data_dir = root / "data"
    watchdog = _start_watchdog(
        [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "-w", "stop"],
        root,
    )
    if prefix:
        user = prefix[2]
        shutil.chown(root, user=user)
        os.chmod(root, 0o700)
    subprocess.run(
        [*prefix, str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "postgres",
         "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        capture_output=True,
        check=True,
    )  # fmt: skip
    # The port is found free, closed, and bound by the server a moment later: any process of
    # the machine (an outgoing connection's ephemeral port) may take it meanwhile, and then
    # every PostgreSQL test of the run would fail. The server is started again on another.
    for attempt in range(PORT_TRIES):
        port = free_port()
        log = root / "server.log"
        written = log.stat().st_size if log.exists() else 0
        if _pg_ctl_start(prefix, bin_dir, data_dir, port, log):
            break
        said = log.read_text(errors="replace")[written:] if log.exists() else ""
        if "could not bind" not in said or attempt == PORT_TRIES - 1:
            break  # not the port: `_wait_ready` reports the log
    server = PostgresServer(bin_dir, data_dir, port, prefix, watchdog)
    _wait_ready(server)
    return server


PORT_TRIES = 3


def _pg_ctl_start(prefix: list[str], bin_dir: Path, data_dir: Path, port: int, log: Path) -> bool:
    """`pg_ctl start` on `port`, waiting until it accepts connections; whether it did."""
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    done = subprocess.run(
        [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options,
         "-l", str(log), "-w", "-t", "60", "start"],
        capture_output=True,
        check=False,
    )  # fmt: skip
    return done.returncode == 0


def _start_watchdog(stop: list[str], root: Path) -> subprocess.Popen[bytes]:
    """The process that runs `stop` and removes `root` once this process has ended.

    It starts before initdb, so a run killed while the server starts leaves nothing either,
    and in a session of its own, so the Ctrl-C that interrupts the run (and lets the fixture
    stop the server) does not end it."""
    return subprocess.Popen(
        [sys.executable, "-I", "-c", _WATCHDOG, *stop, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_ready(server: PostgresServer) -> None:
    import time

    import psycopg

    deadline = time.monotonic() + 60
    while True:
        try:
            with psycopg.connect(server.admin_url, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                log = server.data_dir.parent / "server.log"
                text = log.read_text() if log.exists() else "(no log)"
                raise RuntimeError(f"PostgreSQL did not start:\n{text[-2000:]}") from None
            time.sleep(0.2)


def create_database(server: PostgresServer, name: str) -> str:
    """A fresh, empty database; its SQLAlchemy URL."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return server.url(name)


def pg_dump(db_url: str) -> bytes:
    """A plain `pg_dump` of the database at `db_url` (a SQLAlchemy URL), as an attacker with
    the database's credentials or a copy of it would read it."""
    bin_dir = find_bin_dir()
    assert bin_dir is not None
    return subprocess.run(
        [str(bin_dir / "pg_dump"), "--no-owner", db_url.replace("+psycopg", "")],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout
