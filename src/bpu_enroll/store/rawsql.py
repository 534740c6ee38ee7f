"""Hand-written SQL for the hot paths: the Registrations search and the finalise write.

DESIGN.md §6 compares these paths with the raw SQL they run, so they skip the ORM: no
`select()` built per call, no identity map, no unit of work. Statements are plain strings with
`?` placeholders, built from a few fixed fragments (no user text ever enters the SQL itself),
and they run either on a DBAPI cursor (`Store.cursor()`) or, through `rows()`, on an ORM
`Session`'s connection, so both give the same answers and use the same indexes.

Values are stored exactly as the SQLModel columns store them: a moment as naive UTC text
`YYYY-MM-DD HH:MM:SS.ffffff` (`stamp`, read back by `moment`), a bool as 0 or 1.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, Protocol

from sqlmodel import Session

from bpu_enroll.store.models import Registration

# Statuses of a record that still stands for its NIK (not refused by the branch).
STANDING_STATUSES = ("final", "sent", "accepted", "duplicate")
_STAMP = "%Y-%m-%d %H:%M:%S.%f"


class Cursor(Protocol):
    """The part of a DBAPI cursor these functions use."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any:
        """Run one statement; the cursor itself (iterable, `fetchone`, `fetchall`)."""


def stamp(value: datetime) -> str:
    """An aware moment as the store keeps it (naive UTC text); naive input is refused."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store; use an aware UTC datetime")
    return value.astimezone(UTC).strftime(_STAMP)


def moment(text: str) -> datetime:
    """Stored naive UTC text → an aware UTC `datetime`."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def name_key(text: str) -> str:
    """The search key of a name: upper case, single spaces."""
    return " ".join(text.upper().split())


def rows(target: Session | Cursor, sql: str, params: Sequence[Any]) -> list[Any]:
    """Every row of `sql`, run on a DBAPI cursor or on a `Session`'s connection (in its
    transaction, after its pending changes are flushed, as an ORM query would do)."""
    if isinstance(target, Session):
        if target.autoflush:  # as an ORM query would: pending changes are seen
            target.flush()
        return list(target.connection().exec_driver_sql(sql, tuple(params)).all())
    return list(target.execute(sql, params).fetchall())


# --- the Registrations search ------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationFilter:
    """What the Registrations page filters on; every part is optional."""

    text: str = ""
    status: str | None = None
    voided: bool | None = None
    created_from: datetime | None = None
    created_before: datetime | None = None


class RegistrationListing(NamedTuple):
    """The columns of one record that a list shows (no JSON documents), read without the ORM.

    Holds the NIK in clear, like the stored row: callers mask it before showing it.
    """

    id: str
    receipt_number: str
    version: int
    full_name: str
    nik: str
    village_code: str
    occupation_code: str
    sector: str
    status: str
    voided: bool
    supersedes_id: str | None
    superseded_by_id: str | None
    created_at: datetime
    officer: str
    programs: str
    months_paid: int
    total_quoted: int
    cash_paid: int | None


LISTING_COLUMNS = ", ".join(RegistrationListing._fields)
_VOIDED = RegistrationListing._fields.index("voided")
_CREATED = RegistrationListing._fields.index("created_at")


def listing(row: Sequence[Any]) -> RegistrationListing:
    """A fetched row of `LISTING_COLUMNS` → a typed listing."""
    values = list(row)
    values[_VOIDED] = bool(values[_VOIDED])
    values[_CREATED] = moment(values[_CREATED])
    return RegistrationListing._make(values)


# A search anywhere (trigram index) counts at most this many records: counting every record
# that holds three common letters would read a large part of a 1,000,000-record store. The page
# says "more than 1.000" and the officer types more.
COUNT_CAP = 1000
_QUALIFIED = ", ".join(f"registration.{c}" for c in RegistrationListing._fields)
_PLAIN = " FROM registration"
# The index drives the query: it hands out matching rowids newest first and stops at the limit.
_IN_INDEX = (
    " FROM registration_search JOIN registration ON registration.rowid = registration_search.rowid"
)


def search_sql(flt: RegistrationFilter, *, limit: int, offset: int) -> tuple[str, list[Any]]:
    """The listing query of a filter, one page of it.

    The page size is written into the statement (an `int`, never text), the offset is bound:
    SQLite reads a bound LIMIT when it prepares a statement (the EXPLAIN of `LIMIT ?` shows the
    bound 50 as a constant), so binding it again at every run made it prepare the statement
    again at every run: for a search anywhere (a join with the FTS5 table) 25 µs of 0.2 ms.
    A page size is one of very few values, so the prepared statements are reused.
    """
    source, where, params, order = _search_terms(flt)
    size = operator.index(limit)  # an int written into the SQL: nothing else may get there
    sql = f"SELECT {_QUALIFIED}{source}{where} ORDER BY {order} LIMIT {size} OFFSET ?"
    return sql, [*params, offset]


def count_sql(flt: RegistrationFilter) -> tuple[str, list[Any]]:
    """How many records the listing query of a filter would find without a limit (at most
    `COUNT_CAP` + 1 for a search anywhere)."""
    source, where, params, _order = _search_terms(flt)
    if source == _IN_INDEX:
        inner = f"SELECT 1{source}{where} LIMIT {COUNT_CAP + 1}"
        return f"SELECT count(*) FROM ({inner})", params  # noqa: S608 — fixed fragments
    return f"SELECT count(*){source}{where}", params


def _search_terms(flt: RegistrationFilter) -> tuple[str, str, list[Any], str]:
    """FROM clause, WHERE clause, its parameters and the ORDER BY of a filter.

    - digits only (spaces and dots ignored) not starting with 0: a NIK (exact with 16 digits,
      else a prefix), an index range scan ordered by NIK;
    - digits starting with 0 (the zero-padded end of a receipt number, `00002`) or text with a
      digit and a dash: anywhere in a receipt number;
    - anything else: anywhere in a name.
    "Anywhere" goes through the FTS5 trigram index `registration_search` (migration 0003) from
    three characters on, newest first; one or two characters are a prefix, an index range scan.
    With a text term its index must drive the query, so the filters are kept off their own
    indexes with SQLite's unary `+column`.
    """
    terms: list[str] = []
    params: list[Any] = []
    order = "created_at DESC"
    text = flt.text.strip()
    digits = "".join(text.split()).replace(".", "")  # spaces and dots ignored
    receipt = text.upper() if not digits.isdigit() else digits
    if digits.isdigit() and not digits.startswith("0"):
        order = "nik"
        _prefix(terms, params, "nik", digits, exact=len(digits) == 16)
    elif digits.isdigit() or ("-" in text and any(ch.isdigit() for ch in text)):
        order = _anywhere(terms, params, "receipt_number", receipt)
    elif text:
        order = _anywhere(terms, params, "name_key", name_key(text))
    plus = "+" if terms else ""
    if flt.status is not None:
        terms.append(f"{plus}status = ?")
        params.append(flt.status)
    if flt.voided is not None:
        terms.append("voided IS ?")
        params.append(int(flt.voided))
    if flt.created_from is not None:
        terms.append(f"{plus}created_at >= ?")
        params.append(stamp(flt.created_from))
    if flt.created_before is not None:
        terms.append(f"{plus}created_at < ?")
        params.append(stamp(flt.created_before))
    where = f" WHERE {' AND '.join(terms)}" if terms else ""
    return (_IN_INDEX if _FTS_TERM in terms else _PLAIN), where, params, order


_FTS_TERM = "registration_search MATCH ?"


def _anywhere(terms: list[str], params: list[Any], column: str, value: str) -> str:
    """`value` anywhere in `column` (trigram index, newest first), or as a prefix when it is
    too short for trigrams; the ORDER BY that goes with it."""
    if len(value) < 3:
        _prefix(terms, params, column, value, exact=False)
        return column
    terms.append(_FTS_TERM)
    params.append(f'{column} : "{value.replace(chr(34), chr(34) * 2)}"')
    return "registration_search.rowid DESC"


def _prefix(terms: list[str], params: list[Any], column: str, value: str, *, exact: bool) -> None:
    """`column = value`, or the index-friendly range `value <= column < value'`."""
    if exact:
        terms.append(f"{column} = ?")
        params.append(value)
    else:
        terms.append(f"{column} >= ? AND {column} < ?")
        params += [value, value[:-1] + chr(ord(value[-1]) + 1)]


_NIK_STANDS = (
    "SELECT 1 FROM registration WHERE nik = ? AND voided IS 0 AND superseded_by_id IS NULL"  # noqa: S608
    f" AND status IN ({', '.join(repr(s) for s in STANDING_STATUSES)})"
)


def standing_listing_sql(nik: str) -> tuple[str, list[Any]]:
    """The listing of the standing record of `nik` (the newest one, should there be more)."""
    sql = _NIK_STANDS.replace("SELECT 1", f"SELECT {LISTING_COLUMNS}", 1)
    return f"{sql} ORDER BY created_at DESC LIMIT 1", [nik]


def nik_stands_sql(nik: str, exclude_id: str | None) -> tuple[str, list[Any]]:
    """The query that finds a standing record of `nik` (other than `exclude_id`)."""
    if exclude_id is None:
        return f"{_NIK_STANDS} LIMIT 1", [nik]
    return f"{_NIK_STANDS} AND id != ? LIMIT 1", [nik, exclude_id]


# --- the finalise write ------------------------------------------------------------------------

# Every column of the table, in the model's order: the insert names them all (no defaults left
# to the database, as with the ORM).
REGISTRATION_COLUMNS: tuple[str, ...] = tuple(
    Registration.__table__.columns.keys()  # type: ignore[attr-defined]
)
_INSERT_REGISTRATION = (
    f"INSERT INTO registration ({', '.join(REGISTRATION_COLUMNS)}) "  # noqa: S608 — column names
    f"VALUES ({', '.join('?' * len(REGISTRATION_COLUMNS))})"
)
_TAKE_SEQUENCE = (
    "UPDATE receipt_sequence SET next_value = next_value + 1 WHERE device = ? RETURNING next_value"
)
_FIRST_SEQUENCE = "INSERT INTO receipt_sequence (device, next_value) VALUES (?, 2)"


def insert_registration(cursor: Cursor, values: dict[str, Any]) -> None:
    """Insert one registration row from its column values (every column of the table)."""
    cursor.execute(_INSERT_REGISTRATION, [_bind(values[c]) for c in REGISTRATION_COLUMNS])


def take_sequence_value(cursor: Cursor, device_code: str) -> int:
    """Increment the device's receipt sequence in one statement; the value taken (the first
    receipt of a device inserts the row instead). The caller's write transaction holds the
    lock, so no other writer can take the same value."""
    taken = cursor.execute(_TAKE_SEQUENCE, [device_code]).fetchall()
    if taken:
        return int(taken[0][0]) - 1
    cursor.execute(_FIRST_SEQUENCE, [device_code])
    return 1


def delete_draft(cursor: Cursor, draft_id: str) -> None:
    """Remove a draft if it is there."""
    cursor.execute("DELETE FROM draft WHERE id = ?", [draft_id])


def _bind(value: Any) -> Any:
    return stamp(value) if isinstance(value, datetime) else value
