"""Search anywhere in a name and in a receipt number: an FTS5 trigram index.

The Registrations page found names by prefix only ("wahyu" did not find SRI WAHYUNI) and receipt
numbers by prefix only ("00002" did not find its receipt). `registration_search` is an FTS5
table with the trigram tokenizer over `name_key` and `receipt_number`, kept in step with
`registration` by triggers (external content, keyed by the table's rowid): any three or more
characters find every record holding them, through the index. SQLCipher's SQLite is 3.4x, and the
trigram tokenizer exists since 3.34.

The rowids of `registration` are never renumbered (the store runs no VACUUM and no export); a
future step that renumbers them must run `INSERT INTO registration_search(registration_search)
VALUES ('rebuild')`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = "name_key, receipt_number"
_NEW = "new.rowid, new.name_key, new.receipt_number"
_OLD = "'delete', old.rowid, old.name_key, old.receipt_number"


# Every statement below is built from the fixed fragments above, never from data.
# ruff: noqa: S608


def upgrade() -> None:
    """Create the index, fill it from the stored records, keep it in step."""
    op.execute(
        f"CREATE VIRTUAL TABLE registration_search USING fts5({_COLUMNS}, "
        "content='registration', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute("INSERT INTO registration_search(registration_search) VALUES ('rebuild')")
    op.execute(
        "CREATE TRIGGER registration_search_insert AFTER INSERT ON registration BEGIN "
        f"INSERT INTO registration_search(rowid, {_COLUMNS}) VALUES ({_NEW}); END"
    )
    op.execute(
        "CREATE TRIGGER registration_search_delete AFTER DELETE ON registration BEGIN "
        f"INSERT INTO registration_search(registration_search, rowid, {_COLUMNS}) "
        f"VALUES ({_OLD}); END"
    )
    op.execute(
        "CREATE TRIGGER registration_search_update AFTER UPDATE OF name_key, receipt_number "
        "ON registration BEGIN "
        f"INSERT INTO registration_search(registration_search, rowid, {_COLUMNS}) "
        f"VALUES ({_OLD}); "
        f"INSERT INTO registration_search(rowid, {_COLUMNS}) VALUES ({_NEW}); END"
    )


def downgrade() -> None:
    """Drop the triggers and the index."""
    for trigger in ("update", "delete", "insert"):
        op.execute(f"DROP TRIGGER registration_search_{trigger}")
    op.execute("DROP TABLE registration_search")
