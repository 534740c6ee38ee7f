"""Set-based statements for the branch's intake: one round trip per chunk, on either back end.

`insert_rows` inserts a chunk's rows in the session's transaction: on PostgreSQL with `COPY …
FROM STDIN` (its bulk path, the one the sync benchmark compares against), elsewhere with one
Core `executemany` (no ORM unit of work, no per-row flush). Database errors surface as the same
SQLAlchemy exceptions either way (`IntegrityError`, `OperationalError`), so callers and the
API's error handlers need not know which path ran.

`where_in` is `column IN (…)` on SQLite and `column = ANY(:array)` on PostgreSQL, where one array
parameter keeps the statement short: psycopg re-parses every statement with more than 50
parameters, and SQLAlchemy re-expands long IN lists, on every call. `slices` cuts a look-up into
pieces the back end accepts (SQLite bounds the number of parameters of one statement).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, any_, bindparam, insert
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

Value = TypeVar("Value")
SQLITE_SLICE = 500
POSTGRES_SLICE = 20_000


def is_postgres(session: Session) -> bool:
    """True when `session` is bound to PostgreSQL."""
    return session.get_bind().dialect.name == "postgresql"


def slices(session: Session, values: Sequence[Value]) -> Iterator[list[Value]]:
    """`values` in pieces small enough for one statement on this back end."""
    size = POSTGRES_SLICE if is_postgres(session) else SQLITE_SLICE
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def where_in(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """`column IN values`, as one array parameter on PostgreSQL."""
    if is_postgres(session):
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(list(values))


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the same keys) into `model`'s table in the session's
    transaction: `COPY` on PostgreSQL, one `executemany` elsewhere."""
    if not rows:
        return
    if is_postgres(session):
        _copy_rows(session, model.__table__, rows)  # type: ignore[attr-defined]
    else:
        session.connection().execute(insert(model), list(rows))


def _copy_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    columns = list(rows[0])
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    raw = session.connection().connection.driver_connection
    assert raw is not None
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row[name] for name in columns])
    except raw.Error as exc:  # the driver's own error: raise what SQLAlchemy would have raised
        raise DBAPIError.instance(statement, None, exc, type(raw).Error) from exc
