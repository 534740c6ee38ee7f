"""A throw-away PostgreSQL server for the integration suite: initdb + pg_ctl on loopback.

As root, PostgreSQL refuses to run, so the server runs as an unprivileged system user
(`bpu-test`, created with `useradd` when missing; `nobody` when that is not possible).
The data directory is a fresh temporary folder; the server listens only on 127.0.0.1, on a free
port, with fsync off (a test database, thrown away at the end).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

TEST_USER = "bpu-test"


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


def start_postgres() -> PostgresServer:
    """initdb into a temporary folder and start the server on a free loopback port."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL binaries (initdb, pg_ctl) not found")
    prefix = _run_as()
    root = Path(tempfile.mkdtemp(prefix="bpu-pg-"))
    data_dir = root / "data"
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
    port = free_port()
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    with contextlib.suppress(subprocess.CalledProcessError):
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options,
             "-l", str(root / "server.log"), "-w", "-t", "60", "start"],
            capture_output=True,
            check=True,
        )  # fmt: skip
    server = PostgresServer(bin_dir, data_dir, port, prefix)
    _wait_ready(server)
    return server


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
