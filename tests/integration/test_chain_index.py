"""The registration chains are walked down by `supersedes = <id>` (`store.chains`): for the
export, and for every chunk or clerk decision that meets a worker who is already a participant
(has their enrolling registration been voided?). On a branch holding a year's records that walk
must use an index, not read the whole record table once a chunk: the branch's query planner
says which it does, on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect, text

from tests.integration.helpers import Branch

WALK_DOWN = "SELECT id FROM branch_record WHERE supersedes IN ('a', 'b')"


def test_the_correction_link_is_indexed(branch: Branch) -> None:
    indexes = {
        ix["name"]: ix["column_names"] for ix in inspect(branch.engine).get_indexes("branch_record")
    }
    assert indexes.get("ix_branch_record_supersedes") == ["supersedes"]


def test_walking_a_chain_down_uses_the_index(branch: Branch) -> None:
    with branch.engine.connect() as conn:
        if branch.engine.dialect.name == "sqlite":
            rows = conn.execute(text(f"EXPLAIN QUERY PLAN {WALK_DOWN}")).fetchall()
            plan = " ".join(str(row[-1]) for row in rows)
        else:  # an empty table is read whole whatever its indexes: ask what it would use
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = " ".join(str(row[0]) for row in conn.execute(text(f"EXPLAIN {WALK_DOWN}")))
    assert "ix_branch_record_supersedes" in plan, plan
