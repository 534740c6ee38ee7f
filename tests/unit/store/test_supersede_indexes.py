"""Migration 0002: looking a registration up by either correction link uses an index (with
foreign keys on, SQLite does that lookup whenever a registration is deleted)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from bpu_enroll.store import schema
from bpu_enroll.store.db import Store


def test_the_supersede_index_revision_is_known(store: Store) -> None:
    assert schema.is_known_revision("0002")


@pytest.mark.parametrize("column", ["supersedes_id", "superseded_by_id"])
def test_each_correction_link_is_indexed(store: Store, column: str) -> None:
    indexes = {
        ix["name"]: ix["column_names"] for ix in inspect(store.engine).get_indexes("registration")
    }
    assert indexes[f"ix_registration_{column}"] == [column]

    with store.engine.connect() as conn:
        plan = conn.execute(
            text(f"EXPLAIN QUERY PLAN SELECT id FROM registration WHERE {column} = :v"), {"v": "x"}
        ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert f"USING INDEX ix_registration_{column}" in details or (
        f"USING COVERING INDEX ix_registration_{column}" in details
    )
