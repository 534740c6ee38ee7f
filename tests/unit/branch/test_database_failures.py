"""The branch's answer to a database failure, from real driver errors: SQLite's "database is
locked" is `BUSY`; its full database (`max_page_count` reached) is `SERVER_DISK_FULL`; a
missing table is `SERVER_ERROR`; PostgreSQL's lock, deadlock and serialisation failures are
`BUSY`, its full disk `SERVER_DISK_FULL`, a lost connection `SERVER_ERROR`."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from bpu_enroll.branch.store.failures import classify, describe


def _raised(call: object) -> BaseException:
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        call()  # type: ignore[operator]
    return raised.value


def test_sqlite_failures(tmp_path: Path) -> None:
    path = str(tmp_path / "b.db")
    holder = sqlcipher3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x TEXT)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlcipher3.connect(path, timeout=0, isolation_level=None)
    locked = _raised(lambda: other.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    missing = _raised(lambda: other.execute("SELECT * FROM nothing"))
    other.execute("PRAGMA max_page_count = 3")
    full = _raised(
        lambda: [other.execute("INSERT INTO t VALUES (?)", ("x" * 4000,)) for _ in range(50)]
    )
    wrapped = [OperationalError("SELECT 1", {}, error) for error in (locked, full, missing)]
    assert [classify(e).code for e in wrapped] == ["BUSY", "SERVER_DISK_FULL", "SERVER_ERROR"]
    assert [classify(e).status for e in wrapped] == [503, 503, 500]
    assert describe(wrapped[2]) == {
        "db_error": "OperationalError",
        "driver_error": "OperationalError",
        "sqlite_code": 1,
    }


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (psycopg.errors.DeadlockDetected, "BUSY"),
        (psycopg.errors.SerializationFailure, "BUSY"),
        (psycopg.errors.LockNotAvailable, "BUSY"),
        (psycopg.errors.DiskFull, "SERVER_DISK_FULL"),
        (psycopg.errors.AdminShutdown, "SERVER_ERROR"),
        (psycopg.errors.UndefinedTable, "SERVER_ERROR"),
    ],
)
def test_postgresql_failures(error: type[psycopg.Error], code: str) -> None:
    assert classify(OperationalError("SELECT 1", {}, error("Siti"))).code == code
    assert "Siti" not in str(describe(OperationalError("SELECT 1", {}, error("Siti"))))
