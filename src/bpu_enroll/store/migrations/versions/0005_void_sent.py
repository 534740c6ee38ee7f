"""A void made after a record was sent travels to the branch: `void_sent_at` says when the
branch acknowledged holding the record as voided.

A record voided before this revision gets the time the branch acknowledged its void when the
store shows that the branch holds it voided: it is `sent` (the state a `voided` answer leaves)
and that answer came after the void (`updated_at` later than `voided_at`: it was voided while
still `final` and went out voided). Without it, such a record counted as pending and as waiting
for review until the next sync after the upgrade. Every other voided record (voided after it was
sent, whatever the branch answered since) gets none: its void never left the laptop, so it goes
out once at the next sync and the branch applies it then (`sync.laptop_store`).

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
    """One nullable column on `registration`, set for the voids the branch already holds."""
    with op.batch_alter_table("registration") as batch:
        batch.add_column(sa.Column("void_sent_at", sa.DateTime(), nullable=True))
    # Both times are stored alike (naive UTC, one text format), so they compare as text.
    op.execute(
        "UPDATE registration SET void_sent_at = updated_at"
        " WHERE voided = 1 AND status = 'sent' AND voided_at IS NOT NULL"
        " AND updated_at > voided_at"
    )


def downgrade() -> None:
    """Drop the column in place (see 0004 on why not by copying the table)."""
    with op.batch_alter_table("registration", recreate="never") as batch:
        batch.drop_column("void_sent_at")
