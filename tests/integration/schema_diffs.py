"""Alembic's schema differences as one line each, and what `alembic revision --autogenerate`
would propose for a branch database, through the migrations' own `env.py`.

`env_autogenerate` runs in a process of its own (`python -m tests.integration.schema_diffs URL`):
in the test's process every branch module is imported already, so every table is in
`SQLModel.metadata`, and env.py would be judged by what the test loaded rather than by what it
loads itself. This module imports no branch module at its top for the same reason.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def describe(diff: Any) -> tuple[str, str]:
    """A difference of `compare_metadata` as (key, line): the key names what differs, the line
    says how ("models" is what the models declare, "database" what the migrations made)."""
    if isinstance(diff, list):  # a column's modify_* operations come as a list of one
        (op, _schema, table, column, _existing, database, models) = diff[0]
        what = op.removeprefix("modify_")
        return f"{table}.{column} {what}", (
            f"{table}.{column}: {what} {database!r} in the database, {models!r} in the models"
        )
    op, *rest = diff
    if op in ("add_table", "remove_table"):
        name = rest[0].name
        where = "models only" if op == "add_table" else "database only"
        return f"{name} table", f"table {name}: {where}"
    if op in ("add_column", "remove_column"):
        table, column = rest[1], rest[2]
        where = "models only" if op == "add_column" else "database only"
        return f"{table}.{column.name} column", f"column {table}.{column.name}: {where}"
    item = rest[0]
    table = item.table.name
    where = "models only" if op.startswith("add_") else "database only"
    columns = ", ".join(column.name for column in item.columns)
    kind = {"index": "index", "constraint": "unique", "fk": "foreign key"}[op.split("_", 1)[1]]
    name = item.name or f"({columns})"
    return f"{table} {kind} {name}", f"{kind} {name} on {table}({columns}): {where}"


def env_autogenerate(db_url: str) -> dict[str, str]:
    """What autogenerate, with env.py's `target_metadata`, proposes for the (migrated) branch
    database at `db_url`, opened as every command opens it: `describe`'s key -> line."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.integration.schema_diffs", db_url],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found: dict[str, str] = json.loads(done.stdout)
    return found


def _main(db_url: str) -> None:
    from alembic import command

    from bpu_enroll.branch.store.db import _alembic_config, open_branch
    from bpu_enroll.branch.store.vault import find_master_key

    engine = open_branch(db_url, find_master_key(None))
    found: dict[str, str] = {}

    def capture(_context: Any, _revision: Any, directives: list[Any]) -> None:
        found.update(describe(diff) for diff in directives[0].upgrade_ops.as_diffs())
        directives[:] = []  # no revision file is written

    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.revision(config, autogenerate=True, process_revision_directives=capture)
    engine.dispose()
    sys.stdout.write(json.dumps(found))


if __name__ == "__main__":
    _main(sys.argv[1])
