"""Export files kept: the zip the workspace downloaded, sealed, so that an export whose download
was cut can be fetched again (for a week).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 18:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("branch_export") as batch:
        batch.add_column(sa.Column("files", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("branch_export") as batch:
        batch.drop_column("files")
