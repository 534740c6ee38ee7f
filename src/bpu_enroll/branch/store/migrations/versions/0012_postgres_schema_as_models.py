"""On PostgreSQL, the schema becomes exactly what the models make (`create_all`), where
revisions 0001 and 0005 left two differences no comparison by Alembic sees:

- `branch_participant`'s unique constraint on the NIK's hash kept the name PostgreSQL gave it
  in 0001, `branch_participant_nik_key`, when 0005 renamed the column to `nik_hash`; it is now
  `branch_participant_nik_hash_key` (its index with it), the name the models give it.
- `branch_info.id` was made `SERIAL` in 0001: a sequence nobody uses, since the branch's one row
  is always id 1 (`BranchInfo.id`'s default), and the models make a plain integer. The column's
  default and the sequence are dropped.

SQLite had neither difference (its unique constraint has no name, and an integer primary key
is the row id either way): only PostgreSQL is altered.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 03:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name != "postgresql":
        return
    # Guarded: a database whose constraint already has the models' name, or with no sequence,
    # is upgraded all the same rather than stopping the branch at start.
    op.execute(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_constraint "
        "WHERE conname = 'branch_participant_nik_key') THEN "
        "ALTER TABLE branch_participant "
        "RENAME CONSTRAINT branch_participant_nik_key TO branch_participant_nik_hash_key; "
        "END IF; END $$"
    )
    op.alter_column(
        "branch_info",
        "id",
        existing_type=sa.Integer(),
        server_default=None,
        existing_nullable=False,
    )
    op.execute("DROP SEQUENCE IF EXISTS branch_info_id_seq")


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE branch_info_id_seq AS integer OWNED BY branch_info.id")
    op.alter_column(
        "branch_info",
        "id",
        existing_type=sa.Integer(),
        server_default=sa.text("nextval('branch_info_id_seq'::regclass)"),
        existing_nullable=False,
    )
    op.execute(
        "ALTER TABLE branch_participant "
        "RENAME CONSTRAINT branch_participant_nik_hash_key TO branch_participant_nik_key"
    )
