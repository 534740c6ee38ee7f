"""The branch's migrations make exactly the branch's models, on SQLite and on PostgreSQL.

An empty database is upgraded to head as `bpu-branch init` does it (`open_branch(create=True)`,
which runs `db.migrate`), then compared with every SQLModel table of `bpu_enroll.branch` twice:
by Alembic's `compare_metadata` (tables, columns, types, nullability, indexes, unique
constraints, foreign keys), and by reading back a database the models made with `create_all`
beside the migrated one (which also sees primary keys and server defaults, which Alembic does
not compare, or compares wrongly on SQLite). Every revision defines a downgrade: down to base
and up again gives the same schema.

The migrations' own `env.py` is held to the same: what `alembic revision --autogenerate`
proposes through its `target_metadata` (`schema_diffs.env_autogenerate`).

A difference fails with one line each; the only ones allowed are in `INTENDED`, with why.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

import bpu_enroll.branch
from bpu_enroll.branch.admin.keys_cli import find_master_key, init_master_key
from bpu_enroll.branch.store import migrations
from bpu_enroll.branch.store.db import make_engine, migrate, open_branch
from bpu_enroll.branch.store.models import BranchInfo, Participant, utcnow
from bpu_enroll.branch.store.vault import new_data_key
from tests.integration.helpers import Branch
from tests.integration.pg import PostgresServer, create_database
from tests.integration.schema_diffs import describe, env_autogenerate

BOTH = frozenset({"sqlite", "postgresql"})

# Where the migrated database and the models differ on purpose: key -> (engines, why).
INTENDED: dict[str, tuple[frozenset[str], str]] = {
    "branch_key_envelope table": (
        BOTH,
        "the data key's envelope (revision 0005) is read and written by plain SQL in "
        "store/db.py (`read_envelope`, `write_envelope`) while the branch is opened, before "
        "any model is used; no model stands for it (on SQLite it stays empty: the envelope "
        "is the `.keys` file)",
    ),
    "branch_officer.name type": (
        frozenset({"sqlite"}),
        "revision 0011 widens the column to 600 for sealed names on PostgreSQL only: SQLite "
        "seals no name, does not hold a text to its declared length, and altering a column "
        "there copies the table, which the foreign keys of a branch in use refuse",
    ),
}


def _intended(dialect: str) -> set[str]:
    return {key for key, (engines, _why) in INTENDED.items() if dialect in engines}


def _branch_metadata() -> MetaData:
    """Every SQLModel table defined under `bpu_enroll.branch` (each module imported, so a
    table in a new module is compared too), alone in a metadata of its own."""
    skip = migrations.__name__ + "."  # env.py runs only inside Alembic
    for module in pkgutil.walk_packages(bpu_enroll.branch.__path__, "bpu_enroll.branch."):
        if not module.name.startswith(skip):
            importlib.import_module(module.name)
    metadata = MetaData()
    for model in _subclasses(SQLModel):
        table = getattr(model, "__table__", None)
        if table is not None and model.__module__.startswith("bpu_enroll.branch."):
            table.to_metadata(metadata)
    return metadata


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


METADATA = _branch_metadata()


# --- Alembic's comparison, one line per difference --------------------------------------------


def _compare(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return dict(describe(diff) for diff in compare_metadata(context, METADATA))


def _check(found: dict[str, str], dialect: str) -> None:
    unexpected = [line for key, line in sorted(found.items()) if key not in _intended(dialect)]
    gone = sorted(_intended(dialect) - found.keys())
    assert not unexpected, (
        "the migrations and the models differ (a new revision, or a line in INTENDED with why):\n"
        + "\n".join(unexpected)
    )
    assert not gone, f"INTENDED lists differences that are no longer there: {gone}"


# --- databases ---------------------------------------------------------------------------------


def _migrated(db_url: str) -> Engine:
    """An empty database made and upgraded to head as `bpu-branch init` opens it."""
    master, _ = init_master_key(None)
    return open_branch(db_url, master, create=True)


def _made_by_models(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    """A second empty database on the same engine, its tables made by `create_all`."""
    if db_url.startswith("sqlite"):
        engine = make_engine(f"sqlite:///{tmp_path / 'models.db'}", new_data_key())
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        engine = make_engine(create_database(server, f"models_{tmp_path.name}"[:60]), None)
    METADATA.create_all(engine)
    return engine


def _snapshot(engine: Engine) -> dict[str, str]:
    """The schema as the database reports it, one entry a table aspect or a column."""
    inspector = inspect(engine)
    dialect = engine.dialect
    found: dict[str, str] = {}
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        found[f"{table} table"] = "present"
        for column in inspector.get_columns(table):
            kind = column["type"].compile(dialect=dialect)
            found[f"{table}.{column['name']} type"] = kind
            found[f"{table}.{column['name']} nullable"] = str(column["nullable"])
            found[f"{table}.{column['name']} default"] = str(column.get("default"))
        pk = inspector.get_pk_constraint(table)["constrained_columns"]
        found[f"{table} primary key"] = str(pk)
        for index in inspector.get_indexes(table):
            entry = f"{index['column_names']} unique={bool(index['unique'])}"
            found[f"{table} index {index['name']}"] = entry
        uniques = sorted(str(u["column_names"]) for u in inspector.get_unique_constraints(table))
        found[f"{table} unique"] = ", ".join(uniques)
        keys = sorted(
            f"{fk['constrained_columns']} -> {fk['referred_table']}{fk['referred_columns']}"
            for fk in inspector.get_foreign_keys(table)
        )
        found[f"{table} foreign keys"] = ", ".join(keys)
    return found


def _snapshot_differences(models: dict[str, str], database: dict[str, str]) -> dict[str, str]:
    """What differs, by key; a table on one side only is one difference, not one a column."""
    only = {
        key.removesuffix(" table"): "the models' database" if key in models else "the migrated one"
        for key in models.keys() ^ database.keys()
        if key.endswith(" table")
    }
    found = {f"{table} table": f"table {table}: in {side} only" for table, side in only.items()}
    for key in sorted(models.keys() | database.keys()):
        table = key.split(".", 1)[0].split(" ", 1)[0]
        if table not in only and models.get(key) != database.get(key):
            found[key] = (
                f"{key}: {models.get(key, '(none)')} in the models' database, "
                f"{database.get(key, '(none)')} in the migrated one"
            )
    return found


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", migrations.__path__[0])
    return config


def _downgrade(engine: Engine, target: str) -> None:
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


@pytest.fixture
def migrated(db_url: str) -> Iterator[Engine]:
    engine = _migrated(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


# --- the tests ---------------------------------------------------------------------------------


def test_every_branch_table_is_compared() -> None:
    assert {"branch_record", "branch_setting", "branch_reference_package"} <= METADATA.tables.keys()
    assert {"branch_laptop_report", "branch_laptop_tally"} <= METADATA.tables.keys()


def test_the_migrations_make_the_models(migrated: Engine) -> None:
    _check(_compare(migrated), migrated.dialect.name)


def test_autogenerate_through_env_py_proposes_only_the_intended(
    migrated: Engine, db_url: str
) -> None:
    """`alembic revision --autogenerate` compares env.py's own `target_metadata` (in a process
    that loads only what env.py loads): every branch table is in it, so it proposes no drop."""
    _check(env_autogenerate(db_url), migrated.dialect.name)


def test_a_database_made_by_the_models_is_the_migrated_one(
    migrated: Engine, db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    made = _made_by_models(db_url, request, tmp_path)
    try:
        found = _snapshot_differences(_snapshot(made), _snapshot(migrated))
    finally:
        made.dispose()
    _check(found, migrated.dialect.name)


def test_down_to_base_and_up_again_gives_the_same_schema(migrated: Engine) -> None:
    before = _snapshot(migrated)
    _downgrade(migrated, "base")
    assert set(inspect(migrated).get_table_names()) <= {"alembic_version"}
    migrate(migrated)
    assert _snapshot_differences(before, _snapshot(migrated)) == {}
    _check(_compare(migrated), migrated.dialect.name)


def _participant(kpj: str) -> Participant:
    return Participant(kpj=kpj, nik_hash="a" * 64, record_id=f"record-{kpj}", created_at=utcnow())


def test_a_branch_in_use_before_0012_is_upgraded_to_the_models(
    branch: Branch, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    _downgrade(branch.engine, "0011")
    with Session(branch.engine) as session:
        session.add(_participant("20000000001"))
        session.commit()
    branch.engine.dispose()
    engine = open_branch(branch.db_url, find_master_key(None))  # as every command opens it
    made = _made_by_models(branch.db_url, request, tmp_path)
    try:
        found = _snapshot_differences(_snapshot(made), _snapshot(engine))
        _check(found, engine.dialect.name)
        with Session(engine) as session:
            info = session.get(BranchInfo, 1)
            assert info is not None and info.code == "JKT01"
            session.add(_participant("20000000002"))  # the same NIK's hash again
            with pytest.raises(IntegrityError):  # one NIK, one participant, still
                session.commit()
    finally:
        made.dispose()
        engine.dispose()
