"""Alembic environment of the branch database: runs on the connection `db.migrate` hands in.

`target_metadata` is every branch table: each is declared in the store (the laptops' reports
too, `laptop_reports`), so `alembic revision --autogenerate` proposes no table's drop;
tests/integration/test_branch_schema.py holds this metadata to a migrated database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlmodel import SQLModel

from bpu_enroll.branch.store import (  # noqa: F401  (the tables)
    laptop_reports,
    models,
    packages,
    settings,
)

config = context.config
target_metadata = SQLModel.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url for the branch migrations")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
