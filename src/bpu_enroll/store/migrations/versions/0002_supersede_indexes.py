"""Indexes on the correction links `registration.supersedes_id` and `superseded_by_id`.

With foreign keys on, deleting or re-keying a registration makes SQLite look for rows that
point at it through either column; without an index that is a scan of the whole table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Index both correction links."""
    op.create_index("ix_registration_supersedes_id", "registration", ["supersedes_id"])
    op.create_index("ix_registration_superseded_by_id", "registration", ["superseded_by_id"])


def downgrade() -> None:
    """Drop the two indexes again."""
    op.drop_index("ix_registration_superseded_by_id", table_name="registration")
    op.drop_index("ix_registration_supersedes_id", table_name="registration")
