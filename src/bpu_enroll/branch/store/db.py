"""The branch database: where it is, how to connect, and its Alembic migrations.

`--db URL` or `BPU_BRANCH_DB` picks the database; the default is a SQLite file in the user's
data directory. PostgreSQL URLs use psycopg 3 (`postgresql+psycopg://…`; a plain
`postgresql://` is taken to mean the same). On SQLite every transaction starts with
`BEGIN IMMEDIATE` so that concurrent writers queue instead of failing on a lock upgrade.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

ENV_DB = "BPU_BRANCH_DB"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    """A SQLite file in the platform's user data directory (created on first use)."""
    folder = Path(user_data_dir("bpu-branch", appauthor=False))
    return f"sqlite:///{folder / 'branch.db'}"


def resolve_url(explicit: str | None) -> str:
    """`--db`, else `BPU_BRANCH_DB`, else the default SQLite file; normalises PostgreSQL URLs."""
    url = explicit or os.environ.get(ENV_DB) or default_url()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    """An engine for `url`, tuned for the server's concurrency on either back end."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": 60, "check_same_thread": False},
            pool_size=8,
            max_overflow=32,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (creates it on an empty database)."""
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_is_current(engine: Engine) -> bool:
    """True when the database is at the newest migration."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current == head
