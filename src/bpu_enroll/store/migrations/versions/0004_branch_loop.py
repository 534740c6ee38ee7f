"""What the branch tells a laptop about its records: the clerk's note, the reasons' text, when
the branch settled a record (accepted or confirmed a duplicate), and when the laptop removed the
record's personal fields under the retention rule.

`settled_at` of records already accepted or duplicate is set to their last update, the moment
the laptop learned of it, so the retention rule counts from then.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Four nullable columns on `registration`; settled records get their `settled_at`."""
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("branch_note", sa.String(), nullable=True))
        batch.add_column(sa.Column("branch_reason_text", sa.String(), nullable=True))
        batch.add_column(sa.Column("settled_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("purged_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE registration SET settled_at = updated_at WHERE status IN ('accepted', 'duplicate')"
    )


def downgrade() -> None:
    """Drop the four columns (a purged record's personal fields do not come back).

    SQLite drops them in place (`ALTER TABLE … DROP COLUMN`): copying the table, as batch mode
    would, loses the search index's triggers (0003) and may renumber the rowids it is keyed by."""
    with op.batch_alter_table("registration", recreate="never") as batch:
        batch.drop_column("purged_at")
        batch.drop_column("settled_at")
        batch.drop_column("branch_reason_text")
        batch.drop_column("branch_note")
