"""A private copy of the tables an import writes, for the USB dry run: it takes no writer's lock.

A dry run is the import itself, thrown away at its end (`device.importer`). Run on the real
tables it held what the import holds (SQLite's `BEGIN IMMEDIATE`, PostgreSQL's row locks on the
decision and KPJ counters and the audit chain's advisory lock) for the whole file, so every
laptop's sync waited for a supervisor's preview. `shadow_tables` instead opens one snapshot of
the database (SQLite: a deferred read transaction, which in WAL mode blocks no writer;
PostgreSQL: `REPEATABLE READ`) and copies the tables the import writes into temporary tables of
the same names, which the connection's unqualified names find first (SQLite looks in `temp`
first; on PostgreSQL `pg_temp` is put first in the search path, which also makes prepared
statements parse again). The import then writes only to its own copies: the counters, batches,
records, participants and audit lines it sees are the branch's as of the snapshot, with its own
writes on top, so its counts are the import's as of that moment. The audit copy holds only the
last line (a chunk's lines chain onto it; nothing else of the log is read).

The copies hold the stored values as they are (payloads sealed as in the real tables); on SQLite
they are in memory (SQLCipher is built with `SQLITE_TEMP_STORE=2`), never a clear file beside the
database. Copying costs time and memory in proportion to the branch's records and participants,
once per dry run. The copies are dropped with the transaction (the caller rolls it back).
`is_private` tells the audit chain not to take its advisory lock for a session on such a
connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, func, insert, select, text
from sqlmodel import Session, SQLModel

from bpu_enroll.branch.store.models import (
    AuditEntry,
    Batch,
    BatchEntry,
    Conflict,
    Counter,
    Device,
    Participant,
    Record,
    SequenceGap,
)

PRIVATE = "bpu_private_copy"  # the execution option that marks a dry run's connection
SQLITE_BEGIN = "bpu_sqlite_begin"  # the execution option `db` reads to begin deferred
# What an import writes (Device: a laptop's last sequence number).
WRITTEN: Sequence[type[SQLModel]] = (
    Counter, Device, Batch, BatchEntry, Record, Conflict, Participant, SequenceGap, AuditEntry
)  # fmt: skip
NUMBERED = (Device, Conflict, AuditEntry)  # an `id` the database numbers


def shadow_tables(connection: Connection) -> None:
    """Begin the snapshot transaction on `connection` and give it its private copies (the
    caller rolls the transaction back; see the module text)."""
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        connection.execution_options(isolation_level="REPEATABLE READ", **{PRIVATE: True})
    else:
        connection.execution_options(**{SQLITE_BEGIN: "BEGIN DEFERRED", PRIVATE: True})
    connection.begin()
    if postgres:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    else:
        schema = "main"
    private, real = MetaData(), MetaData()
    for model in WRITTEN:
        table: Table = model.__table__  # type: ignore[attr-defined]
        copy = Table(table.name, private, *_columns(table), prefixes=["TEMPORARY"])
        copy.create(connection)  # unqualified names now find the copy first
        source = Table(table.name, real, *_columns(table), schema=schema)
        rows = select(*source.columns)
        if model is AuditEntry:  # the last line only: a chunk's lines chain onto it
            rows = rows.order_by(source.c.id.desc()).limit(1)
        connection.execute(insert(copy).from_select([c.name for c in table.columns], rows))
        if postgres and model in NUMBERED:  # its own serial: go on from the copied rows
            last = select(func.coalesce(func.max(copy.c.id), 0) + 1).scalar_subquery()
            serial = func.pg_get_serial_sequence(f"pg_temp.{table.name}", "id")
            connection.execute(select(func.setval(serial, last, False)))
    if postgres:  # put the copies first, and make prepared statements parse again
        connection.execute(text(f'SET LOCAL search_path = pg_temp, "{schema}"'))


def _columns(table: Table) -> list[Column[Any]]:
    """`table`'s columns without its foreign keys (the copies stand alone)."""
    return [
        Column(
            c.name,
            c.type,
            primary_key=c.primary_key,
            nullable=c.nullable,
            unique=c.unique,
            autoincrement=c.autoincrement,
        )
        for c in table.columns
    ]


def is_private(session: Session) -> bool:
    """Whether `session` works on a dry run's private copies (`shadow_tables`)."""
    return bool(session.connection().get_execution_options().get(PRIVATE))
