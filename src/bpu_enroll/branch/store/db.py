"""The branch database: where it is, how to connect, and its Alembic migrations.

`--db URL` or `BPU_BRANCH_DB` picks the database; the default is a SQLite file in the user's
data directory. PostgreSQL URLs use psycopg 3 (`postgresql+psycopg://…`; a plain
`postgresql://` is taken to mean the same). On SQLite every transaction starts with
`BEGIN IMMEDIATE` so that concurrent writers queue instead of failing on a lock upgrade (but
a USB dry run's, which writes only to its private copies: `shadow`).

At rest (`vault`): the SQLite file is encrypted whole with SQLCipher, keyed from the branch's
data key, and created 0600; its key envelope is the 0600 file `branch.db.keys` beside it. On
PostgreSQL the envelope is the one row of `branch_key_envelope`. `open_branch` is how every
command opens the database: find the envelope, unwrap the data key with the master key, connect,
migrate. The engine remembers its data key (`data_key_of`) for the code that seals and opens.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from bpu_enroll.branch.store.vault import (
    DataKey,
    MasterKey,
    keep_private,
    new_data_key,
    unwrap,
    wrap,
    write_private_file,
)
from bpu_enroll.domain.errors import BpuError

ENV_DB = "BPU_BRANCH_DB"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ENVELOPE_SUFFIX = ".keys"
_DATA_KEYS: WeakKeyDictionary[Engine, DataKey] = WeakKeyDictionary()


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


def sqlite_path(url: str) -> Path | None:
    """The file of a file-backed SQLite URL, else None (PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        raise BpuError("USAGE")
    return Path(parsed.database)


def make_engine(url: str, data_key: DataKey | None) -> Engine:
    """An engine for `url`, tuned for the server's concurrency on either back end.

    SQLite needs the data key (SQLCipher); the file is created 0600. On PostgreSQL the key may
    come later (`remember_data_key`, once the envelope has been read through this engine).

    `hide_parameters`: a database error's text names the statement but not the values bound to
    it. Those are a record's JSON (in clear inside the SQLCipher file), a note, a name; the
    text of an error that reaches no handler is the traceback in the server's journal."""
    path = sqlite_path(url)
    if path is not None:
        if data_key is None:
            raise ValueError("an encrypted SQLite branch database needs its data key")
        _create_private(path)
        sqlcipher_key = data_key.derive("sqlcipher")
        engine = create_engine(
            "sqlite:///" + str(path),
            module=sqlcipher3,
            creator=lambda: _sqlcipher_connect(path, sqlcipher_key),
            pool_size=8,
            max_overflow=32,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    else:
        engine = create_engine(
            url, pool_size=10, max_overflow=40, pool_pre_ping=True, hide_parameters=True
        )
    if data_key is not None:
        remember_data_key(engine, data_key)
    return engine


def remember_data_key(engine: Engine, data_key: DataKey) -> None:
    """Tie the data key to `engine` (what `data_key_of` finds)."""
    _DATA_KEYS[engine] = data_key


def data_key_of(session: Session) -> DataKey:
    """The data key of the engine `session` is bound to (`MASTER_KEY_MISSING` without one)."""
    bind: Any = session.get_bind()
    key = _DATA_KEYS.get(getattr(bind, "engine", bind))
    if key is None:
        raise BpuError("MASTER_KEY_MISSING", path="-")
    return key


# How long an SQLite writer waits for another's lock before the store is said busy (`BUSY`).
BUSY_TIMEOUT_MS = 60_000


def _create_private(path: Path) -> None:
    """Make an empty 0600 database file (SQLite's WAL and SHM files take the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _sqlcipher_connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


# --- the key envelope and opening the branch --------------------------------------------------


def envelope_path(db_file: Path) -> Path:
    """`branch.db.keys` beside `branch.db`."""
    return db_file.with_name(db_file.name + ENVELOPE_SUFFIX)


def read_envelope(url: str, engine: Engine | None = None) -> dict[str, Any] | None:
    """The key envelope of the database at `url`, or None when there is none yet."""
    path = sqlite_path(url)
    if path is not None:
        try:
            return dict(json.loads(envelope_path(path).read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
    assert engine is not None
    with engine.connect() as connection:
        try:
            row = connection.execute(
                text("SELECT envelope FROM branch_key_envelope WHERE id = 1")
            ).first()
        except (OperationalError, ProgrammingError):
            return None
    return dict(json.loads(row[0])) if row else None


def write_envelope(url: str, envelope: dict[str, Any], engine: Engine | None = None) -> None:
    """Keep the key envelope (0600 file beside SQLite; the one row on PostgreSQL)."""
    document = json.dumps(envelope, sort_keys=True)
    path = sqlite_path(url)
    if path is not None:
        write_private_file(envelope_path(path), document.encode("utf-8"))
        return
    assert engine is not None
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM branch_key_envelope"))
        connection.execute(
            text("INSERT INTO branch_key_envelope (id, envelope) VALUES (1, :e)"), {"e": document}
        )


def open_branch(
    url: str, master: MasterKey, *, create: bool = False, adopting: bool = False
) -> Engine:
    """The branch database at `url`, opened with `master`, migrated to the newest schema.

    `create` (only `init`) makes the data key and its envelope when there is none;
    otherwise a database without an envelope is `NOT_INITIALISED` (or `KEY_ENVELOPE_MISSING`
    when a SQLite file is there without its `.keys`). A branch made before encryption at rest,
    or one whose adoption was cut off, is `BRANCH_DB_PLAIN` (`adopting` lets `key adopt` in)."""
    path = sqlite_path(url)
    if path is not None:
        for private in (path, envelope_path(path), *(Path(f"{path}{s}") for s in ("-wal", "-shm"))):
            keep_private(private)  # made 0600; put back so if a copy made them readable
        envelope = read_envelope(url)
        if is_plain_sqlite(path):  # a branch made before encryption at rest (or half adopted)
            raise BpuError("BRANCH_DB_PLAIN")
        if envelope is None:
            if path.exists() and path.stat().st_size > 0:
                raise BpuError("KEY_ENVELOPE_MISSING", path=str(envelope_path(path)))
            if not create:
                raise BpuError("NOT_INITIALISED")
            data_key = new_data_key()
            write_envelope(url, wrap(master, data_key))
        else:
            data_key = unwrap(master, envelope)
        engine = make_engine(url, data_key)
        _check_sqlcipher_key(engine)
    else:
        engine = make_engine(url, None)
        if create or not schema_is_current(engine):
            migrate(engine)
        envelope = read_envelope(url, engine)
        if envelope is None:
            if _has_branch_row(engine):  # a branch made before encryption at rest
                engine.dispose()
                raise BpuError("BRANCH_DB_PLAIN")
            if not create:
                raise BpuError("NOT_INITIALISED")
            data_key = new_data_key()
            write_envelope(url, wrap(master, data_key), engine)
        else:
            data_key = unwrap(master, envelope)
        remember_data_key(engine, data_key)
    if create or not schema_is_current(engine):
        migrate(engine)
    if not (create or adopting) and half_adopted(engine):
        engine.dispose()
        raise BpuError("BRANCH_DB_PLAIN")
    return engine


def is_plain_sqlite(path: Path) -> bool:
    """True when `path` is an unencrypted SQLite file (SQLCipher's first bytes are random)."""
    if not path.exists() or path.stat().st_size < 16:
        return False
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def half_adopted(engine: Engine) -> bool:
    """True for a branch whose adoption (`bpu-branch key adopt`) has not finished: adopting
    gives it a recovery key as its last step, and until then some NIKs may still be in clear.
    (Only a branch without a recovery key pays for looking at its participants.)"""
    with engine.connect() as connection:
        missing_key = connection.execute(
            text("SELECT count(*) FROM branch_info WHERE recovery_public_key IS NULL")
        ).scalar_one()
        if not missing_key:
            return False
        clear = connection.execute(
            text("SELECT 1 FROM branch_participant WHERE length(nik_hash) < 64 LIMIT 1")
        ).first()
    return clear is not None


def _has_branch_row(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM branch_info")).scalar_one() > 0


def rewrap(url: str, old: MasterKey, new: MasterKey) -> None:
    """Seal the data key with a new master key (rotation: nothing else is rewritten)."""
    engine = None if sqlite_path(url) is not None else make_engine(url, None)
    try:
        envelope = read_envelope(url, engine)
        if envelope is None:
            raise BpuError("NOT_INITIALISED")
        write_envelope(url, wrap(new, unwrap(old, envelope)), engine)
    finally:
        if engine is not None:
            engine.dispose()


def _check_sqlcipher_key(engine: Engine) -> None:
    """Read `sqlite_master`: a file this key does not open is `MASTER_KEY_WRONG`."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
    except DBAPIError as exc:
        engine.dispose()
        if "not a database" in str(exc.orig).lower():
            raise BpuError("MASTER_KEY_WRONG") from exc
        raise


def _sqlite_on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # `BEGIN DEFERRED` only for a dry run's read snapshot (`shadow.shadow_tables`)
    begin = connection.get_execution_options().get("bpu_sqlite_begin", "BEGIN IMMEDIATE")
    connection.exec_driver_sql(begin)


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
