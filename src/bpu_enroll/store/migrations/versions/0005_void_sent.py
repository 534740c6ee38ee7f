"""A void made after a record was sent travels to the branch: `void_sent_at` says when the
branch acknowledged holding the record as voided.

Records voided before this revision get none: each goes out once more at the next sync, and the
branch either says it already holds the void or applies it then (`sync.laptop_store`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """One nullable column on `registration`."""
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("void_sent_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Drop the column in place (see 0004 on why not by copying the table)."""
    with op.batch_alter_table("registration", recreate="never") as batch:
        batch.drop_column("void_sent_at")
