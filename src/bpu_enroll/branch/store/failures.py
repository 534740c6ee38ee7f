"""What a database failure of the branch is, for its answer: only a database that is busy
(SQLite locked or busy; PostgreSQL's lock, deadlock and serialisation failures) is `BUSY`, to
be tried again in a moment. A full disk is `SERVER_DISK_FULL` (the branch's disk, not the
laptop's: nothing was changed, the laptop tries again later), and any other failure (a missing
table, an I/O error, a lost connection) is `SERVER_ERROR`, a 500 without a traceback.

`describe` names a failure for the log by its kinds and the driver's numbers (SQLite's result
code, PostgreSQL's SQLSTATE): never its text, which holds the statement and could hold what a
client sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 5, 6, 11, 13, 26
_PG_BUSY = frozenset({"40001", "40P01", "55P03"})  # serialisation, deadlock, lock not available
_PG_FULL = "53100"


@dataclass(frozen=True)
class Failure:
    """The answer to a database failure: HTTP status, code, English message, headers."""

    status: int
    code: str
    message: str
    headers: dict[str, str] | None = None


BUSY = Failure(503, "BUSY", "the branch database is busy", {"Retry-After": "1"})
DISK_FULL = Failure(
    503, "SERVER_DISK_FULL", "the branch server's disk is full", {"Retry-After": "60"}
)
SERVER_ERROR = Failure(500, "SERVER_ERROR", "the branch server failed; see its log")


def classify(exc: BaseException) -> Failure:
    """The answer to `exc`, a database error (SQLAlchemy's or the driver's own)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    sqlstate = _sqlstate(orig)
    if sqlstate is not None:
        if sqlstate in _PG_BUSY:
            return BUSY
        return DISK_FULL if sqlstate == _PG_FULL else SERVER_ERROR
    code = _sqlite_code(orig)
    text = str(orig).lower()  # SQLite's own words, read here and never logged
    if code == _SQLITE_FULL or "disk is full" in text:
        return DISK_FULL
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return BUSY
    if "database is busy" in text or "database table is locked" in text:
        return BUSY
    return SERVER_ERROR


def is_damaged(exc: BaseException) -> bool:
    """Whether `exc` says the SQLite file itself is damaged (a malformed page, no database
    where one was): what a restore from a backup mends, not a moment's wait."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()  # SQLite's own words, read here and never logged
    damaged_words = "malformed" in text or "not a database" in text
    return _sqlite_code(orig) in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or damaged_words


def describe(exc: BaseException) -> dict[str, Any]:
    """The failure for a log line: its kinds and the driver's number, never its text."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    line: dict[str, Any] = {"db_error": type(exc).__name__, "driver_error": type(orig).__name__}
    sqlstate = _sqlstate(orig)
    if sqlstate is not None:
        line["sqlstate"] = sqlstate
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        line["sqlite_code"] = code
    return line


def _sqlstate(orig: object) -> str | None:
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(state)[:5] if state else None


def _sqlite_code(orig: object) -> int | None:
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
