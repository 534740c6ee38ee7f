"""Opening the encrypted store: SQLCipher through SQLAlchemy, the process lock, migrations.

`open_store(data_dir, db_key)` takes the data directory's lock (a second running copy gets
`STORE_LOCKED`), checks the key by reading `sqlite_master` (a wrong key is `AUTH_FAILED`, and
nothing is written), refuses a store written by a newer version (`STORE_TOO_NEW`, untouched),
backs up an older store before migrating it, and returns a `Store`.

Per connection: `PRAGMA key` with the raw 32-byte key (no per-connection key derivation: the key
is already random), `journal_mode=WAL`, `synchronous=FULL`, `foreign_keys=ON`, `busy_timeout`.

Why `synchronous=FULL` rather than NORMAL: in WAL mode NORMAL never corrupts the file, but a
power cut (a laptop battery dying at a market stall) may lose the last committed transactions.
Here a commit is a receipt already printed and handed to a worker; losing it would lose the
record and hand its receipt number out again. FULL syncs the WAL at every commit, so a receipt
that was committed survives a dead battery. The cost is one fsync per commit.

Transactions: the driver's own implicit transactions are switched off and SQLAlchemy's `begin`
emits `BEGIN IMMEDIATE`, so a unit of work that reads and then writes (the receipt sequence, the
audit chain) holds the write lock from its first statement. `Store.session(readonly=True)`
begins a plain deferred transaction instead, for reads that should never wait.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store import schema
from bpu_enroll.store.lock import StoreLock, acquire_lock

DB_FILE = "store.db"
BACKUP_DIR = "backups"
BUSY_TIMEOUT_MS = 5000
_READONLY = "bpu_readonly"
# SQLite primary result codes (sqlite3.h).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
# Below this much free space an SQLite I/O error is taken to be a full disk: the WAL index
# (`-shm`) grows 32 KiB at a time, a WAL frame is one 4 KiB page plus its header.
NEARLY_FULL_BYTES = 1024 * 1024


class Store:
    """An open, unlocked store: a SQLAlchemy engine plus the data directory's process lock."""

    def __init__(self, data_dir: Path, engine: Engine, lock: StoreLock) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE
        self._engine = engine
        self._readonly_engine = engine.execution_options(**{_READONLY: True})
        self._lock = lock
        self._readers: list[tuple[Any, Any]] = []  # idle (connection, cursor) of `cursor()`

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (benchmarks and migrations; services use `session()`)."""
        return self._engine

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return not self._lock.held

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back when it raises.

        Objects stay usable after the block (`expire_on_commit=False`), detached.
        Store errors come out as `BpuError`: `DISK_FULL`, `IO_ERROR`, `STORE_CORRUPT`,
        `STORE_LOCKED`.
        """
        if self.closed:
            raise RuntimeError("the store is closed")
        bind = self._readonly_engine if readonly else self._engine
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                translated = translate_error(exc, self.data_dir)
                if translated is not None:
                    raise translated from exc
                raise

    @contextmanager
    def cursor(self, *, write: bool = False) -> Iterator[Any]:
        """A DBAPI cursor, for the hot paths that skip the ORM (search, finalise: DESIGN.md §6
        compares them with raw SQL).

        `write=True`: a pooled connection in one `BEGIN IMMEDIATE` transaction, committed when
        the block ends and rolled back when it raises, like `session()`. Otherwise a reader: no
        transaction is opened, each statement reads one consistent snapshot and nothing waits
        for a writer. Store errors come out as `BpuError`, as from `session()`.
        """
        if self.closed:
            raise RuntimeError("the store is closed")
        try:
            if write:
                with self._writer() as cursor:
                    yield cursor
                return
            reader = self._take_reader()
            try:
                yield reader[1]
            except BaseException:
                reader[0].close()  # never reused after an error
                raise
            self._give_back(reader)
        except BaseException as exc:
            translated = translate_error(exc, self.data_dir)
            if translated is not None:
                raise translated from exc
            raise

    @contextmanager
    def _writer(self) -> Iterator[Any]:
        raw = self._engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
                cursor.execute("COMMIT")
            except BaseException:
                if raw.driver_connection.in_transaction:  # type: ignore[union-attr]
                    with suppress(Exception):
                        cursor.execute("ROLLBACK")
                raise
        finally:
            raw.close()

    def _take_reader(self) -> tuple[Any, Any]:
        """A connection of its own for reads and its cursor, kept between calls: a free list
        instead of the pool, whose check-out and reset cost as much as a NIK lookup (`close()`
        closes the idle ones)."""
        try:
            return self._readers.pop()
        except IndexError:  # none idle: one more (made by the engine, with its pragmas)
            fairy = self._engine.raw_connection()
            conn: Any = fairy.driver_connection
            fairy.detach()
            return conn, conn.cursor()

    def _give_back(self, reader: tuple[Any, Any]) -> None:
        if self.closed or reader[0].in_transaction:
            reader[0].close()
        else:
            self._readers.append(reader)

    def close(self) -> None:
        """Close every connection and give the lock back (safe to call twice)."""
        if self.closed:
            return
        try:
            self._engine.dispose()
        finally:
            self._lock.release()
            while self._readers:  # after the release: a reader in use is closed when it ends
                self._readers.pop()[0].close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(data_dir: Path, db_key: bytes, *, migrations: Path = schema.MIGRATIONS_DIR) -> Store:
    """Open (creating or migrating if needed) the encrypted store in `data_dir`."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = acquire_lock(data_dir)
    try:
        engine = _open_engine(data_dir / DB_FILE, db_key, migrations)
    except BaseException:
        lock.release()
        raise
    return Store(data_dir, engine, lock)


def _open_engine(path: Path, db_key: bytes, migrations: Path) -> Engine:
    existed = path.exists() and path.stat().st_size > 0
    _keep_private(path)
    _check_key(path, db_key)
    engine = _make_engine(path, db_key)
    try:
        with engine.connect() as conn:
            current = schema.revision_of(conn)
        if current is not None and not schema.is_known_revision(current, migrations):
            raise BpuError("STORE_TOO_NEW")
        if existed and current != schema.head_revision(migrations):
            _backup(engine, path, current)
        with engine.begin() as conn:
            schema.upgrade(conn, migrations)
    except BaseException as exc:
        engine.dispose()
        translated = translate_error(exc, path.parent)
        if translated is not None:
            raise translated from exc
        raise
    return engine


def _connect(path: Path, db_key: bytes) -> Any:
    """A raw SQLCipher connection with the key applied (the key is not checked here)."""
    if len(db_key) != 32:
        raise ValueError("the database key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher would print decryption failures to stderr; a wrong key is reported as a code.
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    return conn


def _check_key(path: Path, db_key: bytes) -> None:
    """Read `sqlite_master` with the key: a wrong key fails here, before anything is written.

    Only "file is not a database" (SQLITE_NOTADB, what SQLCipher says for a wrong key) is
    `AUTH_FAILED`; a disk too full for the `-shm` file ("disk I/O error") is `DISK_FULL`, other
    failures keep their own code (`IO_ERROR` when nothing more specific is known).
    """
    try:
        conn = _connect(path, db_key)
    except sqlcipher3.DatabaseError as exc:
        raise translate_error(exc, path.parent) or BpuError("IO_ERROR") from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if _primary_code(exc) == SQLITE_NOTADB:
            raise BpuError("AUTH_FAILED") from exc
        raise translate_error(exc, path.parent) or BpuError("IO_ERROR") from exc
    finally:
        conn.close()


def _configured_connection(path: Path, db_key: bytes) -> Any:
    conn = _connect(path, db_key)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        # Deleted and overwritten content is zeroed, not left in free space (retention).
        "secure_delete = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return conn


def _make_engine(path: Path, db_key: bytes) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        creator=lambda: _configured_connection(path, db_key),
    )
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Connection) -> None:
    readonly = conn.get_execution_options().get(_READONLY, False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def _keep_private(path: Path) -> None:
    """The store file readable by its owner only (0600), like the keyring beside it: made so
    when new (SQLite's WAL and SHM files, and the backups, take its mode), and put back so when
    an older build left it 0644. It is encrypted; this keeps its ciphertext from other users
    of the laptop too."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _backup(engine: Engine, path: Path, revision: str | None) -> Path:
    """Checkpoint the WAL into the main file, then copy it to `backups/` (still encrypted)."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    backups = path.parent / BACKUP_DIR
    backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"store-{revision or 'base'}-{stamp}.db"
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        with suppress(OSError):
            target.unlink()
        if exc.errno == errno.ENOSPC:
            raise BpuError("DISK_FULL") from exc
        raise
    return target


def translate_error(exc: BaseException, data_dir: Path | None = None) -> BpuError | None:
    """A store-level failure as a `BpuError`, or None when it is something else.

    SQLite reports a full disk either as SQLITE_FULL or, when it cannot grow the WAL's `-shm`
    file, as a "disk I/O error" (SQLITE_IOERR): that one is `DISK_FULL` when the disk holding
    `data_dir` is (nearly) full, and `IO_ERROR` otherwise.
    """
    if isinstance(exc, BpuError):
        return None
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return BpuError("DISK_FULL")
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlcipher3.DatabaseError):
        return None
    code = _primary_code(orig)
    text = str(orig).lower()
    if code == SQLITE_FULL or "disk is full" in text or "disk full" in text:
        return BpuError("DISK_FULL")
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return BpuError("DISK_FULL" if _nearly_full(data_dir) else "IO_ERROR")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return BpuError("STORE_LOCKED")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "not a database" in text or "malformed" in text:
        return BpuError("STORE_CORRUPT")
    return None


def _primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (the extended code's low byte)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _nearly_full(data_dir: Path | None) -> bool:
    """True when the disk holding `data_dir` has less than `NEARLY_FULL_BYTES` free."""
    if data_dir is None:
        return False
    try:
        return shutil.disk_usage(data_dir).free < NEARLY_FULL_BYTES
    except OSError:
        return False
