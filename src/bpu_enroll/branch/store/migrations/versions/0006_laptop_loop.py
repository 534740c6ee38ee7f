"""Branch settings (retention days, minimum app version), what each laptop reports of itself
(its app version and reference-data versions), and the signed reference packages published.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "branch_setting",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "branch_reference_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("effective_from", sa.String(length=10), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "version"),
    )
    with op.batch_alter_table("branch_laptop_report") as batch:
        batch.add_column(sa.Column("app_version", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("reference_versions", sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("branch_laptop_report") as batch:
        batch.drop_column("reference_versions")
        batch.drop_column("app_version")
    op.drop_table("branch_reference_package")
    op.drop_table("branch_setting")
