"""The correction link is indexed: the registration chains (`store.chains`) are walked down by
`supersedes = <id>`, for the export and, since a voided registration lets its worker lapse,
for every chunk or clerk decision that meets a known worker. Without the index each walk read
the whole record table.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 13:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_index("ix_branch_record_supersedes", "branch_record", ["supersedes"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_branch_record_supersedes", table_name="branch_record")
