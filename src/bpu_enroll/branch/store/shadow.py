"""A private copy of the rows an import can write, for the USB dry run: it takes no writer's lock.

A dry run is the import itself, thrown away at its end (`device.importer`). Run on the real
tables it held what the import holds (SQLite's `BEGIN IMMEDIATE`, PostgreSQL's row locks on the
decision and KPJ counters and the audit chain's advisory lock) for the whole file, so every
laptop's sync waited for a supervisor's preview. `begin_snapshot` instead opens one snapshot of
the database (SQLite: a deferred read transaction, which in WAL mode blocks no writer;
PostgreSQL: `REPEATABLE READ`); the importer opens the file in it, and `shadow_tables` copies
into temporary tables of the same names the rows that file can touch, which the connection's
unqualified names find first (SQLite looks in `temp` first; on PostgreSQL `pg_temp` is put
first in the search path, which also makes prepared statements parse again). The import then
writes only to its own copies, and its counts are the import's as of the snapshot.

The copies are bounded by the file, not by the branch: a regional branch holds hundreds of
thousands of records, and a copy of them all was gigabytes per preview. Every query an import
makes on these tables is by a key the file gives (`Scope`), so the rows it reads are:
- records by id (held, announced-and-held, voids, repairs, conflicts: the file's manifest ids
  and records' ids; corrections: the ids its records supersede), and the registration chains
  of those records and of the participants below, walked both ways to the end
  (`store.chains`: a participant has lapsed when their enrolling chain's live version is
  voided, which may be a version the file does not name), and of the file's device's records
  that hold its receipt sequences (a held sequence is taken: `device.reused_receipts`);
- participants by the NIK hashes of the file's records (`registry`; enrolling updates them by
  KPJ, and new KPJ numbers come from the counter, so no other participant is met);
- the file's device (by code; its last sequence number), its sequence gaps, its batch and
  the batch's entries, the conflicts and repair asks (`store.wanted`) of the file's record
  ids, every counter (a few rows), and the audit log's last line (a chunk's lines chain onto
  it; nothing else of the log is read).
What the import adds (its records, participants, lines) it adds to the copies, so later chunks
see it. A row of another laptop's that none of these keys reaches cannot change an answer.
The copies have the real tables' keys, unique constraints and indexes, though they are small.

The copies hold the stored values as they are (payloads sealed as in the real tables); on SQLite
they are in memory (SQLCipher is built with `SQLITE_TEMP_STORE=2`), never a clear file beside the
database. Copying costs time and memory in proportion to the file (its records and their
chains, its workers' participants), once per dry run; the chain walk reads the real tables by
their id and `supersedes` indexes. The copies are dropped with the transaction (the caller
rolls it back). Their statements name tables made for this one dry run, so they are never
compiled into the engine's statement cache (`_run`): each dry run put a score of entries there
that no later statement could reuse, holding its file's record ids and NIK hashes and pushing
out the server's own statements (a process's resident memory grew 1–3 MB a dry run of a
2,000-record file, to the cache's bound of 500 entries). `is_private` tells the audit chain
not to take its advisory lock for a session on such a connection.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    Column,
    Connection,
    Index,
    MetaData,
    Table,
    UniqueConstraint,
    any_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlmodel import Session, SQLModel

from bpu_enroll.branch.store.bulk import POSTGRES_SLICE, SQLITE_SLICE
from bpu_enroll.branch.store.models import (
    AuditEntry,
    Batch,
    BatchEntry,
    Conflict,
    Counter,
    Device,
    Participant,
    Record,
    RecordWanted,
    SequenceGap,
)

PRIVATE = "bpu_private_copy"  # the execution option that marks a dry run's connection
SQLITE_BEGIN = "bpu_sqlite_begin"  # the execution option `db` reads to begin deferred
# What an import writes (Device: a laptop's last sequence number; RecordWanted: the asks a
# repair settles or closes).
WRITTEN: Sequence[type[SQLModel]] = (
    Counter, Device, Batch, BatchEntry, Record, Conflict, Participant, SequenceGap, AuditEntry,
    RecordWanted,
)  # fmt: skip
NUMBERED = (Device, Conflict, AuditEntry)  # an `id` the database numbers


@dataclass(frozen=True)
class Scope:
    """What one file can touch: its batch and device, the record ids it names (its manifest's,
    its records', those its corrections supersede), its workers' NIK hashes (`nik_index`) and
    its receipt sequences (the device's records that hold them: `device.reused_receipts`)."""

    batch_id: str
    device_code: str
    record_ids: frozenset[str]
    nik_hashes: frozenset[str]
    receipt_sequences: frozenset[int] = frozenset()


def begin_snapshot(connection: Connection) -> None:
    """Begin the dry run's snapshot transaction on `connection` (the caller rolls it back; see
    the module text): what is read in it, before `shadow_tables` and after, is one snapshot."""
    if connection.dialect.name == "postgresql":
        connection.execution_options(isolation_level="REPEATABLE READ", **{PRIVATE: True})
    else:
        connection.execution_options(**{SQLITE_BEGIN: "BEGIN DEFERRED", PRIVATE: True})
    connection.begin()


def shadow_tables(connection: Connection, scope: Scope) -> None:
    """Give the snapshot transaction (`begin_snapshot`) its private copies of the rows `scope`
    can touch, with the real tables' indexes (see the module text)."""
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    else:
        schema = "main"
    real = MetaData()
    sources = {
        model: Table(model.__table__.name, real, *_columns(model.__table__), schema=schema)  # type: ignore[attr-defined]
        for model in WRITTEN
    }
    # Read on the real tables before any copy exists (unqualified names find copies after).
    participants = sources[Participant]
    enrolling = _ids_where(
        connection, participants.c.record_id, participants.c.nik_hash, scope.nik_hashes
    )
    device = sources[Device]
    own = select(device.c.id).where(device.c.code == scope.device_code).scalar_subquery()
    held = sources[Record]
    holders = _ids_where(
        connection, held.c.id, held.c.receipt_seq, scope.receipt_sequences, held.c.device_id == own
    )
    records = _chains(connection, held, set(scope.record_ids) | enrolling | holders)
    private = MetaData()
    for model in WRITTEN:
        table: Table = model.__table__  # type: ignore[attr-defined]
        copy = _private_copy(connection, table, private)
        source = sources[model]
        wheres: list[Any]  # one INSERT … SELECT each (None: every row)
        if model is Counter:  # a few named counters: all
            wheres = [None]
        elif model is Device:
            wheres = [source.c.code == scope.device_code]
        elif model is SequenceGap:
            wheres = [source.c.device_id == own]
        elif model in {Batch, BatchEntry}:
            wheres = [source.c.batch_id == scope.batch_id]
        elif model is Record:
            wheres = _in(connection, source.c.id, records)
        elif model in {Conflict, RecordWanted}:
            wheres = _in(connection, source.c.record_id, scope.record_ids)
        elif model is Participant:
            wheres = _in(connection, source.c.nik_hash, scope.nik_hashes)
        else:  # the audit's last line only: a chunk's lines chain onto it
            wheres = [None]
        for where in wheres:
            rows = select(*source.columns)
            if where is not None:
                rows = rows.where(where)
            if model is AuditEntry:
                rows = rows.order_by(source.c.id.desc()).limit(1)
            names = [c.name for c in table.columns]
            _run(connection, insert(copy).from_select(names, rows))
        if postgres and model in NUMBERED:  # its own serial: go on from the copied rows
            last = select(func.coalesce(func.max(copy.c.id), 0) + 1).scalar_subquery()
            serial = func.pg_get_serial_sequence(f"pg_temp.{table.name}", "id")
            _run(connection, select(func.setval(serial, last, False)))
    if postgres:  # put the copies first, and make prepared statements parse again
        connection.execute(text(f'SET LOCAL search_path = pg_temp, "{schema}"'))


def _run(connection: Connection, statement: Any) -> Any:
    """Execute a statement naming this dry run's own tables, left out of the engine's statement
    cache (the tables are new each run: see the module text)."""
    return connection.execute(statement, execution_options={"compiled_cache": None})


def _private_copy(connection: Connection, table: Table, metadata: MetaData) -> Table:
    """A temporary table named and shaped as `table`, with its keys, unique constraints and
    indexes (not its foreign keys: the copies stand alone), created on `connection`."""
    columns = {c.name for c in table.columns}
    unique = [
        UniqueConstraint(*[c.name for c in constraint.columns])
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) > 1
    ]
    copy = Table(table.name, metadata, *_columns(table), *unique, prefixes=["TEMPORARY"])
    copy.create(connection)  # unqualified names now find the copy first
    for index in table.indexes:
        names = [c.name for c in index.columns if c.name in columns]
        Index(index.name, *[copy.c[name] for name in names], unique=index.unique).create(connection)
    return copy


def _ids_where(
    connection: Connection, column: Any, key: Any, values: Collection[Any], *also: Any
) -> set[str]:
    """`column` of the real table's rows whose `key` is one of `values` (read in slices), where
    `also` holds too."""
    return {
        rid
        for part in _slices(connection, sorted(values))
        for rid in _run(
            connection, select(column).where(*also, _where_in(connection, key, part))
        ).scalars()
    }


def _chains(connection: Connection, records: Table, ids: set[str]) -> set[str]:
    """`ids` and every record of their registration chains: what they supersede and what
    supersedes them, transitively (the registry's `Chains` walks both ways)."""
    found = set(ids)
    frontier = sorted(ids)
    while frontier:
        linked: set[str] = set()
        for part in _slices(connection, frontier):
            query = select(records.c.id, records.c.supersedes).where(
                or_(
                    _where_in(connection, records.c.id, part),
                    _where_in(connection, records.c.supersedes, part),
                )
            )
            for rid, supersedes in _run(connection, query):
                linked.add(rid)
                if supersedes:
                    linked.add(supersedes)
        frontier = sorted(linked - found)
        found |= linked
    return found


def _in(connection: Connection, column: Column[Any], values: Collection[str]) -> list[Any]:
    """`column IN values`, one condition per slice (none for no values)."""
    return [_where_in(connection, column, part) for part in _slices(connection, sorted(values))]


def _slices(connection: Connection, values: Sequence[Any]) -> Iterator[list[Any]]:
    size = POSTGRES_SLICE if connection.dialect.name == "postgresql" else SQLITE_SLICE
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _where_in(connection: Connection, column: Column[Any], values: list[Any]) -> Any:
    if connection.dialect.name == "postgresql":  # one array parameter, as `store.bulk`
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)


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
